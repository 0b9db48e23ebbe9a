// Break s32 F5: a follow-up's addedOn, unitsAddedOn and periodsAddedOn are the save's own
// (docs/api.md "Added late"): a well-formed value a client sent was ignored, but a malformed one
// ({"ONCE.Finance": …}, a list) was refused as "มาตรการไม่ถูกต้อง / measures is not valid", naming
// no field. Now any value sent in them is ignored. A field a client does set, under a measure, is
// named by its own label, not as "มาตรการ".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../shared/domain/plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { saveWithMeasure, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

/** i4's first follow-up as saved. */
const savedFollowUp = async () => (await savedPlan(f)).measures.find((m) => m.measureId === 'i4')!.followUps[0]!;

describe('the fields only the save sets, sent by a client', () => {
  it.each([
    ['a periodsAddedOn with a key no period has', { periodsAddedOn: { 'ONCE.Finance': '2023-04-20' } }],
    ['a periodsAddedOn sent as a list', { periodsAddedOn: ['x'] }],
    ['a periodsAddedOn keyed "__proto__"', { periodsAddedOn: JSON.parse('{"__proto__":"2023-04-20"}') as object }],
    ['an addedOn in a Thai date and unitsAddedOn as a number', { addedOn: '20/04/2566', unitsAddedOn: 5 }],
    ['well-formed values', { addedOn: '2023-04-01', periodsAddedOn: { '2023-03.finance': '2023-04-01' } }],
    // tester s43 F2: the periods a stopped follow-up keeps for the units that reported on them
    ['a reportedPastStop, well-formed or not', { reportedPastStop: ['FY.finance', 'not a period'] }],
  ])('%s: the plan is saved and the value ignored, as a well-formed one is', async (_what, sent) => {
    const before = await savedFollowUp();
    const res = await saveWithMeasure(f, 'i4', (m) => {
      Object.assign(m.followUps[0]!, sent);
      return m;
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after: FollowUp = await savedFollowUp();
    expect(after).toEqual(before);
    expect(after).not.toHaveProperty('periodsAddedOn');
    expect(after).not.toHaveProperty('addedOn');
    expect(after).not.toHaveProperty('reportedPastStop');
  });

  it('POST …/plan-checks ignores them too', async () => {
    const plan = await savedPlan(f);
    Object.assign(plan.measures[0]!.followUps[0]!, { periodsAddedOn: ['x'] });
    const res = await call(f.handler, {
      method: 'POST',
      path: '/v1/fiscal-years/2566/plan-checks',
      as: who.coordinator,
      body: { title: plan.title, measures: plan.measures },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('a field under a measure is named by its label, not as "มาตรการ"', () => {
  it.each([
    ["a follow-up's unitFirstMonths keyed by a unit id in capitals", { unitFirstMonths: { Finance: '2023-04' } }],
    ["a follow-up's unitFirstMonths sent as a list", { unitFirstMonths: ['2023-04'] }],
    ["a measure's unitFirstMonths keyed by a unit id with a space", { unitFirstMonths: { 'fin ance': '2023-04' } }],
  ])('%s', async (what, sent) => {
    const onMeasure = what.startsWith("a measure's");
    const res = await saveWithMeasure(f, 'i4', (m) => {
      Object.assign(onMeasure ? m.responsible : m.followUps[0]!, sent);
      return m;
    });
    expect(res.status).toBe(400);
    const [field] = res.body.error.fields as { path: string; message_th: string; message_en: string }[];
    expect(field!.path).toMatch(
      onMeasure
        ? /^body\.measures\.0\.responsible\.unitFirstMonths/
        : /^body\.measures\.0\.followUps\.0\.unitFirstMonths/,
    );
    expect(field!.message_th).toContain('เดือนแรกที่หน่วยงานรายงาน');
    expect(field!.message_en).toContain("units' first months");
    expect(field!.message_th).not.toContain('มาตรการไม่ถูกต้อง');
    expect(field!.message_th).not.toContain('มาตรการต้องเป็น');
    expect(field!.message_en).not.toMatch(/measures (is|must)/);
  });
});
