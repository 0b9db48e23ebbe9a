// A person who joins a unit hears once of its overdue reports they missed (tester e, session 33):
// on 15 May 2023 กองคลัง's officer left and a new one came; the new officer got the invitation and
// May's opening, never a word of March's and April's reports, already past the staff ladder (the
// unit's staff get "overdue" and then only escalations go to the head, coordinators, executives).
// Through the API (add, move, reactivate), with the daily pass against DynamoDB Local and SES.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EVERY_DAY } from '../../../shared/domain/working-days.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { previewReminders } from '../../../shared/jobs/preview-reminders.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { stageOf } from '../../support/reminder-stages.js';

const bkk = (s: string) => new Date(`${s}+07:00`);
let now = bkk('2023-03-31T12:00:00');
let f: ApiFixture;
let ses: SESClient;

const SUBJECT = 'รายงานค้างส่งของหน่วยงานที่คุณเข้ามารับผิดชอบ';
const INTRO = 'คุณเพิ่งเข้ามาเป็นเจ้าหน้าที่ของหน่วยงานนี้ รายงานต่อไปนี้ของหน่วยงานเลยกำหนดส่งแล้วและยังไม่ได้ส่ง';

async function daily(day: string) {
  return runOrgJob(fixtureJobDeps(f, ses, { calendar: EVERY_DAY }), {
    orgId: 'demo',
    kind: 'daily',
    scheduledTime: bkk(`${day}T08:30:00`),
  });
}
const at = (day: string) => (now = bkk(`${day}T12:00:00`));
const put = (as: string, path: string, body: unknown) => call(f.handler, { method: 'PUT', path, as, body });
const post = (as: string, path: string, body: unknown) => call(f.handler, { method: 'POST', path, as, body });
const address = (local: string) => `${local}@${f.mailDomain}`;
const backlogMail = async (local?: string): Promise<ReceivedMail[]> =>
  (await mailFor(f.mailDomain)).filter(
    (m) => stageOf(m.subject) === 'backlog' && (local === undefined || m.to.includes(address(local))),
  );

/** The obligations the preview of `day` lists in backlog emails (to the person named, or to anyone). */
async function previewedBacklog(day: string, name?: string): Promise<string[]> {
  const deps = fixtureJobDeps(f, ses, { calendar: EVERY_DAY });
  const lines = await previewReminders(deps, 'demo', day as PlainDate, day as PlainDate);
  return lines
    .filter((l) => l.stage === 'backlog' && (name === undefined || l.person.startsWith(`${name} (`)))
    .map((l) => l.subject);
}

