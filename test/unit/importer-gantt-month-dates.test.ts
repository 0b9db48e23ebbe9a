// Session 26's verifier (S26-9 and S26-10 neighbours; task s27-c): a month Gantt's header dates were
// read by their months' names only. A calendar-year Gantt (Jan … Dec 2024) imported as FY2567 read a
// row ticked Jan-Dec as the whole fiscal year (Oct-Dec 2023, never ticked, included), silently; a
// header of FY2568's months read as FY2567's with no word; headers dated on the 15th ("15/10/2566",
// "15 ต.ค. 66") were no months at all (only a columns-joined warning); a fiscal-order number row
// "10, 11, 12, 1 … 9" was said unread. Now the months are placed by their dates, ticks outside the
// fiscal year are said and not taken, a header of another year is said, any day names its month in
// a row of consecutive months, and the fiscal-order numbers are Oct … Sep.
import { describe, expect, it } from 'vitest';
import { docx, preview, type Preview, tsv, wordParagraph, wordTable } from '../support/plan-table-files.js';
import {
  GANTT_TITLE as TITLE,
  GROUP,
  I4,
  I9,
  JANUARY_TO_JUNE_AND_ALL_YEAR,
  monthDates as dates,
  seen,
  sheetGantt,
  textGantt,
  TICKS4,
  TICKS9,
} from '../support/month-gantt.js';

const said = (r: Preview, code: string) =>
  r.warnings.filter((w) => w.code === code).map((w) => ({ where: w.where, source: w.source }));

/** The same Gantt as a Word table, "ระยะเวลาดำเนินการ" spanning the twelve month columns. */
const wordGantt = (months: readonly string[], ticks: readonly (readonly string[])[] = [TICKS4, TICKS9]) =>
  docx(
    wordParagraph(TITLE) +
      wordTable(
        [
          [...GROUP.slice(0, 3), { text: GROUP[3]!, span: 12 }],
          ['', '', '', ...months],
          [...I4, ...ticks[0]!],
          [...I9, ...ticks[1]!],
        ],
        15,
      ),
  );
/** The same Gantt as an HTML table. */
const pageGantt = (months: readonly string[], ticks: readonly (readonly string[])[] = [TICKS4, TICKS9]) => {
  const td = (text: string) => `<td>${text}</td>`;
  const header =
    `<tr>${GROUP.slice(0, 3)
      .map((g) => `<td rowspan="2">${g}</td>`)
      .join('')}<td colspan="12">${GROUP[3]}</td></tr>` + `<tr>${months.map(td).join('')}</tr>`;
  const body = [I4, I9].map((m, k) => `<tr>${[...m, ...ticks[k]!].map(td).join('')}</tr>`).join('');
  return new TextEncoder().encode(`<html><body><p>${TITLE}</p><table>${header}${body}</table></body></html>`);
};

/** Twelve months from (year, month 1-12), as `name` writes each. */
const monthsFrom = (year: number, month: number, name: (month: number, year: number) => string) =>
  Array.from({ length: 12 }, (_, i) => name(((month - 1 + i) % 12) + 1, year + Math.floor((month - 1 + i) / 12)));
const TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const be2 = (year: number) => String((year + 543) % 100);

