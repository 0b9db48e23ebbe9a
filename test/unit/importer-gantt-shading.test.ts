// Review 17 s24, S24-15: a month Gantt whose months are shown only by cell fill (no tick, no text)
// was read as no timeframe, silently: its measures were followed over the whole year. A filled cell
// in a month column is a mark, as ✓ is (S23-7); white, auto and no fill are none, a row coloured
// whole is no bar, and a fill outside the month columns or on the header means nothing.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { M5, M9, TITLE } from '../support/base-plan-rows.js';
import {
  docx,
  preview,
  type Preview,
  type WordCell,
  wordParagraph,
  wordTable,
  xlsx,
} from '../support/plan-table-files.js';

const MONTHS = [
  'ต.ค.66',
  'พ.ย.66',
  'ธ.ค.66',
  'ม.ค.67',
  'ก.พ.67',
  'มี.ค.67',
  'เม.ย.67',
  'พ.ค.67',
  'มิ.ย.67',
  'ก.ค.67',
  'ส.ค.67',
  'ก.ย.67',
];
const I1 = ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\n๑. มาตรการจัดทำคู่มือการปฏิบัติงาน', 'รายงานผลทุกเดือน', 'สำนักปลัด'];
const I2 = ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ\n๑. มาตรการเปิดเผยการใช้จ่ายงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'];
/** month columns D (ต.ค.) … O (ก.ย.) */
const monthColumn = (i: number) => String.fromCharCode('D'.charCodeAt(0) + i);
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const BLUE = solid('FF5B9BD5');
/** the fills of `row`'s months `from`…`to` (0: ต.ค., 11: ก.ย.) */
const filled = (row: number, from: number, to: number, fill: ExcelJS.Fill) =>
  Object.fromEntries(Array.from({ length: to - from + 1 }, (_, k) => [`${monthColumn(from + k)}${row}`, fill]));

/** The reviewer's sheet: มาตรการ | การติดตามผล | ผู้รับผิดชอบ | ระยะเวลาดำเนินการ over 12 months, i1 on row 5, i2 on row 6. */
const sheet = async (fills: Record<string, ExcelJS.Fill>, marks: readonly (readonly string[])[] = [[], []]) =>
  preview(
    await xlsx([
      {
        name: 'แผน',
        rows: [
          ...TITLE.map((t) => [t]),
          ['มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', ...Array<null>(11).fill(null)],
          [null, null, null, ...MONTHS],
          [...I1, ...MONTHS.map((_, i) => marks[0]![i] ?? null)],
          [...I2, ...MONTHS.map((_, i) => marks[1]![i] ?? null)],
        ],
        merges: ['D3:O3', 'A3:A4', 'B3:B4', 'C3:C4'],
        fills,
      },
    ]),
  );

const seen = (r: Preview) =>
  r.plan.measures.map((m) => ({
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => ({ cadence: f.cadence, firstMonth: f.firstMonth, lastMonth: f.lastMonth })),
  }));
const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe('a filled cell in a month column of a Gantt marks its month', () => {
  it("the reviewer's sheet: i1 filled January-June, i2 all year: i1 from January to June, said", async () => {
    const r = await sheet({ ...filled(5, 3, 8, BLUE), ...filled(6, 0, 11, BLUE) });
    expect(seen(r)).toEqual([
      {
        timeframe: 'ม.ค. ๒๕๖๗ - มิ.ย. ๒๕๖๗',
        followUps: [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }],
      },
      { timeframe: 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗', followUps: [{ cadence: 'monthly' }] },
    ]);
    expect(codes(r)).toEqual(['timeframe-months']);
  });

  it('the same sheet with ✓ marks reads the same (the rule filled cells follow)', async () => {
    const ticks = (from: number, to: number) => MONTHS.map((_, i) => (i >= from && i <= to ? '✓' : ''));
    const shaded = await sheet({ ...filled(5, 3, 8, BLUE), ...filled(6, 0, 11, BLUE) });
    const ticked = await sheet({}, [ticks(3, 8), ticks(0, 11)]);
    expect(seen(shaded)).toEqual(seen(ticked));
    expect(shaded.warnings).toEqual(ticked.warnings);
  });
});

