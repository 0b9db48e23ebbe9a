// An acting head of a unit (รักษาราชการแทนหัวหน้า, Person.actingHeadOf) gets that unit's unit-head
// emails as its own head does (break s33 F2): before, a person had one unit, and heading กองช่าง
// meant leaving กองคลัง, whose digest then warned that it had no head.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { EVERY_DAY } from '../../../shared/domain/working-days.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { stageOf } from '../../support/reminder-stages.js';

const bkk = (s: string) => new Date(`${s}+07:00`);
let f: ApiFixture;
let ses: SESClient;
/** every run's mail, by the day it ran */
const sent = new Map<string, ReceivedMail[]>();

const put = (personId: string, body: object) =>
  call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.coordinator, body });

async function run(kind: 'monthly' | 'daily', day: string) {
  const before = new Set((await mailFor(f.mailDomain)).map((m) => m.messageId));
  await runOrgJob(fixtureJobDeps(f, ses, { calendar: EVERY_DAY }), {
    orgId: 'demo',
    kind,
    scheduledTime: bkk(`${day}T08:30:00`),
  });
  const mails = (await mailFor(f.mailDomain)).filter((m) => !before.has(m.messageId));
  sent.set(day, [...(sent.get(day) ?? []), ...mails]);
}

const to = (mails: ReceivedMail[], local: string) => mails.filter((m) => m.to[0] === `${local}@${f.mailDomain}`);
const after = (day: string) => [...sent].filter(([d]) => d > day).flatMap(([, m]) => m);
const all = () => [...sent.values()].flat();
const digestOf = (mails: ReceivedMail[]) => to(mails, 'ita').find((m) => m.subject.startsWith('[ITA] สรุปเดือน'))!;
const noHead = (unit: string) => `${unit}: ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง`;
const HEAD = 'รายงานค้างส่งเกิน ๗ วัน';

