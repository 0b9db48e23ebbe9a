// The preview lists the emails kept for retry (break-32 F4): a pass whose sends failed keeps them in
// the outbox, and the next working day's pass sends them again; the preview said nothing would go out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bangkok, createJobsFixture, jobCli, type JobsFixture } from '../../support/jobs-fixture.js';
import { previewMail } from '../../../shared/jobs/preview-reminders.js';
import { runCliScript } from '../../support/cli-process.js';
import { mailFor } from '../../support/mailbox.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';

let f: JobsFixture;
let kept: number;
beforeAll(async () => {
  f = await createJobsFixture('resendprev');
  // Monday 2 October 2023's pass with SES out of reach: every email is kept for the next run
  const failing = await runCliScript(
    'infra/cli/run-job.ts',
    ['escalation', '--at', '2023-10-02T08:30:00+07:00', '--org', 'resendprev'],
    {
      env: {
        ...process.env,
        TABLE_NAME: f.store.tableName,
        DYNAMODB_ENDPOINT: f.store.endpoint,
        SES_ENDPOINT: 'http://127.0.0.1:1',
        MAIL_MAX_PER_SECOND: '100',
      },
    },
  );
  kept = Number(/\(sent \d+, already sent \d+, failed (\d+) \(kept for the next run\)/.exec(failing.stdout)?.[1]);
}, 120_000);
afterAll(async () => f?.close());

const job = (...args: string[]) => jobCli(f, ...args);
const resendLines = (stdout: string) => stdout.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2} {2}resend /.test(l));
/** The day of each resend line. */
const daysOf = (lines: string[]) => lines.map((l) => l.slice(0, 10));
/** Each kept email once, all on `day`. */
const keptOn = (day: string) => Array<string>(kept).fill(day);
/** The resend lines of the preview of `from` to `to` made with --today `today` (09:00). */
const previewed = async (from: string, to: string, today: string) =>
  resendLines((await job('preview', '--org', 'resendprev', '--from', from, '--to', to, '--today', today)).stdout);
/** The day of each resend of the preview of `from` to `to` made at Bangkok time `local`. */
const resendDaysAt = async (local: string, from: PlainDate, to: PlainDate) =>
  (await previewMail(f.deps({ wallClock: () => bangkok(local), calendar: undefined }), 'resendprev', from, to)).lines
    .filter((l) => l.stage === 'resend')
    .map((l) => l.day);

