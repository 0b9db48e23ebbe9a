// Review 17 s11, S11-1: the guard on reported work read the year's reports before the save, so a
// report sent while a plan was being saved (seconds for a big plan) was stored under a measure the
// new plan removed: 200 to both, and the unit's report then belonged to nothing (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import type { Report } from '../../../shared/domain/report.js';
import { PLAN_SAVE_HOLD_MS } from '../../../shared/store/plan-repository.js';
import type { Repositories } from '../../../shared/store/repositories.js';
import { replaceOrgPlan } from '../../../shared/use-cases/replace-plan.js';
import { call, type ApiResponse } from '../../support/api-events.js';
import { API_NOW, createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
/** a fresh fixture (its own table) for the cases of one describe */
function ownFixture() {
  beforeAll(async () => {
    f = await createApiFixture();
  });
  afterAll(async () => f?.close());
}
const fy = 2566;
const org = 'demo';
/** กองคลัง's obligations under i5, the measure the new plan drops, and one under i4 it keeps */
const i5March = 'i5.f1.2023-03.finance';
const i5February = 'i5.f1.2023-02.finance';
const i4March = 'i4.f2.2023-03.finance';

const report = (obligationId: string, body: object = { progress: 'done', summary: 'ดำเนินการแล้ว' }) =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId }),
    as: who.financeStaff,
    body,
  });

const reported = async (obligationId: string) =>
  (await f.repos.reports.listLatestForYear(org, fy)).some((r) => r.obligationId === obligationId);

/** The saved plan without i5, saved through replaceOrgPlan with `reports` in place of the real reports repository. */
async function saveWithoutI5(reports: Pick<Repositories['reports'], 'listLatestForYear'>) {
  const saved = (await f.repos.plans.getPlan(org, fy))!;
  const measures: Measure[] = saved.measures.filter((m) => m.measureId !== 'i5');
  return replaceOrgPlan(
    { plans: f.repos.plans, reports: reports as Repositories['reports'] },
    {
      orgId: org,
      fy,
      plan: { title: saved.title, measures },
      units: await f.repos.orgs.listUnits(org),
      actor: 'coordinator',
      now: API_NOW,
      expectedVersion: saved.version,
      path: 'body',
    },
  );
}

/** The real reports repository, with `during(n)` run inside its n-th read of the year's reports (1-based). */
function readsWith(during: (n: number) => Promise<void>) {
  let n = 0;
  return {
    async listLatestForYear(orgId: string, year: number): Promise<Report[]> {
      const read = await f.repos.reports.listLatestForYear(orgId, year);
      await during(++n);
      return read;
    },
  };
}

describe('a report sent while a plan save re-reads the reports', () => {
  ownFixture();

  it('is refused (409, send again); the save goes on and no report is left without its measure', async () => {
    const planVersion = (await f.repos.plans.getPlanVersion(org, fy))!;
    let during: ApiResponse | undefined;
    const saved = await saveWithoutI5(
      readsWith(async (n) => {
        if (n === 2) during = await report(i5March);
      }),
    );
    expect(saved.version).toBe(planVersion + 1);
    expect(saved.measures.map((m) => m.measureId)).not.toContain('i5');
    expect(during?.status).toBe(409);
    expect(during?.body.error.message_th).toContain('กรุณาส่งอีกครั้ง');
    expect(during?.body.error.planChanged).toBe(true);
    expect(await reported(i5March)).toBe(false);
    // the switch ended the hold: reports go in again
    expect((await report(i4March)).status).toBe(200);
  });
});

describe('a report that lands between the first check and the hold', () => {
  ownFixture();

  it('makes the save 409 (it would orphan the report), leaves the plan as it was and frees it for reports', async () => {
    const before = (await f.repos.plans.getPlan(org, fy))!;
    let landed: ApiResponse | undefined;
    const attempt = saveWithoutI5(
      readsWith(async (n) => {
        if (n === 1) landed = await report(i5February);
      }),
    );
    await expect(attempt).rejects.toMatchObject({ message_th: expect.stringContaining('รายงานผล') });
    expect(landed?.status).toBe(200);
    const after = (await f.repos.plans.getPlan(org, fy))!;
    expect(after.version).toBe(before.version);
    expect(after.measures.map((m) => m.measureId)).toContain('i5');
    // released: the unit can still report, on i5 too
    expect((await report(i5March)).status).toBe(200);
  });
});

describe('a save that died holding the plan', () => {
  ownFixture();

  it('holds reports back (409) until the hold runs out, one minute after it began', async () => {
    const version = (await f.repos.plans.getPlanVersion(org, fy))!;
    await f.repos.plans.holdForSave(org, fy, version, API_NOW);
    const refused = await report(i4March);
    expect(refused.status).toBe(409);
    expect(await reported(i4March)).toBe(false);
    // a hold taken PLAN_SAVE_HOLD_MS + 1 s before the API's clock has run out
    await f.repos.plans.releaseSaveHold(org, fy, version);
    await f.repos.plans.holdForSave(org, fy, version, new Date(API_NOW.getTime() - PLAN_SAVE_HOLD_MS - 1000));
    expect((await report(i4March)).status).toBe(200);
  });

  it('a second save meanwhile is told the plan is being saved (409), not that it changed', async () => {
    const version = (await f.repos.plans.getPlanVersion(org, fy))!;
    await f.repos.plans.holdForSave(org, fy, version, API_NOW);
    await expect(saveWithoutI5(f.repos.reports)).rejects.toMatchObject({
      message_th: expect.stringContaining('กำลังถูกบันทึก'),
    });
    await f.repos.plans.releaseSaveHold(org, fy, version);
    expect((await saveWithoutI5(f.repos.reports)).version).toBe(version + 1);
  });
});
