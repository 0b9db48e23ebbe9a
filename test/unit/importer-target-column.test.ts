// Review 17 s13, S13-17: a KPI column headed just "ตัวชี้วัด" holds a measure's targets ("๑ ฉบับ",
// "๒ ครั้ง/ปี", "ร้อยละ ๘๐ …"), not its ITA indicator. It was read as the indicator column: the
// counts overrode each row's own "ตัวชี้วัดที่ N" heading (indicator 5 became 2, 9 became 1) and the
// titles were rewritten to another indicator's name. It is now kept as notes, with one warning.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview, tsv, xlsx } from '../support/plan-table-files.js';

/** The base table with a "ตัวชี้วัด" column of `targets` after the methods column. */
const withColumn = (label: string, targets: readonly string[]) => [
  [...HEADER.slice(0, 2), label, ...HEADER.slice(2)],
  ...[M4, M5, M9].map((m, i) => [...m.slice(0, 2), targets[i]!, ...m.slice(2)]),
];
const titles = (r: Awaited<ReturnType<typeof preview>>) => r.plan.measures.map((m) => m.title);
const BASE_TITLES = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'];

describe('a "ตัวชี้วัด" column of targets is no indicator column', () => {
  const cases: [string, string[]][] = [
    ['counts with their unit word (reviewer’s kp4)', ['๔ ครั้ง', '๒ ครั้ง/ปี', '๑ ฉบับ']],
    ['shares and counts in words (kp1)', ['ร้อยละ ๘๐ ของบุคลากรได้รับทราบคู่มือ', 'จำนวนเรื่องร้องเรียน ๑ เรื่อง', '๑ ฉบับ']],
    ['Arabic digits and a percent sign', ['1 ฉบับ', '80%', '2 ช่องทาง']],
  ];
  it.each(cases)('text: %s', async (_, targets) => {
    const r = await preview(tsv([...TITLE.map((t) => [t]), ...withColumn('ตัวชี้วัด', targets)]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(titles(r)).toEqual(BASE_TITLES);
    expect(r.plan.measures.map((m) => m.notes?.map((n) => n.text))).toEqual(targets.map((t) => [t]));
    const said = r.warnings.filter((w) => w.code === 'column-name-guessed');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain('คอลัมน์ "ตัวชี้วัด" มีค่าเป้าหมาย');
    expect(said[0]!.where.column).toBe(3);
  });

  it('a workbook (kp5): every measure keeps its own indicator', async () => {
    const rows = [...TITLE.map((t) => [t]), ...withColumn('ตัวชี้วัด', ['๑ ฉบับ', '๒ ครั้ง', '๑ ช่องทาง'])];
    const r = await preview(await xlsx([{ name: 'แผน', rows }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i9']);
  });

  it('a column of indicator numbers is still the indicator column', async () => {
    const rows = [...TITLE.map((t) => [t]), ...withColumn('ตัวชี้วัด', ['๔', '๕', '๙'])];
    const r = await preview(tsv(rows));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.some((w) => w.code === 'column-name-guessed')).toBe(false);
  });
});

// Review 17 s14, S14-3: bare targets ("๑", "๒", "๑"; "๘๐", "๑๐๐", "๓") under "ตัวชี้วัด" still
// overrode each row's own "ตัวชี้วัดที่ N <catalog name>" heading. When most rows' named headings
// disagree with the column's numbers, the headings win and the column is kept as notes.
describe('a "ตัวชี้วัด" column of bare numbers that disagree with the rows’ own headings', () => {
  it.each([
    ['small counts (reviewer’s kb1)', ['๑', '๒', '๑']],
    ['shares and a count (kb2)', ['๘๐', '๑๐๐', '๓']],
    ['Arabic digits, one agreeing', ['1', '5', '3']],
  ])('%s: every measure keeps its own indicator and title, the column is notes', async (_, numbers) => {
    const r = await preview(tsv([...TITLE.map((t) => [t]), ...withColumn('ตัวชี้วัด', numbers)]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(titles(r)).toEqual(BASE_TITLES);
    expect(r.plan.measures.map((m) => m.notes?.map((n) => n.text))).toEqual(numbers.map((t) => [t]));
    const said = r.warnings.filter((w) => w.code === 'column-name-guessed');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain('ไม่ตรงกับตัวชี้วัดที่หัวข้อของมาตรการส่วนใหญ่ระบุพร้อมชื่อตัวชี้วัด');
  });

  it('one row of three disagreeing: the column still decides, as before (said as indicator-name-differs)', async () => {
    const r = await preview(tsv([...TITLE.map((t) => [t]), ...withColumn('ตัวชี้วัด', ['๔', '๕', '๑'])]));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 1]);
    expect(r.warnings.some((w) => w.code === 'column-name-guessed')).toBe(false);
  });
});
