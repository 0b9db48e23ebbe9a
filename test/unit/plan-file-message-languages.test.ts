// Session 37 (tester P3): a plan file the importer cannot read was refused with one string holding
// both languages, "(ไฟล์ไบนารี เช่น .doc หรือ .xls รุ่นเก่า / binary, e.g. old .doc or .xls)", in
// message_th and message_en alike. Each bad file here is read as the preview and `npm run import`
// read it (readPlanFile, then the importer), and every message of its refusal or its warnings is
// checked: Thai alone in message_th, English alone in message_en (quotations and names aside).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain/errors.js';
import { expectEachInItsLanguage, wrongLanguageWords } from '../support/message-languages.js';
import { previewFile, scannedPdf } from '../support/plan-pdf.js';

/** An OLE compound file, as Word 97-2003 (.doc) and Excel 97-2003 (.xls) save: its signature, then `body`. */
const compoundFile = (body: string) =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from(body.padEnd(1024, '\0'), 'latin1')]);

/** A one-page PDF that needs a password to open: its /U is no empty password's. */
async function passwordPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('plan');
  const hex = (n: number) => PDFHexString.of(randomBytes(n).toString('hex'));
  const dict = { Filter: 'Standard', V: 2, R: 3, Length: 128, P: -4, O: hex(32), U: hex(32) };
  doc.context.trailerInfo.Encrypt = doc.context.register(doc.context.obj(dict));
  const id = hex(16);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}

const docx = unzipSync(new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url))));
const documentXml = strFromU8(docx['word/document.xml']!);

/** Each message a file gives: its refusal's and its fields', or the warnings of what was read. */
async function messagesOf(bytes: Uint8Array) {
  try {
    return (await previewFile(bytes)).warnings;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return [error, ...error.fields];
  }
}

describe('every message about a bad plan file is Thai in message_th and English in message_en', () => {
  it.each([
    // the tester's two files
    ['random bytes (named .docx)', () => new Uint8Array(randomBytes(4096))],
    ['a broken PDF', () => strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nbroken\n%%EOF\n')],
    // the same kind of refusal
    ['an old .doc', () => compoundFile('Microsoft Word 97-2003 WordDocument')],
    ['an old .xls', () => compoundFile('Microsoft Excel Workbook')],
    ['a zip without Word or Excel parts', () => zipSync({ 'notes.txt': strToU8('แผน') })],
    ['a damaged zip', () => strToU8('PK\u0003\u0004 not a zip at all')],
    ['a damaged workbook', () => zipSync({ 'xl/workbook.xml': strToU8('<not-a-workbook') })],
    ['a PDF that needs a password to open', passwordPdf],
    // refusals said apart from the start, and warnings
    ['an empty file', () => new Uint8Array()],
    ['a text file without a plan table', () => strToU8('บันทึกการประชุม\nไม่มีตาราง\n')],
    ['a Word file cut short', () => zipSync({ ...docx, 'word/document.xml': strToU8(documentXml.slice(0, 4000)) })],
    ['a scanned PDF', async () => new Uint8Array(await scannedPdf())],
    ['Rich Text (.rtf)', () => strToU8('{\\rtf1\\ansi แผน}')],
    [
      'an OpenDocument text (.odt)',
      () => zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }),
    ],
  ])('%s', async (_name, make) => {
    expectEachInItsLanguage(await messagesOf(await make()));
  });

  it('a PDF that needs a password is told apart from a damaged one', async () => {
    const [password] = await messagesOf(await passwordPdf());
    expect(password!.message_th).toContain('ไฟล์ PDF ที่ต้องใส่รหัสผ่านจึงจะเปิดได้');
    expect(password!.message_en).toContain('a PDF that needs a password to open');
    const [damaged] = await messagesOf(strToU8('%PDF-1.7\nbroken\n%%EOF\n'));
    expect(damaged!.message_th).toContain('(ไฟล์ PDF เสีย)');
    expect(damaged!.message_en).toContain('(a damaged PDF)');
  });

  it('the check finds the words of the other language, quotations and file names aside', () => {
    expect(
      wrongLanguageWords({
        message_th: 'อ่านไฟล์นี้ไม่ได้ (ไฟล์ไบนารี / binary, e.g. old .doc or .xls) ใช้ Word (.docx)',
        message_en: 'unsupported file (ไฟล์ไบนารี / binary) after "ตัวชี้วัดที่ ๙"',
      }),
    ).toEqual({ th: ['binary', 'old', 'or'], en: ['ไฟล์ไบนารี'] });
  });
});
