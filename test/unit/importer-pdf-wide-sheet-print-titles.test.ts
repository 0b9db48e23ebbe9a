// A wide Excel sheet printed "down, then over" with print titles ("Columns to repeat at left"):
// every page across shows the measure column again at its left. That repeated column is the left
// page's own, read once: not a second measure column, and no measure twice (closing note s26).
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf } from '../support/plan-pdf.js';
import {
  downThenOver,
  LONG_SHEET,
  oneRowShort,
  previewPrinted as printed,
  SHEET,
  SHEET_MEASURES,
  SHEET_WIDTHS,
  titlesOf as titles,
  warningsOf as said,
} from '../support/sheet-pages-pdf.js';

describe('a wide sheet printed with its measure column repeated at the left of every page', () => {
  it('page 2 "มาตรการ | การติดตามผล | ผู้รับผิดชอบ" beside page 1 "มาตรการ | วิธีดำเนินการ | ระยะเวลา": the four measures once, with their units and cadences', async () => {
    const p = await printed(downThenOver(5, 20, 5, [3], 1));
    expect(measuresOf(p)).toEqual(SHEET_MEASURES);
    expect(codesOf(p)).toEqual(['pdf-pages-side-by-side']);
    const [joined] = said(p, 'pdf-pages-side-by-side');
    expect(joined!.message_th).toContain('"มาตรการ | วิธีดำเนินการ | ระยะเวลา" ต่อด้วย "การติดตามผล | ผู้รับผิดชอบ"');
    expect(joined!.message_th).toContain('คอลัมน์ "มาตรการ" ที่พิมพ์ซ้ำทางซ้ายของหน้า ๒');
    expect(joined!.message_en).toContain('"มาตรการ" printed again at the left of page 2');
  });

  it('three pages across, the measure column on each: the four measures once', async () => {
    const p = await printed(downThenOver(5, 20, 5, [2, 4], 1));
    expect(measuresOf(p)).toEqual(SHEET_MEASURES);
    expect(codesOf(p)).toEqual(['pdf-pages-side-by-side']);
  });

  it('a long sheet over four pages, the measure column on each: the 39 measures of the sheet printed with all columns', async () => {
    const four = await printed(downThenOver(40, 20, 5, [3], 1), LONG_SHEET);
    const allColumns = await printed(downThenOver(40, 20, 5), LONG_SHEET);
    expect(measuresOf(four)).toHaveLength(39);
    expect(measuresOf(four)).toEqual(measuresOf(allColumns));
    expect(said(four, 'pdf-pages-side-by-side')).toHaveLength(1);
  });

  it('two columns repeated ("ที่ | มาตรการ"): the four measures once', async () => {
    const numbered = SHEET.map((row, r) => [r === 0 ? 'ที่' : String(r), ...row]);
    const p = await printed(downThenOver(5, 20, 6, [4], 2), numbered, [40, ...SHEET_WIDTHS]);
    expect(measuresOf(p)).toEqual(SHEET_MEASURES);
    expect(said(p, 'pdf-pages-side-by-side')[0]!.message_th).toContain('คอลัมน์ "ที่ | มาตรการ" ที่พิมพ์ซ้ำ');
  });

  it('page 2 one row short: not read, one warning, no measure twice', async () => {
    const p = await printed(oneRowShort(downThenOver(5, 20, 5, [3], 1), 1));
    expect(titles(p)).toEqual(SHEET_MEASURES.map((m) => m.title));
    const [warning, ...more] = said(p, 'pdf-columns-on-other-page');
    expect(more).toEqual([]);
    expect(warning!.message_th).toContain('หน้า ๒ มีคอลัมน์ "การติดตามผล | ผู้รับผิดชอบ"');
  });
});
