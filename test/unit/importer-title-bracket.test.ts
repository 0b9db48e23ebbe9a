// Review 17 s11, S11-5: a measure titled "การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)" came back
// from the product's documents with the bracket as a new sub-measure. A bracket right after the
// indicator's name stays in the title.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Measure } from '../../shared/domain/plan.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedAnnualReport, renderSeedPlanDocument, storedSeedPlan } from '../support/seed-annual-report.js';

describe('a bracket right after the indicator name stays in the title', () => {
  for (const [cell, title, subMeasures] of [
    ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)', 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)', []],
    [
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ (ต่อ) ๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์',
      // "(ต่อ)" marks a continued table, not the title (review 17 s15, S15-13)
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      ['จัดทำคู่มือ', 'ประชาสัมพันธ์'],
    ],
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ( ข้อ o๑ ) - เผยแพร่ข้อมูล', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (ข้อ o๑)', ['เผยแพร่ข้อมูล']],
  ] as const) {
    it(`"${cell}"`, () => {
      expect(parseIndicatorHeading(cell)).toMatchObject({ title, subMeasures });
    });
  }
});

describe('the documents give such a title back whole', () => {
  const measure: Measure = {
    measureId: 'i1',
    order: 8,
    indicator: 1,
    title: 'การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)',
    subMeasures: [],
    methods: ['จัดทำคู่มือ'],
    timeframe: 'ตลอดปี',
    followUps: [{ followUpNo: 1, text: 'รายงานผลต่อนายก', cadence: 'monthly', audience: [] }],
    responsible: { allUnits: false, unitIds: ['finance'], text: '' },
    recommendations: [],
  };
  const plan = { ...storedSeedPlan(), measures: [...storedSeedPlan().measures, measure] };
  const render = {
    'plan document': () => renderSeedPlanDocument(plan),
    'annual report': () => renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), plan),
  };
  for (const [what, files] of Object.entries(render)) {
    for (const format of ['docx', 'pdf'] as const) {
      it(`the ${what}'s ${format.toUpperCase()}`, async () => {
        const { document } = await readPlanFile((await files())[format]);
        const result = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
        const back = result.plan.measures.at(-1)!;
        expect(back.title).toBe('ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)');
        expect(back.subMeasures).toEqual([]);
      }, 90_000);
    }
  }
});
