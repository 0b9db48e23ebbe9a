// An acting head (รักษาราชการแทนหัวหน้า) has the acted-for unit head's access to that unit: the
// escalation email's link opens, the unit's list reads, its reports can be submitted; /v1/me names
// the units so the page can link to them. No more: not other units, not a coordinator's review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566/obligations';
const report = { progress: 'done', summary: 'ผู้รักษาราชการแทนผู้อำนวยการกองช่างรายงานผลแล้ว' };
let f: ApiFixture;

beforeAll(async () => (f = await createApiFixture()), 120_000);
afterAll(async () => f?.close());

const actFor = (personId: string, actingHeadOf: string[]) =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/people/{personId}', { personId }),
    as: who.coordinator,
    body: { actingHeadOf },
  });
const me = async (as: string) => (await call(f.handler, { method: 'GET', path: apiPath('/v1/me'), as })).body;
const list = (as: string, unit: string) =>
  call(f.handler, { method: 'GET', path: base, query: { unit, limit: '200' }, as });
const submit = (as: string, obligationId: string, body: object = report) =>
  call(f.handler, { method: 'PUT', path: `${base}/${obligationId}/report`, as, body });
/** the first obligation of `unit` due by 20 April 2566 (one an escalation links to) */
const dueOf = async (unit: string) =>
  (await list(who.coordinator, unit)).body.items.find((o: { dueDate: string }) => o.dueDate <= '2023-04-20')!
    .obligationId as string;

describe('an acting head in the acted-for unit', () => {
  it('the director of กองคลัง acting for กองช่าง opens its obligation, lists its work and submits its report', async () => {
    expect((await actFor(who.financeHead, ['engineering'])).status).toBe(200);
    expect((await me(who.financeHead)).actingHeadOf).toEqual([{ unitId: 'engineering', name: 'กองช่าง' }]);
    const id = await dueOf('engineering');
    const one = await call(f.handler, { method: 'GET', path: `${base}/${id}`, as: who.financeHead });
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    expect(one.body.unitId).toBe('engineering');
    const units = new Set(
      (await list(who.financeHead, 'engineering')).body.items.map((o: { unitId: string }) => o.unitId),
    );
    expect([...units]).toEqual(['engineering']);
    // the report form's evidence file: the presigned upload is theirs to ask for too
    const upload = await call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/evidence-uploads', { fy: 2566 }),
      as: who.financeHead,
      body: { obligationId: id, fileName: 'ภาพถ่ายงานซ่อมถนน.pdf', contentType: 'application/pdf', size: 100 },
    });
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    const sent = await submit(who.financeHead, id);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const stored = await f.repos.reports.getLatest({ orgId: 'demo', fy: 2566, obligationId: id });
    expect(stored).toMatchObject({ unitId: 'engineering', submittedBy: who.financeHead, summary: report.summary });
    // their own unit stays theirs, and the home list is still their own unit's
    expect((await me(who.financeHead)).unit).toEqual({ unitId: 'finance', name: 'กองคลัง' });
    expect((await submit(who.financeHead, await dueOf('finance'))).status).toBe(200);
  });

  it('gets nothing of a unit they do not act for, and no review of the report they sent', async () => {
    expect((await list(who.financeHead, 'education')).status).toBe(403);
    const other = await submit(who.financeHead, await dueOf('education'));
    expect(other.status).toBe(403);
    expect(other.body.error.message_th).toBe('คุณส่งรายงานได้เฉพาะของหน่วยงานตนเอง');
    const id = await dueOf('engineering');
    const review = await call(f.handler, {
      method: 'POST',
      path: `${base}/${id}/review`,
      as: who.financeHead,
      body: { decision: 'accept', version: 1 },
    });
    expect(review.status).toBe(403);
    expect((await f.repos.reports.getLatest({ orgId: 'demo', fy: 2566, obligationId: id }))?.reviewState).toBe(
      'submitted',
    );
  });

  it('a staff member acting for two units has both, listed with their Thai names', async () => {
    expect((await actFor(who.clerkStaff, ['health', 'education'])).status).toBe(200);
    expect((await me(who.clerkStaff)).actingHeadOf).toEqual([
      { unitId: 'health', name: 'กองสาธารณสุขและสิ่งแวดล้อม' },
      { unitId: 'education', name: 'กองการศึกษา' },
    ]);
    for (const unit of ['health', 'education']) {
      expect((await list(who.clerkStaff, unit)).status).toBe(200);
      expect((await submit(who.clerkStaff, await dueOf(unit))).status).toBe(200);
    }
    expect((await list(who.clerkStaff, 'engineering')).status).toBe(403);
  });

  it('a person whose acting was removed loses the unit: not in /v1/me, its list and reports refused', async () => {
    expect((await actFor(who.engineeringStaff, ['finance'])).status).toBe(200);
    expect((await list(who.engineeringStaff, 'finance')).status).toBe(200);
    expect((await actFor(who.engineeringStaff, [])).status).toBe(200);
    expect((await me(who.engineeringStaff)).actingHeadOf).toEqual([]);
    expect((await list(who.engineeringStaff, 'finance')).status).toBe(403);
    const id = (await list(who.coordinator, 'finance')).body.items.find(
      (o: { dueDate: string; status: string }) => o.dueDate <= '2023-04-20' && o.status !== 'submitted',
    ).obligationId;
    const before = await f.dump();
    expect((await submit(who.engineeringStaff, id)).status).toBe(403);
    expect(await f.dump()).toBe(before);
  });

  it('staff acting for nobody get an empty list', async () => {
    expect((await me(who.financeStaff)).actingHeadOf).toEqual([]);
  });
});
