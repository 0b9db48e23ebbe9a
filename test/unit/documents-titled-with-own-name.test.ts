// Tester s50 (P3): the importer's warning on a plan naming another organisation asked to correct the
// plan's title "before publishing", but the documents never print that title: they are titled with
// the org's own name. The warning now says so; this pins what it says of the documents.
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';

const OTHER = 'เทศบาลตำบลลดอนอะระง';
const planTitled = (title: string) => ({ ...samplePlan(), title });

describe("the documents are titled with the org's own name whatever the plan's title says", () => {
  it.each([
    `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของ${OTHER} ประจำปีงบประมาณ พ.ศ. ๒๕๖๖`,
    `แผนปฏิบัติการ ${OTHER}`,
    'มาตรการของเทศบาลเมืองหนองบัว',
  ])('plan titled "%s": the plan document, the results report and the half-year report', (title) => {
    const plan = planTitled(title);
    const titles = [
      buildPlanDocument({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan, madeOn: '2022-10-03' }).title,
      buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan, reports: new Map(), asOf: '2023-10-02' }).title,
      buildAnnualReport({
        org: SAMPLE_ORG,
        units: SAMPLE_UNITS,
        plan,
        reports: new Map(),
        asOf: '2023-04-02',
        scope: 'half-year',
      }).title,
    ];
    for (const t of titles) {
      expect(t).toContain(SAMPLE_ORG.name);
      expect(t).not.toContain(title);
    }
  });
});
