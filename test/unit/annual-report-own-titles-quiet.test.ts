// Review 17 s26, S26-7: the product's own annual results report, re-imported, says nothing of a
// measure whose title is the coordinator's own words (before: one "indicator N's name was not found"
// per such measure, 40 in a 40-measure plan, burying any real warning); its plan document said none.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedAnnualReport, renderSeedPlanDocument, storedSeedPlan } from '../support/seed-annual-report.js';

/** The seed plan with three titles in the coordinator's own words. */
function planWithOwnTitles() {
  const plan = storedSeedPlan();
  const titles = [
    'มาตรการทดสอบที่ 1 ว่าด้วยการส่งเสริมคุณธรรมและความโปร่งใส',
    'โครงการเทศบาลโปร่งใส ใส่ใจประชาชน',
    'มาตรการลดขั้นตอนการให้บริการ',
  ];
  return { ...plan, measures: plan.measures.map((m, i) => (i < titles.length ? { ...m, title: titles[i]! } : m)) };
}

describe("the product's own documents re-import quietly, whatever the measures' titles (S26-7)", () => {
  const plan = planWithOwnTitles();
  for (const format of ['pdf', 'docx'] as const) {
    it(`the annual report's ${format.toUpperCase()}: the titles back as saved, no unknown-indicator-name`, async () => {
      const files = await renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), plan);
      const { document } = await readPlanFile(files[format]);
      const back = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
      expect(back.warnings.filter((w) => w.code === 'unknown-indicator-name').map((w) => w.message_en)).toEqual([]);
      expect(back.plan.measures.slice(0, 3).map((m) => m.title)).toEqual(plan.measures.slice(0, 3).map((m) => m.title));
    });
  }

  it('the plan document, as before: no unknown-indicator-name either', async () => {
    const { document } = await readPlanFile((await renderSeedPlanDocument(plan)).docx);
    const back = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
    expect(back.warnings.map((w) => w.code)).not.toContain('unknown-indicator-name');
  });
});
