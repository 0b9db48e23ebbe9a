// Review 17 s12, S12-18: the direction marks copy-paste from web pages leaves (LRM U+200E, RLM U+200F,
// ALM U+061C) were kept: the title "could not be saved" for a character the coordinator cannot see,
// and a units cell gave an unknown unit named "‎". They change nothing in Thai text and are removed
// like U+200B; the overrides and isolates that reorder text stay refused, saying where they are.
import { describe, expect, it } from 'vitest';
import { Plan } from '../../shared/domain/plan.js';
import { normaliseThai } from '../../shared/import/thai-text.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const MARKS = /[\u200e\u200f\u061c]/;
const marked = (mark: string) => [
  [M4[0] + mark, M4[1]!, M4[2]!, M4[3]!, `${mark}กองคลัง${mark}`],
  [M5[0]!, M5[1]!, M5[2]!, mark + M5[3]!, M5[4]!],
  M9,
];

describe('direction marks in a plan are removed, not refused', () => {
  for (const [name, mark] of [
    ['LRM', '\u200e'],
    ['RLM', '\u200f'],
    ['ALM', '\u061c'],
  ] as const) {
    it(`reads a text plan with ${name} after a title, around a unit and before a follow-up as the plan without it`, async () => {
      const result = await preview(tsv([TITLE.slice(0, 1), HEADER, ...marked(mark)]));
      expect(measuresOf(result)).toEqual(BASE_MEASURES);
      expect(result.warnings.map((w) => w.code)).toEqual([]);
      expect(JSON.stringify(result.plan)).not.toMatch(MARKS);
      expect(Plan.safeParse(result.plan).success).toBe(true);
    });
  }

  it('reads a Word table with LRM and RLM in its cells', async () => {
    const body = wordParagraph(TITLE[0]!) + wordTable([HEADER, ...marked('\u200f')]);
    const result = await preview(docx(body.replace('กองคลัง', '\u200eกองคลัง')));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.warnings.filter((w) => ['unknown-unit', 'cannot-save'].includes(w.code))).toEqual([]);
    expect(JSON.stringify(result.plan)).not.toMatch(MARKS);
  });

  it('reads a workbook with RLM in its cells', async () => {
    const result = await preview(await xlsx([{ name: 'แผน', rows: [TITLE.slice(0, 1), HEADER, ...marked('\u200f')] }]));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(JSON.stringify(result.plan)).not.toMatch(MARKS);
  });

  it('normalises the marks away and keeps the overrides', () => {
    expect(normaliseThai('กอง\u200eคลัง\u200f\u061c')).toBe('กองคลัง');
    expect(normaliseThai('กอง\u202eคลัง')).toBe('กอง\u202eคลัง');
  });
});

describe('an override that reorders text stays refused, saying where it is', () => {
  it('names U+202E and its character place in the cannot-save warning', async () => {
    const rows = [[M4[0]!.replace('การใช้', 'การ\u202eใช้'), M4[1]!, M4[2]!, M4[3]!, M4[4]!], M5, M9];
    const result = await preview(tsv([TITLE.slice(0, 1), HEADER, ...rows]));
    const refused = result.warnings.find((w) => w.code === 'cannot-save')!;
    expect(refused.message_th).toMatch(/U\+202E ที่อักขระที่ [๐-๙]+/);
    expect(refused.message_th).not.toContain('เช่น U+202E');
    expect(refused.message_en).toMatch(/U\+202E at character \d+/);
  });
});
