// "รายงานต่อ นายกเทศมนตรี" is a เทศบาล's word: an อบต.'s or อบจ.'s chief executive is นายก อบต./อบจ.
// (tester s48 P2: an อบต.'s plan document read "(รายงานต่อ: นายกเทศมนตรี)").
import { describe, expect, it } from 'vitest';
import type { Audience } from '../../shared/domain/plan.js';
import { audienceLabel, audienceOfNote, withAudienceNote } from '../../shared/domain/plan-labels.js';
import { followUpWithCadence } from '../../shared/documents/document-model-fields.js';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { renderCsv } from '../../shared/documents/render-csv.js';
import { renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

describe("the chief executive as a follow-up's audience", () => {
  const cases: [org: string, label: string][] = [
    ['องค์การบริหารส่วนตำบลบ้านใหม่', 'นายกองค์การบริหารส่วนตำบล'],
    ['อบต.หนองยาว', 'นายกองค์การบริหารส่วนตำบล'],
    ['องค์การบริหารส่วนจังหวัดขอนแก่น', 'นายกองค์การบริหารส่วนจังหวัด'],
    ['เทศบาลตำบลดอนอะระง', 'นายกเทศมนตรี'],
    ['เทศบาลนครขอนแก่น', 'นายกเทศมนตรี'],
    // a name of no kind: the word the product always wrote
    ['เมืองพัทยา', 'นายกเทศมนตรี'],
  ];
  for (const [org, label] of cases)
    it(`${org}: "${label}", and the importer reads it back as the chief executive`, () => {
      expect(audienceLabel('mayor', org)).toBe(label);
      const written = followUpWithCadence(
        { text: 'รายงานผลการจัดซื้อจัดจ้าง', cadence: 'quarterly', audience: ['mayor', 'executives'] },
        org,
      );
      expect(written).toBe(`รายงานผลการจัดซื้อจัดจ้าง (ทุกไตรมาส) (รายงานต่อ: ${label}, ผู้บริหาร)`);
      expect(audienceOfNote(withAudienceNote('รายงานผล', ['mayor'], org))).toEqual({
        text: 'รายงานผล',
        audience: ['mayor'],
      });
    });

  it('the other audiences read the same for every kind', () => {
    expect(audienceLabel('executives', 'องค์การบริหารส่วนตำบลบ้านใหม่')).toBe('ผู้บริหาร');
    expect(audienceLabel('unit-heads', 'องค์การบริหารส่วนตำบลบ้านใหม่')).toBe('หัวหน้าส่วนราชการ');
  });
});

describe("an อบต.'s documents name its chief executive", () => {
  const ABT = { ...SAMPLE_ORG, name: 'องค์การบริหารส่วนตำบลบ้านใหม่' };
  /** the sample plan, its first follow-up reporting to the chief executive and the executives */
  const plan = () => {
    const p = samplePlan();
    const [first, ...rest] = p.measures;
    const [f, ...others] = first!.followUps;
    return {
      ...p,
      measures: [
        {
          ...first!,
          followUps: [
            { ...f!, text: 'รายงานผลการจัดซื้อจัดจ้าง', audience: ['mayor', 'executives'] as Audience[] },
            ...others,
          ],
        },
        ...rest,
      ],
    };
  };

  it('the plan document (PDF) says "รายงานต่อ: นายกองค์การบริหารส่วนตำบล", never นายกเทศมนตรี', async () => {
    const model = buildPlanDocument({ org: ABT, units: SAMPLE_UNITS, plan: plan(), madeOn: '2022-10-03' });
    const text = squeeze(pdfText(await renderPlanPdf(model)));
    expect(text).toContain(squeeze('(รายงานต่อ: นายกองค์การบริหารส่วนตำบล, ผู้บริหาร)'));
    expect(text).not.toContain(squeeze('รายงานต่อ: นายกเทศมนตรี'));
  });

  it('the results report (CSV) too', () => {
    const model = buildAnnualReport({
      org: ABT,
      units: SAMPLE_UNITS,
      plan: plan(),
      reports: new Map(),
      asOf: '2023-10-02',
    });
    const csv = renderCsv(model).toString('utf8');
    expect(csv).toContain('(รายงานต่อ: นายกองค์การบริหารส่วนตำบล, ผู้บริหาร)');
  });
});
