// Review 17 s15, S15-6: each paragraph outside the tables of a Word document is a line the importer
// reads for headings, titles and the fiscal year (~0.03 ms apiece): 400,000 one-line paragraphs
// before the plan table (a 136 KB .docx) took 48 s and said nothing. Past 10,000 paragraphs with text
// (or 30,000 in all, empty ones too: counted in the first pass) the file is refused in Thai; a long
// document within the bound is read.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { MAX_DOCX_BODY_PARAGRAPHS, MAX_DOCX_PARAGRAPHS, MAX_DOCX_XML_CHARS } from '../../shared/import/docx-limits.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { standardDocumentWithParagraphs, wordParagraph } from '../support/big-plan-files.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

async function measuresOf(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return plan.measures.map((m) => `${m.measureId} ${m.title}`);
}

const tabbed = () => '<w:p><w:r><w:t>ตัวชี้วัดที่ ๔</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>';

describe('a Word document with more paragraphs outside its tables than a plan document has is refused in Thai', () => {
  it.each([
    ['one-line headings ("ตัวชี้วัดที่ ๔ x")', wordParagraph('ตัวชี้วัดที่ ๔ x'), 'ตัวชี้วัดที่ ๔ x'],
    ['plain lines', wordParagraph('ข้อความธรรมดา'), 'ข้อความธรรมดา'],
    ['a heading and a tab ("ตัวชี้วัดที่ ๔<tab>x")', tabbed, 'ตัวชี้วัดที่ ๔ x'],
  ])('%s past MAX_DOCX_PARAGRAPHS before the table: the bound and the paragraph reached named', async (_n, p, text) => {
    const error = await planFileRefusal(standardDocumentWithParagraphs(MAX_DOCX_PARAGRAPHS, p));
    expect(error.message_th).toBe(
      `เอกสาร Word นี้มีย่อหน้าที่มีข้อความนอกตารางเกิน ๑๐,๐๐๐ ย่อหน้า (ถึงย่อหน้า "${text}") มากกว่าที่เอกสารแผนมาตรการจะมีได้ กรุณาคัดลอกเฉพาะตารางแผนมาตรการ (และชื่อแผน) ไปไว้ในไฟล์ใหม่ แล้วนำเข้าไฟล์นั้น`,
    );
    expect(error.message_en).toContain('more than 10,000 paragraphs with text outside tables');
    expect(error.fields).toEqual([
      {
        path: PLAN_FILE_FIELD,
        message_th: 'ย่อหน้าที่มีข้อความนอกตารางเกิน ๑๐,๐๐๐ ย่อหน้า',
        message_en: 'more than 10,000 paragraphs with text outside tables',
      },
    ]);
  });

  it('400,000 empty paragraphs (spacing): refused in the first pass, past MAX_DOCX_BODY_PARAGRAPHS', async () => {
    const error = await planFileRefusal(standardDocumentWithParagraphs(400_000, () => '<w:p></w:p>'));
    expect(error.message_th).toMatch(/^เอกสาร Word นี้มีย่อหน้านอกตารางเกิน ๓๐,๐๐๐ ย่อหน้า มากกว่าที่/);
  });

  it('within the bounds a long document is read: the plan table after 9,990 lines and 19,000 empty paragraphs', async () => {
    const plan = await measuresOf(standardDocumentWithParagraphs(0, wordParagraph('')));
    expect(plan).toHaveLength(3);
    let i = 0;
    const lines = standardDocumentWithParagraphs(MAX_DOCX_PARAGRAPHS - 10 + 19_000, () =>
      i++ % 3 === 0 ? '<w:p/>' : '<w:p></w:p>',
    );
    expect(await measuresOf(lines)).toEqual(plan);
    expect(MAX_DOCX_BODY_PARAGRAPHS).toBe(30_000);
    expect(await measuresOf(standardDocumentWithParagraphs(MAX_DOCX_PARAGRAPHS - 10, wordParagraph('ข้อความ')))).toEqual(
      plan,
    );
  });
});

// Review 17 s11, S11-8: 45 MB of one-letter runs (a 194 KB .docx) took 8.7 s and 377 MB: the XML is
// read token by token whatever it holds. word/document.xml over 8 MB is refused in Thai.
describe('a Word document whose XML is larger than a plan document has is refused in Thai, before it is read', () => {
  const run = '<w:r><w:rPr><w:rFonts w:cs="TH SarabunPSK"/></w:rPr><w:t>ก</w:t></w:r>';
  const over = (piece: string) => Math.ceil(MAX_DOCX_XML_CHARS / piece.length) + 1;
  it.each([
    ['one-letter runs in few paragraphs', () => `<w:p>${run.repeat(over(run) / 100 + 1)}</w:p>`, 100],
    ['one long paragraph of runs', () => `<w:p>${run.repeat(over(run))}</w:p>`, 1],
    [
      'paragraphs of heavy formatting and little text (under the paragraph bounds)',
      () =>
        `<w:p><w:pPr>${'<w:rPr><w:b/><w:i/><w:u w:val="single"/></w:rPr>'.repeat(200)}</w:pPr><w:r><w:t>ก</w:t></w:r></w:p>`,
      1000,
    ],
  ] as const)('%s: the size and the bound named', async (_n, paragraph, count) => {
    const error = await planFileRefusal(standardDocumentWithParagraphs(count, paragraph));
    expect(error.message_th).toMatch(
      /^เนื้อหาของเอกสาร Word นี้ \(ข้อความและรูปแบบ\) มีขนาด [๐-๙.]+ เมกะไบต์ เกินกว่าที่เอกสารแผนมาตรการจะมีได้ \(ไม่เกิน ๘ เมกะไบต์\)/,
    );
    expect(error.fields[0]?.path).toBe(PLAN_FILE_FIELD);
  });
});
