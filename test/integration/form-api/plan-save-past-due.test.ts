// Tester s48 (P2): saving the year's first plan mid-year made every past round due at once, and the
// API's answer said nothing of it. PUT /plan now answers `pastDue`: how many reports of rounds
// already past the save made due, until when they are on time, and when the unit heads and the
// executives hear (docs/api.md). Saved again the same day: nothing new.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { MUNICIPAL_UNITS } from '../../../shared/domain/municipal-units.js';
import { expandPlan } from '../../../shared/domain/obligations.js';
import { Plan } from '../../../shared/domain/plan.js';
import { importMeasuresDocument } from '../../../shared/import/measures-document.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { FIVE_UNITS, SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
let now = new Date('2024-05-15T10:00:00+07:00');

beforeAll(async () => {
  f = await createApiFixture({ clock: () => now });
});
afterAll(async () => f?.close());

const fy = 2567;
const plan2567 = Plan.parse(
  importMeasuresDocument(readFileSync(SEED_DOCUMENT, 'utf8'), { orgId: 'demo', fy, units: MUNICIPAL_UNITS }).plan,
);
const put = (body: object) =>
  call(f.handler, { method: 'PUT', path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }), as: who.coordinator, body });

describe("PUT /plan's answer tells the past rounds the save made due", () => {
  it("the year's first plan saved on 15 May 2567: every report already due, on time until 20 May", async () => {
    const res = await put({ format: 'json', title: '', measures: plan2567.measures });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const due = expandPlan(plan2567, FIVE_UNITS).filter((o) => o.dueDate <= '2024-05-15');
    expect(res.body.pastDue).toEqual({
      count: due.length,
      units: 5,
      onTimeUntil: '2024-05-20',
      headsOn: '2024-05-27',
      executivesOn: '2024-06-04',
    });
  });

  it('the same plan saved again that day (neighbour): nothing new made due, no pastDue', async () => {
    const res = await put({ format: 'json', title: '', measures: plan2567.measures, expectedVersion: 1 });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toBeUndefined();
    // nothing saved: the same plan (tester s51 P3)
    expect(res.body.plan.version).toBe(1);
  });

  it('a measure added on 10 July 2567 reporting from October (neighbour): its nine past months for each unit', async () => {
    now = new Date('2024-07-10T09:00:00+07:00');
    const i4 = structuredClone(plan2567.measures.find((m) => m.measureId === 'i4')!);
    const added = {
      ...i4,
      measureId: 'i4b',
      order: plan2567.measures.length + 1,
      followUps: i4.followUps.filter((x) => x.cadence === 'monthly').map((x) => ({ ...x, firstMonth: '2023-10' })),
    };
    const res = await put({ format: 'json', title: '', measures: [...plan2567.measures, added], expectedVersion: 1 });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toMatchObject({ count: 9 * 5, units: 5, onTimeUntil: '2024-07-15' });
  });
});
