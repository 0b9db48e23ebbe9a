// Review 17 s26 (verifier, S25-5 neighbours): an Excel sheet printed "down, then over" over three
// pages across (มาตรการ | วิธีดำเนินการ, then ระยะเวลา | การติดตามผล, then ผู้รับผิดชอบ) gave 0
// measures, and a page 2 holding only the units column was left out without a word, the units
// lost. Every right-hand part is read beside the pages before it when its rows match; one that
// does not is not read, said once.
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf } from '../support/plan-pdf.js';
import {
  downThenOver,
  LONG_SHEET,
  oneRowShort,
  previewPrinted as printed,
  SHEET_MEASURES,
  titlesOf as titles,
  warningsOf as said,
} from '../support/sheet-pages-pdf.js';

const COLUMN_TITLES = ['มาตรการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];

describe('a wide sheet printed over three pages across', () => {
  it('"มาตรการ | วิธีดำเนินการ", then "ระยะเวลา | การติดตามผล", then "ผู้รับผิดชอบ": the four measures with their units and cadences, said once naming pages 2-3', async () => {
    const p = await printed(downThenOver(5, 20, 5, [2, 4]));
    expect(measuresOf(p)).toEqual(SHEET_MEASURES);
    expect(p.warnings.map((w) => [w.code, w.where])).toEqual([['pdf-pages-side-by-side', { page: 1 }]]);
    const { message_th: th, message_en: en } = p.warnings[0]!;
    expect([th, en]).toEqual([
      expect.stringContaining('"มาตรการ | วิธีดำเนินการ" ต่อด้วย "ระยะเวลา | การติดตามผล | ผู้รับผิดชอบ"'),
      expect.stringContaining('pages 2-3 hold the right-hand columns of the table on page 1'),
    ]);
    expect(th).toContain('หน้า ๒-๓ เป็นคอลัมน์ด้านขวาของตารางในหน้า ๑');
  });

  it('the follow-ups alone on page 2 and the units alone on page 3: the four measures', async () => {
    const p = await printed(downThenOver(5, 20, 5, [3, 4]));
    expect(measuresOf(p)).toEqual(SHEET_MEASURES);
    expect(codesOf(p)).toEqual(['pdf-pages-side-by-side']);
  });

  it('a long sheet over six pages (rows 1-20 and 21-40, three times across): the 39 measures of the sheet printed with all columns', async () => {
    const six = await printed(downThenOver(40, 20, 5, [2, 4]), LONG_SHEET);
    const allColumns = await printed(downThenOver(40, 20, 5), LONG_SHEET);
    expect(measuresOf(six)).toHaveLength(39);
    expect(measuresOf(six)).toEqual(measuresOf(allColumns));
    expect(said(six, 'pdf-pages-side-by-side')).toHaveLength(1);
    expect(said(six, 'pdf-pages-side-by-side')[0]!.message_th).toContain('หน้า ๓-๖ เป็นคอลัมน์ด้านขวาของตารางในหน้า ๑-๒');
  });

  it('page 3 one row short: its units are not guessed, one warning naming page 3 asks to print the sheet on one page', async () => {
    const p = await printed(oneRowShort(downThenOver(5, 20, 5, [2, 4]), 2));
    expect(titles(p)).toEqual(SHEET_MEASURES.map((m) => m.title));
    expect(measuresOf(p, ['cadences'])).toEqual(SHEET_MEASURES.map((m) => ({ cadences: m.cadences })));
    const [warning, ...more] = said(p, 'pdf-columns-on-other-page');
    expect(more).toEqual([]);
    expect(warning!.where).toEqual({ page: 3, row: 1 });
    expect(warning!.message_th).toContain('หน้า ๓ มีคอลัมน์ "ผู้รับผิดชอบ"');
    expect(warning!.message_th).toContain('พอดีกับหน้าเดียว');
  });

  it('page 2 one row short: nothing is joined, one warning naming pages 2-3 and all their columns', async () => {
    const p = await printed(oneRowShort(downThenOver(5, 20, 5, [2, 4]), 1));
    expect(titles(p).filter((t) => COLUMN_TITLES.includes(t))).toEqual([]);
    const [warning, ...more] = said(p, 'pdf-columns-on-other-page');
    expect(more).toEqual([]);
    expect(warning!.where).toEqual({ page: 2, row: 1 });
    expect(warning!.message_th).toContain('หน้า ๒-๓ มีคอลัมน์ "ระยะเวลา | การติดตามผล | ผู้รับผิดชอบ"');
    expect(warning!.message_en).toContain('Fit All Columns on One Page');
  });
});

describe("a wide sheet's last column alone on the next page", () => {
  it('page 2 holding only "ผู้รับผิดชอบ": read beside page 1, every measure has its units', async () => {
    const p = await printed(downThenOver(5, 20, 5, [4]));
    expect(measuresOf(p)).toEqual(SHEET_MEASURES);
    expect(codesOf(p)).toEqual(['pdf-pages-side-by-side']);
    expect(said(p, 'pdf-pages-side-by-side')[0]!.message_th).toContain(
      '"มาตรการ | วิธีดำเนินการ | ระยะเวลา | การติดตามผล" ต่อด้วย "ผู้รับผิดชอบ"',
    );
  });

  it('a long sheet whose units column alone takes pages 3-4: the 39 measures with their units', async () => {
    const four = await printed(downThenOver(40, 20, 5, [4]), LONG_SHEET);
    const allColumns = await printed(downThenOver(40, 20, 5), LONG_SHEET);
    expect(measuresOf(four)).toEqual(measuresOf(allColumns));
    expect(said(four, 'pdf-pages-side-by-side')).toHaveLength(1);
  });

  it('page 2 holding only "ผู้รับผิดชอบ", one row short: not guessed, one warning naming page 2 and its column', async () => {
    const p = await printed(oneRowShort(downThenOver(5, 20, 5, [4]), 1));
    expect(titles(p)).toEqual(SHEET_MEASURES.map((m) => m.title));
    const [warning, ...more] = said(p, 'pdf-columns-on-other-page');
    expect(more).toEqual([]);
    expect(warning!.where).toEqual({ page: 2, row: 1 });
    expect(warning!.message_th).toContain('หน้า ๒ มีคอลัมน์ "ผู้รับผิดชอบ"');
  });
});
