// Any plan file -> SourceDocument, by its content (not its name): PDF, Word (.docx), Excel (.xlsx)
// or text (.txt/.tsv/.csv: UTF-8, UTF-16 with a byte order mark, or the Thai Windows code page 874;
// tab-separated, quoted cells as a spreadsheet saves them, or comma-separated: delimited-text.ts).
import { unzipSync } from 'fflate';
import { ValidationError } from '../domain/errors.js';
import { tableHeader } from './measures-document.js';
import { countWork, readingOnce } from './read-once.js';
import { officeDocumentPart, otherWorkbookPart, withStandardWorkbookPart } from './ooxml-main-part.js';
import { type HiddenStyles, hiddenStyles } from './docx-hidden-styles.js';
import { pagePartLines, pagePartReferences } from './docx-page-headers.js';
import type { PageHeaderLine } from './source-document.js';
import { documentXmlTooLarge, MAX_DOCX_XML_CHARS } from './docx-limits.js';
import { documentCutShort, documentEndsWhole } from './docx-cut-short.js';
import { docxNumbering } from './docx-numbering.js';
import { withWordPrefix } from './ooxml-prefix.js';
import { readDocumentXml } from './read-docx.js';
import { altChunkTargets, markAltChunks, withAltChunks } from './docx-alt-chunks.js';
import { newEmbeddedFound, withEmbeddedObjects } from './docx-embedded-objects.js';
import { readPdfRepaired, withGarbledThaiRepaired } from './garbled-thai-document.js';
import { readPdf } from './read-pdf.js';
import { needsPassword } from './pdf-open.js';
import { readXlsx } from './read-xlsx.js';
import { PLAN_FILE_FIELD, type PlanFileReader } from './plan-file.js';
import { readPlanText } from './delimited-text.js';
import { looksLikeHtmlTable, readHtmlDocument } from './read-html.js';
import { decodeTextFile } from './text-file-encoding.js';
import { strFromU8 } from 'fflate';

import { MAX_UNZIPPED_PLAN_BYTES } from './plan-file.js';
import { INFLATED_WORK, type InflatedZip, inflatedZip } from './zip-inflated-size.js';
import { maxPdfInflatedBytes, pdfInflatesBeyond } from './pdf-inflated-size.js';
import { MAX_PDF_IMAGES_PIXELS, tooManyImagePixels } from './pdf-image-pixels.js';
import { toThaiDigits } from '../domain/thai-format.js';

export { MAX_PLAN_FILE_BYTES, type PlanFileKind } from './plan-file.js';

const tooLargeUnpacked = () =>
  new ValidationError(
    'ไฟล์นี้เมื่อแตกไฟล์แล้วใหญ่เกิน ๕๐ MB จึงอ่านไม่ได้ กรุณาบันทึกเป็นไฟล์ใหม่หรือแบ่งเป็นหลายไฟล์',
    'this file unpacks to more than 50 MB; save it again or split it',
    [{ path: PLAN_FILE_FIELD, message_th: 'แตกไฟล์แล้วใหญ่เกิน ๕๐ MB', message_en: 'unpacks to more than 50 MB' }],
  );

/** A PDF whose compressed streams inflate past maxPdfInflatedBytes (review 17 s18, S18-10). */
const pdfTooLargeInflated = (maxBytes: number) => {
  const mb = Math.floor(maxBytes / (1024 * 1024));
  return new ValidationError(
    `ไฟล์ PDF นี้เมื่อคลายข้อมูลที่บีบอัดไว้แล้วใหญ่เกิน ${toThaiDigits(mb)} MB ซึ่งมากเกินกว่าเอกสารแผนมาตรการ จึงอ่านไม่ได้ กรุณานำเข้าจากไฟล์ Word หรือ Excel ต้นฉบับ หรือบันทึก PDF ใหม่เฉพาะหน้าที่เป็นตารางแผน`,
    `this PDF's compressed content unpacks to more than ${mb} MB, more than a plan document holds: import the Word or Excel original, or save a new PDF of only the plan table's pages`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `PDF คลายข้อมูลแล้วใหญ่เกิน ${toThaiDigits(mb)} MB`,
        message_en: `the PDF unpacks to more than ${mb} MB`,
      },
    ],
  );
};

/**
 * The refusal of a file the importer cannot read: what it is, in Thai and in English, each in its
 * own message (session 37: one string with both, "ไฟล์ไบนารี … / binary, …", was put in each).
 */
