// Review 17 s22, S22-8: the product's own plan document wrote a measure titled in the page (not
// opening with its indicator's heading) as "ตัวชี้วัดที่ ๑ จัดทำประกาศ…": no indicator name, so a
// reader could not tell which indicator it answers, and re-importing the published plan gave
// `unknown-indicator-name` on every such measure. The document now writes the title, then the
// indicator with its name in brackets ("(ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)"); the importer reads the
// title and a named indicator back, with no warning.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { buildPlanDocument, planMeasureCells } from '../../shared/documents/plan-document-model.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedPlanDocument, SEED_ORG, SEED_UNITS, storedSeedPlan } from '../support/seed-annual-report.js';

const seed = storedSeedPlan();
/** The seed plan's measures retitled in the page (FY2570's titles), for indicators 1, 2, 9 and 10. */
const OWN_TITLES: [number, string, string[]][] = [
  [1, 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', []],
  // a status word inside the title ("ร่าง" of ร่างขอบเขตของงาน, a draft TOR) is no status mark (s59-E)
  [2, 'เปิดเผยร่างขอบเขตของงานจัดซื้อจัดจ้าง', ['ประกาศบนเว็บไซต์', 'ติดประกาศ ณ สำนักงาน']],
  [9, 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', []],
  [10, 'มาตรการป้องกันการรับสินบน', ['จัดทำคู่มือ']],
];
const plan = {
  ...seed,
  measures: OWN_TITLES.map(([indicator, title, subMeasures], i) => ({
    ...seed.measures[i]!,
    measureId: `i${indicator}`,
    order: i + 1,
    indicator,
    title,
    subMeasures,
  })),
};

const readBack = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
};
const asWritten = (p: typeof plan) =>
  p.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    subMeasures: m.subMeasures,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible.unitIds,
  }));

describe("the plan document names each measure's indicator, and imports back without a warning", () => {
  it('a title without its heading is written, then its indicator with the name in brackets; a headed title as it is', () => {
    const model = buildPlanDocument({ org: SEED_ORG, units: SEED_UNITS, plan });
    expect(planMeasureCells(model.measures[0]!)[0]).toEqual([
      'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
      '(ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)',
    ]);
    expect(planMeasureCells(model.measures[3]!)[0]!.slice(0, 2)).toEqual([
      'มาตรการป้องกันการรับสินบน',
      '(ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต)',
    ]);
    const seedModel = buildPlanDocument({ org: SEED_ORG, units: SEED_UNITS, plan: seed });
    expect(planMeasureCells(seedModel.measures[0]!)[0]![0]).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ');
  });

  for (const format of ['docx', 'pdf'] as const) {
    it(`the ${format.toUpperCase()} of measures titled in the page reads back the same, with no unknown-indicator-name`, async () => {
      const files = await renderSeedPlanDocument(plan);
      const back = await readBack(files[format]);
      expect(
        back.plan.measures.map((m) => ({
          indicator: m.indicator,
          title: m.title,
          subMeasures: m.subMeasures,
          cadences: m.followUps.map((f) => f.cadence),
          units: m.responsible.unitIds,
        })),
      ).toEqual(asWritten(plan));
      expect(back.plan.measures.map((m) => m.measureId)).toEqual(['i1', 'i2', 'i9', 'i10']);
      expect(back.warnings.map((w) => w.code)).not.toContain('unknown-indicator-name');
      expect(back.warnings.map((w) => w.code)).not.toContain('measure-status-marked');
    }, 60_000);
  }
});
