// Acceptance is final until a coordinator reopens the report; a version's review never carries over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { auditTrail } from '../../../shared/store/audit-log.js';
import { call } from '../../support/api-events.js';
import { API_NOW, createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const fy = 2566;
const report = { progress: 'done', summary: 'จัดประชุมชี้แจงการใช้ทรัพย์สินของราชการแล้ว' };
let f: ApiFixture;
/** the API's clock: API_NOW but where a test moves it */
let now = API_NOW;

beforeAll(async () => (f = await createApiFixture({ clock: () => now })));
afterAll(async () => f?.close());

const put = (obligationId: string, body: unknown, as: string = who.financeStaff) =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId }),
    as,
    body,
  });
const review = (obligationId: string, body: unknown, as: string = who.coordinator) =>
  call(f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', { fy, obligationId }),
    as,
    body,
  });

/** Submit version 1 and accept it. */
async function accepted(obligationId: string) {
  expect((await put(obligationId, report)).status).toBe(200);
  const res = await review(obligationId, { decision: 'accept', comment: 'เรียบร้อย' });
  expect(res.body).toMatchObject({ version: 1, reviewState: 'accepted', reviewedBy: who.coordinator });
}

describe('an accepted report is final', () => {
  it('staff of the unit cannot revise an accepted report: 409 with a Thai message, nothing written', async () => {
    await accepted('i4.f2.2023-01.finance');
    const before = await f.dump();
    const res = await put('i4.f2.2023-01.finance', { ...report, summary: 'แก้ไขหลังตรวจรับ', expectedVersion: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', currentVersion: 1, reviewState: 'accepted' });
    expect(res.body.error.message_th).toContain('ตรวจรับแล้ว จึงแก้ไขไม่ได้');
    expect(await f.dump()).toBe(before);
    const one = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: 'i4.f2.2023-01.finance' }),
      as: who.financeStaff,
    });
    expect(one.body).toMatchObject({ status: 'accepted', reportVersion: 1 });
  });

  it.each([
    ['a coordinator revising it', { ...report, expectedVersion: 1 }, who.coordinator],
    ['the head of the unit resubmitting it without expectedVersion', report, who.financeHead],
    ['staff revising it with a version that does not exist yet', { ...report, expectedVersion: 2 }, who.financeStaff],
  ])('refuses %s with the same 409', async (_name, body, as) => {
    const before = await f.dump();
    const res = await put('i4.f2.2023-01.finance', body, as);
    expect(res.status).toBe(409);
    expect(res.body.error.reviewState).toBe('accepted');
    expect(res.body.error.message_th).toMatch(/ตรวจรับแล้ว/);
    expect(await f.dump()).toBe(before);
  });

  it.each([
    ['return', { decision: 'return', comment: 'ขอแก้ไข' }],
    ['accept again', { decision: 'accept' }],
  ])('the coordinator cannot %s an accepted report; reopening is the way', async (_name, body) => {
    const before = await f.dump();
    const res = await review('i4.f2.2023-01.finance', body);
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toContain('เปิดให้แก้ไขอีกครั้ง');
    expect(await f.dump()).toBe(before);
  });
});

