// One table per indicator under a heading paragraph, no indicator column, each measure a row of
// one line, every line at the same pitch (as LibreOffice lays out a Word table without cell
// margins), without rules (review 17 s19, S19-8). The first table's rows were read as its header's
// wrapped labels (both measures lost), the second's two rows as one measure (engineering and
// education given the semiannual duty), and nothing said so.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile } from '../support/plan-pdf.js';

const XS = [40, 330, 480];
type Texts = Parameters<typeof planPdf>[0][number]['texts'];
/** Heading paragraphs (strings) and lines of cells (each a line's text per column), 14 pt a line. */
function page(parts: (string | string[])[], top = 40): { texts: Texts } {
  const texts: Texts = [];
  parts.forEach((part, i) => {
    const y = top + 14 * i;
    if (typeof part === 'string') texts.push({ x: XS[0]! - 5, y, text: part });
    else part.forEach((text, c) => text && texts.push({ x: XS[c]!, y, text }));
  });
  return { texts };
}

const HEADER = ['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const H9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (ผลคะแนนปี ๒๕๖๖ = ๗๘.๕๐ คะแนน)';
const H10 = 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต ได้คะแนน ๗๐.๒๕ ต่ำกว่าเป้าหมาย';
const H1 = 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่';
const I9 = [
  ['เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
  ['ปรับปรุงหน้าเว็บไซต์ให้เป็นปัจจุบัน', 'รายงานผลทุกไตรมาส', 'กองคลัง'],
];
const I10 = [
  ['ประกาศเจตจำนงสุจริต', 'รายงานผลรอบ ๖ เดือน', 'สำนักปลัด'],
  ['จัดทำแผนป้องกันการทุจริต', 'รายงานผลปีละครั้ง', 'กองช่าง'],
  ['', '', 'กองการศึกษา'],
];
const I1 = [['ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน', 'รายงานผลปีละครั้ง', 'กองคลัง']];

const summary = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);
const EXPECTED = [
  [9, ['monthly'], ['clerk']],
  [9, ['quarterly'], ['finance']],
  [10, ['semiannual'], ['clerk']],
  [10, ['annual'], ['engineering', 'education']],
];

describe('an unruled PDF of heading paragraphs each over its own table of one-line rows', () => {
  it('reads each row under its heading as a measure of that indicator, the header typed over each table', async () => {
    const bytes = await planPdf([page([H9, HEADER, ...I9, H10, HEADER, ...I10])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('reads three headings and their tables, the header typed over the first only', async () => {
    const bytes = await planPdf([page([H1, HEADER, ...I1, H9, ...I9, H10, ...I10])]);
    const { plan } = await previewFile(bytes);
    expect(summary(plan)).toEqual([[1, ['annual'], ['finance']], ...EXPECTED]);
  });

  it('reads the rows when the second table starts a page under its heading', async () => {
    const bytes = await planPdf([page([H9, HEADER, ...I9]), page([H10, HEADER, ...I10])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('still reads a header whose labels wrap onto the next line above one-line rows', async () => {
    const wrapped = [
      ['มาตรการ/', 'การติดตามผล', 'ผู้รับผิดชอบ'],
      ['แนวทาง', 'การดำเนินการ', ''],
    ];
    const bytes = await planPdf([page([H9, ...wrapped, ...I9, H10, ...wrapped, ...I10])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('says so when a line under the header that may be a measure is read as the labels wrapped', async () => {
    // "มาตรการส่งเสริม" is no whole column name: the line under it may be its second line
    const header = ['มาตรการส่งเสริม', 'การติดตามผล', 'ผู้รับผิดชอบ'];
    const bytes = await planPdf([page([H9, header, ...I9])]);
    const { warnings } = await previewFile(bytes);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'pdf-layout-guessed',
        source: 'เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์ | รายงานผลทุกเดือน | สำนักปลัด',
        message_en: expect.stringContaining('if it is a measure, it is not imported'),
      }),
    );
  });

  it('says so when a line that may be a row of its own is read as the row above going on', async () => {
    // the follow-up cell has one line: only the measure and the last column (its edge unknown) part there
    const rows = [
      ['เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
      ['ปรับปรุงหน้าเว็บไซต์ให้เป็นปัจจุบัน', '', 'กองคลัง'],
    ];
    const bytes = await planPdf([page([H9, HEADER, ...rows])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(plan.measures).toHaveLength(1);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'pdf-row-joined',
        source: 'ปรับปรุงหน้าเว็บไซต์ให้เป็นปัจจุบัน | กองคลัง',
        message_th: expect.stringContaining('อาจเป็นมาตรการอีกแถวหนึ่ง'),
      }),
    );
  });
});
