// Task s27-c (S26-9 and S26-10 neighbours) in a PDF: a month Gantt printed without borders whose
// month line is dates on the 15th ("15 ต.ค. 66"), dates in digits ("1/10/66") or the fiscal-order
// numbers "10, 11, 12, 1 … 9" was not split by months: its marks ran into the follow-up ("/ / /
// รายงานผลทุกเดือน") and its timeframe was lost. The months' line is read as a whole, as in the
// other formats (month-row-dates.ts); a calendar-year line's marks past the year are said.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, SARABUN } from '../support/plan-pdf.js';

const TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
/** Twelve months from (year, month 1-12), as `name` writes each. */
const monthsFrom = (year: number, month: number, name: (month: number, year: number) => string) =>
  Array.from({ length: 12 }, (_, i) => name(((month - 1 + i) % 12) + 1, year + Math.floor((month - 1 + i) / 12)));
const be2 = (year: number) => String((year + 543) % 100);
/** i4 marked in the 4th to 9th month, i9 in every month */
const MARKS = [Array.from({ length: 12 }, (_, i) => (i >= 3 && i <= 8 ? '/' : '')), Array<string>(12).fill('/')];

/** A Gantt as Excel prints it without borders (6.4 pt): the month line under "ระยะเวลาดำเนินการ". */
const gantt = (months: readonly string[]) => {
  const texts: { x: number; y: number; text: string }[] = [
    { x: 37, y: 36, text: 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567' },
  ];
  const put = (y: number, cells: [number, string][]) =>
    cells.forEach(([x, text]) => text && texts.push({ x, y, text }));
  const monthX = (k: number) => 150 + 44 * k;
  put(44, [
    [37, 'ตัวชี้วัด'],
    [95, 'มาตรการ'],
    [150, 'ระยะเวลาดำเนินการ'],
    [690, 'การติดตามผล'],
    [770, 'ผู้รับผิดชอบ'],
  ]);
  put(
    53,
    months.map((m, k) => [monthX(k), m]),
  );
  const rows = [
    ['ตัวชี้วัดที่ 4', 'จัดทำคู่มือ', 'กองคลัง'],
    ['ตัวชี้วัดที่ 9', 'ปรับปรุงเว็บไซต์', 'กองช่าง'],
  ];
  rows.forEach(([indicator, title, unit], r) => {
    const marks = MARKS[r]!.map((m, k): [number, string] => [monthX(k) + 2, m]);
    put(61 + 8 * r, [[37, indicator!], [95, title!], ...marks, [690, 'รายงานผลทุกเดือน'], [770, unit!]]);
  });
  return planPdf([{ texts }], SARABUN, 6.4);
};

/** Each measure's timeframe and its follow-ups' text and months, and the warnings' codes. */
const seen = async (months: readonly string[]) => {
  const r = await previewFile(await gantt(months));
  return {
    measures: r.plan.measures.map((m) => ({
      timeframe: m.timeframe,
      followUps: m.followUps.map((f) => [f.text, f.firstMonth ?? null, f.lastMonth ?? null]),
    })),
    warnings: r.warnings.map((w) => [w.code, w.source]),
  };
};
const JANUARY_TO_JUNE_AND_ALL_YEAR = {
  measures: [
    { timeframe: 'ม.ค. ๒๕๖๗ - มิ.ย. ๒๕๖๗', followUps: [['รายงานผลทุกเดือน', '2024-01', '2024-06']] },
    { timeframe: 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗', followUps: [['รายงานผลทุกเดือน', null, null]] },
  ],
  warnings: [['timeframe-months', 'ม.ค. ๒๕๖๗ - มิ.ย. ๒๕๖๗']],
};

describe('a borderless PDF Gantt whose month line is dates or fiscal-order numbers is split by months', () => {
  const cases: [string, string[]][] = [
    ['"15 ต.ค. 66" … "15 ก.ย. 67"', monthsFrom(2023, 10, (m, y) => `15 ${TH[m - 1]} ${be2(y)}`)],
    ['"1/10/66" … "1/9/67"', monthsFrom(2023, 10, (m, y) => `1/${m}/${be2(y)}`)],
    ['"10, 11, 12, 1 … 9"', monthsFrom(2023, 10, (m) => String(m))],
  ];
  for (const [name, months] of cases) {
    it(`${name}: i4 January-June, i9 all year, no mark in a follow-up`, async () => {
      expect(await seen(months)).toEqual(JANUARY_TO_JUNE_AND_ALL_YEAR);
    });
  }

  it('"ม.ค.67" … "ธ.ค.67" (a calendar year): i9 from January 2024, its marks in Oct-Dec 2024 said', async () => {
    const r = await seen(monthsFrom(2024, 1, (m, y) => `${TH[m - 1]}${be2(y)}`));
    expect(r.measures.map((m) => m.timeframe)).toEqual(['เม.ย. ๒๕๖๗ - ก.ย. ๒๕๖๗', 'ม.ค. ๒๕๖๗ - ก.ย. ๒๕๖๗']);
    expect(r.warnings).toContainEqual(['months-outside-year', 'ต.ค. ๒๕๖๗ - ธ.ค. ๒๕๖๗']);
  });
});
