// Review 17 s17, S16-2's PDF half: tick boxes typed as letters in a symbol font ("R"/"£" in
// Wingdings 2, "þ"/"¨" in Wingdings) read as boxes in Word (symbol-font-chars.ts), but a PDF saved
// from that file gave the raw letter, so a ticked box read "R": a cadence or unit matrix ticked so
// was no matrix, a units tick list named every unit. The font's name in the PDF tells the letters
// are boxes. Fixtures 43-45 of test/fixtures/plans (make-plans.ts --libreoffice --only=43,44,45).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSymbolFontBoxes } from '../../shared/import/pdf-page-content.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { pdfSymbolFont } from '../../shared/import/symbol-font-chars.js';
import { previewFile } from '../support/plan-pdf.js';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));

describe('a PDF saved by LibreOffice from a Word file whose boxes are letters in a symbol font', () => {
  it.each([
    ['43-wingdings2-cadence-matrix.pdf', 'the cadence columns ticked "R" in Wingdings 2'],
    ['44-wingdings2-unit-matrix.pdf', 'the unit columns ticked "R" in Wingdings 2'],
    ['45-wingdings-unit-tick-list.pdf', 'a units tick list "þ กองคลัง" / "¨ กองช่าง" in Wingdings'],
  ])('%s (%s): the boxes read as ☑ and ☐, no letter of the symbol font left', async (name) => {
    const { document } = await readPlanFile(bytes(name));
    const text = document.blocks.map((b) => (b.kind === 'text' ? b.text : b.cells.join(' | '))).join('\n');
    expect(text).toContain('☑');
    expect(text).toContain('☐');
    expect(text).not.toMatch(/[R£þ¨]/);
  });

  it('the ticked cadence and units only: i4 monthly from กองคลัง, i9 every 6 months from สำนักปลัด and กองช่าง', async () => {
    const cadences = await previewFile(bytes('43-wingdings2-cadence-matrix.pdf'));
    expect(cadences.plan.measures.map((m) => m.followUps.map((f) => f.cadence))).toEqual([['monthly'], ['semiannual']]);
    const units = await previewFile(bytes('44-wingdings2-unit-matrix.pdf'));
    expect(units.plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['clerk', 'engineering']]);
    const list = await previewFile(bytes('45-wingdings-unit-tick-list.pdf'));
    expect(list.plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['engineering', 'education']]);
  });
});

describe('which PDF fonts are symbol fonts, and what of their text is a box', () => {
  it.each([
    ['FAAAAA+Wingdings2', 'wingdings 2'],
    ['Wingdings-Regular', 'wingdings'],
    ['ABCDEF+Wingdings 2,Bold', 'wingdings 2'],
    ['Wingdings', 'wingdings'],
  ])('"%s" is %s', (name, font) => {
    expect(pdfSymbolFont(name)).toBe(font);
  });

  it.each(['CAAAAA+Loma', 'THSarabunPSK', 'Wingdings3', 'MyWingdingsLike', ''])(
    '"%s" is no symbol font whose boxes are known',
    (name) => {
      expect(pdfSymbolFont(name)).toBeUndefined();
    },
  );

  it('only the items of the symbol font change, and only their letters and private-use codes', () => {
    const at = [1, 0, 0, 1, 0, 0];
    const items = [
      { str: 'R', transform: at, width: 5, fontName: 'f2' },
      { str: ' รายไตรมาส R', transform: at, width: 50, fontName: 'f1' },
      { str: '\uf0a3 ไทย', transform: at, width: 9, fontName: 'f2' },
      { type: 'beginMarkedContent' as const, tag: 'P' },
    ];
    const names: Record<string, string> = { f1: 'CAAAAA+Loma', f2: 'FAAAAA+Wingdings2' };
    const read = withSymbolFontBoxes(items, (f) => names[f]);
    expect(read.map((i) => ('str' in i ? i.str : i.type))).toEqual([
      '☑',
      ' รายไตรมาส R',
      '☐ ไทย',
      'beginMarkedContent',
    ]);
  });

  it('Wingdings boxes drawn in another font (LibreOffice without Wingdings): "þ", "ý", "¨" alone are boxes, in words letters', () => {
    const at = [1, 0, 0, 1, 0, 0];
    const items = ['þ', ' ¨ ', 'ý', 'þingvellir', '¨ ปีละครั้ง'].map((str) => ({
      str,
      transform: at,
      width: 5,
      fontName: 'f1',
    }));
    const read = withSymbolFontBoxes(items, () => 'BAAAAA+DejaVuSans');
    expect(read.map((i) => ('str' in i ? i.str : ''))).toEqual(['☑', ' ☐ ', '☒', 'þingvellir', '¨ ปีละครั้ง']);
  });
});
