// Tester s47 (P3): the backlog email of a new unit head called them staff: POST /v1/people
// {"unitId":"engineering","headOfUnit":true}, then the daily pass, and the email read "คุณเพิ่ง
// เข้ามาเป็นเจ้าหน้าที่ของหน่วยงานนี้". It now says the role the person joined in: head, acting head
// (who is staff of the unit as well), or staff (their own unit, or another by alsoStaffOf).
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EVERY_DAY } from '../../../shared/domain/working-days.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { stageOf } from '../../support/reminder-stages.js';

const bkk = (s: string) => new Date(`${s}+07:00`);
let now = bkk('2023-03-31T12:00:00');
let f: ApiFixture;
let ses: SESClient;

const daily = (day: string) =>
  runOrgJob(fixtureJobDeps(f, ses, { calendar: EVERY_DAY }), {
    orgId: 'demo',
    kind: 'daily',
    scheduledTime: bkk(`${day}T08:30:00`),
  });
const address = (local: string) => `${local}@${f.mailDomain}`;
const backlogTo = async (local: string): Promise<ReceivedMail[]> =>
  (await mailFor(f.mailDomain)).filter((m) => stageOf(m.subject) === 'backlog' && m.to.includes(address(local)));
const add = (local: string, body: Record<string, unknown>) =>
  call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email: address(local), name: `ผู้ใช้ ${local}`, roles: ['staff'], ...body },
  });

