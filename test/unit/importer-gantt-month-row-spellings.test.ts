// Review 17 s26, S26-9 and S26-10: a month Gantt whose month row was Excel date cells (1 Oct 2023 …
// shown "Oct-23", "ต.ค. 66" or "Oct") or text "ต.ค.-66", "10/66", "Oct-23" was no month row: the
// ticked months were lost (timeframe "✓ ✓ ✓" or "", follow-ups all year) and the warning spoke of a
// joined column or a continuation row. Each such month row names its months, as "ต.ค.66" does.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { preview, type Preview, tsv } from '../support/plan-table-files.js';

const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567';
const GROUP = ['มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ'];
const I4 = ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', 'รายงานผลทุกเดือน', 'กองคลัง'];
const I9 = ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'รายงานผลทุกเดือน', 'กองช่าง'];
/** i4 ticked January-June (the 4th to 9th month of the fiscal year), i9 every month */
const TICKS4 = Array.from({ length: 12 }, (_, i) => (i >= 3 && i <= 8 ? '✓' : ''));
const TICKS9 = Array<string>(12).fill('✓');

/** What the coordinator sees: each measure's timeframe and its follow-ups' months, and the warnings' codes. */
const seen = (r: Preview) => ({
  measures: r.plan.measures.map((m) => ({
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => [f.cadence, f.firstMonth ?? null, f.lastMonth ?? null]),
  })),
  warnings: r.warnings.map((w) => w.code),
});
const JANUARY_TO_JUNE_AND_ALL_YEAR = {
  measures: [
    { timeframe: 'ม.ค. ๒๕๖๗ - มิ.ย. ๒๕๖๗', followUps: [['monthly', '2024-01', '2024-06']] },
    { timeframe: 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗', followUps: [['monthly', null, null]] },
  ],
  warnings: ['timeframe-months'],
};

/** The reviewer's sheet: the month row as date cells on the 1st of each month, shown in `numFmt`. */
async function dateGantt(numFmt: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2023, 9 + i, 1)));
  ws.addRow([TITLE]);
  ws.addRow([...GROUP, ...Array<null>(11).fill(null)]);
  ws.addRow([null, null, null, ...months]);
  ws.addRow([...I4, ...TICKS4.map((t) => t || null)]);
  ws.addRow([...I9, ...TICKS9]);
  for (const m of ['D2:O2', 'A2:A3', 'B2:B3', 'C2:C3']) ws.mergeCells(m);
  for (let c = 4; c <= 15; c++) ws.getRow(3).getCell(c).numFmt = numFmt;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same Gantt as tab-separated text, its month row `months`. */
const textGantt = (months: readonly string[]) =>
  tsv([
    [TITLE],
    [],
    [...GROUP, ...Array<string>(11).fill('')],
    ['', '', '', ...months],
    [...I4, ...TICKS4],
    [...I9, ...TICKS9],
  ]);
const fiscalMonths = (name: (month: number, year: number) => string) =>
  Array.from({ length: 12 }, (_, i) => name(((9 + i) % 12) + 1, i < 3 ? 2023 : 2024));

describe('an Excel month Gantt whose month row is date cells reads its ticked months (S26-9)', () => {
  for (const numFmt of ['mmm-yy', '[$-th-TH,107]mmm yy', 'mmm', 'd/m/yyyy']) {
    it(`month headers as dates shown "${numFmt}": i4 January-June, i9 all year, no joined-columns warning`, async () => {
      expect(seen(await preview(await dateGantt(numFmt)))).toEqual(JANUARY_TO_JUNE_AND_ALL_YEAR);
    });
  }
});

describe('a month row written with its year after a hyphen or slash, or by number, reads its months (S26-10)', () => {
  const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
  const rows: [string, string[]][] = [
    ['ต.ค.-66', fiscalMonths((m, y) => `${TH[m - 1]}-${(y + 543) % 100}`)],
    ['10/66', fiscalMonths((m, y) => `${m}/${(y + 543) % 100}`)],
    ['Oct-23', fiscalMonths((m, y) => `${EN[m - 1]}-${y % 100}`)],
    ['10/2566', fiscalMonths((m, y) => `${m}/${y + 543}`)],
    ['ต.ค./66', fiscalMonths((m, y) => `${TH[m - 1]}/${(y + 543) % 100}`)],
    [
      'October 2023',
      fiscalMonths(
        (m, y) => `${new Date(Date.UTC(y, m - 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${y}`,
      ),
    ],
  ];
  for (const [first, months] of rows) {
    it(`a month row "${first}" …: i4 January-June, i9 all year, no continuation-row warning`, async () => {
      expect(months[0]).toBe(first);
      expect(seen(await preview(textGantt(months)))).toEqual(JANUARY_TO_JUNE_AND_ALL_YEAR);
    });
  }
});

describe('a month row of bare numbers 1-12 is said, as its months cannot be told (S26-10)', () => {
  const NUMBERS = Array.from({ length: 12 }, (_, i) => String(i + 1));
  const THAI_NUMBERS = ['๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙', '๑๐', '๑๑', '๑๒'];
  for (const [name, months] of [
    ['"1" … "12"', NUMBERS],
    ['"๑" … "๑๒"', THAI_NUMBERS],
  ] as const) {
    it(`a text Gantt numbered ${name}: one month-row-unread warning at the number row, quoting the numbers`, async () => {
      const r = await preview(textGantt(months));
      const said = r.warnings.filter((w) => w.code === 'month-row-unread');
      expect(said.map((w) => [w.where, w.source])).toEqual([[{ line: 4 }, months.join(' | ')]]);
      expect(said[0]!.message_th).toContain('แทนชื่อเดือน');
    });
  }

  it('an Excel Gantt numbered 1-12 under a merged ระยะเวลาดำเนินการ: one month-row-unread warning', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    ws.addRow([TITLE]);
    ws.addRow([...GROUP, ...Array<null>(11).fill(null)]);
    ws.addRow([null, null, null, ...Array.from({ length: 12 }, (_, i) => i + 1)]);
    ws.addRow([...I4, ...TICKS4.map((t) => t || null)]);
    ws.addRow([...I9, ...TICKS9]);
    for (const m of ['D2:O2', 'A2:A3', 'B2:B3', 'C2:C3']) ws.mergeCells(m);
    const r = await preview(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.warnings.filter((w) => w.code === 'month-row-unread')).toHaveLength(1);
  });

  it('a row of column numbers from the first column ("(1) | (2) | …") under a plain header is no month row', async () => {
    const r = await preview(
      tsv([
        [TITLE],
        [],
        ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผล', 'ผู้รับผิดชอบ'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        [I4[0]!, 'จัดทำคู่มือ', 'ม.ค. - มิ.ย. 67', I4[1]!, I4[2]!],
      ]),
    );
    expect(r.warnings.map((w) => w.code)).toEqual(['timeframe-months']);
  });
});