const unsupported = (whatTh: string, whatEn: string) =>
  new ValidationError(
    `อ่านไฟล์นี้ไม่ได้ (${whatTh}) กรุณาใช้ไฟล์ Word (.docx), Excel (.xlsx), PDF ที่มีข้อความ หรือข้อความ (.txt, .csv)`,
    `cannot read this file (${whatEn}): use .docx, .xlsx, a PDF with text, .txt or .csv`,
    [{ path: PLAN_FILE_FIELD, message_th: `ไฟล์ไม่รองรับ (${whatTh})`, message_en: `unsupported file (${whatEn})` }],
  );

/**
 * A text format the importer does not read, named with what to do (Thai / English), or undefined:
 * Rich Text (.rtf, Word's and LibreOffice's "Rich Text"), a single-file web page (.mht, Word's "Web
 * Page, single file"). Read as text, both gave "no measures table was found" (review 17 s9, entry 4).
 */
function otherTextFormat(bytes: Uint8Array): [th: string, en: string] | undefined {
  const start = new TextDecoder('latin1').decode(bytes.slice(0, 512)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  if (/^\s*\{\\rtf/.test(start)) {
    return [
      'ไฟล์ Rich Text (.rtf) กรุณาเปิดใน Word แล้วบันทึกเป็น .docx',
      'a Rich Text file (.rtf): open it in Word and save it as .docx',
    ];
  }
  if (/^\s*MIME-Version:/i.test(start) && /multipart\/related/i.test(start)) {
    return [
      'ไฟล์หน้าเว็บ (.mht) กรุณาเปิดใน Word แล้วบันทึกเป็น .docx',
      'a single-file web page (.mht): open it in Word and save it as .docx',
    ];
  }
  return undefined;
}

const textOf = (part: Uint8Array | undefined) => (part ? strFromU8(part) : undefined);

/**
 * Entries kept from the one inflating pass over a zip (`inflatedZip`): all but a Word document's
 * pictures. A Word document's parts, its relationships, altChunks and embedded workbooks are read
 * from these, and a workbook's parts (xl/, with its pictures: exceljs loads the package whole) are
 * handed to readXlsx: no entry is inflated again.
 */
const keptEntry = (name: string) => name.startsWith('xl/') || !/(?:^|\/)media\//.test(name);

/**
 * The named parts of the zip: those kept by the inflating pass, others (a part the pass did not
 * keep, or every part of a zip it could not read as a stream) unpacked from `bytes`.
 */
function zipParts(bytes: Uint8Array, zip: InflatedZip | undefined, wanted: readonly string[]) {
  const parts: Record<string, Uint8Array> = {};
  const missing = new Set<string>();
  for (const name of wanted) {
    const part = zip?.parts[name];
    if (part) parts[name] = part;
    else if (!zip || (!keptEntry(name) && zip.names.includes(name))) missing.add(name);
  }
  if (missing.size > 0) {
    const unpacked = unzipSync(bytes, { filter: (f) => missing.has(f.name) });
    for (const part of Object.values(unpacked)) countWork(INFLATED_WORK, part.length);
    Object.assign(parts, unpacked);
  }
  return parts;
}

/**
 * A workbook's parts for readXlsx: the inflating pass's (or, for a zip it could not read as a
 * stream, unpacked here once), its workbook part renamed to the name exceljs reads when it has another.
 */
function workbookParts(bytes: Uint8Array, zip: InflatedZip | undefined, main: string | undefined, other: boolean) {
  let parts = zip ? { ...zip.parts } : undefined;
  if (!parts) {
    parts = unzipSync(bytes);
    for (const part of Object.values(parts)) countWork(INFLATED_WORK, part.length);
  }
  return other ? withStandardWorkbookPart(parts, main!) : parts;
}

/** The parts a Word document's relationships name (altChunks, embedded objects), read only when there are some. */
function relatedParts(
  bytes: Uint8Array,
  zip: InflatedZip | undefined,
  names: readonly string[],
  main: string | undefined,
  ids: readonly string[],
) {
  if (ids.length === 0) return () => undefined;
  const part = main && main !== 'word/document.xml' && names.includes(main) ? main : 'word/document.xml';
  const dir = part.slice(0, part.lastIndexOf('/') + 1);
  const relsName = `${dir}_rels/${part.slice(dir.length)}.rels`;
  const rels = textOf(zipParts(bytes, zip, [relsName])[relsName]);
  const targets = altChunkTargets(rels, ids, dir);
  const parts = zipParts(bytes, zip, [...new Set(targets.values())]);
  return (id: string) => {
    const target = targets.get(id);
    return target === undefined ? undefined : parts[target];
  };
}

/**
 * The lines of the page headers and footers `body` (document.xml, "w:" prefix) names, in the order
 * their fiscal year is looked for (docx-page-headers.ts); `partsOf` gives the parts of relationship ids.
 */
function pageHeaderLinesOf(
  body: string,
  styles: HiddenStyles,
  partsOf: (ids: readonly string[]) => (id: string) => Uint8Array | undefined,
): PageHeaderLine[] {
  const refs = pagePartReferences(body);
  if (refs.length === 0) return [];
  const partOf = partsOf(refs.map((r) => r.id));
  return refs.flatMap((r) => {
    const part = partOf(r.id);
    return part ? pagePartLines(part, r.kind, styles) : [];
  });
}

/**
 * Read a plan file. Errors: ValidationError for files it cannot read (with the reason in Thai), on
 * PLAN_FILE_FIELD: the caller names its own field (`refusalOnField`).
 */
export const readPlanFile: PlanFileReader = async (bytes) => {
  const head = String.fromCharCode(...bytes.slice(0, 5));
  if (head.startsWith('%PDF')) {
    // counted before pdf.js inflates and tokenizes the streams: time proportional to the file's size
    const maxInflated = maxPdfInflatedBytes(bytes.length);
    const images = { pixels: 0 };
    if (pdfInflatesBeyond(bytes, maxInflated, images)) throw pdfTooLargeInflated(maxInflated);
    // and the images pdf.js would decode whole (pdf-image-pixels.ts)
    if (images.pixels > MAX_PDF_IMAGES_PIXELS) throw tooManyImagePixels();
    try {
      return { kind: 'pdf', document: await readPdfRepaired((hooks) => readPdf(bytes, hooks), tableHeader) };
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      if (needsPassword(error))
        throw unsupported(
          'ไฟล์ PDF ที่ต้องใส่รหัสผ่านจึงจะเปิดได้ กรุณาบันทึกใหม่โดยไม่ตั้งรหัสผ่านเปิดไฟล์',
          'a PDF that needs a password to open: save it again without one',
        );
      throw unsupported('ไฟล์ PDF เสีย', 'a damaged PDF');
    }
  }
  if (head.startsWith('PK')) {
    let names: string[];
    let xml: string | undefined;
    let main: string | undefined;
    let styles: string | undefined;
    let numbering: string | undefined;
    let unpacked = 0;
    // every entry inflated once, counted, and the Word parts kept (review 17 s20: inflated twice)
    const inflated = inflatedZip(bytes, MAX_UNZIPPED_PLAN_BYTES, keptEntry);
    if (inflated === 'too-large') throw tooLargeUnpacked();
    if (inflated === 'size-mismatch') {
      throw unsupported(
        'ไฟล์ ZIP เสีย ขนาดข้อมูลไม่ตรงกับที่ระบุในไฟล์',
        'a damaged zip: its parts do not match their declared sizes',
      );
    }
    try {
      const usual = ['word/document.xml', '_rels/.rels', 'word/styles.xml', 'word/numbering.xml'];
      if (inflated) names = inflated.names;
      /** a zip the inflating pass could not read as a stream: read by its central directory */
      const unpackedUsual = () => {
        const parts = unzipSync(bytes, {
          filter: (f) => {
            (names ??= []).push(f.name);
            unpacked += f.originalSize;
            if (unpacked > MAX_UNZIPPED_PLAN_BYTES) throw tooLargeUnpacked();
            return usual.includes(f.name);
          },
        });
        for (const part of Object.values(parts)) countWork(INFLATED_WORK, part.length);
        return parts;
      };
      const first = inflated ? zipParts(bytes, inflated, usual) : unpackedUsual();
      main = officeDocumentPart(first['_rels/.rels'] ? strFromU8(first['_rels/.rels']) : undefined);
      let parts: Record<string, Uint8Array> = first;
      let dir = 'word/';
      // the main part named by the package (Word Online: word/document2.xml; some generators put it
      // at the package root), else the usual name
      if (main && main !== 'word/document.xml' && !main.startsWith('xl/') && names!.includes(main)) {
        dir = main.slice(0, main.lastIndexOf('/') + 1);
        parts = { ...first, ...zipParts(bytes, inflated, [main, `${dir}styles.xml`, `${dir}numbering.xml`]) };
        xml = textOf(parts[main]);
        // a root part that is no Word document (no WordprocessingML body) is left to the checks below
        if (xml !== undefined && !dir && !/wordprocessingml/.test(xml.slice(0, 4096))) xml = undefined;
      } else xml = textOf(first['word/document.xml']);
      styles = textOf(parts[`${dir}styles.xml`] ?? first['word/styles.xml']);
      numbering = textOf(parts[`${dir}numbering.xml`] ?? first['word/numbering.xml']);
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      throw unsupported('ไฟล์ ZIP เสีย', 'a damaged zip');
    }
    if (xml !== undefined) {
      if (xml.length > MAX_DOCX_XML_CHARS) throw documentXmlTooLarge(xml.length);
      // WordprocessingML bound to another prefix, or as the default namespace, is read as "w:"
      const [body, style, lists] = [xml, styles, numbering].map((x) => (x === undefined ? x : withWordPrefix(x)));
      // a document cut short (an interrupted save) is damaged, not a plan that ends there (S24-6)
      if (!documentEndsWhole(body!)) throw documentCutShort(body!);
      // content embedded as HTML (w:altChunk, html-docx-js) is read where it stands
      const chunks = markAltChunks(body!);
      // and an embedded object (an Excel worksheet pasted as an object) where the object stands
      const found = newEmbeddedFound();
      const numbered = docxNumbering(lists, style);
      const hidden = hiddenStyles(style);
      const bodyRead = readingOnce(() => readDocumentXml(chunks.xml, hidden, numbered, tableHeader.isHeader, found));
      const withChunks = withAltChunks(bodyRead, chunks.ids, relatedParts(bytes, inflated, names!, main, chunks.ids));
      const objectIds = found.objects.map((o) => o.relationshipId).filter(Boolean);
      const document = await withEmbeddedObjects(
        withChunks,
        found,
        relatedParts(bytes, inflated, names!, main, objectIds),
      );
      const pageHeaderLines = pageHeaderLinesOf(body!, hidden, (ids) =>
        relatedParts(bytes, inflated, names!, main, ids),
      );
      const read = withGarbledThaiRepaired(document);
      return { kind: 'docx', document: pageHeaderLines.length > 0 ? { ...read, pageHeaderLines } : read };
    }
    const otherWorkbook = otherWorkbookPart(main) && names!.includes(main) && !names!.includes('xl/workbook.xml');
    if (names!.includes('xl/workbook.xml') || otherWorkbook) {
      try {
        return {
          kind: 'xlsx',
          document: withGarbledThaiRepaired(await readXlsx(bytes, workbookParts(bytes, inflated, main, otherWorkbook))),
        };
      } catch (error) {
        if (error instanceof ValidationError) throw error;
        throw unsupported('ไฟล์ Excel เสีย', 'a damaged workbook');
      }
    }
    if (names!.includes('mimetype') && names!.includes('content.xml')) {
      throw unsupported(
        'ไฟล์ OpenDocument (.odt/.ods) กรุณาเปิดแล้วบันทึกเป็น .docx หรือ .xlsx',
        'an OpenDocument file (.odt/.ods): save it as .docx or .xlsx',
      );
    }
    throw unsupported('ไฟล์ ZIP ที่ไม่ใช่ Word หรือ Excel', 'a zip that is neither .docx nor .xlsx');
  }
  const refusedText = otherTextFormat(bytes);
  if (refusedText) throw unsupported(...refusedText);
  const text = decodeTextFile(bytes);
  if (text === undefined)
    throw unsupported('ไฟล์ไบนารี เช่น .doc หรือ .xls รุ่นเก่า', 'a binary file, e.g. an old .doc or .xls');
  if (looksLikeHtmlTable(text)) return { kind: 'text', document: readHtmlDocument(text) };
  // each reading of the text (plain, Markdown, HTML, CSV) looks for a header in its rows: a cell once
  return { kind: 'text', document: readingOnce(() => readPlanText(text, tableHeader.isHeader)) };
};