beforeAll(async () => {
  f = await createApiFixture();
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  // the director of กองคลัง stays its head and acts for กองช่าง, which has no head of its own
  const acting = await put(who.financeHead, { actingHeadOf: ['engineering'] });
  expect(acting.status, JSON.stringify(acting.body)).toBe(200);
  expect(acting.body).toMatchObject({ unitId: 'finance', headOfUnit: true, actingHeadOf: ['engineering'] });
  // the mayor (an executive of no unit) acts for two units
  const mayor = await put(who.executive, { actingHeadOf: ['clerk', 'health'] });
  expect(mayor.body.actingHeadOf).toEqual(['clerk', 'health']);
  // กองคลัง's staff member acts for กองการศึกษา, and leaves on 3 June (below)
  expect((await put(who.financeStaff, { actingHeadOf: ['education'] })).status).toBe(200);
  await run('monthly', '2023-06-01');
  await run('daily', '2023-06-02');
  const left = await put(who.financeStaff, { active: false });
  expect(left.status, JSON.stringify(left.body)).toBe(200);
  expect(left.body).toMatchObject({ active: false, actingHeadOf: [] });
  for (let d = 3; d <= 9; d++) await run('daily', `2023-06-0${d}`);
  await run('monthly', '2023-07-01');
}, 300_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

describe('an acting head of a unit (รักษาราชการแทนหัวหน้า)', () => {
  it("the director of กองคลัง gets both units' escalations once each and none of กองช่าง's staff reminders", async () => {
    const june = [...sent].filter(([d]) => d < '2023-07-01').flatMap(([, m]) => m);
    const director = to(june, 'head.finance');
    const escalations = director.filter((m) => m.subject.includes(HEAD)).map((m) => m.subject);
    expect(escalations.sort()).toEqual([
      '[ITA] กองคลัง: รายงานค้างส่งเกิน ๗ วัน (๔ รายการ)',
      '[ITA] กองช่าง: รายงานค้างส่งเกิน ๗ วัน (๔ รายการ)',
    ]);
    // กองช่าง's staff reminders go to its staff, not to the acting head
    expect(director.filter((m) => m.subject.startsWith('[ITA] กองช่าง:')).map((m) => stageOf(m.subject))).toEqual([
      'head',
    ]);
    expect(to(june, 'staff.engineering').map((m) => stageOf(m.subject))).toEqual(['opening', 'overdue']);
    // กองคลัง's own reminders still reach its director
    expect(director.filter((m) => m.subject.startsWith('[ITA] กองคลัง:')).map((m) => stageOf(m.subject))).toEqual([
      'opening',
      'overdue',
      'head',
    ]);
    // the email's links open for the acting head (reporting too: form-api/acting-head-access.test.ts)
    const [escalation] = director.filter((m) => m.subject.startsWith('[ITA] กองช่าง:'));
    const id = /#\/org\/demo\/fy\/2566\/o\/([^\s"<]+)/.exec(escalation!.text)![1]!;
    expect(id).toMatch(/\.engineering$/);
    const read = await call(f.handler, {
      method: 'GET',
      path: `/v1/fiscal-years/2566/obligations/${id}`,
      as: who.financeHead,
    });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
  });

  it.each([
    ['the director of กองคลัง, for กองช่าง', 'head.finance', 'กองช่าง', 'ผู้รักษาราชการแทนหัวหน้าส่วนราชการ'],
    ['the mayor, for สำนักปลัดเทศบาล', 'mayor', 'สำนักปลัดเทศบาล', 'ผู้รักษาราชการแทนหัวหน้าส่วนราชการ'],
    ['the mayor, for กองสาธารณสุขและสิ่งแวดล้อม', 'mayor', 'กองสาธารณสุขและสิ่งแวดล้อม', 'ผู้รักษาราชการแทนหัวหน้าส่วนราชการ'],
    ['the director of กองคลัง, for his own unit', 'head.finance', 'กองคลัง', 'หัวหน้าส่วนราชการ'],
  ])(
    '%s: the escalation greets them as they hold the post (tester s51: an acting head read "เรียน หัวหน้าส่วนราชการ")',
    (_n, local, unit, post) => {
      const [escalation] = to(all(), local).filter((m) => m.subject.startsWith(`[ITA] ${unit}: ${HEAD}`));
      // the HTML as read: without its tags (a unit's name is kept on one line by a span)
      for (const part of [escalation!.text, escalation!.html.replace(/<[^>]+>/g, '')]) {
        expect(part).toContain(`เรียน ${post} ${unit} `);
        expect(part.split('เรียน').length - 1).toBe(1);
      }
    },
  );

  it("the coordinators' digest of 1 June warns for none of the units that have a head or an acting head", () => {
    const digest = digestOf(sent.get('2023-06-01')!);
    for (const part of [digest.text, digest.html])
      for (const unit of ['กองคลัง', 'กองช่าง', 'สำนักปลัดเทศบาล', 'กองสาธารณสุขและสิ่งแวดล้อม', 'กองการศึกษา'])
        expect(part).not.toContain(noHead(unit));
  });

  it('a person acting for two units gets one email per unit and stage, never a duplicate', () => {
    const mayor = to(all(), 'mayor');
    const heads = mayor.filter((m) => stageOf(m.subject) === 'head').map((m) => m.subject);
    expect(heads.sort()).toEqual([
      '[ITA] กองสาธารณสุขและสิ่งแวดล้อม: รายงานค้างส่งเกิน ๗ วัน (๔ รายการ)',
      '[ITA] สำนักปลัดเทศบาล: รายงานค้างส่งเกิน ๗ วัน (๔ รายการ)',
    ]);
    // no staff reminders of the units, and their executives' email as executive, once a day at most
    expect(mayor.filter((m) => ['opening', 'due-soon', 'due', 'overdue'].includes(stageOf(m.subject)))).toEqual([]);
    for (const [day, mails] of sent) {
      const subjects = to(mails, 'mayor').map((m) => m.subject);
      expect(new Set(subjects).size, day).toBe(subjects.length);
    }
  });

  it('an acting head deactivated mid-month gets nothing more, and the next digest names the unit again', async () => {
    expect(to(sent.get('2023-06-02')!, 'staff.finance').length).toBeGreaterThan(0);
    expect(to(after('2023-06-02'), 'staff.finance')).toEqual([]);
    // กองการศึกษา's escalation of 7 June went to nobody ...
    expect(after('2023-06-02').filter((m) => m.subject.startsWith(`[ITA] กองการศึกษา: ${HEAD}`))).toEqual([]);
    // ... so the July digest says it has no head; the others still have theirs
    const digest = digestOf(sent.get('2023-07-01')!);
    expect(digest.text).toContain(noHead('กองการศึกษา'));
    for (const unit of ['กองช่าง', 'สำนักปลัดเทศบาล', 'กองสาธารณสุขและสิ่งแวดล้อม'])
      expect(digest.text).not.toContain(noHead(unit));
    const history = await call(f.handler, {
      method: 'GET',
      path: `/v1/people/${who.financeStaff}/audit`,
      as: who.coordinator,
    });
    const said = history.body.items.map((i: { summary_th: string }) => i.summary_th);
    expect(said).toContain('เจ้าหน้าที่ กองคลัง: ยกเลิกการรักษาราชการแทนหัวหน้า กองการศึกษา, ปิดการใช้งาน');
    expect(said).toContain('เจ้าหน้าที่ กองคลัง: รักษาราชการแทนหัวหน้า กองการศึกษา');
  });
});
