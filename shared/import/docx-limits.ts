// Paragraphs of a Word document outside its tables, bounded (review 17 s15, S15-6): each is a line of
// text the importer reads for headings, titles and the fiscal year, ~0.03 ms apiece; 400,000 one-line
// paragraphs before the plan table (a 136 KB .docx, 30 MB of XML) took 48 s.
import { ValidationError } from '../domain/errors.js';
import { MAX_MEASURES } from '../domain/plan.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';
import { MAX_PLAN_TABLE_ROWS } from './plan-table-rows.js';

/**
 * Paragraphs with text outside tables (body, text boxes in the body). A plan document has a cover,
 * an introduction and the table, a few hundred; a 300-page report holding the plan, ~10,000. At this
 * bound a document costs about 3x the bench's 1 MB ordinary plan (test/bench/importer-run.ts).
 */
export const MAX_DOCX_PARAGRAPHS = 10_000;

/**
 * Paragraph elements outside tables, empty ones too (spacing): counted as the XML is tokenized
 * (read-docx.ts framedTokens), so a document of 400,000 paragraphs is refused without reading them all.
 */
export const MAX_DOCX_BODY_PARAGRAPHS = 3 * MAX_DOCX_PARAGRAPHS;

const MAX = MAX_DOCX_PARAGRAPHS.toLocaleString('en-US');

/**
 * The refusal of a Word document past MAX_DOCX_PARAGRAPHS paragraphs with text (naming the paragraph
 * reached, `text`), or past MAX_DOCX_BODY_PARAGRAPHS paragraphs (`text` undefined).
 */
export const tooManyParagraphs = (text: string | undefined) => {
  const quoted = text?.trim().slice(0, 60);
  const [what, whatEn, max] =
    text === undefined
      ? ['ย่อหน้า', 'paragraphs', MAX_DOCX_BODY_PARAGRAPHS.toLocaleString('en-US')]
      : ['ย่อหน้าที่มีข้อความ', 'paragraphs with text', MAX];
  const reached = quoted ? ` (ถึงย่อหน้า "${quoted}")` : '';
  const reachedEn = quoted ? ` (up to "${quoted}")` : '';
  return new ValidationError(
    `เอกสาร Word นี้มี${what}นอกตารางเกิน ${toThaiDigits(max)} ย่อหน้า${reached} มากกว่าที่เอกสารแผนมาตรการจะมีได้ กรุณาคัดลอกเฉพาะตารางแผนมาตรการ (และชื่อแผน) ไปไว้ในไฟล์ใหม่ แล้วนำเข้าไฟล์นั้น`,
    `this Word document has more than ${max} ${whatEn} outside tables${reachedEn}, more than a plan document has; copy only the plan table (and its title) into a new file and import that`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `${what}นอกตารางเกิน ${toThaiDigits(max)} ย่อหน้า`,
        message_en: `more than ${max} ${whatEn} outside tables`,
      },
    ],
  );
};

/**
 * Characters of word/document.xml (review 17 s11, S11-8): the XML is read token by token, ~0.1 ms a
 * KB whatever it holds; 45 MB of one-letter runs (a 194 KB file) took 8.7 s and 377 MB. A plan
 * document's XML is rarely over 2 MB (10,000 paragraphs of formatted text ~8 MB); at this bound a
 * document costs about 3x the bench's 1 MB ordinary plan.
 */
export const MAX_DOCX_XML_CHARS = 8 * 1024 * 1024;

/** The refusal of a Word document whose text and formatting are more than MAX_DOCX_XML_CHARS. */
export const documentXmlTooLarge = (chars: number) => {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return new ValidationError(
    `เนื้อหาของเอกสาร Word นี้ (ข้อความและรูปแบบ) มีขนาด ${toThaiDigits(mb(chars))} เมกะไบต์ เกินกว่าที่เอกสารแผนมาตรการจะมีได้ (ไม่เกิน ${toThaiDigits(mb(MAX_DOCX_XML_CHARS))} เมกะไบต์) กรุณาคัดลอกเฉพาะตารางแผนมาตรการ (และชื่อแผน) ไปไว้ในไฟล์ใหม่ แล้วนำเข้าไฟล์นั้น`,
    `the content of this Word document (text and formatting) is ${mb(chars)} MB, more than a plan document has (at most ${mb(MAX_DOCX_XML_CHARS)} MB); copy only the plan table (and its title) into a new file and import that`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `เนื้อหาเอกสารเกิน ${toThaiDigits(mb(MAX_DOCX_XML_CHARS))} เมกะไบต์`,
        message_en: `document content over ${mb(MAX_DOCX_XML_CHARS)} MB`,
      },
    ],
  );
};

