// Tester s52 (P3, its kind): POST …/plan-checks answered 200 for drafts PUT …/plan refuses with 400,
// so a client checked a body, was told nothing, and its save was refused. Past the schema (one
// rule since s52, plan-title-rules.test.ts) the save refuses units the org does not have, a title
// naming another indicator than the measure's, and more obligations than a year holds: the check
// now answers the same 400 for each. Dates outside the year and deactivated units stay warnings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { putPlan, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const check = (body: object): Promise<ApiResponse> =>
  call(f.handler, { method: 'POST', path: '/v1/fiscal-years/2566/plan-checks', as: who.coordinator, body });
/** The seed plan (i4 … i10) with `change` made to a copy of its measures. */
const draftWith = async (change: (measures: Measure[]) => void) => {
  const saved = await savedPlan(f);
  const measures = structuredClone(saved.measures);
  change(measures);
  return { format: 'json', title: 'แผนมาตรการ ฉบับตรวจ', measures, expectedVersion: saved.version };
};
const i6 = (measures: Measure[]) => measures.find((m) => m.measureId === 'i6')!;

describe('a draft PUT …/plan refuses with 400: POST …/plan-checks answers the same 400, nothing written', () => {
  it.each([
    ['a responsible unit the org does not have', (ms: Measure[]) => i6(ms).responsible.unitIds.push('ghost')],
    [
      'a follow-up unit the org does not have',
      (ms: Measure[]) => {
        i6(ms).responsible.unitIds.push('nosuch');
        i6(ms).followUps[0]!.unitIds = ['clerk', 'nosuch'];
      },
    ],
    [
      'a first month for a unit the org does not have',
      (ms: Measure[]) => (i6(ms).responsible.unitFirstMonths = { 'no-unit': '2023-01' }),
    ],
    [
      'a title opening with indicator 4’s heading and indicator 6’s name',
      (ms: Measure[]) => (ms[0]!.title = 'ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน'),
    ],
    [
      'more obligations than a year holds (four measures of 100 monthly follow-ups for every unit)',
      (ms: Measure[]) => {
        for (const m of ms.slice(0, 4)) {
          m.responsible = { allUnits: true, unitIds: [], text: 'ทุกกองงาน' };
          m.followUps = Array.from({ length: 100 }, (_, k) => ({
            followUpNo: k + 1,
            text: `รายงานผลข้อ ${k + 1}`,
            cadence: 'monthly' as const,
            audience: [],
          }));
        }
      },
    ],
  ])('%s', async (_what, change) => {
    const body = await draftWith(change);
    const before = await f.dump();
    const saved = await putPlan(f, body);
    expect(saved.status, JSON.stringify(saved.body.error)).toBe(400);
    const checked = await check(body);
    expect(checked.status, JSON.stringify(checked.body.error)).toBe(400);
    expect(checked.body.error).toEqual(saved.body.error);
    expect(checked.body.error.message_th).toMatch(/[\u0e00-\u0e7f]/u);
    expect(await f.dump()).toBe(before);
  });
});

describe('what the check says as warnings, as before', () => {
  it('a due date outside the year: 200 with a cannot-save warning (the save refuses it with 400)', async () => {
    const body = await draftWith((ms) => {
      i6(ms).followUps[0] = { ...i6(ms).followUps[0]!, cadence: 'once', dueDate: '2030-01-01' };
    });
    const checked = await check(body);
    expect(checked.status).toBe(200);
    expect(checked.body.warnings.map((w: { code: string }) => w.code)).toEqual(['cannot-save']);
  });
});
