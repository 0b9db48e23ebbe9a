// Paragraphs of a Word document outside its tables, bounded (review 17 s15, S15-6): each is a line of
// text the importer reads for headings, titles and the fiscal year, ~0.03 ms apiece; 400,000 one-line
// paragraphs before the plan table (a 136 KB .docx, 30 MB of XML) took 48 s.
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/**
 * Paragraphs with text outside tables (body, text boxes in the body). A plan document has a cover,
 * an introduction and the table, a few hundred; a 300-page report holding the plan, ~10,000. At this
 * bound a document costs about 3x the bench's 1 MB ordinary plan (test/bench/importer-run.ts).
 */
export const MAX_DOCX_PARAGRAPHS = 10_000;

/**
 * Paragraph elements outside tables, empty ones too (spacing): counted in the first pass over the
 * XML, so a document of 400,000 paragraphs is refused without reading them all twice.
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
