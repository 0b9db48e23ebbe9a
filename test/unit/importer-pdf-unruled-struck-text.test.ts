// Review 17 s21, S21-1, the table without rules: the same plans as importer-pdf-struck-cadence-wrapped
// (a cadence replaced in place, the old one struck through, the new one after it: Word's tracked
// changes printed with their markup, or a plan amended by striking) with the table's borders off
// (LibreOffice 7, `soffice --headless --convert-to pdf`). The unruled reader kept struck text as live
// text: "รายงานผล~~ทุกเดือน~~" / "ทุกไตรมาส" was one monthly follow-up, the struck unit กองช่าง a
// responsible unit. Struck text is now left out of a row's cells as the ruled reader leaves it out
// (said: struck-text-left-out), and still fills its line for the paragraph rule. Neighbours: the
// struck text opening the wrapped line ("…ต่อ~~ทุก~~" / "~~เดือน~~ทุกไตรมาส"), two struck runs in a cell.
// Fixtures: test/fixtures/pdf-struck-wrap/unruled-*.pdf with the .docx each was printed from.
import { describe, expect, it } from 'vitest';
import { codesOf, type Preview } from '../support/plan-pdf.js';
import { previewStruckWrap, struckWrapFollowUpsOf } from '../support/struck-wrap-plans.js';

const leftOut = (r: Preview) =>
  r.warnings.filter((w) => w.code === 'struck-text-left-out').map((w) => [w.where.line, w.where.column, w.source]);

describe('struck text in a PDF table without rules', () => {
  for (const name of [
    'unruled-tracked-change-cadence',
    'unruled-struck-cadence-wrapped',
    'unruled-struck-cadence-wrapped-annual',
    'unruled-struck-opens-wrapped-line',
    'unruled-two-struck-runs',
  ])
    it(`${name}: the follow-ups and units of the .docx, the struck text said`, async () => {
      const [pdf, docx] = [await previewStruckWrap(`${name}.pdf`), await previewStruckWrap(`${name}.docx`)];
      // a row deleted as a tracked change prints without a mark (not read as deleted from the PDF)
      const inDocx = new Set(docx.plan.measures.map((m) => m.indicator));
      expect(struckWrapFollowUpsOf(pdf).filter((m) => inDocx.has(m.indicator))).toEqual(struckWrapFollowUpsOf(docx));
      expect(codesOf(pdf)).not.toContain('two-cadences');
      expect(codesOf(pdf)).not.toContain('unspecified-cadence');
      expect(codesOf(pdf)).toContain('struck-text-left-out');
    });

  it("the reviewer's tracked changes: ทุกเดือน, กองช่าง and the moved-away กองคลัง left out, each at its cell", async () => {
    const r = await previewStruckWrap('unruled-tracked-change-cadence.pdf');
    expect(struckWrapFollowUpsOf(r).map((m) => [m.indicator, m.units, m.followUps])).toEqual([
      [1, ['clerk'], [['รายงานผลทุกเดือน', 'monthly']]],
      [2, ['finance'], [['รายงานผลทุกไตรมาส', 'quarterly']]],
      [3, ['engineering'], [['รายงานผลทุกเดือน', 'monthly']]],
      [6, ['education'], [['รายงานผลรอบ6เดือน', 'semiannual']]],
      [9, ['health'], [['รายงานผลปีละครั้ง', 'annual']]],
    ]);
    expect(leftOut(r)).toEqual([
      [3, 4, 'กองช่าง'],
      [5, 3, 'ทุกเดือน'],
      [11, 4, 'กองคลัง'],
    ]);
  });

  it('struck text opening the wrapped line: "…ต่อ~~ทุก~~" / "~~เดือน~~ทุกไตรมาส" is one quarterly follow-up', async () => {
    const r = await previewStruckWrap('unruled-struck-opens-wrapped-line.pdf');
    expect(struckWrapFollowUpsOf(r)[0]!.followUps).toEqual([['รายงานผลการดำเนินงานต่อทุกไตรมาส', 'quarterly']]);
    // one stretch of struck text across the line break, quoted whole
    expect(leftOut(r)[0]).toEqual([3, 3, 'ทุกเดือน']);
  });

  it('two struck runs in one cell: both left out, both quoted', async () => {
    const r = await previewStruckWrap('unruled-two-struck-runs.pdf');
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.text.replace(/\s+/g, ''), f.cadence]))).toEqual([
      [['รายงานผลทุกไตรมาส', 'quarterly']],
      [['รายงานผลรอบ6เดือน', 'semiannual']],
      [['รายงานผลต่อผู้บริหารทุกไตรมาส', 'quarterly']],
    ]);
    expect(leftOut(r).map((w) => w[2])).toEqual(['สรุป | ทุกเดือน', 'ปีละครั้ง | ต่อสภา', 'ปลัด | ทุกเดือน']);
  });
});