describe('fills that are no bar', () => {
  it('Excel theme colours are fills: accent 1 (theme 4) and Background 1 darker 15% (theme 0 tinted)', async () => {
    const accent: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } };
    const grey = { type: 'pattern', pattern: 'solid', fgColor: { theme: 0, tint: -0.1499 } } as ExcelJS.Fill;
    const r = await sheet({ ...filled(5, 3, 5, accent), ...filled(6, 9, 11, grey) });
    expect(seen(r).map((m) => m.timeframe)).toEqual(['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗', 'ก.ค. ๒๕๖๗ - ก.ย. ๒๕๖๗']);
    expect(codes(r)).toEqual(['timeframe-months', 'timeframe-months']);
  });

  it('a hatch pattern (coloured, or automatic: grey), a gradient and a palette colour are fills too', async () => {
    const hatch: ExcelJS.Fill = { type: 'pattern', pattern: 'darkGray', fgColor: { argb: 'FF70AD47' } };
    const gradient: ExcelJS.Fill = {
      type: 'gradient',
      gradient: 'angle',
      degree: 0,
      stops: [
        { position: 0, color: { argb: 'FFFFFFFF' } },
        { position: 1, color: { argb: 'FFED7D31' } },
      ],
    };
    const red = { type: 'pattern', pattern: 'solid', fgColor: { indexed: 10 } } as ExcelJS.Fill;
    const grey: ExcelJS.Fill = { type: 'pattern', pattern: 'lightGray' };
    const r = await sheet({
      ...filled(5, 0, 1, hatch),
      ...filled(5, 11, 11, gradient),
      ...filled(6, 6, 7, red),
      ...filled(6, 11, 11, grey),
    });
    expect(seen(r).map((m) => m.timeframe)).toEqual([
      'ต.ค. ๒๕๖๖ - พ.ย. ๒๕๖๖, ก.ย. ๒๕๖๗',
      'เม.ย. ๒๕๖๗ - พ.ค. ๒๕๖๗, ก.ย. ๒๕๖๗',
    ]);
  });

  it('white, automatic and pattern "none" fills mark nothing', async () => {
    const none: ExcelJS.Fill = { type: 'pattern', pattern: 'none' };
    const auto = { type: 'pattern', pattern: 'solid', fgColor: { indexed: 64 } } as ExcelJS.Fill;
    const r = await sheet({
      ...filled(5, 0, 5, solid('FFFFFFFF')),
      ...filled(5, 6, 11, none),
      ...filled(6, 0, 11, auto),
    });
    expect(seen(r).map((m) => m.timeframe)).toEqual(['', '']);
    expect(r.warnings).toEqual([]);
  });

  it('a row coloured whole is no bar; a row shaded yellow keeps its blue bar', async () => {
    const yellow = solid('FFFFFF00');
    const row = (n: number) => Object.fromEntries(['A', 'B', 'C'].map((c) => [`${c}${n}`, yellow]));
    const r = await sheet({
      ...row(5),
      ...filled(5, 0, 11, yellow),
      ...row(6),
      ...filled(6, 0, 11, yellow),
      ...filled(6, 6, 8, BLUE),
    });
    expect(seen(r).map((m) => m.timeframe)).toEqual(['', 'เม.ย. ๒๕๖๗ - มิ.ย. ๒๕๖๗']);
    expect(codes(r)).toEqual(['timeframe-months']);
  });

  it('a fill on the header rows or outside the month columns changes nothing', async () => {
    const light = solid('FFDDEBF7');
    const header = Object.fromEntries(
      ['A', 'B', 'C', ...MONTHS.map((_, i) => monthColumn(i))].flatMap((c) => [
        [`${c}3`, light],
        [`${c}4`, light],
      ]),
    );
    const r = await sheet({ ...header, A5: solid('FFFFFF00'), C6: BLUE }, [['', '', '', '✓', '✓'], []]);
    const plain = await sheet({}, [['', '', '', '✓', '✓'], []]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['ม.ค. ๒๕๖๗ - ก.พ. ๒๕๖๗', '']);
    expect(seen(r)).toEqual(seen(plain));
    expect(r.warnings).toEqual(plain.warnings);
  });

  it('a row mixing ticks and fills: both mark', async () => {
    const r = await sheet(filled(5, 5, 6, BLUE), [['✓', '✓'], []]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['ต.ค. ๒๕๖๖ - พ.ย. ๒๕๖๖, มี.ค. ๒๕๖๗ - เม.ย. ๒๕๖๗', '']);
  });
});

