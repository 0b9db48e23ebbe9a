// Session 25's leftover (after S24-15): a month column shaded by the template in every row (the
// current month highlighted, every other month banded) read as a bar in that month in every row.
// Such a fill marks nothing; a bar drawn over it keeps its own colour and marks its months.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import * as files from '../support/plan-table-files.js';
import { type Preview, type WordCell } from '../support/plan-table-files.js';

const { docx, preview, wordParagraph, wordTable, xlsx } = files;

/** the fiscal year 2567's months as the header labels them, ต.ค.66 … ก.ย.67 */
const MONTHS = 'ต.ค. พ.ย. ธ.ค. ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย.'
  .split(' ')
  .map((m, i) => `${m}${i < 3 ? 66 : 67}`);
const MEASURES = [
  ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\n๑. มาตรการจัดทำคู่มือการปฏิบัติงาน', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
  ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ\n๑. มาตรการเปิดเผยการใช้จ่ายงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'],
  ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\n๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', 'รายงานผลทุกเดือน', 'กองช่าง'],
];
/** month i (0: ต.ค. … 11: ก.ย.) of each row: the colour of its cell ("" none) */
type Shades = readonly (readonly string[])[];
const BLUE = '5B9BD5';
const YELLOW = 'FFFF00';
const GREY = 'D9D9D9';
/** rows' month colours: `column` (e.g. the current month, April: 6) in every row, bars over it */
const shades = (base: (i: number) => string, bars: readonly (readonly [number, number])[]): Shades =>
  bars.map(([from, to]) => MONTHS.map((_, i) => (i >= from && i <= to ? BLUE : base(i))));
const APRIL = (i: number) => (i === 6 ? YELLOW : '');
const BANDED = (i: number) => (i % 2 === 1 ? GREY : '');

/** Word and HTML alike: the current month highlighted, banded months, each with bars over it */
const CASES: [string, Shades, string[]][] = [
  [
    'April highlighted in every row; the bars keep their months',
    shades(APRIL, [
      [3, 5],
      [-1, -1],
      [5, 7],
    ]),
    ['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗', '', 'มี.ค. ๒๕๖๗ - พ.ค. ๒๕๖๗'],
  ],
  [
    'banded month columns: the bars alone mark',
    shades(BANDED, [
      [0, 2],
      [-1, -1],
      [9, 11],
    ]),
    ['ต.ค. ๒๕๖๖ - ธ.ค. ๒๕๖๖', '', 'ก.ค. ๒๕๖๗ - ก.ย. ๒๕๖๗'],
  ],
];

const seen = (r: Preview) => r.plan.measures.map((m) => m.timeframe);
const codes = (r: Preview) => r.warnings.map((w) => w.code);

const solid = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });
/** มาตรการ | การติดตามผล | ผู้รับผิดชอบ | ระยะเวลาดำเนินการ over 12 months (D … O), data rows from row 5 */
const sheet = async (rows: Shades) => {
  const head = ['มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ'];
  const cell = (c: string, i: number, k: number) => [`${String.fromCharCode(68 + i)}${k + 5}`, solid(c)];
  const fills = Object.fromEntries(rows.flatMap((row, k) => row.flatMap((c, i) => (c ? [cell(c, i, k)] : []))));
  const body = [...TITLE.map((t) => [t]), head, [null, null, null, ...MONTHS], ...MEASURES.slice(0, rows.length)];
  return preview(await xlsx([{ name: 'แผน', rows: body, merges: ['D3:O3', 'A3:A4', 'B3:B4', 'C3:C4'], fills }]));
};

describe('an .xlsx month column filled alike in every row by its template marks nothing', () => {
  it('April highlighted in every row: no month of its own; bars (one over April) keep their months', async () => {
    const r = await sheet(
      shades(APRIL, [
        [3, 5],
        [-1, -1],
        [5, 7],
      ]),
    );
    expect(seen(r)).toEqual(['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗', '', 'มี.ค. ๒๕๖๗ - พ.ค. ๒๕๖๗']);
    expect(codes(r)).toEqual(['timeframe-months', 'timeframe-months']);
  });

  it('every other month banded grey in every row: the bars alone mark', async () => {
    const r = await sheet(
      shades(BANDED, [
        [3, 5],
        [8, 10],
        [-1, -1],
      ]),
    );
    expect(seen(r)).toEqual(['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗', 'มิ.ย. ๒๕๖๗ - ส.ค. ๒๕๖๗', '']);
  });

  it('a highlighted month with no bar at all in the table: no timeframe from it, nothing said', async () => {
    const r = await sheet(
      shades(APRIL, [
        [-1, -1],
        [-1, -1],
      ]),
    );
    expect(seen(r)).toEqual(['', '']);
    expect(r.warnings).toEqual([]);
  });

  it('the same bar of two months in every row is still a bar (its colour runs over the months beside)', async () => {
    const r = await sheet(
      shades(
        () => '',
        [
          [3, 4],
          [3, 4],
          [3, 4],
        ],
      ),
    );
    expect(seen(r)).toEqual(Array(3).fill('ม.ค. ๒๕๖๗ - ก.พ. ๒๕๖๗'));
  });

  it('a lone row: its highlighted month is its mark (nothing to tell a template by)', async () => {
    const r = await sheet(shades(APRIL, [[-1, -1]]));
    expect(seen(r)).toEqual(['เม.ย. ๒๕๖๗']);
  });
});

describe('a Word month column shaded alike in every row (w:shd) marks nothing', () => {
  const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', { text: 'ระยะเวลา', span: 12 }, 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const sub = ['', '', ...MONTHS, '', ''];
  const row = (m: readonly string[], months: readonly string[]): WordCell[] => [
    { text: m[0]! },
    { text: m[1]! },
    ...months.map((c) => (c ? { text: '', shd: `w:val="clear" w:color="auto" w:fill="${c}"` } : { text: '' })),
    { text: m[3]! },
    { text: m[4]! },
  ];
  const word = (rows: Shades) =>
    preview(
      docx(
        TITLE.map(wordParagraph).join('') +
          wordTable([header, sub, ...rows.map((s, k) => row([M5, M9, M4][k]!, s))], 16),
      ),
    );

  it.each(CASES)('%s', async (_, rows, expected) => expect(seen(await word(rows))).toEqual(expected));
});

describe('an HTML month column coloured alike in every row marks nothing', () => {
  const page = (rows: Shades) => {
    const td = (text: string, colour = '') => `<td${colour ? ` style="background:#${colour}"` : ''}>${text}</td>`;
    const header = `<tr><td rowspan="2">มาตรการ/แนวทาง</td><td rowspan="2">วิธีการดำเนินการ</td><td colspan="12">ระยะเวลา</td><td rowspan="2">การติดตามผล</td><td rowspan="2">ผู้รับผิดชอบ</td></tr><tr>${MONTHS.map((m) => td(m)).join('')}</tr>`;
    const body = rows
      .map((s, k) => {
        const m = [M5, M9, M4][k]!;
        return `<tr>${td(m[0]!.replace('\n', '<br>'))}${td(m[1]!)}${s.map((c) => td('', c)).join('')}${td(m[3]!)}${td(m[4]!)}</tr>`;
      })
      .join('');
    const html = `<html><body>${TITLE.map((t) => `<p>${t}</p>`).join('')}<table>${header}${body}</table></body></html>`;
    return preview(new TextEncoder().encode(html));
  };

  it.each(CASES)('%s', async (_, rows, expected) => expect(seen(await page(rows))).toEqual(expected));
});
