// Building blocks of the published DOCX files (the files the officer edits and signs): landscape
// A4, TH SarabunPSK (the Thai government's standard font) 16/14 pt, header rows repeated per page.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  NumberFormat,
  Packer,
  PageOrientation,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { printedText } from './printed-text.js';
import type { BlockLine } from './signature-block.js';

const FONT = 'TH SarabunPSK';

/** The document's default run (packDocx's styles): a run states only what differs from it. */
const DEFAULT_SIZE = 14;

/**
 * A run of text; its font and size are the document's defaults unless `size` differs, and it is
 * bold only when asked: every run used to repeat font, size and "not bold" (six elements), which
 * made up most of a large year's table XML and of the time to build and pack it.
 */
const run = (text: string, options: { bold?: boolean; size?: number }, lineBreak = false) =>
  new TextRun({
    text,
    ...(lineBreak ? { break: 1 } : {}),
    ...(options.size !== undefined && options.size !== DEFAULT_SIZE ? { font: FONT, size: options.size * 2 } : {}),
    ...(options.bold ? { bold: true } : {}),
  });

/**
 * `text` as printed (printedText, the PDF's rule too), in runs: a line break in it is a line break
 * in the paragraph, as the PDF starts a new line there.
 */
export const runs = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  printedText(text)
    .split('\n')
    .map((line, i) => run(line, options, i > 0));

/** `keepNext`: on the page of the paragraph (or table row) after it (a heading, a row kept with the signed block). */
export const para = (
  text: string,
  options: { bold?: boolean; size?: number; center?: boolean; keepNext?: boolean } = {},
) =>
  new Paragraph({
    children: runs(text, options),
    ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
  });

export const titlePara = (text: string) =>
  new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    children: runs(text, { bold: true, size: 18 }),
  });

/**
 * A full-width table: `widths` in percent, `rows` as paragraphs per cell; the first paragraph of a
 * row's first cell (the measure's title) is bold; the header row repeats on every page and stays
 * with the first row. `keepLast`: the last row on the page of what follows (the signed block: Word
 * keeps a row whose paragraphs are all "keep with next" with the paragraph after the table).
 */
export function docxTable(
  columns: readonly string[],
  widths: readonly number[],
  rows: string[][][],
  keepLast = false,
): Table {
  const cell = (paragraphs: string[], i: number, header: boolean, keepNext: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.PERCENTAGE },
      children: (paragraphs.length ? paragraphs : ['']).map((p, j) =>
        para(p, { bold: header || (i === 0 && j === 0), keepNext }),
      ),
      ...(header ? { shading: { fill: 'E8EEFC' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c, i) => cell([c], i, true, true)) }),
      ...rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: false,
            children: row.map((paras, i) => cell(paras, i, false, keepLast && r === rows.length - 1)),
          }),
      ),
    ],
  });
}

/** Where the signature column starts (twips from the left margin): the right 7,570 of the 14,570 between the margins. */
const SIGN_INDENT = 7000;

/**
 * The signed end of a document (signature-block.ts) as paragraphs, 16 pt as Thai official
 * documents: `sign` lines centred in the right-hand column, each kept on the page with the next.
 */
export function docxBlock(items: readonly BlockLine[]): Paragraph[] {
  return items.flatMap((b, i) => {
    const keepNext = i < items.length - 1;
    const blank = Array.from({ length: b.space ?? 0 }, () => new Paragraph({ keepNext, children: [] }));
    const text = new Paragraph({
      keepNext,
      children: runs(b.text, { size: 16, ...(b.bold ? { bold: true } : {}) }),
      ...(b.at === 'sign' ? { alignment: AlignmentType.CENTER, indent: { left: SIGN_INDENT } } : {}),
    });
    return [...blank, text];
  });
}

/** 2 cm in twips: the page's margins, so the table has room for 14 pt Thai (tester s43 F5). */
const MARGIN = 1134;

/**
 * The footer: "หน้า ๓" at the right, the page number in Thai digits as the PDF's: the section's page
 * numbers are "thaiNumbers" (packDocx). No "/ total": NUMPAGES takes no section format, and Word's
 * Thai switch for it ("\* ThaiArabic") LibreOffice 7.4 prints as Thai letters ("ก / บ", session
 * 43), so a total would be Arabic beside a Thai number. LibreOffice 7.4 ignores the section's
 * format too and prints "หน้า 3" (checked, session 49); Word follows it.
 */
const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun('หน้า '), new SimpleField('PAGE', '๑')],
      }),
    ],
  });

/**
 * A landscape document of `children`, as DOCX bytes: 2 cm margins, page numbers in Thai digits in the footer, its
 * text marked Thai (w:lang th-TH, for spelling, word breaks and screen readers).
 */
export function packDocx(meta: { title: string; creator: string }, children: FileChild[]): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator,
    // the library's default is "Un-named" (tester s47: an English placeholder in the file's properties)
    lastModifiedBy: meta.creator,
    title: meta.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: DEFAULT_SIZE * 2, language: { value: 'th-TH', bidirectional: 'th-TH' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
            pageNumbers: { formatType: NumberFormat.THAI_NUMBERS },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
