// Erasure of a person (docs/privacy.md, break 16 B6): their name and email leave the person item
// and every audit entry that held them; the history then says a pseudonym.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cognitoIdentityProvider } from '../../../shared/identity/identity-provider.js';
import { auditPut } from '../../../shared/store/audit-entry.js';
import { CalendarFeedRepository } from '../../../shared/store/calendar-feed-repository.js';
import { keys } from '../../../shared/store/keys.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import type { AdminContext } from '../../../shared/use-cases/administer-org.js';
import { erasedEmail, erasedName, erasePerson } from '../../../shared/use-cases/erase-person.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationPaths } from '../../support/report-requests.js';

let f: ApiFixture;
let ctx: AdminContext;
const fy = 2566;
beforeAll(async () => {
  f = await createApiFixture();
  ctx = {
    orgs: new OrgRepository(f.store),
    feeds: new CalendarFeedRepository(f.store),
    identity: cognitoIdentityProvider(f.cognito.client, 'ap-southeast-1_test'),
    actor: 'cli:admin',
    now: new Date('2023-04-20T03:00:00Z'),
  };
});
afterAll(async () => f?.close());

const ok = async (request: Parameters<typeof call>[1]) => {
  const res = await call(f.handler, request);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body as Record<string, unknown>;
};
/** Adds someone to finance who submits a report, is renamed, then deactivated; returns their id. */
async function someoneWhoLeft(email: string, name: string, obligationId: string) {
  const as = who.coordinator;
  const person = await ok({
    method: 'POST',
    path: '/v1/people',
    as,
    body: { email, name, roles: ['staff'], unitId: 'finance' },
  });
  const personId = String(person.personId);
  const p = obligationPaths(obligationId);
  await ok({ method: 'PUT', path: p.report, as: personId, body: { progress: 'done', summary: 'ดำเนินการแล้ว' } });
  await ok({ method: 'PUT', path: `/v1/people/${personId}`, as, body: { name: `${name} (สกุลใหม่)` } });
  await ok({ method: 'PUT', path: `/v1/people/${personId}`, as, body: { active: false } });
  return personId;
}
/** Every audit entry of the demo org this month, as stored. */
const auditMonth = async () =>
  (
    await f.store.doc.send(
      new QueryCommand({
        TableName: f.store.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.audit('demo', ctx.now, 'x').pk },
      }),
    )
  ).Items ?? [];

describe("erasing a person's name and email (break 16 B6)", () => {
  it('leaves no audit entry holding the name, the history says the pseudonym, and the email and sign-in go', async () => {
    const email = 'somchai.jaidee@demo.example.org';
    const personId = await someoneWhoLeft(email, 'นายสมชาย ใจดี', 'i4.f2.2023-03.finance');
    expect(JSON.stringify(await auditMonth())).toContain('สมชาย');

    const erased = await erasePerson(ctx, { orgId: 'demo', email });
    const pseudonym = erasedName(personId);
    expect(erased).toEqual({ personId, name: pseudonym, entries: 4, signInDeleted: true });
    expect(pseudonym).toMatch(/^ผู้ใช้งานที่ลบข้อมูลแล้ว [0-9a-f]{8}$/);
    expect(JSON.stringify(await auditMonth())).not.toContain('สมชาย');
    expect(JSON.stringify(await auditMonth())).not.toContain(email);

    const own = (await ok({ method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator })) as {
      items: { action: string; summary_th: string }[];
    };
    expect(own.items.map((i) => i.summary_th)).toEqual([
      `ลบชื่อและอีเมลตามคำขอ (ประวัติเรียกผู้ใช้งานนี้ว่า ${pseudonym})`,
      `${pseudonym}: ปิดการใช้งาน`,
      `${pseudonym}: เปลี่ยนชื่อ`,
      `เพิ่มผู้ใช้งาน ${pseudonym} บทบาท เจ้าหน้าที่ (กองคลัง)`,
    ]);
    const report = (await ok({
      method: 'GET',
      path: obligationPaths('i4.f2.2023-03.finance').audit,
      as: who.coordinator,
    })) as { items: { actor: { personId: string; name: string } }[] };
    expect(report.items[0]!.actor).toEqual({ personId, name: pseudonym });

    const orgs = new OrgRepository(f.store);
    expect(await orgs.getPerson('demo', personId)).toMatchObject({ name: pseudonym, email: erasedEmail(personId) });
    expect(await orgs.findByEmail(email)).toEqual([]);
    expect(await orgs.emailClaimed('demo', email)).toBe(false);
    expect(f.cognito.users.has(email)).toBe(false);
  });

  it('an active person is refused (deactivate first), an unknown one is 404, and nothing is changed', async () => {
    await expect(erasePerson(ctx, { orgId: 'demo', personId: who.financeStaff })).rejects.toMatchObject({
      code: 'conflict',
      message_th: expect.stringContaining('กรุณาปิดการใช้งานก่อน'),
    });
    expect((await ctx.orgs.getPerson('demo', who.financeStaff))?.name).toBe('เจ้าหน้าที่ กองคลัง');
    await expect(erasePerson(ctx, { orgId: 'demo', email: 'nobody@demo.example.org' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('run again by person id it changes nothing more; a person another org still has keeps their sign-in', async () => {
    const email = 'somsri.erase@shared.example.org';
    const personId = await someoneWhoLeft(email, 'นางสมศรี มีสุข', 'i4.f2.2023-02.finance');
    await ok({
      method: 'POST',
      path: '/v1/people',
      as: who.otherCoordinator,
      body: { email, name: 'นางสมศรี มีสุข', roles: ['staff'], unitId: 'clerk' },
    });
    const first = await erasePerson(ctx, { orgId: 'demo', email });
    expect(first).toMatchObject({ personId, entries: 4, signInDeleted: false });
    expect(f.cognito.users.get(email)?.enabled).toBe(true);
    expect(await erasePerson(ctx, { orgId: 'demo', personId })).toMatchObject({ entries: 0 });
    expect(JSON.stringify(await auditMonth())).not.toContain('สมศรี');
    // the other org's record is that org's (its own controller): untouched
    expect((await ctx.orgs.getPerson('other', personId))?.name).toBe('นางสมศรี มีสุข');
  });

  it("an entry written before names were kept shows the pseudonym too (it reads the erased person's item)", async () => {
    const email = 'old.entry@demo.example.org';
    const personId = await someoneWhoLeft(email, 'นายเก่า ก่อนหน้า', 'i4.f2.2023-01.finance');
    const put = auditPut(f.store.tableName, {
      orgId: 'demo',
      actor: personId,
      action: 'report.revise',
      target: 'report:i4.f2.2023-01.finance',
      at: new Date('2023-04-20T03:00:01Z'),
      details: { fy, version: 2 },
    }).Put!;
    const { gsi2pk: _gsi2pk, gsi2sk: _gsi2sk, ...older } = put.Item!;
    await f.store.doc.send(new PutCommand({ TableName: put.TableName, Item: older }));
    await erasePerson(ctx, { orgId: 'demo', email });
    const report = (await ok({
      method: 'GET',
      path: obligationPaths('i4.f2.2023-01.finance').audit,
      as: who.coordinator,
    })) as { items: { action: string; actor: { name: string } }[] };
    expect(report.items.map((i) => [i.action, i.actor.name])).toEqual([
      ['report.revise', erasedName(personId)],
      ['report.submit', erasedName(personId)],
    ]);
  });
});
