// Review 17 s26, S26-9 and S26-10: a month Gantt whose month row was Excel date cells (1 Oct 2023 …
// shown "Oct-23", "ต.ค. 66" or "Oct") or text "ต.ค.-66", "10/66", "Oct-23" was no month row: the
// ticked months were lost (timeframe "✓ ✓ ✓" or "", follow-ups all year) and the warning spoke of a
// joined column or a continuation row. Each such month row names its months, as "ต.ค.66" does.
import { describe, expect, it } from 'vitest';
import { preview, tsv } from '../support/plan-table-files.js';
import {
  GANTT_TITLE as TITLE,
  I4,
  JANUARY_TO_JUNE_AND_ALL_YEAR,
  monthDates,
  seen,
  sheetGantt,
  textGantt,
} from '../support/month-gantt.js';

/** The reviewer's sheet: the month row as date cells on the 1st of each month, shown in `numFmt`. */
const dateGantt = (numFmt: string) => sheetGantt(monthDates(2023, 10, 1), numFmt);
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
    const r = await preview(await sheetGantt(Array.from({ length: 12 }, (_, i) => i + 1)));
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
