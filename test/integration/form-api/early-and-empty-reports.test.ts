import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

// Break 14 s28, F1: a one-character "in progress" or "done" report settled an obligation and stopped
// its ladder, even an annual or H2 one five months before it opens. The fixture's clock is 20 April 2023.
const fy = 2566;
let april: ApiFixture;
let september: ApiFixture;
beforeAll(async () => {
  [april, september] = await Promise.all([
    createApiFixture(),
    createApiFixture({ now: new Date('2023-09-04T03:00:00Z') }),
  ]);
});
afterAll(async () => Promise.all([april?.close(), september?.close()]));

const path = (obligationId: string) =>
  apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId });
const put = (f: ApiFixture, obligationId: string, body: unknown) =>
  call(f.handler, { method: 'PUT', path: `${path(obligationId)}/report`, as: who.financeStaff, body });
const statusOf = async (f: ApiFixture, obligationId: string) =>
  (await call(f.handler, { method: 'GET', path: path(obligationId), as: who.financeStaff })).body.status;

/** Revises version 1 of `obligationId` (answered 200), then gives its status. */
async function reviseFirst(f: ApiFixture, obligationId: string, progress: string, summary: string) {
  expect((await put(f, obligationId, { progress, summary, expectedVersion: 1 })).status).toBe(200);
  return statusOf(f, obligationId);
}

describe('a summary must say something', () => {
  it.each([
    ['in_progress', '.'],
    ['done', 'x'],
    ['done', ' . - '],
    ['in_progress', '...'],
    ['done', 'ok'],
    ['done', '๑.'],
    ['in_progress', '-\n-'],
  ])(
    'a %s report with the summary %j is refused at body.summary, Thai first, and the month stays due',
    async (progress, summary) => {
      const res = await put(april, 'i4.f2.2023-04.finance', { progress, summary });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual([
        expect.objectContaining({
          path: 'body.summary',
          message_th:
            'กรุณาเขียนผลการดำเนินงานเป็นข้อความ อย่างน้อย ๓ ตัวอักษรหรือตัวเลข (ไม่นับเว้นวรรคและเครื่องหมาย เช่น "." หรือ "-")',
          message_en: 'say what was done: at least 3 letters or digits (spaces and punctuation do not count)',
        }),
      ]);
      expect(await statusOf(april, 'i4.f2.2023-04.finance')).toBe('due');
    },
  );

  it('a blank summary keeps its own message (one message per field)', async () => {
    const res = await put(april, 'i4.f2.2023-04.finance', { progress: 'done', summary: '   ' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.summary', message_th: 'กรุณากรอกผลการดำเนินงาน' }),
    ]);
  });

  it.each([
    ['i4.f2.2023-03.finance', 'ทำแล้ว'],
    ['i4.f2.2023-02.finance', 'จัดอบรมแล้ว'],
    ['i4.f2.2023-01.finance', 'ครบ'],
    ['i10.f1.2023-03.finance', 'Done'],
  ])('a short real summary (%s: %j) is a report', async (id, summary) => {
    expect((await put(april, id, { progress: 'done', summary })).status).toBe(200);
    expect(await statusOf(april, id)).toBe('submitted');
  });
});

describe('before its opening date, in progress does not settle an obligation; done does', () => {
  it.each(['i5.f4.H2.finance', 'i7.f1.H2.finance'])(
    'in progress on 20 April for %s (opens 1 September 2023): taken, and it stays upcoming',
    async (id) => {
      const res = await put(april, id, { progress: 'in_progress', summary: 'เริ่มเตรียมการแล้ว' });
      expect(res.status).toBe(200);
      expect(await statusOf(april, id)).toBe('upcoming');
    },
  );

  it('a training held early for the annual measure: done on 20 April settles it', async () => {
    expect((await put(april, 'i4.f1.FY.finance', { progress: 'done', summary: 'จัดอบรมแล้ว' })).status).toBe(200);
    expect(await statusOf(april, 'i4.f1.FY.finance')).toBe('submitted');
  });

  it('the early in-progress report revised as done settles at once', async () => {
    expect(await reviseFirst(april, 'i5.f4.H2.finance', 'done', 'ดำเนินการครบแล้ว')).toBe('submitted');
  });

  it('from the opening date the early report is due, and a revision, still in progress, settles it', async () => {
    const ref = { orgId: 'demo', fy, obligationId: 'i4.f1.FY.finance', unitId: 'finance' };
    await september.repos.reports.saveVersion(
      ref,
      { progress: 'in_progress', summary: 'เริ่มเตรียมการแล้ว', obstacles: '', suggestions: '', evidence: [] },
      { actor: who.financeStaff, now: new Date('2023-04-20T03:00:00Z'), opensOn: '2023-09-01' },
    );
    expect(await statusOf(september, 'i4.f1.FY.finance')).toBe('due');
    expect(await reviseFirst(september, 'i4.f1.FY.finance', 'in_progress', 'ดำเนินการไปแล้วร้อยละ ๘๐')).toBe('submitted');
    expect((await september.repos.reports.getLatest(ref))?.settledAt).toBe('2023-09-04T03:00:00.000Z');
  });
});
