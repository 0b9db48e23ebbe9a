// Session 24's leftover of S24-4: the right half of a plan laid out side by side (side-table-read)
// numbered its columns from its own first column in the warnings' places, so "คอลัมน์ ๓" named the
// left half's column 3, not the cell the warning was about. The column is the whole table's, as the
// document shows it (Excel's column, Word's cell, the text line's tab-separated cell).
import { describe, expect, it } from 'vitest';
import { docx, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const HALF = ['ลำดับ', 'มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const m = (n: string, title: string, followUp: string, unit: string) => [n, `ตัวชี้วัดที่ ${n} ${title}`, followUp, unit];
const LEFT = [m('1', 'การปฏิบัติหน้าที่', 'รายงานทุกเดือน', 'กองคลัง'), m('2', 'การใช้งบประมาณ', 'รายงานทุก ๖ เดือน', 'สำนักปลัด')];
/** the right half: a follow-up with no cadence (column 8) and a unit not of the org (column 9) */
const RIGHT = [
  m('3', 'การใช้อำนาจ', 'รายงานผลการดำเนินงาน', 'กองช่าง'),
  m('4', 'การใช้ทรัพย์สินของราชการ', 'สรุปผลประจำปี', 'กองพัฒนาที่ดินจังหวัด'),
];
const halves = (left: string[][], right: string[][]) => {
  const rows: string[][] = [[...HALF, '', ...HALF]];
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    rows.push([...(left[i] ?? ['', '', '', '']), '', ...(right[i] ?? [])]);
  return rows;
};

describe("a warning about the right half of a side-by-side plan names the whole table's column", () => {
  it.each([
    ['a workbook', () => xlsx([{ name: 'แผน', rows: halves(LEFT, RIGHT) }]), ['คอลัมน์ H', 'คอลัมน์ I']],
    ['a Word table', () => Promise.resolve(docx(wordTable(halves(LEFT, RIGHT), 9))), ['คอลัมน์ ๘', 'คอลัมน์ ๙']],
    ['tab-separated text', () => Promise.resolve(tsv(halves(LEFT, RIGHT))), ['คอลัมน์ ๘', 'คอลัมน์ ๙']],
  ])('%s: the follow-up in column 8, the unit in column 9', async (_, file, [followUp, unit]) => {
    const r = await preview(await file());
    const at = (code: string) =>
      r.warnings.filter((w) => w.code === code).map((w) => [w.where.column, w.message_th.split(':')[0]]);
    expect(at('unspecified-cadence').map((x) => x[0])).toEqual([8]);
    expect(at('unknown-unit').map((x) => x[0])).toEqual([9]);
    expect(at('unspecified-cadence')[0]![1]).toContain(followUp);
    expect(at('unknown-unit')[0]![1]).toContain(unit);
  });

  it("the left half's columns stay as they were", async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: halves(RIGHT, LEFT) }]));
    expect(r.warnings.filter((w) => w.code === 'unspecified-cadence').map((w) => w.where.column)).toEqual([3]);
    expect(r.warnings.filter((w) => w.code === 'unknown-unit').map((w) => w.where.column)).toEqual([4]);
  });
});

describe('the right half’s own count of columns stays inside the importer', () => {
  it('no warning nor measure carries it', async () => {
    const r = await preview(tsv(halves(LEFT, RIGHT)));
    expect(JSON.stringify(r)).not.toContain('columnsBefore');
  });
});
