// Review 17 s24, S24-4: a plan laid out in two halves side by side (to fit a landscape page), a
// blank column between and a plan header over each: the right half's measures were dropped, and
// the warning said only that the table was "not imported as notes".
import { describe, expect, it } from 'vitest';
import { createPdfPages } from '../../shared/documents/pdf-pages.js';
import { docx, preview, type Preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const HALF = ['ลำดับ', 'มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const m = (n: string, title: string, followUp: string, unit: string) => [n, `ตัวชี้วัดที่ ${n} ${title}`, followUp, unit];
const LEFT = [m('1', 'การปฏิบัติหน้าที่', 'รายงานทุกเดือน', 'กองคลัง'), m('2', 'การใช้งบประมาณ', 'รายงานทุก ๖ เดือน', 'สำนักปลัด')];
const RIGHT = [
  m('3', 'การใช้อำนาจ', 'รายงานทุกไตรมาส', 'กองช่าง'),
  m('4', 'การใช้ทรัพย์สินของราชการ', 'สรุปผลประจำปี', 'กองการศึกษา'),
];
/** the two halves side by side, one empty column between */
const halves = (left: string[][], right: string[][]) => {
  const rows: string[][] = [[...HALF, '', ...HALF]];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    rows.push([...(left[i] ?? ['', '', '', '']), '', ...(right[i] ?? [])]);
  return rows;
};
/**
 * The rows as one ruled PDF table, drawn by the product's own PDF writer (its Thai font keeps every
 * letter; pdfkit's Sarabun in plan-pdf.ts drops "า", which left S24-4's PDF half untested).
 */
const pdf = (rows: string[][]) => {
  const pages = createPdfPages({ title: 'แผน', author: 'ทดสอบ' });
  const half = [35, 160, 110, 70];
  pages.table({ columns: rows[0]!, widths: [...half, 20, ...half], rows: rows.slice(1).map((r) => r.map((c) => [c])) });
  return pages.finish();
};
const read = (r: Preview) =>
  r.plan.measures.map((x) => [x.indicator, x.followUps[0]?.cadence, x.responsible.unitIds.join(' ')]);
const FOUR = [
  [1, 'monthly', 'finance'],
  [2, 'semiannual', 'clerk'],
  [3, 'quarterly', 'engineering'],
  [4, 'annual', 'education'],
];

describe('a plan in two halves side by side is read whole, the right half after the left (S24-4)', () => {
  it.each([
    ['a workbook', () => xlsx([{ name: 'แผน', rows: halves(LEFT, RIGHT) }])],
    ['a Word table', () => Promise.resolve(docx(wordTable(halves(LEFT, RIGHT), 9)))],
    ['tab-separated text', () => Promise.resolve(tsv(halves(LEFT, RIGHT)))],
    ['a ruled PDF table', () => pdf(halves(LEFT, RIGHT))],
  ])('%s: the right half’s measures are imported, said once', async (_, file) => {
    const r = await preview(await file());
    expect(read(r)).toEqual(FOUR);
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
    const said = r.warnings.filter((w) => w.code === 'side-table-read');
    expect(said).toHaveLength(1);
    expect(said[0]!.where.column).toBe(6);
    expect(said[0]!.message_th).toContain('จึงนำเข้า ๒ แถวของตารางนี้เป็นมาตรการต่อจากตารางด้านซ้าย');
  });

  it.each([
    ['a workbook', (rows: string[][]) => xlsx([{ name: 'แผน', rows }])],
    ['a ruled PDF table', pdf],
  ])('halves of different lengths (%s): every measure once, in order', async (_, file) => {
    const r = await preview(await file(halves([...LEFT, ...RIGHT.slice(1)], RIGHT.slice(0, 1))));
    expect(read(r).map((x) => x[0])).toEqual([1, 2, 4, 3]);
  });
});

describe('a side table that is not read says its rows were not imported (S24-4)', () => {
  it('a per-unit count beside the plan: its three rows named as not imported, not “as notes” only', async () => {
    const counts = [
      ['กองคลัง', '1'],
      ['สำนักปลัด', '1'],
      ['รวม', '2'],
    ];
    const rows: string[][] = [[...HALF, '', 'หน่วยงาน', 'จำนวนมาตรการ']];
    for (let i = 0; i < counts.length; i++) rows.push([...(LEFT[i] ?? ['', '', '', '']), '', ...counts[i]!]);
    const r = await preview(await xlsx([{ name: 'แผน', rows }]));
    expect(read(r)).toEqual(FOUR.slice(0, 2));
    const said = r.warnings.find((w) => w.code === 'table-not-read')!;
    expect(said.message_th).toContain('ข้อความ ๓ แถวในตารางนั้นไม่ได้นำเข้า');
    expect(said.message_en).toContain('its 3 rows with text were NOT imported');
  });
});