describe('a Word cell shaded in a month column marks its month', () => {
  const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', { text: 'ระยะเวลา', span: 12 }, 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const sub = ['', '', ...MONTHS, '', ''];
  /** a base row with its timeframe as twelve month cells, those in `months` shaded by `shd` */
  const row = (m: readonly string[], shd: string, months: readonly number[], whole = false): WordCell[] => {
    const cell = (text: string, shaded: boolean): WordCell => (shaded ? { text, shd } : { text });
    return [
      cell(m[0]!, whole),
      cell(m[1]!, whole),
      ...MONTHS.map((_, i) => cell('', months.includes(i))),
      cell(m[3]!, whole),
      cell(m[4]!, whole),
    ];
  };
  const word = (rows: readonly (readonly (string | WordCell)[])[]) =>
    preview(docx(TITLE.map(wordParagraph).join('') + wordTable(rows, 16)));

  it('w:shd fill on three months in a row (January to March): those months, said', async () => {
    const r = await word([header, sub, row(M5, 'w:val="clear" w:color="auto" w:fill="5B9BD5"', [3, 4, 5])]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗']);
    expect(codes(r)).toEqual(['timeframe-months']);
  });

  it('a solid pattern in a colour, and a shaded cell merged over three months', async () => {
    const merged = [
      M9[0]!,
      M9[1]!,
      ...Array<string>(6).fill(''),
      { text: '', span: 3, shd: 'w:val="clear" w:fill="70AD47"' },
      '',
      '',
      '',
      M9[3]!,
      M9[4]!,
    ];
    // 16 grid columns: 2 + 6 + 3 (merged) + 3 + 2
    const r = await word([
      header,
      sub,
      row(M5, 'w:val="solid" w:color="FFC000" w:fill="auto"', [0, 1]),
      merged.slice(0, 14),
    ]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['ต.ค. ๒๕๖๖ - พ.ย. ๒๕๖๖', 'เม.ย. ๒๕๖๗ - มิ.ย. ๒๕๖๗']);
  });

  it('a 25% pattern is shading; a row going on under its measure (its result) adds its shaded months', async () => {
    const pct = 'w:val="pct25" w:color="auto" w:fill="FFFFFF"';
    /** months merged down (`vMerge`), and months shaded in this row alone */
    const shaded = (months: readonly number[], vMerge: 'restart' | 'continue', own: readonly number[] = []) =>
      MONTHS.map((_, i): WordCell => {
        const merged = months.includes(i);
        return { text: '', ...(merged || own.includes(i) ? { shd: pct } : {}), ...(merged ? { vMerge } : {}) };
      });
    // the second row is the first's continuation ("ผล" under "แผน"): its months join the measure's
    const r = await word([
      header,
      sub,
      [M5[0]!, M5[1]!, ...shaded([1, 2], 'restart'), M5[3]!, M5[4]!],
      ['', 'ผลการดำเนินการ', ...shaded([1, 2], 'continue', [4]), '', ''],
    ]);
    // the row going on adds its months after a space, as its ticks would
    expect(seen(r).map((m) => m.timeframe)).toEqual(['พ.ย. ๒๕๖๖ - ธ.ค. ๒๕๖๖ ก.พ. ๒๕๖๗']);
    const ticks = (at: readonly number[]) => MONTHS.map((_, i) => (at.includes(i) ? '✓' : ''));
    const ticked = await word([
      header,
      sub,
      [M5[0]!, M5[1]!, ...ticks([1, 2]), M5[3]!, M5[4]!],
      ['', 'ผลการดำเนินการ', ...ticks([4]), '', ''],
    ]);
    expect(seen(r)).toEqual(seen(ticked));
  });

  it('white, automatic and "nil" shading mark nothing; a row shaded whole is no bar; a shaded header is none', async () => {
    const shadedHeader = header.map((c) =>
      typeof c === 'string'
        ? { text: c, shd: 'w:val="clear" w:fill="D9E2F3"' }
        : { ...c, shd: 'w:val="clear" w:fill="D9E2F3"' },
    );
    const r = await word([
      shadedHeader,
      sub.map((text) => ({ text, shd: 'w:val="clear" w:fill="D9E2F3"' })),
      row(M5, 'w:val="clear" w:fill="FFFFFF"', [0, 1, 2]),
      row(M9, 'w:val="nil"', [3, 4, 5]),
      row(M5, 'w:val="clear" w:color="auto" w:fill="auto"', [6, 7]),
      row(M9, 'w:val="clear" w:fill="FFF2CC"', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], true),
    ]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['', '', '', '']);
    // the rows repeat M5 and M9 (said so), and no timeframe is read from their fills
    expect(codes(r)).toEqual(['measure-repeated', 'measure-repeated']);
  });
});

