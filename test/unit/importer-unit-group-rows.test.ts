// Measures grouped under unit rows (review 17 s11, S11-20): "หน่วยงานผู้รับผิดชอบ: กองคลัง" across
// the table over that unit's measures, with no units column, was skipped as a heading row and every
// measure came without a unit (cannot be saved).
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const H4 = HEADER.slice(0, 4);
const groups = (label: (unit: string) => string) => [
  [label('กองคลัง')],
  M4.slice(0, 4),
  [label('สำนักปลัดเทศบาล')],
  M5.slice(0, 4),
  [label('กองช่าง')],
  M9.slice(0, 4),
];
const GROUPED = [
  { indicator: 4, cadences: ['monthly', 'semiannual'], units: ['finance'] },
  { indicator: 5, cadences: ['quarterly'], units: ['clerk'] },
  { indicator: 9, cadences: ['annual'], units: ['engineering'] },
];
const labelled = (u: string) => `หน่วยงานผู้รับผิดชอบ: ${u}`;

describe('a unit row gives its unit to the measures under it', () => {
  it.each([
    [
      'Word, the row one cell across the table',
      () =>
        docx(
          wordTable(
            [H4, ...groups(labelled)].map((r) => (r.length === 1 ? [{ text: r[0]!, span: 4 }] : r)),
            4,
          ),
        ),
    ],
    [
      'Excel, the row merged across, the unit named alone',
      () =>
        xlsx([
          {
            name: 'แผน',
            rows: [[TITLE[0]!], [TITLE[1]!], H4, ...groups((u) => u)],
            merges: ['A4:D4', 'A6:D6', 'A8:D8'],
          },
        ]),
    ],
    [
      'text, the row alone in the measure column',
      () => tsv([H4, ...groups((u) => `ผู้รับผิดชอบ ${u}`).map((r) => (r.length === 1 ? [r[0]!, '', '', ''] : r))]),
    ],
  ])('%s: each measure its group unit, no warning', async (_n, make) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(GROUPED);
    expect(r.warnings).toEqual([]);
  });

  it('a measure with its own unit cell keeps it, above or under a unit row', async () => {
    const rows = [HEADER, M9, [labelled('กองคลัง')], M4, [M5[0]!, M5[1]!, M5[2]!, M5[3]!, 'กองช่าง']];
    const r = await preview(await xlsx([{ name: 'แผน', rows, merges: ['A3:E3'] }]));
    expect(measuresOf(r).map((m) => m.units)).toEqual([['engineering', 'education'], ['finance'], ['engineering']]);
    expect(r.warnings).toEqual([]);
  });

  it('a section row that names no unit is still a skipped heading, and the missing units column is said', async () => {
    const r = await preview(
      await xlsx([{ name: 'แผน', rows: [H4, ['มิติที่ ๑ การเปิดเผยข้อมูล'], M4.slice(0, 4)], merges: ['A2:D2'] }]),
    );
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['no-responsible-column', 'heading-row-skipped', 'no-responsible-unit']),
    );
  });
});

describe('a unit row may name its unit by the usual abbreviation', () => {
  // session 36: "กค." alone under a header without a units column was read as a measure (text) or a
  // skipped heading (Word, Excel), and the measures under it had no unit
  const abbreviated = (first: string, second: string) => [H4, [first], M4.slice(0, 4), [second], M9.slice(0, 4)];
  const files = [
    ['Excel', (rows: string[][]) => xlsx([{ name: 'แผน', rows, merges: ['A2:D2', 'A4:D4'] }])],
    ['text', (rows: string[][]) => tsv(rows.map((r) => (r.length === 1 ? [r[0]!, '', '', ''] : r)))],
    [
      'Word',
      (rows: string[][]) =>
        docx(
          wordTable(
            rows.map((r) => (r.length === 1 ? [{ text: r[0]!, span: 4 }] : r)),
            4,
          ),
        ),
    ],
  ] as const;
  it.each(
    files.flatMap(([format, make]) =>
      (
        [
          ['กค.', 'กช.', ['finance'], ['engineering']],
          ['กศ.', 'กส.', ['education'], ['health']],
          ['สป.', 'กค.', ['clerk'], ['finance']],
        ] as const
      ).map(([first, second, a, b]) => [format, first, second, make, a, b] as const),
    ),
  )('%s: "%s" then "%s" give their units, each read said', async (_f, first, second, make, a, b) => {
    const r = await preview(await make(abbreviated(first, second)));
    expect(measuresOf(r)).toEqual([
      { indicator: 4, cadences: ['monthly', 'semiannual'], units: a },
      { indicator: 9, cadences: ['annual'], units: b },
    ]);
    const guessed = r.warnings.filter((w) => w.code === 'unit-guessed');
    expect(guessed.length).toBe(first === 'สป.' ? 1 : 2);
  });

  it('an abbreviation with a word no unit has stays a heading row', async () => {
    const r = await preview(
      await xlsx([{ name: 'แผน', rows: [H4, ['กค. ประจำปี'], M4.slice(0, 4)], merges: ['A2:D2'] }]),
    );
    expect(measuresOf(r).map((m) => m.units)).toEqual([[]]);
    expect(r.warnings.map((w) => w.code)).toContain('heading-row-skipped');
  });
});