describe('a calendar-year Gantt places its ticks by the header dates; ticks past the fiscal year are said, not taken', () => {
  /** Jan … Dec 2024 as FY2567: i4 ticked Apr-Sep 2024, i9 Jan-Dec 2024 (Oct-Dec 2024 are FY2568's) */
  const CALENDAR_YEAR = {
    measures: [
      { timeframe: 'เม.ย. ๒๕๖๗ - ก.ย. ๒๕๖๗', followUps: [['monthly', '2024-04', null]] },
      { timeframe: 'ม.ค. ๒๕๖๗ - ก.ย. ๒๕๖๗', followUps: [['monthly', '2024-01', null]] },
    ],
    warnings: ['timeframe-months', 'months-outside-year', 'timeframe-months'],
  };
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, object][] = [
    [
      'an Excel month row of dates Jan-24 … Dec-24 ("mmm-yy")',
      () => sheetGantt(dates(2024, 1, 1), 'mmm-yy'),
      { sheet: 'แผน', row: 5, column: 13 },
    ],
    [
      'a text month row "ม.ค.-67" … "ธ.ค.-67"',
      () => textGantt(monthsFrom(2024, 1, (m, y) => `${TH[m - 1]}-${be2(y)}`)),
      { line: 6, column: 13 },
    ],
    [
      'a Word month row "ม.ค. 2567" … "ธ.ค. 2567"',
      () => wordGantt(monthsFrom(2024, 1, (m, y) => `${TH[m - 1]} ${y + 543}`)),
      { table: 1, row: 4, column: 13 },
    ],
    [
      'an HTML month row "Jan 2024" … "Dec 2024"',
      () =>
        pageGantt(
          monthsFrom(
            2024,
            1,
            (m, y) => `${new Date(Date.UTC(y, m - 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${y}`,
          ),
        ),
      { table: 1, row: 4, column: 13 },
    ],
  ];
  for (const [name, file, where] of cases) {
    it(`${name}: i9 ticked all twelve runs from January 2024, Oct-Dec 2024 said at its row`, async () => {
      const r = await preview(await file());
      expect(seen(r)).toEqual(CALENDAR_YEAR);
      expect(said(r, 'months-outside-year')).toEqual([{ where, source: 'ต.ค. ๒๕๖๗ - ธ.ค. ๒๕๖๗' }]);
      expect(r.warnings.find((w) => w.code === 'months-outside-year')!.message_th).toContain('ปีงบประมาณ ๒๕๖๗');
    });
  }

  it('a row ticked only in Nov-Dec 2024 has no timeframe of this year, and its ticks are said', async () => {
    const late = Array.from({ length: 12 }, (_, i) => (i >= 10 ? '✓' : ''));
    const r = await preview(
      textGantt(
        monthsFrom(2024, 1, (m, y) => `${TH[m - 1]}-${be2(y)}`),
        [TICKS4, late],
      ),
    );
    expect(r.plan.measures.map((m) => m.timeframe)).toEqual(['เม.ย. ๒๕๖๗ - ก.ย. ๒๕๖๗', '']);
    expect(said(r, 'months-outside-year')).toEqual([
      { where: { line: 6, column: 14 }, source: 'พ.ย. ๒๕๖๗ - ธ.ค. ๒๕๖๗' },
    ]);
  });
});

describe("a Gantt whose header dates are another fiscal year's months is said", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, object, string][] = [
    [
      'an Excel month row of dates Oct-24 … Sep-25 ("mmm-yy")',
      () => sheetGantt(dates(2024, 10, 1), 'mmm-yy'),
      { sheet: 'แผน', row: 3 },
      'ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘',
    ],
    [
      'a text month row "ต.ค.-67" … "ก.ย.-68"',
      () => textGantt(monthsFrom(2024, 10, (m, y) => `${TH[m - 1]}-${be2(y)}`)),
      { line: 4 },
      'ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘',
    ],
    [
      'a Word month row "1/10/2565" … "1/9/2566"',
      () => wordGantt(monthsFrom(2022, 10, (m, y) => `1/${m}/${y + 543}`)),
      { table: 1, row: 2 },
      'ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖',
    ],
  ];
  for (const [name, file, where, source] of cases) {
    it(`${name}: the months read by name in FY2567, and one month-row-other-year warning quoting the dates`, async () => {
      const r = await preview(await file());
      expect(seen(r)).toEqual({
        ...JANUARY_TO_JUNE_AND_ALL_YEAR,
        warnings: ['month-row-other-year', 'timeframe-months'],
      });
      expect(said(r, 'month-row-other-year')).toEqual([{ where, source }]);
      expect(r.warnings[0]!.message_th).toContain('ไม่ใช่ปี ๒๕๖๗');
    });
  }
});

