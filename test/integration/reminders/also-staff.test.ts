// A member of staff of two units (Person.alsoStaffOf, tester s45 #1) gets the other unit's staff
// reminders as its own staff do, never its head's escalations, and counts as its staff: the
// coordinators' digest does not call the unit one whose reminders reach nobody.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { EVERY_DAY } from '../../../shared/domain/working-days.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { htmlWords, mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { stageOf } from '../../support/reminder-stages.js';

const bkk = (s: string) => new Date(`${s}+07:00`);
let f: ApiFixture;
let ses: SESClient;
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
const all = () => [...sent.values()].flat();
const stagesOf = (mails: ReceivedMail[], unit: string) =>
  mails.filter((m) => m.subject.startsWith(`[ITA] ${unit}:`)).map((m) => stageOf(m.subject));

beforeAll(async () => {
  f = await createApiFixture();
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  // กองการศึกษา's only officer leaves; กองคลัง's officer keeps its records as well
  expect((await put('demo-staff-education', { active: false })).status).toBe(200);
  const also = await put(who.financeStaff, { alsoStaffOf: ['education'] });
  expect(also.status, JSON.stringify(also.body)).toBe(200);
  // กองช่าง's officer helps กองคลัง, which has a head of its own
  expect((await put(who.engineeringStaff, { alsoStaffOf: ['finance'] })).status).toBe(200);
  await run('monthly', '2023-06-01');
  for (let d = 2; d <= 9; d++) await run('daily', `2023-06-0${d}`);
}, 300_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

describe('a member of staff of two units', () => {
  it("the officer of กองคลัง gets กองการศึกษา's staff reminders as well as กองคลัง's, and no escalation", () => {
    const officer = to(all(), 'staff.finance');
    expect(stagesOf(officer, 'กองการศึกษา')).toEqual(['opening', 'overdue']);
    expect(stagesOf(officer, 'กองคลัง')).toEqual(['opening', 'overdue']);
    expect(officer.filter((m) => stageOf(m.subject) === 'head')).toEqual([]);
  });

  it('the officer of กองช่าง helping กองคลัง gets its staff reminders; its escalation goes to its head only', () => {
    const officer = to(all(), 'staff.engineering');
    expect(stagesOf(officer, 'กองคลัง')).toEqual(['opening', 'overdue']);
    expect(officer.filter((m) => stageOf(m.subject) === 'head')).toEqual([]);
    expect(stagesOf(to(all(), 'head.finance'), 'กองคลัง')).toContain('head');
  });

  it("the coordinators' digest does not say กองการศึกษา's reminders reach nobody", () => {
    const digest = to(sent.get('2023-06-01')!, 'ita').find((m) => m.subject.startsWith('[ITA] สรุปเดือน'))!;
    // the HTML's unit names kept whole on a phone (keepWhole): read as words
    for (const part of [digest.text, htmlWords(digest.html)]) {
      expect(part).not.toContain('กองการศึกษา: ไม่มีผู้รับอีเมลแจ้งเตือน');
      // it has no head, which is still said
      expect(part).toContain('กองการศึกษา: ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง');
    }
  });
});
