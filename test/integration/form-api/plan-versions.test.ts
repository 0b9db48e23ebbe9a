// Review 17 s14, S14-17 (second half): a file saved over the plan in error (one measure of seven)
// could not be undone: the plan's history listed who saved when, and the replaced versions' measures
// were deleted with their revision. Now a save keeps the plan it replaces (the last 20), and
// GET …/plan/versions/{version} gives it back for the coordinator to save again.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { KEPT_PLAN_VERSIONS } from '../../../shared/store/plan-versions.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';
import { draftFromVersion, planBody } from '../../../web/src/plan-draft.js';

let f: ApiFixture;
const fy = 2566; // the fixture's seed plan: i4 … i10, version 1

beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const SEED = readFileSync(SEED_DOCUMENT, 'utf8').split('\n');
/** The seed cut before its second measure's table: a file read only up to its first page. */
const FIRST_PAGE = SEED.slice(0, SEED.findIndex((l) => /^(<b>)?๒\. /.test(l) && l.includes('ตัวชี้วัด')) - 1).join('\n');

type PlanBody = { version: number; title: string; measures: Measure[] };
const version = (v: number, as: string = who.coordinator) =>
  call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/plan/versions/{version}', { fy, version: v }),
    as,
  });
const put = (body: object) =>
  call(f.handler, { method: 'PUT', path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }), as: who.coordinator, body });

describe('an earlier version of the plan', () => {
  it('is kept when a file replaces it, and saved back as it was', async () => {
    const wrong = await put({ format: 'document', text: FIRST_PAGE, expectedVersion: 1 });
    expect(wrong.status, JSON.stringify(wrong.body.error)).toBe(200);
    expect(wrong.body.plan.measures.map((m: Measure) => m.measureId)).toEqual(['i4']);

    const first = await version(1);
    expect(first.status).toBe(200);
    const earlier = first.body as PlanBody;
    expect(earlier.version).toBe(1);
    expect(earlier.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10']);
    // the current version is given too
    expect((await version(2)).body.measures).toHaveLength(1);
    // the history says which version each save made
    const audit = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }),
      as: who.coordinator,
    });
    expect(audit.body.items.map((i: { version?: number }) => i.version)).toEqual([2, 1]);

    // the page's "คืนฉบับที่ ๑": that version as a draft over the current plan, saved as the page saves
    const current = (await version(2)).body as PlanBody;
    const draft = draftFromVersion({ ...current, fy }, { ...earlier, fy });
    const restored = await put(planBody(draft));
    expect(restored.status, JSON.stringify(restored.body.error)).toBe(200);
    expect(restored.body.plan.version).toBe(3);
    const now = (await version(3)).body as PlanBody;
    // as it was; the measures the wrong save removed owe their periods from the restore's month
    // (April), like any measure added mid-year (S14-8), not again from October
    const withoutMonths = (ms: Measure[]) =>
      ms.map((m) => ({ ...m, followUps: m.followUps.map(({ firstMonth: _, ...f }) => f) }));
    expect(withoutMonths(now.measures)).toEqual(withoutMonths(earlier.measures));
    expect(now.measures[0]!.followUps.map((f) => f.firstMonth)).toEqual([undefined, undefined]);
    const restoredMonths = now.measures.slice(1).flatMap((m) => m.followUps.map((f) => f.firstMonth));
    expect(new Set(restoredMonths)).toEqual(new Set(['2023-04']));
    // and the wrong one is kept in turn
    expect((await version(2)).body.measures.map((m: Measure) => m.measureId)).toEqual(['i4']);
  });

  it('a version not saved yet, or not kept, is 404 in Thai; only coordinators read versions', async () => {
    const later = await version(9);
    expect(later.status).toBe(404);
    expect(later.body.error.message_th).toContain('ยังไม่มีฉบับที่ ๙ (ฉบับล่าสุดคือฉบับที่ ๓)');
    expect((await version(1, who.financeStaff)).status).toBe(403);
    expect((await version(1, who.executive)).status).toBe(403);
  });

  it(`keeps the last ${KEPT_PLAN_VERSIONS} earlier versions: older ones are forgotten`, async () => {
    const plans = new PlanRepository(f.store);
    for (let v = 3; v < 3 + KEPT_PLAN_VERSIONS; v++) {
      const res = await put({ format: 'document', text: v % 2 ? FIRST_PAGE : SEED.join('\n'), expectedVersion: v });
      expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    }
    const now = (await plans.getPlanVersion('demo', fy))!;
    expect(now).toBe(3 + KEPT_PLAN_VERSIONS);
    expect((await version(now - KEPT_PLAN_VERSIONS)).status).toBe(200);
    const forgotten = await version(now - KEPT_PLAN_VERSIONS - 1);
    expect(forgotten.status).toBe(404);
    expect(forgotten.body.error.message_th).toContain('ระบบไม่ได้เก็บแผนมาตรการปีงบประมาณ ๒๕๖๖ ฉบับที่ ๒ ไว้');
  });
});