describe('npm run job -- preview: emails kept for retry', { timeout: 120_000 }, () => {
  it('lists each kept email as a resend on the day itself, by name, no address, and counts it', async () => {
    expect(kept).toBeGreaterThan(0);
    expect(await mailFor('resendprev')).toEqual([]);
    const { stdout } = await job('preview', '--org', 'resendprev', '--from', '2023-10-02', '--to', '2023-10-02');
    const lines = resendLines(stdout);
    expect(lines).toHaveLength(kept);
    expect(lines).toContainEqual(
      expect.stringMatching(/^2023-10-02 {2}resend +overdue:\S+ {2}เจ้าหน้าที่ กองช่าง \(กองช่าง\)$/),
    );
    expect(stdout).not.toContain('@resendprev.example.org');
    expect(stdout).toContain(`จะส่งอีเมล ${toThaiDigits(kept)} ฉบับ ${toThaiDigits(kept)} รายการ ยังไม่ได้ส่งจริง`);
    expect(await mailFor('resendprev')).toEqual([]);
  });

  it('a range that starts on a weekend lists them once, on the next working day (Monday 9 October 2023)', async () => {
    const { stdout } = await job('preview', '--org', 'resendprev', '--from', '2023-10-07', '--to', '2023-10-10');
    const lines = resendLines(stdout);
    expect(daysOf(lines)).toEqual(keptOn('2023-10-09'));
  });

  it('a range starting after the preview’s today (--today 2023-10-02, from 4 October) lists none: a pass before it sends them', async () => {
    const range = ['preview', '--org', 'resendprev', '--from', '2023-10-04', '--to', '2023-10-06'];
    expect(resendLines((await job(...range, '--today', '2023-10-02')).stdout)).toEqual([]);
    // the same range previewed on its first day (neighbour) lists them on the next, as that day's
    // 08:30 pass ran before --today's 09:00 (until s59-B on the first day)
    const lines = resendLines((await job(...range, '--today', '2023-10-04')).stdout);
    expect(daysOf(lines)).toEqual(keptOn('2023-10-05'));
  });

  // break s58-D: --today is 09:00, after that day's 08:30 pass; the preview planned that pass as still
  // to come, so the emails it kept (as on 2 October here) went out "today", before the range, and the
  // range listed none, though the next working day's pass is the one that sends them
  it('from the day after --today, whose pass already ran: listed on that next working day, whose pass sends them', async () => {
    const next = await previewed('2023-10-03', '2023-10-05', '2023-10-02');
    expect(daysOf(next)).toEqual(keptOn('2023-10-03'));
    // a Friday's preview after its pass (neighbour): the range from Monday lists them on Monday
    const monday = await previewed('2023-10-09', '2023-10-10', '2023-10-06');
    expect(daysOf(monday)).toEqual(keptOn('2023-10-09'));
    // made at 07:00, before that day's pass (neighbour): that pass sends them, the range lists none
    expect(await resendDaysAt('2023-10-02T07:00:00', '2023-10-03', '2023-10-05')).toEqual([]);
  });

  // s59-B: a span starting today, made at 09:00, after today's 08:30 pass: that pass ran and keeps
  // what it failed to send for the next working day's pass (the one that sends them, last case here),
  // but the preview listed them on today, whose pass will not run again
  it('from --today itself, made after its pass: listed on the next working day, none on today', async () => {
    const next = await previewed('2023-10-02', '2023-10-05', '2023-10-02');
    expect(daysOf(next)).toEqual(keptOn('2023-10-03'));
    // a Friday (neighbour): on Monday; a Friday before a Monday holiday (วันปิยมหาราช 23 October): on Tuesday
    const monday = await previewed('2023-10-06', '2023-10-10', '2023-10-06');
    expect(daysOf(monday)).toEqual(keptOn('2023-10-09'));
    const tuesday = await previewed('2023-10-20', '2023-10-24', '2023-10-20');
    expect(daysOf(tuesday)).toEqual(keptOn('2023-10-24'));
    // made at 07:00, before today's pass (neighbour): that pass sends them, on today
    expect(await resendDaysAt('2023-10-04T07:00:00', '2023-10-04', '2023-10-06')).toEqual(keptOn('2023-10-04'));
    // a span from before today (neighbour), kept: its days before today are planned as replays of
    // their runs (docs/reminders.md, Preview), and a replay of its first day's pass sends them
    const past = await previewed('2023-10-02', '2023-10-06', '2023-10-04');
    expect(daysOf(past)).toEqual(keptOn('2023-10-02'));
  });

  it('an email given up is not listed as going out; the pass then sends exactly the ones previewed', async () => {
    const [first] = (await f.repos.outbox.pending('resendprev')).filter((i) => i.status === 'failed');
    await f.repos.outbox.settleGivenUp({
      orgId: 'resendprev',
      mailId: first!.mailId,
      reason: 'attempts',
      actor: 'test',
      now: new Date('2023-10-02T02:00:00Z'),
      what: first!.what,
    });
    const { stdout } = await job('preview', '--org', 'resendprev', '--from', '2023-10-03', '--to', '2023-10-03');
    expect(resendLines(stdout)).toHaveLength(kept - 1);
    const pass = await job('escalation', '--at', '2023-10-03T08:30:00+07:00', '--org', 'resendprev');
    expect(pass.stdout).toContain(`ส่งซ้ำสำเร็จ ${toThaiDigits(kept - 1)}, `);
    expect(pass.stdout).toContain(`, resent ${kept - 1}, `);
    const after = await job('preview', '--org', 'resendprev', '--from', '2023-10-03', '--to', '2023-10-03');
    expect(resendLines(after.stdout)).toEqual([]);
  });
});