describe('an HTML table cell coloured in a month column marks its month', () => {
  /** an HTML page (a web system's "export to Word", Word's "Save as Web Page") of M5 and M9 rows */
  const page = (rows: readonly (readonly { text: string; attrs?: string }[])[]) => {
    const td = (c: { text: string; attrs?: string }) => `<td${c.attrs ? ` ${c.attrs}` : ''}>${c.text}</td>`;
    const header = `<tr><td rowspan="2">มาตรการ/แนวทาง</td><td rowspan="2">วิธีการดำเนินการ</td><td colspan="12">ระยะเวลา</td><td rowspan="2">การติดตามผล</td><td rowspan="2">ผู้รับผิดชอบ</td></tr><tr>${MONTHS.map((m) => `<td>${m}</td>`).join('')}</tr>`;
    const html = `<html><body>${TITLE.map((t) => `<p>${t}</p>`).join('')}<table>${header}${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('')}</table></body></html>`;
    return preview(new TextEncoder().encode(html));
  };
  const row = (m: readonly string[], attrs: string, months: readonly number[], whole = false) => [
    { text: m[0]!.replace('\n', '<br>'), ...(whole ? { attrs } : {}) },
    { text: m[1]!, ...(whole ? { attrs } : {}) },
    ...MONTHS.map((_, i) => ({ text: '', ...(months.includes(i) ? { attrs } : {}) })),
    { text: m[3]!, ...(whole ? { attrs } : {}) },
    { text: m[4]!, ...(whole ? { attrs } : {}) },
  ];

  it('style="background:…" (as Word saves it) and bgcolor: those months', async () => {
    const r = await page([
      row(M5, `style='background:#5B9BD5;padding:0cm 5.4pt 0cm 5.4pt'`, [3, 4, 5]),
      row(M9, 'bgcolor="yellow"', [6, 7]),
    ]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['ม.ค. ๒๕๖๗ - มี.ค. ๒๕๖๗', 'เม.ย. ๒๕๖๗ - พ.ค. ๒๕๖๗']);
  });

  it('white, transparent, and a row coloured whole mark nothing', async () => {
    const r = await page([
      row(M5, 'style="background-color: #FFF"', [0, 1]),
      row(M9, 'style="background-color: transparent"', [2, 3]),
      row(M5, 'bgcolor="#D9E2F3"', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], true),
    ]);
    expect(seen(r).map((m) => m.timeframe)).toEqual(['', '', '']);
  });
});
