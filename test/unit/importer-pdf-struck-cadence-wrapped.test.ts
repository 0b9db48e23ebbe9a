// Review 17 s21, S21-1: a cadence replaced in place and printed to PDF, the old one struck through at
// the end of the cell's line and the new one wrapped to its next line ("รายงานผล~~ทุกเดือน~~" /
// "ทุกไตรมาส": Word's tracked changes printed with their markup, or a plan amended by striking the
// old wording). The struck text was left out, and then the line that was left ("รายงานผล") looked
// as if it had left room for the next one's first word: a paragraph of its own, a follow-up "treated
// as annual" beside the real one. Struck text still filled its line: its extent is the line's right
// edge for the paragraph rule. Fixtures (LibreOffice 7, ruled tables): the reviewer's TC-tracked and
// ST-struck-wrap with their .docx, and the same with other cadences (annual replacing every two months).
import { describe, expect, it } from 'vitest';
import { codesOf } from '../support/plan-pdf.js';
import { previewStruckWrap, struckWrapFollowUpsOf } from '../support/struck-wrap-plans.js';

describe('a struck cadence at a line end, its replacement wrapped to the next line, in a PDF', () => {
  for (const name of ['tracked-change-cadence', 'struck-cadence-wrapped', 'struck-cadence-wrapped-annual'])
    it(`${name}: one follow-up of the new cadence, as the .docx gives`, async () => {
      const [pdf, docx] = [await previewStruckWrap(`${name}.pdf`), await previewStruckWrap(`${name}.docx`)];
      // a row deleted as a tracked change prints without a mark (not read as deleted from the PDF)
      const inDocx = new Set(docx.plan.measures.map((m) => m.indicator));
      expect(struckWrapFollowUpsOf(pdf).filter((m) => inDocx.has(m.indicator))).toEqual(struckWrapFollowUpsOf(docx));
      expect(codesOf(pdf)).not.toContain('unspecified-cadence');
      expect(codesOf(pdf)).toContain('struck-text-left-out');
    });

  it("the reviewer's tracked change: i2 reports quarterly once, ทุกเดือน left out and said", async () => {
    const r = await previewStruckWrap('tracked-change-cadence.pdf');
    const i2 = r.plan.measures.find((m) => m.indicator === 2)!;
    expect(i2.followUps.map((f) => [f.text, f.cadence])).toEqual([['รายงานผลทุกไตรมาส', 'quarterly']]);
    expect(r.warnings.filter((w) => w.code === 'struck-text-left-out').map((w) => w.source)).toContain('ทุกเดือน');
  });
});
