// Found beside tester s52's P3 (a unit's first month): a unit's first month the saved plan has and
// a client leaves out is kept while the unit stays responsible (docs/api.md), but only when the
// save fell inside the plan's year after October. A year's plan saved again after the year ended,
// by an API client re-sending it without unitFirstMonths, made กองคลัง, added in January, owe
// December too: a missed report out of nothing. Now the saved month is kept on any day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf, putPlan, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
let now = new Date('2022-12-05T10:00:00+07:00');
beforeAll(async () => (f = await createApiFixture({ clock: () => now })));
afterAll(async () => f?.close());

const save = async (title: string, change: (measures: Measure[]) => void) => {
  const saved = await savedPlan(f);
  const measures = structuredClone(saved.measures);
  change(measures);
  const res = await putPlan(f, { format: 'json', title, measures, expectedVersion: saved.version });
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  return res;
};
const x1 = async () => (await savedPlan(f)).measures.find((m) => m.measureId === 'x1')!;
const financeFirst = async () => (await obligationIdsOf(f, who.financeStaff)).filter((id) => id.startsWith('x1.'))[0];

describe('กองคลัง added to x1 in January 2566, the plan saved again after the year without its month', () => {
  it('x1 added on 5 December (สำนักปลัด, monthly), กองคลัง added on 10 January: its month is January', async () => {
    await save('แผน เพิ่ม x1', (ms) =>
      ms.push({
        ...structuredClone(ms.find((m) => m.measureId === 'i6')!),
        measureId: 'x1',
        order: ms.length + 1,
        title: 'มาตรการตรวจสอบการเบิกจ่าย',
        followUps: [{ followUpNo: 1, text: 'รายงานผลการตรวจสอบประจำเดือน', cadence: 'monthly', audience: [] }],
      }),
    );
    now = new Date('2023-01-10T10:00:00+07:00');
    await save('แผน x1 กองคลัง', (ms) => {
      ms.find((m) => m.measureId === 'x1')!.responsible.unitIds.push('finance');
    });
    expect((await x1()).responsible.unitFirstMonths).toEqual({ finance: '2023-01' });
    expect(await financeFirst()).toBe('x1.f1.2023-01.finance');
  });

  it.each([
    ['on 10 November 2566 (the next year)', '2023-11-10T10:00:00+07:00'],
    ['on 5 February 2567', '2024-02-05T10:00:00+07:00'],
  ])('re-sent %s without unitFirstMonths, a new title: January kept, no December owed', async (_when, at) => {
    now = new Date(at);
    await save(`แผน ส่งซ้ำ ${at}`, (ms) => {
      delete ms.find((m) => m.measureId === 'x1')!.responsible.unitFirstMonths;
    });
    expect((await x1()).responsible.unitFirstMonths).toEqual({ finance: '2023-01' });
    expect(await financeFirst()).toBe('x1.f1.2023-01.finance');
  });
});
