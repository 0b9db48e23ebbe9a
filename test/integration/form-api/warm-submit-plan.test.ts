// A warm API instance submits against the plan it read before (PlanSnapshots), on condition that
// the plan is still that version: it saves the plan Query, and a coordinator's change of the plan
// in between is never missed (the submit reads the plan again and decides on the new one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { countRequests, countWrites } from '../../support/write-counter.js';

let f: ApiFixture;
let requests: { readonly count: number };
let writes: { readonly count: number };
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture();
  requests = countRequests(f.store.doc);
  writes = countWrites(f.store.doc);
});
afterAll(async () => f?.close());

const submit = (obligationId: string, body: Record<string, unknown> = {}, as: string = who.financeStaff) =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId }),
    as,
    body: { progress: 'done', summary: 'ดำเนินการแล้ว', ...body },
  });

/** A plan edit saved by the coordinator (PUT /plan with the version read). */
async function savePlan(edit: (m: Measure[]) => void): Promise<void> {
  const plan = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  const measures = structuredClone(plan.body.measures as Measure[]);
  edit(measures);
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
    as: who.coordinator,
    body: { format: 'json', title: plan.body.title, measures, expectedVersion: plan.body.version },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** An open obligation of กองคลัง under another measure than i4 (no reports in this file), skipping `not`. */
async function financeObligationOutsideI4(not: string[] = []): Promise<{ obligationId: string; measureId: string }> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
    query: { unit: 'finance', to: '2023-04-20', limit: '200' },
    as: who.coordinator,
  });
  const found = (res.body.items as { obligationId: string; measureId: string; opensOn: string }[]).find(
    (o) => o.measureId !== 'i4' && !not.includes(o.measureId) && o.opensOn <= '2023-04-20',
  )!;
  return { obligationId: found.obligationId, measureId: found.measureId };
}

/** Requests one call sends to DynamoDB. */
async function counted(send: () => Promise<ApiResponse>): Promise<{ res: ApiResponse; sent: number }> {
  const before = requests.count;
  const res = await send();
  return { res, sent: requests.count - before };
}

describe('a warm instance does not read the plan again to take a report', () => {
  it('a revision sends 2 DynamoDB requests: the first submission time and the write', async () => {
    expect((await submit('i4.f2.2022-10.finance')).status).toBe(200);
    const { res, sent } = await counted(() => submit('i4.f2.2022-10.finance', { expectedVersion: 1 }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, firstSubmittedAt: expect.any(String) });
    expect(sent).toBe(2);
  });

  it('a first submission sends 1 request, and so does a report for another month of the same plan', async () => {
    for (const obligationId of ['i4.f2.2022-11.finance', 'i4.f2.2022-12.finance']) {
      const { res, sent } = await counted(() => submit(obligationId));
      expect(res.status).toBe(200);
      expect(sent).toBe(1);
    }
  });
});

describe('a warm instance never takes a report against a plan the coordinator has changed since', () => {
  it("after the coordinator gives a measure of กองคลัง to สำนักปลัด, กองคลัง's report on it is not found (404), nothing written", async () => {
    const moved = await financeObligationOutsideI4();
    // the instance has the plan in hand: a report on i4
    expect((await submit('i4.f2.2023-01.finance')).status).toBe(200);
    await savePlan((m) => {
      m.find((x) => x.measureId === moved.measureId)!.responsible = {
        allUnits: false,
        unitIds: ['clerk'],
        text: 'สำนักปลัด',
      };
    });
    const count = writes.count;
    const res = await submit(moved.obligationId);
    expect(res.status).toBe(404);
    expect(writes.count).toBe(count);
    // สำนักปลัด's own obligation of it is there and takes its report
    const clerks = moved.obligationId.replace(/\.finance$/, '.clerk');
    expect((await submit(clerks, {}, who.clerkStaff)).status).toBe(200);
  });

  it('after the coordinator removes a measure no one has reported on, a warm report on it is not found (404)', async () => {
    const gone = await financeObligationOutsideI4();
    expect((await submit('i4.f2.2023-02.finance')).status).toBe(200);
    await savePlan((m) =>
      m.splice(
        m.findIndex((x) => x.measureId === gone.measureId),
        1,
      ),
    );
    const res = await submit(gone.obligationId);
    expect(res.status).toBe(404);
  });

  it('after a change that keeps the obligation, the warm report is taken (200) against the new plan version', async () => {
    expect((await submit('i4.f2.2023-03.finance')).status).toBe(200);
    await savePlan((m) => {
      const i4 = m.find((x) => x.measureId === 'i4')!;
      i4.followUps.find((u) => u.followUpNo === 2)!.text += ' (แก้ไขถ้อยคำ)';
    });
    const res = await submit('i4.f2.2023-03.finance', { expectedVersion: 1 });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
  });
});