beforeAll(async () => {
  f = await createApiFixture({
    get now() {
      return now;
    },
  });
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  // March's and April's reports climb the ladder: overdue, then the unit heads, then the executives
  for (const day of ['2023-04-01', '2023-04-07', '2023-04-14', '2023-05-01', '2023-05-07', '2023-05-14'])
    await daily(day);
  now = bkk('2023-05-15T12:00:00');
  expect((await add('new.head', { unitId: 'engineering', headOfUnit: true })).status).toBe(201);
  expect((await add('also.staff', { unitId: 'clerk', alsoStaffOf: ['engineering'] })).status).toBe(201);
  expect((await add('acting.head', { unitId: 'finance', actingHeadOf: ['engineering'] })).status).toBe(201);
  // กองคลัง's head appointed acting head of กองการศึกษา on the person page (s48)
  const appointed = await call(f.handler, {
    method: 'PUT',
    path: `/v1/people/${who.financeHead}`,
    as: who.coordinator,
    body: { actingHeadOf: ['education'] },
  });
  expect(appointed.status).toBe(200);
  await daily('2023-05-15');
}, 300_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

describe("a newcomer's backlog email names the role they joined the unit in", { timeout: 300_000 }, () => {
  it('a new head of กองช่าง reads that they became its head, not its staff', async () => {
    const [mail, ...more] = await backlogTo('new.head');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toMatch(/^\[ITA\] กองช่าง: รายงานค้างส่งของหน่วยงานที่คุณเข้ามารับผิดชอบ \(/);
    expect(mail!.text).toContain('คุณเพิ่งเข้ามาเป็นหัวหน้าหน่วยงานนี้ รายงานต่อไปนี้ของหน่วยงานเลยกำหนดส่งแล้ว');
    expect(mail!.text).not.toContain('เจ้าหน้าที่ของหน่วยงานนี้');
    expect(mail!.html).toContain('คุณเพิ่งเข้ามาเป็นหัวหน้าหน่วยงานนี้');
  });

  // re-check s48: an acting appointment set no join day, so the acting-head wording never reached
  // anyone; the appointment's day is kept per unit (actingHeadSince), and the next pass tells them
  // once, as the unit's head, of its reports whose head escalation went out before they came
  it('an acting head of กองช่าง, added with the appointment, reads that they now act as its head', async () => {
    const mails = await backlogTo('acting.head');
    const unit = (name: string) => mails.filter((m) => m.subject.startsWith(`[ITA] ${name}:`));
    expect(unit('กองช่าง')).toHaveLength(1);
    const mail = unit('กองช่าง')[0]!;
    expect(mail.subject).toMatch(/^\[ITA\] กองช่าง: รายงานค้างส่งของหน่วยงานที่คุณเข้ามารับผิดชอบ \([๐-๙]+ รายการ/);
    // re-check 2 s48: greeted as the unit's own head; an acting head is greeted as one
    expect(mail.text).toContain('เรียน ผู้รักษาราชการแทนหัวหน้าส่วนราชการ กองช่าง');
    expect(mail.text).toContain(
      'คุณเพิ่งเข้ามารักษาราชการแทนหัวหน้าหน่วยงานนี้ รายงานต่อไปนี้ของหน่วยงานค้างส่งเกิน ๗ วันแล้ว (แจ้งหัวหน้าหน่วยงานไปก่อนที่คุณจะเข้ามา) กรุณาติดตาม',
    );
    expect(mail.html).toContain('คุณเพิ่งเข้ามารักษาราชการแทนหัวหน้าหน่วยงานนี้');
    // March's and April's reports, whose head escalations went out on 7 April and 7 May
    expect(mail.text).toContain('/o/i4.f2.2023-03.engineering');
    expect(mail.text).toContain('/o/i4.f2.2023-04.engineering');
    // their own unit, กองคลัง, as its staff
    expect(unit('กองคลัง')).toHaveLength(1);
    expect(unit('กองคลัง')[0]!.text).toContain('คุณเพิ่งเข้ามาเป็นเจ้าหน้าที่ของหน่วยงานนี้');
  });

  it('a head appointed acting head of กองการศึกษา on the person page (PUT) gets the same email of that unit', async () => {
    const mails = (await backlogTo('head.finance')).filter((m) => m.subject.startsWith('[ITA] กองการศึกษา:'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('เรียน ผู้รักษาราชการแทนหัวหน้าส่วนราชการ กองการศึกษา');
    expect(mails[0]!.text).toContain('คุณเพิ่งเข้ามารักษาราชการแทนหัวหน้าหน่วยงานนี้');
    expect(mails[0]!.text).toContain('/o/i4.f2.2023-04.education');
    // and nothing of กองคลัง, their own unit, whose escalations they had
    expect((await backlogTo('head.finance')).filter((m) => m.subject.startsWith('[ITA] กองคลัง:'))).toHaveLength(0);
  });

  // re-check 2 s48: the acting head's email said the reports past the cut-off were "อยู่ท้ายอีเมลนี้"
  // and ended without them; every backlog email that says so ends with them and the unit's page
  it('every backlog email that counts reports past the cut-off ends with them and a link to the unit’s page', async () => {
    const mails = [
      ...(await backlogTo('acting.head')),
      ...(await backlogTo('head.finance')),
      ...(await backlogTo('new.head')),
      ...(await backlogTo('also.staff')),
    ];
    const saying = mails.filter((m) => m.text.includes('อยู่ท้ายอีเมลนี้'));
    expect(saying.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[ITA\] กองช่าง:/),
        expect.stringMatching(/^\[ITA\] กองการศึกษา:/),
      ]),
    );
    for (const m of saying) {
      expect(m.text, m.subject).toMatch(
        /และรายงานที่เลยกำหนดนานกว่า [๐-๙]+ วันอีก [๐-๙]+ รายการ ซึ่งระบบไม่แจ้งเตือนแล้ว ดูได้ที่หน้า/,
      );
      expect(m.html, m.subject).toContain('ซึ่งระบบไม่แจ้งเตือนแล้ว');
    }
  });

  it('once: a rerun of the pass and the next days send the acting heads nothing again', async () => {
    const before = (await backlogTo('acting.head')).length + (await backlogTo('head.finance')).length;
    await daily('2023-05-15');
    await daily('2023-05-16');
    expect((await backlogTo('acting.head')).length + (await backlogTo('head.finance')).length).toBe(before);
  });

  it('staff of กองช่าง as well (alsoStaffOf) read that they became its staff', async () => {
    const mails = (await backlogTo('also.staff')).filter((m) => m.subject.startsWith('[ITA] กองช่าง:'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('คุณเพิ่งเข้ามาเป็นเจ้าหน้าที่ของหน่วยงานนี้');
    expect(mails[0]!.text).not.toContain('หัวหน้าหน่วยงานนี้');
  });
});
