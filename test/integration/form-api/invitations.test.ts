// The invitation email names the org and links the page, lasts 14 days, and the coordinator can
// send it again while the person has never signed in (break 18 F3). Cognito is stubbed at the SDK
// level; the emails are read from the SES emulator.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail } from '../../../shared/store/audit-log.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { addInvitedUser } from '../../support/cognito-stub.js';
import { decodeEncodedWords } from '../../support/encoded-words.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const domain = `invite-${randomUUID().slice(0, 8)}.example.org`;
const add = (email: string, as: string = who.coordinator) =>
  call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as,
    body: { email, name: 'นางสาวมาใหม่ ทดสอบ', roles: ['staff'], unitId: 'finance' },
  });
const resend = (personId: string, as: string = who.coordinator) =>
  call(f.handler, { method: 'POST', path: `/v1/people/${personId}/invitation`, as });
const mailsTo = async (email: string) => (await mailFor(domain)).filter((m) => m.to.includes(email));

describe('the invitation a new person gets', () => {
  it('names the municipality and the page, gives the user name and the password Cognito holds, for 14 days', async () => {
    const email = `somsri@${domain}`;
    const res = await add(email);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.invited).toBe(true);
    const create = f.cognito.calls.find((c) => c.command === 'AdminCreateUser' && c.input.Username === email);
    // Cognito sends nothing: the email is ours
    expect(create?.input).toMatchObject({ MessageAction: 'SUPPRESS' });
    const password = f.cognito.users.get(email)?.temporaryPassword;
    expect(password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)(?=.*[^A-Za-z\d]).{12,}$/);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe('[ITA] เชิญเข้าใช้งานระบบติดตามมาตรการ ITA ของเทศบาลตำบลดอนอะระง');
    for (const body of [mail!.text, mail!.html]) {
      expect(body).toContain('เทศบาลตำบลดอนอะระง');
      expect(body).toContain('https://ita.example.org');
      expect(body).toContain(email);
      expect(body).toContain(password);
    }
    // sent on 20 April 2566 (Bangkok): valid 14 days, through 3 May
    expect(mail!.text).toContain('รหัสผ่านชั่วคราวใช้ได้ ๑๔ วัน (ถึงวันที่ ๓ พฤษภาคม ๒๕๖๖)');
    expect(mail!.html).toContain('href="https://ita.example.org"');
  });

  // tester s44: the invitation came from the bare address, the reminders from "ITA <the org>"
  it('comes from "ITA <the org>" as the reminders do: a new person, one sent again, and another org’s', async () => {
    const from = async (email: string) => (await mailsTo(email)).map((m) => decodeEncodedWords(m.from));
    const email = `fromorg@${domain}`;
    const added = await add(email);
    expect(added.status).toBe(201);
    expect((await resend(added.body.personId)).status).toBe(200);
    expect(await from(email)).toEqual([
      'ITA เทศบาลตำบลดอนอะระง <ita-noreply@example.org>',
      'ITA เทศบาลตำบลดอนอะระง <ita-noreply@example.org>',
    ]);
    const other = `fromother@${domain}`;
    expect((await add(other, who.otherCoordinator)).status).toBe(201);
    expect(await from(other)).toEqual(['ITA เทศบาลตำบลอื่น <ita-noreply@example.org>']);
  });

  it('an email that already signs in for another org is linked, not invited: invited false, no email', async () => {
    const email = `linked@${domain}`;
    expect((await add(email, who.otherCoordinator)).status).toBe(201);
    expect(await mailsTo(email)).toHaveLength(1);
    const res = await add(email);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.invited).toBe(false);
    expect(await mailsTo(email)).toHaveLength(1);
  });
});

