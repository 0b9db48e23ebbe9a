// Review 17 s20, S20-2: Word tick boxes typed as Wingdings 2 letters ("R" ☑, "£" ☐), saved as PDF by
// LibreOffice on a machine without that font: the PDF draws them in a fallback font, so its text
// layer has "£ รายเดือน / R รายไตรมาส / £ รอบ 6 เดือน / £ รายปี" and every option was taken (three
// follow-ups, three units). A "£" alone is an empty box (no plan writes a pound sign alone), and on
// a page with one, an "R" alone is a ticked box, as the Word reader reads the same letters.
// Fixtures: the reviewer's WD-text.pdf (LibreOffice 7), and two pdfkit tables with the letters as
// pieces of their own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measuresOf, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

/** What the letters decide of a measure (titles aside). */
const FIELDS = ['indicator', 'units', 'cadences'] as const;

/** The table's texts with a leading box letter ("£ ", "R ") set as a piece of its own, as a fallback font draws it. */
const boxesApart = (texts: { x: number; y: number; text: string }[]) =>
  texts.flatMap((t) => {
    const box = /^([£R]) (.+)$/.exec(t.text);
    return box
      ? [
          { ...t, text: box[1]! },
          { ...t, x: t.x + 12, text: box[2]! },
        ]
      : [t];
  });

const HEADER = [['ตัวชี้วัด'], ['มาตรการ'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];

describe('Wingdings 2 box letters in a PDF without the font are boxes', () => {
  it("the reviewer's WD-text.pdf: measure 2 has the ticked cadence and unit only", async () => {
    const bytes = readFileSync(
      new URL('../fixtures/pdf-symbol-boxes/wingdings-letters-without-the-font.pdf', import.meta.url),
    );
    const r = await previewFile(new Uint8Array(bytes));
    expect(measuresOf(r, FIELDS)[1]).toEqual({ indicator: 2, units: ['finance'], cadences: ['quarterly'] });
    expect(r.warnings.map((w) => w.code)).not.toContain('two-cadences');
    expect(r.warnings.map((w) => w.code)).not.toContain('unknown-unit');
  });

  it('a units cell and a follow-up cell of boxes, the ticked one last', async () => {
    const texts = tableTexts(
      [40, 150, 330, 470],
      [
        HEADER,
        [
          ['ตัวชี้วัดที่ 1'],
          ['จัดทำประกาศเจตจำนงสุจริต'],
          ['£ รายเดือน', '£ รายไตรมาส', 'R รายปี'],
          ['£ สำนักปลัด', '£ กองคลัง', 'R กองช่าง'],
        ],
      ],
    );
    const r = await previewFile(await planPdf([{ texts: boxesApart(texts) }]));
    expect(measuresOf(r, FIELDS)).toEqual([{ indicator: 1, units: ['engineering'], cadences: ['annual'] }]);
  });

  it('two measures, each with its own ticked box', async () => {
    const texts = tableTexts(
      [40, 150, 330, 470],
      [
        HEADER,
        [['ตัวชี้วัดที่ 3'], ['ปรับปรุงช่องทางร้องเรียน'], ['R รายเดือน', '£ รอบ 6 เดือน'], ['R กองคลัง', '£ กองการศึกษา']],
        [['ตัวชี้วัดที่ 4'], ['เผยแพร่รายงานการใช้จ่าย'], ['£ รายเดือน', 'R รอบ 6 เดือน'], ['£ กองคลัง', 'R กองการศึกษา']],
      ],
    );
    const r = await previewFile(await planPdf([{ texts: boxesApart(texts) }]));
    expect(measuresOf(r, FIELDS)).toEqual([
      { indicator: 3, units: ['finance'], cadences: ['monthly'] },
      { indicator: 4, units: ['education'], cadences: ['semiannual'] },
    ]);
  });
});