/**
 * Tables inside tables, counted from the body (a one-cell box around the plan table is one level;
 * review 17 s20, S20-7). A plan table sits in a box or two, and a cell may hold a small table; a web
 * page's layout tables pasted into Word nest about ten deep. Deeper nesting is no plan: 100,000
 * levels around one letter is a 14 KB .docx of 4.6 MB of XML that took 3.5x the bench's 1 MB
 * ordinary plan to read. Counted in the first pass over the XML, so it is refused at the level past
 * the bound, before the rest is read.
 */
export const MAX_DOCX_TABLE_DEPTH = 50;

/** The refusal of a Word document with tables nested more than MAX_DOCX_TABLE_DEPTH deep. */
export const tablesTooDeep = () => {
  const max = MAX_DOCX_TABLE_DEPTH;
  return new ValidationError(
    `เอกสาร Word นี้มีตารางซ้อนอยู่ในตารางลึกเกิน ${toThaiDigits(max)} ชั้น มากกว่าที่เอกสารแผนมาตรการจะมีได้ กรุณาคัดลอกเฉพาะตารางแผนมาตรการ (และชื่อแผน) ไปไว้ในไฟล์ใหม่ แล้วนำเข้าไฟล์นั้น`,
    `this Word document has tables nested inside tables more than ${max} deep, more than a plan document has; copy only the plan table (and its title) into a new file and import that`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `ตารางซ้อนกันลึกเกิน ${toThaiDigits(max)} ชั้น`,
        message_en: `tables nested more than ${max} deep`,
      },
    ],
  );
};

/**
 * Table rows (every `<w:tr>` Word shows, in tables nested in cells and in text boxes too, empty ones
 * too: each is read): the plan files' bound (plan-table-rows.ts; review 17 s23, S23-14: 14,000
 * short measure rows took 5-7x the bench's 1 MB ordinary plan, where the paragraphs outside tables
 * were bounded and the rows not).
 */
export const MAX_DOCX_TABLE_ROWS = MAX_PLAN_TABLE_ROWS;

/** Characters of the row reached quoted in the refusal. */
const QUOTED_ROW = 60;

/**
 * The refusal of a Word document past MAX_DOCX_TABLE_ROWS table rows, naming the row reached: its
 * place (`table`, `row`: as the import's warnings number them; undefined for a row of a table that
 * only frames others) and the start of its text (`text`, plain, may be empty).
 */
export const tooManyTableRows = (where: { table: number; row: number } | undefined, text: string) => {
  const max = MAX_DOCX_TABLE_ROWS.toLocaleString('en-US');
  const quoted = text.trim().slice(0, QUOTED_ROW);
  const place = where
    ? [
        `แถวที่ ${toThaiDigits(where.row.toLocaleString('en-US'))} ของตารางที่ ${toThaiDigits(where.table)}`,
        `row ${where.row.toLocaleString('en-US')} of table ${where.table}`,
      ]
    : undefined;
  const reached = [place?.[0], quoted && `"${quoted}"`].filter(Boolean).join(': ');
  const reachedEn = [place?.[1], quoted && `"${quoted}"`].filter(Boolean).join(': ');
  return new ValidationError(
    `เอกสาร Word นี้มีแถวในตารางเกิน ${toThaiDigits(max)} แถว${reached ? ` (ถึง${reached})` : ''} มากกว่าที่แผนมาตรการจะมีได้ (แผนหนึ่งปีมีไม่เกิน ${toThaiDigits(MAX_MEASURES)} มาตรการ) กรุณาคัดลอกเฉพาะตารางแผนมาตรการ (และชื่อแผน) ไปไว้ในไฟล์ใหม่ หรือลบแถวที่ไม่ใช่แผนออก แล้วนำเข้าใหม่`,
    `this Word document has more than ${max} table rows${reachedEn ? ` (up to ${reachedEn})` : ''}, more than a plan has (at most ${MAX_MEASURES} measures a year); copy only the plan table (and its title) into a new file, or delete the rows that are not the plan, and import again`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `แถวในตารางเกิน ${toThaiDigits(max)} แถว`,
        message_en: `more than ${max} table rows`,
      },
    ],
  );
};