describe('a coordinator reopens an accepted report', () => {
  it('reopening needs a reason, is audited, and lets the unit revise; the new version carries no review', async () => {
    const id = 'i4.f2.2023-02.finance';
    await accepted(id);
    const noReason = await review(id, { decision: 'reopen' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]).toMatchObject({ path: 'body.comment' });

    const reopened = await review(id, { decision: 'reopen', comment: 'ขอให้แนบภาพถ่ายกิจกรรม', version: 1 });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ version: 1, reviewState: 'returned', reviewComment: 'ขอให้แนบภาพถ่ายกิจกรรม' });
    const audit = await auditTrail(f.store, 'demo', API_NOW);
    const actions = audit.filter((a) => a.target === `report:${id}`).map((a) => `${a.action} by ${a.actor}`);
    expect(actions.sort()).toEqual([
      `report.accept by ${who.coordinator}`,
      `report.reopen by ${who.coordinator}`,
      `report.submit by ${who.financeStaff}`,
    ]);

    const revised = await put(id, { ...report, summary: 'แนบภาพถ่ายกิจกรรมแล้ว', expectedVersion: 1 });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({
      version: 2,
      reviewState: 'submitted',
      firstSubmittedAt: API_NOW.toISOString(),
    });
    for (const field of ['reviewComment', 'reviewedBy', 'reviewedAt']) expect(revised.body).not.toHaveProperty(field);
    const seen = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: id }),
      as: who.financeStaff,
    });
    expect(seen.body.status).toBe('submitted');
    for (const field of ['reviewComment', 'reviewedBy', 'reviewedAt'])
      expect(seen.body.latestReport).not.toHaveProperty(field);
    const versions = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/versions', { fy, obligationId: id }),
      as: who.coordinator,
    });
    expect(versions.body.items.map((r: { reviewState: string }) => r.reviewState)).toEqual(['accepted', 'submitted']);
  });

  it("after a reopen, version 1's history still shows its own review: accepted, by whom, with its comment", async () => {
    const id = 'i4.f2.2023-04.finance';
    await accepted(id);
    expect((await review(id, { decision: 'reopen', comment: 'ขอเพิ่มรายชื่อผู้เข้าร่วม' })).status).toBe(200);
    const history = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/versions', { fy, obligationId: id }),
      as: who.financeStaff,
    });
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      version: 1,
      reviewState: 'accepted',
      reviewComment: 'เรียบร้อย',
      reviewedBy: who.coordinator,
    });
    const latest = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: id }),
      as: who.financeStaff,
    });
    expect(latest.body.latestReport).toMatchObject({ reviewState: 'returned', reviewComment: 'ขอเพิ่มรายชื่อผู้เข้าร่วม' });
  });

  it('a revision answers the report with when version 1 came in (firstSubmittedAt), like the first submission', async () => {
    const id = 'i5.f4.H1.finance';
    const first = await put(id, report);
    expect(first.body.firstSubmittedAt).toBe(API_NOW.toISOString());
    await review(id, { decision: 'return', comment: 'เพิ่มภาพ' });
    const second = await put(id, { ...report, expectedVersion: 1 });
    expect(second.body).toMatchObject({ version: 2, firstSubmittedAt: first.body.firstSubmittedAt });
    const third = await put(id, { ...report, summary: 'ฉบับที่สาม', expectedVersion: 2 });
    expect(third.body).toMatchObject({ version: 3, firstSubmittedAt: first.body.firstSubmittedAt });
  });

  it('a returned report revised keeps no trace of the return on the new version', async () => {
    const id = 'i4.f2.2023-03.finance';
    await put(id, report);
    await review(id, { decision: 'return', comment: 'กรุณาแนบรายงานการประชุม' });
    const revised = await put(id, { ...report, expectedVersion: 1 });
    expect(revised.body).toMatchObject({ version: 2, reviewState: 'submitted' });
    expect(revised.body).not.toHaveProperty('reviewComment');
    const seen = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: id }),
      as: who.financeStaff,
    });
    expect(seen.body.latestReport).not.toHaveProperty('reviewComment');
  });

  it.each([
    ['a submitted report', 'i4.f2.2022-10.finance', false],
    ['a returned report', 'i4.f2.2022-11.finance', true],
  ])('refuses to reopen %s with 409, writing nothing', async (_name, id, returnFirst) => {
    await put(id, report);
    if (returnFirst) await review(id, { decision: 'return', comment: 'แก้ไข' });
    const before = await f.dump();
    const res = await review(id, { decision: 'reopen', comment: 'เปิดใหม่' });
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toBe('เปิดให้แก้ไขอีกครั้งได้เฉพาะรายงานที่ตรวจรับแล้ว');
    expect(await f.dump()).toBe(before);
  });

  it('staff of the unit cannot reopen their own accepted report', async () => {
    await accepted('i4.f2.2022-12.finance');
    const res = await review('i4.f2.2022-12.finance', { decision: 'reopen', comment: 'ขอแก้ไข' }, who.financeStaff);
    expect(res.status).toBe(403);
  });
});

// s57: the documents screen compares it with a published results report's generatedAt
describe("an obligation's reportedAt: when its latest report was sent or reviewed", () => {
  const at = (minutes: number) => new Date(API_NOW.getTime() + minutes * 60_000);
  /** the obligation as the year's list (the coordinator's) and its own GET give it */
  async function seen(obligationId: string) {
    const list = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
      query: { unit: 'finance', limit: '200' },
      as: who.coordinator,
    });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const listed = list.body.items.find((o: { obligationId: string }) => o.obligationId === obligationId);
    const one = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId }),
      as: who.coordinator,
    });
    expect(one.body.reportedAt).toBe(listed.reportedAt);
    return listed as Record<string, unknown>;
  }
  const later = async (minutes: number, step: () => Promise<{ status: number }>) => {
    now = at(minutes);
    try {
      const res = (await step()) as { status: number; body: unknown };
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    } finally {
      now = API_NOW;
    }
  };

  it('absent while no report was sent', async () => {
    const view = await seen('i10.f1.2023-01.finance');
    expect(view).toMatchObject({ status: expect.any(String), reportVersion: null });
    expect(view).not.toHaveProperty('reportedAt');
  });

  it('the time of the review after an acceptance, not of the submission', async () => {
    const id = 'i10.f1.2023-02.finance';
    await later(10, () => put(id, report));
    expect((await seen(id)).reportedAt).toBe(at(10).toISOString());
    await later(90, () => review(id, { decision: 'accept', comment: 'เรียบร้อย' }));
    expect(await seen(id)).toMatchObject({ status: 'accepted', reportedAt: at(90).toISOString() });
  });

  it("a return's time, then the revision's: the new version keeps no review time", async () => {
    const id = 'i10.f1.2023-03.finance';
    await later(10, () => put(id, report));
    await later(60, () => review(id, { decision: 'return', comment: 'ขอแก้ไข' }));
    expect(await seen(id)).toMatchObject({ status: 'returned', reportedAt: at(60).toISOString() });
    await later(120, () => put(id, { ...report, expectedVersion: 1 }));
    expect(await seen(id)).toMatchObject({ reportVersion: 2, reportedAt: at(120).toISOString() });
  });
});
