// Review 17 s22, S22-2: a plan written as one small two-column label/value table per measure
// ("ตัวชี้วัด | ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่" / "มาตรการ | …" / "การติดตามผล | …" / "ผู้รับผิดชอบ | …"),
// or all the cards' rows in one long table, or (.xlsx) labels in column A and values in column B.
// A card was read from its "มาตรการ" row to the next repeated label, so the indicator row that
// OPENS each card went to the card before: in one table (and in any PDF, whose cards read as one
// table) every measure took the NEXT card's indicator (1→2, 2→6, 6→9, the last none) without a
// warning; with a table per card (.docx) no measure got one. A record now ends where a label repeats
// or the label that opened the run comes again, whichever label comes first in a card; a heading row
// across the card ("ตัวชี้วัดที่ 1 …" in one cell) is the card's indicator. Neighbours: "ลำดับที่ | 1"
// opening each card; a card without an indicator row among cards opening with one; a label left
// blank ("ระยะเวลา | ", which cut the card: 0 measures from the .docx, shifted and split elsewhere).
// Held: the indicator row between the measure and its follow-ups, or last.
// Fixtures: test/fixtures/kv-cards/ (make-kv-cards.ts; the PDFs as LibreOffice saves the .docx).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/kv-cards/${name}`, import.meta.url))));

const FOUR = [
  { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', units: ['clerk'], cadences: ['monthly'] },
  { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['finance'], cadences: ['quarterly', 'annual'] },
  { indicator: 6, title: 'ประชุมชี้แจงประมวลจริยธรรม', units: ['education'], cadences: ['semiannual'] },
  { indicator: 9, title: 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', units: ['engineering'], cadences: ['annual'] },
];
const FORMATS = ['docx', 'pdf', 'xlsx', 'txt'] as const;

describe('a plan of label/value cards: each measure keeps its own indicator, whichever row opens the card', () => {
  describe.each([
    ['indicator-first-cards', 'a table per card, the indicator row first', FORMATS],
    ['indicator-first-one-table', 'all the cards in one table, the indicator row first in each', FORMATS],
    // (as text the heading is a line of its own: a heading above its card, read as before)
    ['heading-row-cards', 'a table per card, the indicator heading in a row across the card', FORMATS.slice(0, 3)],
    ['numbered-cards', 'a table per card opening with "ลำดับที่ | n", the indicator row next', FORMATS],
    ['blank-timeframe-cards', 'a table per card, its "ระยะเวลา" row left blank', FORMATS],
    ['indicator-middle-one-table', 'one table, the indicator row between the measure and its follow-ups', FORMATS],
    ['indicator-last-one-table', 'one table, the indicator row last in each card', FORMATS],
  ])('%s (%s)', (name, _shape, formats) => {
    it.each(formats)('.%s: i1, i2, i6 and i9 with their units and cadences, no warning', async (format) => {
      const r = await read(`${name}.${format}`);
      expect(measuresOf(r)).toEqual(FOUR);
      expect(r.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i6', 'i9']);
      expect(codesOf(r)).toEqual([]);
    });
  });

  it.each(FORMATS)(
    '.%s: a card without an indicator row among cards opening with one is kept without one, warned, the next card keeping its own',
    async (format) => {
      const r = await read(`second-card-without-indicator-one-table.${format}`);
      expect(measuresOf(r)).toEqual([FOUR[0], { ...FOUR[1], indicator: null }, FOUR[2], FOUR[3]]);
      expect(codesOf(r)).toEqual(['no-indicator']);
      expect(r.warnings.find((w) => w.code === 'no-indicator')).toMatchObject({
        measureId: 'm2',
        source: expect.stringContaining('เปิดเผยข้อมูลการจัดซื้อจัดจ้าง'),
      });
    },
  );
});
