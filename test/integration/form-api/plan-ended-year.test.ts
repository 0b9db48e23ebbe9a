// Break s30-u F3: after 30 September, a plan change that removes missed reports (due, never sent)
// of the ended year is refused (409, Thai first, with the count) unless the request confirms it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { bangkokDate } from '../../../shared/domain/plain-date.js';
import { loadOrgYear } from '../../../shared/store/fiscal-year-repository.js';
import { putPlan, savedPlan, saveWithMeasure } from '../../support/plan-requests.js';

const when = { now: new Date('2023-10-05T03:00:00Z') };
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture(when);
});
afterAll(async () => f?.close());

/** The saved plan's measures without `measureId`, at its version, plus `extra` body fields. */
async function withoutMeasure(measureId: string, extra: Record<string, unknown> = {}) {
  const before = await savedPlan(f);
  return putPlan(f, {
    format: 'json',
    title: before.title,
    expectedVersion: before.version,
    measures: before.measures.filter((m) => m.measureId !== measureId),
    ...extra,
  });
}

/** How many obligations of measure i6 the year counts today (what its results report counts). */
async function i6Count() {
  const org = (await f.repos.orgs.getOrg('demo'))!;
  const units = await f.repos.orgs.listUnits('demo');
  const year = (await loadOrgYear(f.store, org, units, 2566, bangkokDate(when.now)))!;
  return year.tracked.filter((t) => t.obligation.measureId === 'i6').length;
}

describe('a plan change after the fiscal year has ended', () => {
  it('dropping a measure nobody reported on is refused, naming how many missed reports it removes', async () => {
    const missed = await i6Count();
    expect(missed).toBeGreaterThan(0);
    const version = (await savedPlan(f)).version;
    const res = await withoutMeasure('i6');
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.message_th).toContain('ปีงบประมาณ ๒๕๖๖ สิ้นสุดแล้ว');
    expect(res.body.error.message_th).toContain(`ไม่ได้ส่ง ${toThaiDigits(missed)} รายการ`);
    expect(res.body.error.message_en).toContain(`${missed} missed reports`);
    expect(res.body.error.missedReportsRemoved).toBe(missed);
    expect(res.body.error.fields[0].path).toBe('body.measures');
    expect((await savedPlan(f)).version).toBe(version);
    expect(await i6Count()).toBe(missed);
  });

  it('turning a monthly follow-up into an annual one is refused the same way', async () => {
    const res = await saveWithMeasure(f, 'i10', (m) => {
      m.followUps.find((x) => x.followUpNo === 4)!.cadence = 'annual';
      return m;
    });
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.missedReportsRemoved).toBeGreaterThan(0);
  });

  it('a change that removes no obligation (a measure renamed) is saved', async () => {
    const res = await saveWithMeasure(f, 'i6', (m) => ({ ...m, title: `${m.title} (แก้ไขคำ)` }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('confirmed (confirmRemoveMissedReports: true), the change is saved', async () => {
    const res = await withoutMeasure('i6', { confirmRemoveMissedReports: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await i6Count()).toBe(0);
  });

  it('while the year runs (20 September), the same kind of change is not asked about', async () => {
    when.now = new Date('2023-09-20T03:00:00Z');
    const res = await saveWithMeasure(f, 'i10', (m) => {
      m.followUps.find((x) => x.followUpNo === 4)!.cadence = 'annual';
      return m;
    });
    when.now = new Date('2023-10-05T03:00:00Z');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