describe('a month row dated on any day names its months when they are consecutive', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['an Excel month row of dates on the 15th ("dd/mm/yyyy")', () => sheetGantt(dates(2023, 10, 15), 'dd/mm/yyyy')],
    [
      'an Excel month row of dates on the last day ("d mmm yy")',
      () =>
        sheetGantt(
          Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2023, 10 + i, 0))),
          'd mmm yy',
        ),
    ],
    [
      'a text month row "15 ต.ค. 66" … "15 ก.ย. 67"',
      () => textGantt(monthsFrom(2023, 10, (m, y) => `15 ${TH[m - 1]} ${be2(y)}`)),
    ],
    [
      'a Word month row "15 ต.ค. 66" … "15 ก.ย. 67"',
      () => wordGantt(monthsFrom(2023, 10, (m, y) => `15 ${TH[m - 1]} ${be2(y)}`)),
    ],
    ['a Word month row "1/10/2566" … "1/9/2567"', () => wordGantt(monthsFrom(2023, 10, (m, y) => `1/${m}/${y + 543}`))],
    [
      'an HTML month row "15/10/2566" … "15/9/2567"',
      () => pageGantt(monthsFrom(2023, 10, (m, y) => `15/${m}/${y + 543}`)),
    ],
  ];
  for (const [name, file] of cases) {
    it(`${name}: i4 January-June, i9 all year, no joined-columns warning`, async () => {
      expect(seen(await preview(await file()))).toEqual(JANUARY_TO_JUNE_AND_ALL_YEAR);
    });
  }

  it('dates on the 15th that are no run of months ("15 ต.ค. 66", "15 ม.ค. 67", "15 เม.ย. 67") name no months', async () => {
    const months = ['15 ต.ค. 66', '15 ม.ค. 67', '15 เม.ย. 67', ...Array<string>(9).fill('')];
    const r = await preview(textGantt(months));
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.firstMonth ?? null, f.lastMonth ?? null]))).toEqual([
      [[null, null]],
      [[null, null]],
    ]);
  });
});

describe('a month row of bare numbers in fiscal order "10, 11, 12, 1 … 9" is October to September', () => {
  const FISCAL = monthsFrom(2023, 10, (m) => String(m));
  const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['a text Gantt', () => textGantt(FISCAL)],
    [
      'a text Gantt in Thai digits "๑๐, ๑๑, ๑๒, ๑ … ๙"',
      () => textGantt(FISCAL.map((n) => n.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!))),
    ],
    ['an Excel Gantt of number cells', () => sheetGantt(FISCAL.map(Number))],
    ['a Word Gantt', () => wordGantt(FISCAL)],
  ];
  for (const [name, file] of cases) {
    it(`${name}: i4 January-June, i9 all year, no month-row-unread`, async () => {
      expect(seen(await preview(await file()))).toEqual(JANUARY_TO_JUNE_AND_ALL_YEAR);
    });
  }

  it('numbers "1 … 12" (calendar or fiscal order cannot be told) are still said unread', async () => {
    const r = await preview(textGantt(monthsFrom(2024, 1, (m) => String(m))));
    expect(r.warnings.map((w) => w.code)).toContain('month-row-unread');
  });
});

describe('a one-row header whose month labels are dates reads them the same way', () => {
  /** the header on one row: the measure's columns, then the twelve months */
  const oneRow = (months: readonly string[]) =>
    tsv([[TITLE], [], [...GROUP.slice(0, 3), ...months], [...I4, ...TICKS4], [...I9, ...TICKS9]]);

  it('"15 ต.ค. 66" … "15 ก.ย. 67": i4 January-June, i9 all year', async () => {
    const r = await preview(oneRow(monthsFrom(2023, 10, (m, y) => `15 ${TH[m - 1]} ${be2(y)}`)));
    expect(seen(r)).toEqual(JANUARY_TO_JUNE_AND_ALL_YEAR);
  });

  it('"ม.ค. 67" … "ธ.ค. 67" (a calendar year): i9 from January 2024, Oct-Dec 2024 said', async () => {
    const r = await preview(oneRow(monthsFrom(2024, 1, (m, y) => `${TH[m - 1]} ${be2(y)}`)));
    expect(r.plan.measures.map((m) => m.timeframe)).toEqual(['เม.ย. ๒๕๖๗ - ก.ย. ๒๕๖๗', 'ม.ค. ๒๕๖๗ - ก.ย. ๒๕๖๗']);
    expect(said(r, 'months-outside-year')).toEqual([
      { where: { line: 5, column: 13 }, source: 'ต.ค. ๒๕๖๗ - ธ.ค. ๒๕๖๗' },
    ]);
  });

  it('"ต.ค. 67" … "ก.ย. 68" (FY2568): read by name, said at the header', async () => {
    const r = await preview(oneRow(monthsFrom(2024, 10, (m, y) => `${TH[m - 1]} ${be2(y)}`)));
    expect(seen(r)).toEqual({
      ...JANUARY_TO_JUNE_AND_ALL_YEAR,
      warnings: ['month-row-other-year', 'timeframe-months'],
    });
    expect(said(r, 'month-row-other-year')).toEqual([{ where: { line: 3 }, source: 'ต.ค. ๒๕๖๗ - ก.ย. ๒๕๖๘' }]);
  });
});