describe('sending the invitation again', () => {
  it('a person who never signed in gets a new password and a new email; the old password no longer holds', async () => {
    const email = `late@${domain}`;
    const added = await add(email);
    const first = f.cognito.users.get(email)!.temporaryPassword;
    const res = await resend(added.body.personId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ email, validDays: 14 });
    const set = f.cognito.calls.filter((c) => c.command === 'AdminSetUserPassword' && c.input.Username === email);
    expect(set).toHaveLength(1);
    expect(set[0]!.input).toMatchObject({ Permanent: false });
    const second = f.cognito.users.get(email)!.temporaryPassword;
    expect(second).not.toBe(first);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails.some((m) => m.text.includes(second!))).toBe(true);
  });

  it('an admin resends too; the person added by the admin CLI way (Cognito’s own email) is renewed the same', async () => {
    const email = `byadmin@${domain}`;
    const added = await add(email, who.admin);
    expect(added.status).toBe(201);
    expect((await resend(added.body.personId, who.admin)).status).toBe(200);
  });

  it('someone who has signed in already: 409 saying to use "ลืมรหัสผ่าน", no password set, no email', async () => {
    const email = `active@${domain}`;
    const added = await add(email);
    f.cognito.users.get(email)!.status = 'CONFIRMED';
    const res = await resend(added.body.personId);
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toContain('ลืมรหัสผ่าน');
    expect(res.body.error.fields[0]).toMatchObject({
      path: 'params.personId',
      message_en: expect.stringContaining('forgot'),
    });
    expect(f.cognito.calls.some((c) => c.command === 'AdminSetUserPassword' && c.input.Username === email)).toBe(false);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('an inactive person: 409 asking to reactivate first; an unknown person 404', async () => {
    const res = await resend(who.removed);
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toContain('เปิดใช้งานอีกครั้งก่อน');
    expect((await resend('nobody-here')).status).toBe(404);
  });

  it("an admin's record asked by a coordinator: 403 with Thai and English (the page does not offer it)", async () => {
    const res = await resend(who.admin);
    expect(res.status).toBe(403);
    expect(res.body.error.fields[0]).toMatchObject({
      path: 'params.personId',
      message_th: expect.stringContaining('ผู้ดูแลระบบ'),
    });
  });

  it('staff and executives: 403', async () => {
    for (const as of [who.financeStaff, who.executive, who.financeHead])
      expect((await resend(who.engineeringStaff, as)).status).toBe(403);
  });
});

describe('the history of sending the invitation again', () => {
  const historyOf = (personId: string, via: ApiFixture = f) =>
    call(via.handler, { method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator });

  it('the person’s history shows who sent it again and when, in Thai, without the email or the password', async () => {
    const email = `again@${domain}`;
    const added = await add(email);
    expect((await resend(added.body.personId)).status).toBe(200);
    const password = f.cognito.users.get(email)!.temporaryPassword!;
    const res = await historyOf(added.body.personId);
    expect(res.status).toBe(200);
    const [newest] = res.body.items;
    expect(newest).toMatchObject({
      action: 'person.invite',
      actor: { personId: who.coordinator, name: 'คณะทำงาน ITA' },
      atBangkok: '๒๐ เมษายน ๒๕๖๖ เวลา ๑๐:๐๐ น.',
      summary_th: 'นางสาวมาใหม่ ทดสอบ: ส่งอีเมลเชิญเข้าใช้งานอีกครั้ง พร้อมรหัสผ่านชั่วคราวใหม่ ใช้ได้ ๑๔ วัน',
      summary_en: 'นางสาวมาใหม่ ทดสอบ: sent the invitation again with a new temporary password, valid 14 days',
    });
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['person.invite', 'person.add']);
    // what is stored, not only what is shown: the month's trail holds the whole entry
    const stored = (await auditTrail(f.store, 'demo', new Date(newest.at))).filter(
      (e) => e.action === 'person.invite' && e.target === `person:${added.body.personId}`,
    );
    expect(stored).toHaveLength(1);
    for (const text of [JSON.stringify(res.body), JSON.stringify(stored)]) expect(text).not.toContain(email);
    // the password is nowhere in the table
    expect(await f.dump()).not.toContain(password);
  });

  it('an admin who sends it again is named as the admin; each resend is one entry', async () => {
    const email = `twice@${domain}`;
    const added = await add(email);
    expect((await resend(added.body.personId, who.admin)).status).toBe(200);
    expect((await resend(added.body.personId)).status).toBe(200);
    const items = (await historyOf(added.body.personId)).body.items as { action: string; actor: { name: string } }[];
    expect(items.map((e) => [e.action, e.actor.name])).toEqual([
      ['person.invite', 'คณะทำงาน ITA'],
      ['person.invite', 'ผู้ดูแลระบบ'],
      ['person.add', 'คณะทำงาน ITA'],
    ]);
  });

  it('a resend refused (signed in already) writes no history', async () => {
    const email = `refused@${domain}`;
    const added = await add(email);
    f.cognito.users.get(email)!.status = 'CONFIRMED';
    expect((await resend(added.body.personId)).status).toBe(409);
    const items = (await historyOf(added.body.personId)).body.items as { action: string }[];
    expect(items.map((e) => e.action)).toEqual(['person.add']);
  });
});

