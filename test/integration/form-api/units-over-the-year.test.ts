// Units added or deactivated while the year runs: what they owe (docs/domain.md).
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkokDate } from '../../../shared/domain/plain-date.js';
import { loadOrgYear } from '../../../shared/store/fiscal-year-repository.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566';
// the clock this fixture's API reads: each test sets it
const when = { now: new Date('2022-10-03T03:00:00Z') };
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture(when);
});
afterAll(async () => f?.close());

async function obligationsOf(unit: string) {
  const items: { obligationId: string; periodEnd: string; dueDate: string; status: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(f.handler, {
      method: 'GET',
      path: `${base}/obligations`,
      as: who.coordinator,
      query: { limit: '200', unit, ...(cursor ? { cursor } : {}) },
    });
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return items;
}

async function addUnit(unitId: string, name: string) {
  const res = await call(f.handler, { method: 'POST', path: '/v1/units', as: who.coordinator, body: { unitId, name } });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
}

async function setActive(unitId: string, active: boolean) {
  const res = await call(f.handler, {
    method: 'PUT',
    path: `/v1/units/${unitId}`,
    as: who.coordinator,
    body: { active },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function feedEvents(as: string): Promise<VEvent[]> {
  const created = await call(f.handler, { method: 'POST', path: '/v1/calendar-feeds', as, body: {} });
  const res = await call(f.handler, { method: 'GET', path: new URL(created.body.url).pathname });
  expect(res.status).toBe(200);
  return Object.values(ical.sync.parseICS(String(res.body))).filter((c): c is VEvent => c?.type === 'VEVENT');
}

describe('a unit added during the year owes the periods from the day it was added', () => {
  it.each([
    ['15 November 2022', '2022-11-15T03:00:00Z', 'added-nov', '2022-11'],
    ['20 April 2023', '2023-04-20T03:00:00Z', 'added-apr', '2023-04'],
    ['30 September 2023, the year’s last day', '2023-09-30T03:00:00Z', 'added-sep', '2023-09'],
  ])(
    'added on %s: nothing before that month, nothing overdue, the annual report still owed',
    async (_d, at, unitId, month) => {
      when.now = new Date(at);
      await addUnit(unitId, `กองทดสอบ ${unitId}`);
      const mine = await obligationsOf(unitId);
      const today = bangkokDate(when.now);
      expect(mine.filter((o) => o.periodEnd < today).map((o) => o.obligationId)).toEqual([]);
      expect(mine.filter((o) => o.status === 'overdue').map((o) => o.obligationId)).toEqual([]);
      const ids = mine.map((o) => o.obligationId);
      expect(ids).toContain(`i4.f2.${month}.${unitId}`);
      expect(ids).toContain(`i4.f1.FY.${unitId}`);
      // an earlier period is no one's obligation: its page and its report are 404
      const october = `i4.f2.2022-10.${unitId}`;
      const page = await call(f.handler, {
        method: 'GET',
        path: `${base}/obligations/${october}`,
        as: who.coordinator,
      });
      expect(page.status).toBe(404);
      const versions = await call(f.handler, {
        method: 'GET',
        path: `${base}/obligations/${october}/report/versions`,
        as: who.coordinator,
      });
      expect(versions.status).toBe(404);
    },
  );
});

describe('a unit deactivated during the year', () => {
  const unitId = 'closing';
  const reported = `i4.f2.2022-10.${unitId}`;
  let staff: string;

  beforeAll(async () => {
    when.now = new Date('2022-10-03T03:00:00Z');
    await addUnit(unitId, 'กองที่จะยุบ');
    const person = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: `closing@${f.mailDomain}`, name: 'เจ้าหน้าที่กองที่จะยุบ', roles: ['staff'], unitId },
    });
    expect(person.status, JSON.stringify(person.body)).toBeLessThan(300);
    staff = person.body.personId;
    when.now = new Date('2022-10-20T03:00:00Z');
    const submitted = await call(f.handler, {
      method: 'PUT',
      path: `${base}/obligations/${reported}/report`,
      as: staff,
      body: { progress: 'done', summary: 'ดำเนินการครบแล้ว' },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    when.now = new Date('2023-01-10T03:00:00Z');
    for (const [path, body] of [
      [`/v1/people/${staff}`, { active: false }],
      [`/v1/units/${unitId}`, { active: false }],
    ] as const) {
      const res = await call(f.handler, { method: 'PUT', path, as: who.coordinator, body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  });

  it("keeps on the coordinator's list what was owed before that day, as missing; what falls after it leaves unless reported", async () => {
    const mine = await obligationsOf(unitId);
    expect(mine.map((o) => o.obligationId)).toContain(reported);
    expect(mine.map((o) => o.obligationId)).toContain(`i4.f2.2022-12.${unitId}`);
    expect(mine.filter((o) => o.obligationId !== reported).every((o) => o.status === 'overdue')).toBe(true);
    expect(mine.filter((o) => o.periodEnd >= '2023-01-10' && o.dueDate >= '2023-01-10')).toEqual([]);
    const page = await call(f.handler, { method: 'GET', path: `${base}/obligations/${reported}`, as: who.coordinator });
    expect(page.status).toBe(200);
    const versions = await call(f.handler, {
      method: 'GET',
      path: `${base}/obligations/${reported}/report/versions`,
      as: who.executive,
    });
    expect(versions.status).toBe(200);
    expect(versions.body.items).toHaveLength(1);
  });

  it("leaves the coordinator's and the executive's calendar feeds for what falls after that day", async () => {
    // a whole-org feed lists each follow-up's units in one event (`- กองที่จะยุบ: …`)
    for (const as of [who.coordinator, who.executive]) {
      const ours = (await feedEvents(as)).filter((e) => (e.description as unknown as string).includes('- กองที่จะยุบ: '));
      expect(ours.map((e) => e.uid)).toContain(`demo.2566.i4.f2.2022-10@ita-measures`);
      expect(ours.map((e) => e.uid)).not.toContain(`demo.2566.i4.f2.2023-01@ita-measures`);
    }
  });

  it('leaves the year the reminder jobs read from the day it was deactivated, not before', async () => {
    const org = (await f.repos.orgs.getOrg('demo'))!;
    const units = await f.repos.orgs.listUnits('demo');
    const ours = async (asOf: string) =>
      (await loadOrgYear(f.store, org, units, 2566, asOf as never))!.tracked
        .filter((t) => t.obligation.unitId === unitId)
        .map((t) => t.obligation.obligationId);
    const after = await ours('2023-01-10');
    expect(after).toContain(reported);
    expect(after).toContain(`i4.f2.2022-12.${unitId}`);
    expect(after).not.toContain(`i4.f2.2023-01.${unitId}`);
    const before = await ours('2023-01-09');
    expect(before).toContain(`i4.f2.2023-01.${unitId}`);
    expect(before.length).toBeGreaterThan(after.length);
  });

  it('reactivated, it owes its unreported periods again', async () => {
    when.now = new Date('2023-02-01T03:00:00Z');
    await setActive(unitId, true);
    const ids = (await obligationsOf(unitId)).map((o) => o.obligationId);
    expect(ids).toContain(reported);
    expect(ids).toContain(`i4.f2.2022-11.${unitId}`);
  });
});

describe('a closed year stays as it was when a unit is deactivated later (break s30-u F2)', () => {
  async function deactivateAt(unitId: string, at: string) {
    when.now = new Date('2022-10-03T03:00:00Z');
    await addUnit(unitId, `กองทดสอบ ${unitId}`);
    when.now = new Date(at);
    const before = await obligationsOf(unitId);
    await setActive(unitId, false);
    return { before, after: await obligationsOf(unitId) };
  }

  it.each([
    ['5 October 2023, after the year', '2023-10-05T03:00:00Z', 'closed-oct5'],
    ['1 October 2023, the next year’s first day', '2023-10-01T03:00:00Z', 'closed-oct1'],
  ])('deactivated on %s: every obligation of the ended year stays, as missing', async (_d, at, unitId) => {
    const { before, after } = await deactivateAt(unitId, at);
    expect(before.length).toBeGreaterThan(50);
    expect(after.map((o) => o.obligationId)).toEqual(before.map((o) => o.obligationId));
    expect(after.every((o) => o.status === 'overdue')).toBe(true);
    // the coordinator's year (what the annual report and the public figures count) keeps them
    const org = (await f.repos.orgs.getOrg('demo'))!;
    const units = await f.repos.orgs.listUnits('demo');
    const year = (await loadOrgYear(f.store, org, units, 2566, bangkokDate(when.now)))!;
    expect(year.tracked.filter((t) => t.obligation.unitId === unitId)).toHaveLength(before.length);
  });

  it('deactivated on 30 September, the year’s last day: only what falls due from that day leaves', async () => {
    const { before, after } = await deactivateAt('closed-sep30', '2023-09-30T03:00:00Z');
    const ids = after.map((o) => o.obligationId);
    expect(ids).toContain('i4.f2.2023-08.closed-sep30');
    expect(ids).not.toContain('i4.f1.FY.closed-sep30');
    expect(ids).toEqual(
      before.filter((o) => o.periodEnd < '2023-09-30' || o.dueDate < '2023-09-30').map((o) => o.obligationId),
    );
  });

  it('reactivated after the year, it shows the same obligations', async () => {
    const unitId = 'closed-oct5';
    const inactive = (await obligationsOf(unitId)).map((o) => o.obligationId);
    expect(inactive.length).toBeGreaterThan(50);
    when.now = new Date('2023-10-06T03:00:00Z');
    await setActive(unitId, true);
    expect((await obligationsOf(unitId)).map((o) => o.obligationId)).toEqual(inactive);
  });
});
