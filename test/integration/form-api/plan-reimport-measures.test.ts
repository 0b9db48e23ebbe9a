// Review 17 s11, S11-2: a revised document with a new measure for indicator 4 above the saved one
// gave the new measure the id "i4" (the importer names measures by place), so กองคลัง's report on
// the state-property measure was shown under the vehicles measure, silently.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText } from '../../support/plan-requests.js';
import { ownObligation } from '../../support/route-requests.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
const fy = 2566;
const MEETING = '๒. มีการรายงานผลใน ที่ประชุมให้คณะ ผู้บริหารและหัวหน้า ส่วนราชการทราบเป็น ประจำทุกเดือน';

beforeAll(async () => {
  f = await createApiFixture();
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: ownObligation(0) }),
    as: who.financeStaff,
    body: { progress: 'done', summary: 'รายงานการใช้ทรัพย์สินของราชการต่อที่ประชุมแล้ว' },
  });
  expect(res.status).toBe(200);
});
afterAll(async () => f?.close());

/** The seed with a row for a second measure of indicator 4 above the saved i4 row. */
function withRowAboveI4(row: string[]): string {
  const lines = readFileSync(SEED_DOCUMENT, 'utf8').split('\n');
  const i4 = lines.findIndex((l) => l.startsWith('๑. ตัวชี้วัดที่๔'));
  return [...lines.slice(0, i4), row.join('\t'), ...lines.slice(i4)].join('\n');
}

const vehicles = withRowAboveI4([
  'ตัวชี้วัดที่ ๔ การใช้รถยนต์ส่วนกลางอย่างคุ้มค่า',
  'จัดทำสมุดบันทึกการใช้รถ',
  'ตลอดปีงบประมาณ',
  `๑. จัดทำสมุดบันทึกการใช้รถยนต์ส่วนกลางทุกคัน ${MEETING}`,
  'ทุกกองงาน',
]);

describe('a revised document with a new measure above a reported one of the same indicator', () => {
  it('previews the new measure under a new id and the saved one under i4', async () => {
    const res = await previewPlanText(f, vehicles, fy);
    expect(res.status).toBe(200);
    const byId = new Map(res.body.plan.measures.map((m: Measure) => [m.measureId, m.title]));
    expect(byId.get('i4')).toContain('ทรัพย์สินของทางราชการ');
    expect(byId.get('i4-2')).toContain('รถยนต์ส่วนกลาง');
  });

  it('saves, and the October report is still under the state-property measure', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text: vehicles },
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const october = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: ownObligation(0) }),
      as: who.financeStaff,
    });
    expect(october.body.measureTitle).toContain('ทรัพย์สินของทางราชการ');
    expect(october.body.latestReport.summary).toBe('รายงานการใช้ทรัพย์สินของราชการต่อที่ประชุมแล้ว');
    // the measure added in April owes its periods from April on (review 17 s14, S14-8)
    const newMeasureOf = (month: string) =>
      call(f.handler, {
        method: 'GET',
        path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', {
          fy,
          obligationId: ownObligation(0).replace(/^i4\./, 'i4-2.').replace('2022-10', month),
        }),
        as: who.financeStaff,
      });
    expect((await newMeasureOf('2022-10')).status).toBe(404);
    const newMeasure = await newMeasureOf('2023-04');
    expect(newMeasure.status).toBe(200);
    expect(newMeasure.body.measureTitle).toContain('รถยนต์ส่วนกลาง');
    expect(newMeasure.body.latestReport ?? null).toBeNull();
  });
});
