// A month Gantt built in a test (S26-9, S26-10, task s27-c): "ระยะเวลาดำเนินการ" over twelve month
// columns, as an Excel sheet or tab-separated text, with i4 and i9 ticked under them.
import ExcelJS from 'exceljs';
import { type Preview, tsv } from './plan-table-files.js';

export const GANTT_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567';
export const GROUP = ['มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ'];
export const I4 = ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', 'รายงานผลทุกเดือน', 'กองคลัง'];
export const I9 = ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'รายงานผลทุกเดือน', 'กองช่าง'];
/** i4 ticked in the header's 4th to 9th month (January-June in fiscal order), i9 in every month */
export const TICKS4 = Array.from({ length: 12 }, (_, i) => (i >= 3 && i <= 8 ? '✓' : ''));
export const TICKS9 = Array<string>(12).fill('✓');

/** What the coordinator sees: each measure's timeframe and its follow-ups' months, and the warnings' codes. */
export const seen = (r: Preview) => ({
  measures: r.plan.measures.map((m) => ({
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => [f.cadence, f.firstMonth ?? null, f.lastMonth ?? null]),
  })),
  warnings: r.warnings.map((w) => w.code),
});
/** A fiscal-order Gantt read right in FY2567: i4 January-June, i9 all year. */
export const JANUARY_TO_JUNE_AND_ALL_YEAR = {
  measures: [
    { timeframe: 'ม.ค. ๒๕๖๗ - มิ.ย. ๒๕๖๗', followUps: [['monthly', '2024-01', '2024-06']] },
    { timeframe: 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗', followUps: [['monthly', null, null]] },
  ],
  warnings: ['timeframe-months'],
};

/** An Excel Gantt whose month row is `months` (dates shown in `numFmt`), rows i4 and i9 ticked `ticks`. */
export async function sheetGantt(
  months: readonly (Date | string | number)[],
  numFmt?: string,
  ticks: readonly (readonly string[])[] = [TICKS4, TICKS9],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow([GANTT_TITLE]);
  ws.addRow([...GROUP, ...Array<null>(11).fill(null)]);
  ws.addRow([null, null, null, ...months]);
  ws.addRow([...I4, ...ticks[0]!.map((t) => t || null)]);
  ws.addRow([...I9, ...ticks[1]!.map((t) => t || null)]);
  for (const m of ['D2:O2', 'A2:A3', 'B2:B3', 'C2:C3']) ws.mergeCells(m);
  if (numFmt) for (let c = 4; c <= 15; c++) ws.getRow(3).getCell(c).numFmt = numFmt;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same Gantt as tab-separated text (the month row on line 4, i4 and i9 on lines 5 and 6). */
export const textGantt = (months: readonly string[], ticks: readonly (readonly string[])[] = [TICKS4, TICKS9]) =>
  tsv([
    [GANTT_TITLE],
    [],
    [...GROUP, ...Array<string>(11).fill('')],
    ['', '', '', ...months],
    [...I4, ...ticks[0]!],
    [...I9, ...ticks[1]!],
  ]);

/** Dates on `day` of twelve months from (year, month 1-12). */
export const monthDates = (year: number, month: number, day: number) =>
  Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(year, month - 1 + i, day)));