describe('when the email cannot be sent', () => {
  let down: ApiFixture;
  // SES refusing (an outage, the sender not verified): a real Mailer that fails, no mock of our code
  const failing = { send: () => Promise.reject(new Error('MessageRejected')) };
  beforeAll(async () => (down = await createApiFixture({ invitationMailer: failing })));
  afterAll(async () => down?.close());

  it('the add answers 503 "saved, invitation not sent" with the resend address; the person and sign-in exist', async () => {
    const email = `unsent@${domain}`;
    const res = await call(down.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email, name: 'นายส่งไม่ถึง ทดสอบ', roles: ['staff'], unitId: 'finance' },
    });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({
      message_th: expect.stringContaining('ส่งอีเมลเชิญไม่สำเร็จ'),
      saved: true,
      invitationSent: false,
    });
    const personId = res.body.error.personId as string;
    expect(res.body.error.fields[0].message_en).toContain(`/v1/people/${personId}/invitation`);
    const list = await call(down.handler, { method: 'GET', path: '/v1/people', as: who.coordinator });
    expect(list.body.items.map((p: { email: string }) => p.email)).toContain(email);
    expect(down.cognito.users.get(email)).toMatchObject({ sub: personId, enabled: true });
  });

  it('a resend that cannot be sent is 503 too, not 500', async () => {
    addInvitedUser(down.cognito, `staff.engineering@${down.mailDomain}`, who.engineeringStaff);
    const res = await call(down.handler, {
      method: 'POST',
      path: `/v1/people/${who.engineeringStaff}/invitation`,
      as: who.coordinator,
    });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ saved: true, invitationSent: false, personId: who.engineeringStaff });
    // not sent, so not in the history either
    const history = await call(down.handler, {
      method: 'GET',
      path: `/v1/people/${who.engineeringStaff}/audit`,
      as: who.coordinator,
    });
    expect(history.body.items.map((e: { action: string }) => e.action)).not.toContain('person.invite');
  });
});

describe("on npm start's local system (no passwords): the invitation says to choose one's name", () => {
  let local: ApiFixture;
  beforeAll(async () => (local = await createApiFixture({ signIn: 'local' })));
  afterAll(async () => local?.close());
  const localDomain = `local-${randomUUID().slice(0, 8)}.example.org`;
  const localMails = async (email: string) => (await mailFor(localDomain)).filter((m) => m.to.includes(email));
  const addLocal = (email: string) =>
    call(local.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email, name: 'นางสาวมาใหม่ ทดสอบ', roles: ['staff'], unitId: 'finance' },
    });
  const noPassword = (body: string) => {
    expect(body).toContain('ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: ที่หน้าเข้าสู่ระบบ เลือกชื่อของคุณ');
    expect(body).not.toContain('รหัสผ่านชั่วคราว');
    expect(body).not.toContain('หมดอายุ');
  };

  it('a person added through the page gets one email naming the org and page, with no password lines', async () => {
    const email = `somsri@${localDomain}`;
    const res = await addLocal(email);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.invited).toBe(true);
    const mails = await localMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('[ITA] เชิญเข้าใช้งานระบบติดตามมาตรการ ITA ของเทศบาลตำบลดอนอะระง');
    for (const body of [mails[0]!.text, mails[0]!.html]) {
      expect(body).toContain('https://ita.example.org');
      expect(body).toContain(email);
      noPassword(body);
    }
  });

  it('"send the invitation again" sends the same password-free email', async () => {
    const email = `again@${localDomain}`;
    const added = await addLocal(email);
    const res = await call(local.handler, {
      method: 'POST',
      path: apiPath('/v1/people/{personId}/invitation', { personId: added.body.personId }),
      as: who.coordinator,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const mails = await localMails(email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) noPassword(mail.text);
    // the person's history tells of the resend, without a password it never had
    const history = await call(local.handler, {
      method: 'GET',
      path: apiPath('/v1/people/{personId}/audit', { personId: added.body.personId }),
      as: who.coordinator,
    });
    expect(history.body.items[0]).toMatchObject({
      action: 'person.invite',
      summary_th: 'นางสาวมาใหม่ ทดสอบ: ส่งอีเมลเชิญเข้าใช้งานอีกครั้ง',
      summary_en: 'นางสาวมาใหม่ ทดสอบ: sent the invitation again',
    });
  });

  it('two people added one after the other each get their own password-free email', async () => {
    for (const name of ['one', 'two']) expect((await addLocal(`${name}@${localDomain}`)).status).toBe(201);
    for (const name of ['one', 'two']) {
      const mails = await localMails(`${name}@${localDomain}`);
      expect(mails).toHaveLength(1);
      noPassword(mails[0]!.html);
    }
  });
});