interface Row {
  obligationId: string;
  status: string;
  dueDate: string;
}
/** กองคลัง's unsettled reports due in [from, to], oldest first, as the page lists them. */
async function unsent(unit: string, from: string, to: string): Promise<Row[]> {
  const res = await call(f.handler, {
    method: 'GET',
    path: '/v1/fiscal-years/2566/obligations',
    as: who.coordinator,
    query: { unit, from, to, limit: '200' },
  } as never);
  expect(res.status).toBe(200);
  return (
    (res.body as { items: Row[] }).items
      .filter((o) => o.status !== 'submitted' && o.status !== 'accepted' && o.dueDate >= from && o.dueDate <= to)
      // the API's order: by due date, each date as the plan reads (tester s44: the email put i10 before i4)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  );
}
/** The obligations a mail links, in its order. */
const linked = (m: ReceivedMail) =>
  [...m.text.matchAll(/แบบรายงาน: \S*\/fy\/2566\/o\/(\S+)/g)].map((x) => decodeURIComponent(x[1]!));

beforeAll(async () => {
  f = await createApiFixture({
    get now() {
      return now;
    },
  });
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  // the unit's staff of March and April hear of March's and April's reports as overdue, then the
  // unit head and the coordinators (7 days after), then the executives (14 days after)
  for (const day of ['2023-04-01', '2023-04-07', '2023-04-14', '2023-05-01', '2023-05-07', '2023-05-14'])
    await daily(day);
  // กองการศึกษา sends every report still on the ladder: it has no backlog
  at('2023-05-14');
  for (const o of await unsent('education', '2023-03-16', '2023-05-10')) {
    const r = await put(who.coordinator, `/v1/fiscal-years/2566/obligations/${o.obligationId}/report`, {
      progress: 'done',
      summary: 'ดำเนินการตามมาตรการแล้ว',
    });
    expect(r.status).toBe(200);
  }
}, 300_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

describe('a person who joins a unit hears once of its overdue reports', { timeout: 300_000 }, () => {
  let march: Row[] = [];

  it('the replacement officer of 15 May gets one email of March and April, oldest first, with Thai due dates and links', async () => {
    at('2023-05-15');
    expect((await put(who.coordinator, `/v1/people/${who.financeStaff}`, { active: false })).status).toBe(200);
    const added = await post(who.coordinator, '/v1/people', {
      email: address('new.finance'),
      name: 'เจ้าหน้าที่กองคลังคนใหม่',
      roles: ['staff'],
      unitId: 'finance',
    });
    expect(added.status).toBe(201);
    // on 15 May the reports past the staff ladder: escalated to the head (due by 8 May), not cut off (due from 16 March)
    march = await unsent('finance', '2023-03-16', '2023-05-08');
    // the operator's preview lists what the pass then sends
    expect(await previewedBacklog('2023-05-15', 'เจ้าหน้าที่กองคลังคนใหม่')).toEqual(march.map((o) => o.obligationId));
    await daily('2023-05-15');
    expect(march.some((o) => o.dueDate === '2023-03-31')).toBe(true);
    expect(march.some((o) => o.dueDate === '2023-04-30')).toBe(true);
    const [mail, ...more] = await backlogMail('new.finance');
    expect(more).toHaveLength(0);
    // the reports of October to mid-March are past their cut-off: counted, with the unit's page (below)
    const older = await unsent('finance', '2022-10-01', '2023-03-15');
    expect(older.length).toBeGreaterThan(0);
    expect(mail!.subject).toBe(
      `[ITA] กองคลัง: ${SUBJECT} (${toThai(march.length)} รายการ และเลยกำหนดนานกว่า ๖๐ วันอีก ${toThai(older.length)} รายการ)`,
    );
    expect(mail!.text).toContain(INTRO);
    expect(linked(mail!)).toEqual(march.map((o) => o.obligationId));
    expect(mail!.text).toContain('กำหนดส่ง ๓๑ มีนาคม ๒๕๖๖ (เลยกำหนด ๔๕ วัน)');
    expect(mail!.text).toContain('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖ (เลยกำหนด ๑๕ วัน)');
    expect(mail!.text.indexOf('มีนาคม ๒๕๖๖')).toBeLessThan(mail!.text.indexOf('เมษายน ๒๕๖๖'));
    expect(mail!.html).toContain(`https://ita.example.org/#/org/demo/fy/2566/o/${march[0]!.obligationId}`);
    // tester s37 (P2): the email read as the unit's whole backlog; the 60-day cut-off left the rest out unsaid
    const rest = `เลยกำหนดนานกว่า ๖๐ วันอีก ${toThai(older.length)} รายการ`;
    expect(mail!.text).toContain(`กรุณาส่งโดยเร็ว ยังมีรายงานที่${rest} อยู่ท้ายอีเมลนี้\n`);
    expect(mail!.text).toContain(
      // s46 re-check: "งานของงานห้องสมุด" for a unit named งาน…; as the page heads the screen
      `\nและรายงานที่${rest} ซึ่งระบบไม่แจ้งเตือนแล้ว ดูได้ที่หน้า "งานที่ต้องรายงานของกองคลัง"\n` +
        '   งานที่ต้องรายงานของกองคลัง ปีงบประมาณ ๒๕๖๖: https://ita.example.org/#/org/demo/fy/2566/unit/finance\n',
    );
    expect(mail!.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/unit/finance"');
    // listed and counted: every unsent report of the unit due by 8 May, once
    expect(march.length + older.length).toBe((await unsent('finance', '2022-10-01', '2023-05-08')).length);
    // the invitation and May's opening as before
    const theirs = (await mailFor(f.mailDomain)).filter((m) => m.to.includes(address('new.finance')));
    // the invitation's subject ("[ITA] เชิญ…", session 37) sorts first
    expect(theirs.map((m) => stageOf(m.subject)).sort()).toEqual([
      expect.stringContaining('เชิญ'),
      'backlog',
      'opening',
    ]);
  });

  it('a person moved into the unit gets the same list; one who heard of it as coordinator does not', async () => {
    at('2023-05-15');
    expect((await put(who.coordinator, `/v1/people/${who.engineeringStaff}`, { unitId: 'finance' })).status).toBe(200);
    expect((await put(who.coordinator, `/v1/people/${who.coordinator}`, { unitId: 'finance' })).status).toBe(200);
    await daily('2023-05-15');
    const [moved, ...more] = await backlogMail('staff.engineering');
    expect(more).toHaveLength(0);
    expect(moved!.subject).toContain('[ITA] กองคลัง: ');
    expect(linked(moved!)).toEqual(march.map((o) => o.obligationId));
    // the coordinator got the unit head's escalation of each: nothing new to tell
    expect(await backlogMail('ita')).toHaveLength(0);
  });

  it('nobody else: not the staff who got the overdue emails, not the executives, not the unit head', async () => {
    const to = (await backlogMail()).flatMap((m) => m.to).sort();
    expect(to).toEqual([address('new.finance'), address('staff.engineering')]);
  });

  it('a rerun of the day and the next days send nothing twice', async () => {
    const before = (await mailFor(f.mailDomain)).length;
    const again = await daily('2023-05-15');
    expect(again.sent).toBe(0);
    await daily('2023-05-16');
    expect(await backlogMail()).toHaveLength(2);
    const after = await mailFor(f.mailDomain);
    expect(after.slice(before).filter((m) => stageOf(m.subject) === 'backlog')).toHaveLength(0);
  });

  it('someone joining a unit with no backlog gets nothing extra', async () => {
    at('2023-05-16');
    const added = await post(who.coordinator, '/v1/people', {
      email: address('new.education'),
      name: 'เจ้าหน้าที่กองการศึกษาคนใหม่',
      roles: ['staff'],
      unitId: 'education',
    });
    expect(added.status).toBe(201);
    await daily('2023-05-16');
    await daily('2023-05-17');
    expect(await backlogMail('new.education')).toHaveLength(0);
    const theirs = (await mailFor(f.mailDomain)).filter((m) => m.to.includes(address('new.education')));
    expect(theirs.map((m) => stageOf(m.subject)).sort()).toEqual([expect.stringContaining('เชิญ'), 'opening']);
  });

  it('the officer reactivated on 8 June hears of May only: March and April they had heard of before they left', async () => {
    await daily('2023-06-01');
    await daily('2023-06-07');
    at('2023-06-08');
    expect((await put(who.coordinator, `/v1/people/${who.financeStaff}`, { active: true })).status).toBe(200);
    const may = await unsent('finance', '2023-05-15', '2023-06-01');
    expect(await previewedBacklog('2023-06-08', 'เจ้าหน้าที่ กองคลัง')).toEqual(may.map((o) => o.obligationId));
    expect(await previewedBacklog('2023-06-08')).toHaveLength(may.length);
    await daily('2023-06-08');
    const [mail, ...more] = await backlogMail('staff.finance');
    expect(more).toHaveLength(0);
    expect(may.length).toBeGreaterThan(0);
    expect(linked(mail!)).toEqual(may.map((o) => o.obligationId));
    expect(mail!.text).toContain('กำหนดส่ง ๓๑ พฤษภาคม ๒๕๖๖ (เลยกำหนด ๘ วัน)');
    expect(mail!.text).not.toContain('เมษายน ๒๕๖๖');
    // those who were in the unit on 1 June got May's overdue email: nothing more for them
    expect((await backlogMail()).flatMap((m) => m.to)).toHaveLength(3);
    await daily('2023-06-08');
    await daily('2023-06-09');
    expect(await backlogMail('staff.finance')).toHaveLength(1);
  });
});

const toThai = (n: number) => n.toLocaleString('th-TH-u-nu-thai', { useGrouping: false });
