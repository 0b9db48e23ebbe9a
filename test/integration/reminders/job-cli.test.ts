import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliEntry, runCliScript, runCliScriptUnread } from '../../support/cli-process.js';
import { jobCli as jobEntry } from '../../../infra/cli/run-job.js';
import { failureName, tokenCli } from '../../../infra/cli/token.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, jobCli, jobCliEnv, type JobsFixture } from '../../support/jobs-fixture.js';
import { previewMail } from '../../../shared/jobs/preview-reminders.js';
import { OUTSIDE_SYSTEM_YEARS } from '../../../shared/domain/system-days.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { freePort } from '../../support/free-port.js';
import { thaiWorkingDaysBetween } from '../../../shared/domain/thai-working-days.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let f: JobsFixture;
beforeAll(async () => (f = await createJobsFixture('clijobs')));
afterAll(async () => f?.close());

// the job CLI's entry function in this process; `jobProcess` starts its script, for what only a
// process shows: the exit code the shell sees, a closed pipe, --help of each script
const job = (...args: string[]) => jobCli(f, ...args);
/** A preview date's refusal outside the system's fiscal years, as the CLI prints it. */
const OUTSIDE_YEARS =
  'วันที่ต้องอยู่ในปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐ (๑ ตุลาคม ๒๕๕๙ ถึง ๓๐ กันยายน ๒๗๐๐) / must be in fiscal years 2560 to 2700 (2016-10-01 to 2157-09-30)';
const jobProcess = (...args: string[]) => runCliScript('infra/cli/run-job.ts', args, { env: jobCliEnv(f) });

/**
 * `run(...args)` refused, Thai first with `said`, then the usage (exit 2): nothing printed, nothing
 * sent to `org`. Resolves with its stderr.
 */
async function refusedSendingNothing(
  run: (...args: string[]) => Promise<{ stdout: string; stderr: string }>,
  org: string,
  args: string[],
  said: string,
): Promise<string> {
  const before = (await mailFor(org)).length;
  // a run that was not refused resolves without a code
  const failure: { code?: number; stdout: string; stderr: string } = await run(...args).catch((e) => e);
  expect(failure.code).toBe(2);
  expect(failure.stderr.startsWith(said), failure.stderr).toBe(true);
  expect(failure.stderr).toContain('usage: npm run job');
  expect(failure.stdout).toBe('');
  expect((await mailFor(org)).length).toBe(before);
  return failure.stderr;
}

describe('npm run job (time travel)', () => {
  it('fires the monthly reminders as of 1 March 2023 and prints what it sent, with addresses masked', async () => {
    const { stdout } = await job(
      'reminders',
      '--kind',
      'monthly',
      '--at',
      '2023-03-01T08:30:00+07:00',
      '--org',
      'clijobs',
    );
    expect(stdout).toContain('s***@clijobs.example.org');
    expect(stdout).not.toContain('staff.finance@');
    expect(stdout).toContain('ถึงรอบรายงานผล ประจำเดือนมีนาคม ๒๕๖๖');
    expect(stdout).toContain('องค์กร clijobs: ส่งแล้ว ๑๑, เคยส่งแล้ว ๐,');
    expect(stdout).toContain('ไม่มีผู้รับ ๐ (sent 11, already sent 0,');
    expect(stdout).toContain('no recipients 0 (nobody to send to))');
    expect((await mailFor('clijobs')).length).toBe(11);
  });

  it('sends nothing new when fired again', async () => {
    const { stdout } = await job(
      'reminders',
      '--kind',
      'monthly',
      '--at',
      '2023-03-01T08:30:00+07:00',
      '--org',
      'clijobs',
    );
    expect(stdout).toContain('ส่งแล้ว ๐, เคยส่งแล้ว ๑๑,');
    expect(stdout).toContain('(sent 0, already sent 11,');
  });

  it('previews who will be reminded, when, without sending: by name and unit, no address, one line per email and obligation', async () => {
    const before = (await mailFor('clijobs')).length;
    const { stdout } = await job('preview', '--org', 'clijobs', '--from', '2023-09-25', '--to', '2023-10-06');
    expect(stdout).toMatch(/2023-10-02 {2}overdue +i4\.f2\.2023-09\.engineering {2}เจ้าหน้าที่ กองช่าง \(กองช่าง\)/);
    expect(stdout).not.toContain('staff.engineering@');
    expect(stdout).toMatch(
      /จะส่งอีเมล [๐-๙]+ ฉบับ [๐-๙]+ รายการ ยังไม่ได้ส่งจริง \(\d+ emails would go out, \d+ lines: one per obligation and recipient; nothing was sent\)/,
    );
    expect((await mailFor('clijobs')).length).toBe(before);
  });

  // session 37: `npm run job -- preview ... | head -1` ended with an unhandled EPIPE stack, exit 1
  it('a preview whose reader has gone away (| head -1) ends quietly, exit 0, sending nothing', async () => {
    const before = (await mailFor('clijobs')).length;
    const { code, stderr } = await runCliScriptUnread(
      'infra/cli/run-job.ts',
      ['preview', '--org', 'clijobs', '--from', '2023-09-25', '--to', '2023-10-06'],
      { env: jobCliEnv(f) },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect((await mailFor('clijobs')).length).toBe(before);
  });

  it('previews no annual report email for 1 October 2023, a run in the past that made none, and says so Thai first with the commands to replay it', async () => {
    const { stdout } = await job('preview', '--org', 'clijobs', '--from', '2023-09-28', '--to', '2023-10-05');
    expect(stdout).not.toMatch(/annual-report-2566/);
    expect(stdout).toContain(
      '2023-10-02  รอบจัดทำรายงานผลประจำปีงบประมาณ ๒๕๖๖ เมื่อวันที่ ๑ ตุลาคม ๒๕๖๖ ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล ' +
        'สั่งรอบนั้นใหม่โดยตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง) ไว้: ' +
        'npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 --org clijobs && ' +
        'npm run job -- escalation --at 2023-10-02T08:30:00+07:00 --org clijobs\n' +
        '            the annual-report run of 2023-10-01 made no FY2566 report: nothing will be mailed; replay it with BUCKET_NAME (and S3_ENDPOINT for the local system) set:',
    );
  });

  it('a run on a day off (Saturday 1 April 2023) says why it sent nothing, naming the weekday, Thai first', async () => {
    const before = (await mailFor('clijobs')).length;
    const { stdout } = await job(
      'scheduled',
      '--kind',
      'monthly',
      '--at',
      '2023-04-01T08:30:00+07:00',
      '--org',
      'clijobs',
    );
    expect(stdout).toContain(
      'องค์กร clijobs: วันที่ ๑ เมษายน ๒๕๖๖ เป็นวันหยุด (วันเสาร์) ไม่ส่งอีเมล อีเมลของรอบนี้จะส่งในวันทำการถัดไป',
    );
    expect(stdout).toContain('2023-04-01 is a day off (a Saturday): nothing sent');
    expect((await mailFor('clijobs')).length).toBe(before);
  });

  // break-14 F3: escalation (the README's "next working day's daily pass") ran the reminders part
  // only, so the digest and summaries a weekend 1st held back waited for `scheduled --kind daily`
  it.each([
    ['Saturday 1 April 2023', '2023-04-01', '2023-04-03'],
    ['Saturday 1 July 2023', '2023-07-01', '2023-07-03'],
  ])("after %s, the next working day's escalation sends all the daily schedule sends", async (_n, day, next) => {
    await job('scheduled', '--kind', 'monthly', '--at', `${day}T08:30:00+07:00`, '--org', 'clijobs');
    const { stdout } = await job('escalation', '--at', `${next}T08:30:00+07:00`, '--org', 'clijobs');
    expect(stdout).toMatch(/ส่งแล้ว [๑-๙][๐-๙]*, /);
    const sent = (await mailFor('clijobs')).length;
    const again = await job('scheduled', '--kind', 'daily', '--at', `${next}T08:30:00+07:00`, '--org', 'clijobs');
    expect(again.stdout).toContain('องค์กร clijobs: ส่งแล้ว ๐,');
    expect((await mailFor('clijobs')).length).toBe(sent);
  });

  it.each([
    ['npm run job', 'infra/cli/run-job.ts'],
    ['npm run admin', 'infra/cli/admin.ts'],
    ['npm run import', 'infra/cli/import-plan.ts'],
  ])('%s -- --help prints the usage on stdout, exit 0 (not "Unknown option")', async (name, script) => {
    const { stdout, stderr } = await runCliScript(script, ['--help']);
    expect(stdout).toContain(`usage:`);
    expect(stdout).toContain(name);
    expect(stderr).not.toMatch(/Unknown option|ไม่รู้จักตัวเลือก/);
  });

  // session 37 (tester P3): without its email it said the generic "ไม่ได้ระบุคำสั่งหรือตัวเลือกที่จำเป็น …";
  // an option was taken as the email
  it.each([
    ['without its email', [], "คำสั่ง npm run token ต้องระบุ อีเมลของผู้ใช้งาน\nnpm run token needs the person's email\n"],
    [
      'with an option it does not have',
      ['--email', 'staff.finance@demo.example.org'],
      'ไม่รู้จักตัวเลือก --email กรุณาดูวิธีใช้ด้านล่าง\nunknown option --email: see the usage below\n',
    ],
  ])('npm run token %s names it, Thai first, then the usage (exit 2)', async (_n, args, said) => {
    const failure = await runCliEntry(tokenCli, args).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr.startsWith(said), failure.stderr).toBe(true);
    expect(failure.stderr).toContain('usage: npm run -s token -- <email>');
    expect(failure.stdout).toBe('');
  });

  // session 38: its failures were English-only Errors, printed under the API's 500 wording
  it.each([
    [
      'for an email nobody active has',
      () => Promise.resolve({ ...jobCliEnv(f) }),
      'ไม่พบผู้ใช้งานที่ใช้งานอยู่ซึ่งมีอีเมลนี้ ผู้ใช้งานตัวอย่าง: staff.finance@demo.example.org',
      'no active person with that email',
    ],
    [
      'before the local system was ever started here',
      () => Promise.resolve({ ...process.env, TABLE_NAME: '', ITA_DATA_DIR: mkdtempSync(join(tmpdir(), 'no-local-')) }),
      'ยังไม่ได้เริ่มระบบในเครื่องที่นี่ กรุณาสั่ง npm start ก่อน',
      'the local system has not been started here yet',
    ],
    [
      'when DynamoDB Local does not answer',
      async () => ({ ...jobCliEnv(f), DYNAMODB_ENDPOINT: `http://127.0.0.1:${await freePort()}` }),
      // tester s38b: it said "(Error)"; the code says what happened
      'ติดต่อ DynamoDB Local ไม่ได้ (ECONNREFUSED) ระบบในเครื่องยังทำงานอยู่หรือไม่ (npm start)',
      'cannot reach DynamoDB Local (ECONNREFUSED): is npm start running?',
    ],
  ])('npm run token %s says so, Thai first, then English (exit 1, no token)', async (_n, envOf, th, en) => {
    const failure = await runCliEntry(tokenCli, ['nobody@clijobs.example.org'], { env: await envOf() }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr.startsWith(th), failure.stderr).toBe(true);
    expect(failure.stderr.split('\n')[1]).toContain(en);
    expect(failure.stderr).not.toContain('nobody@clijobs');
    expect(failure.stdout).toBe('');
  });

  // tester s39y: started with another ITA_DATA_DIR, the token CLI said only "not started"
  it.each(['no-local-a-', 'no-local-b-'])(
    'npm run token names the data folder it looked in and ITA_DATA_DIR (%s)',
    async (prefix) => {
      const dataDir = mkdtempSync(join(tmpdir(), prefix));
      const env = { ...process.env, TABLE_NAME: '', ITA_DATA_DIR: dataDir };
      const failure = await runCliEntry(tokenCli, ['staff.finance@demo.example.org'], { env }).catch((e) => e);
      expect(failure.code).toBe(1);
      const [th, en] = failure.stderr.split('\n') as [string, string];
      expect(th).toContain(`ไม่พบระบบที่เริ่มไว้ในโฟลเดอร์ข้อมูล ${dataDir} ถ้าเริ่มระบบด้วย ITA_DATA_DIR อื่น`);
      expect(en).toContain(`none found in the data folder ${dataDir}; if it was started with another ITA_DATA_DIR`);
    },
  );

  it('npm run token names a failure by what says something: the code, a named SDK error, never a bare "Error"', () => {
    expect(failureName(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' }))).toBe(
      'ECONNREFUSED',
    );
    expect(failureName(Object.assign(new AggregateError([]), { code: 'ETIMEDOUT' }))).toBe('ETIMEDOUT');
    expect(failureName(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe('TimeoutError');
    expect(failureName(new Error('socket hang up'))).toBeUndefined();
  });

  it("the job's usage names every kind the schedule runs, the 1 October annual-report too (break-19 F18)", async () => {
    const { stdout } = await runCliEntry(jobEntry, ['--help']);
    for (const kind of ['monthly', 'semiannual', 'april-september', 'daily', 'annual-report'])
      expect(stdout).toContain(kind);
    expect(stdout).toContain('scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00');
  });

  it('a run in January 2027 says that 2027 has no Cabinet holiday list and the computed one fills in, Thai digits in the Thai part, and does not fail', async () => {
    const { stdout } = await job('escalation', '--at', '2027-01-04T08:30:00+07:00', '--org', 'clijobs');
    expect(stdout).toContain('ปฏิทินวันหยุดปี พ.ศ. ๒๕๗๐ ยังไม่มีประกาศคณะรัฐมนตรีในระบบ');
    expect(stdout).toContain('no Cabinet holiday list for 2027');
    expect(stdout).toContain('ใช้วันหยุดที่คำนวณไว้');
    expect(stdout).toContain('รวม ๑ องค์กร, ส่งแล้ว ');
    expect(stdout).toContain('(1 org in all: sent ');
  });

  it.each([
    [
      'Buddhist-era dates',
      ['--from', '2566-09-25', '--to', '2566-10-20'],
      '--from: ใช้ปี ค.ศ. เช่น 2023-09-25 สำหรับ พ.ศ. ๒๕๖๖ / use the Gregorian (CE) year, e.g. 2023-09-25 for BE 2566',
    ],
    [
      'a day that does not exist',
      ['--from', '2023-02-30', '--to', '2023-03-10'],
      '--from: วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2023-04-30',
    ],
    ['a word', ['--from', 'banana', '--to', '2023-03-10'], '--from: วันที่ไม่ถูกต้อง'],
    // tester s37 v: these three were 'unexpected error: RangeError: Invalid time value', exit 1
    ['a month 13', ['--from', '2026-13-09', '--to', '2027-01-01'], '--from: วันที่ไม่ถูกต้อง'],
    ['a day 32', ['--from', '2026-12-32', '--to', '2027-01-01'], '--from: วันที่ไม่ถูกต้อง'],
    ['a month 00', ['--from', '2026-00-01', '--to', '2027-01-01'], '--from: วันที่ไม่ถูกต้อง'],
    [
      'a range that ends before it starts',
      ['--from', '2023-03-10', '--to', '2023-03-01'],
      '--to: วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น',
    ],
    // break 14 F9: these two said only 'preview: from..to must be 0 to 400 days'
    [
      'two years',
      ['--from', '2023-09-25', '--to', '2025-09-25'],
      '--to: วันสิ้นสุดต้องไม่เกิน ๔๐๐ วันหลังวันเริ่มต้น / "to" must be at most 400 days after "from"',
    ],
    ['one day more than 400', ['--from', '2023-09-25', '--to', '2024-10-30'], '--to: วันสิ้นสุดต้องไม่เกิน ๔๐๐ วันหลังวันเริ่มต้น'],
    // s59-B: the first two were 'unexpected error: RangeError: bad fiscal year' (2300 after 20 s),
    // the third listed days of fiscal year 2701, which no plan can have
    ['a span in 2300', ['--from', '2300-01-01', '--to', '2300-01-05'], `--from: ${OUTSIDE_YEARS}`],
    ['a span in 1950', ['--from', '1950-01-04', '--to', '1950-01-08'], `--from: ${OUTSIDE_YEARS}`],
    ['a span past 30 September 2157', ['--from', '2157-09-25', '--to', '2157-10-02'], `--to: ${OUTSIDE_YEARS}`],
    // s59-E: a date outside them was still compared with the other ("--to: วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น"
    // or "ต้องไม่เกิน ๔๐๐ วัน…" said first, about a date the user must change anyway)
    ['a span from 2300 back to 2016', ['--from', '2300-01-01', '--to', '2016-10-01'], `--from: ${OUTSIDE_YEARS}`],
    ['a span from 1950 to 2016', ['--from', '1950-01-01', '--to', '2016-10-05'], `--from: ${OUTSIDE_YEARS}`],
    ['a span from 2016 to 2300', ['--from', '2016-10-01', '--to', '2300-10-05'], `--to: ${OUTSIDE_YEARS}`],
    // s60: before 1900 it said "not a valid date" (it is one)
    ['a span in 1800', ['--from', '1800-01-01', '--to', '1800-01-05'], `--from: ${OUTSIDE_YEARS}`],
    ['a span from 1899 to 2016', ['--from', '1899-12-31', '--to', '2016-10-05'], `--from: ${OUTSIDE_YEARS}`],
  ])(
    'refuses a preview with %s, in Thai first, naming the option, before any work (exit 2)',
    async (_name, dates, line) => {
      const failure = await job('preview', '--org', 'clijobs', ...dates).catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toContain(line);
      // s59-D: a Buddhist-era date (fiscal year 2566's) was also "วันที่ต้องอยู่ในปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐"
      if (!line.includes(OUTSIDE_YEARS)) expect(failure.stderr).not.toContain(OUTSIDE_YEARS);
      expect(failure.stderr).not.toMatch(/bad fiscal year|Invalid|expected string|RangeError/);
      // a refused --from, or a date outside the years, is not also compared with the other date (it
      // said "--to: วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น" too)
      if (line.startsWith('--from') || line.includes(OUTSIDE_YEARS))
        expect(failure.stderr).not.toContain('--to: วันสิ้นสุด');
      expect(failure.stdout).toBe('');
    },
  );

  it('previewMail itself refuses a date outside the fiscal years 2560 to 2700, naming the field; their last day is previewed', async () => {
    const deps = f.deps({ wallClock: () => bangkok('2157-09-20T09:00:00') });
    const refused = (from: PlainDate, to: PlainDate) => previewMail(deps, 'clijobs', from, to).catch((e: unknown) => e);
    const said = { message_th: OUTSIDE_SYSTEM_YEARS.th, message_en: OUTSIDE_SYSTEM_YEARS.en };
    expect(await refused('2157-09-25', '2157-10-01')).toMatchObject({ fields: [{ path: 'to', ...said }] });
    expect(await refused('2016-09-30', '2016-10-03')).toMatchObject({ fields: [{ path: 'from', ...said }] });
    // a date outside them is not compared with the other (neighbours: ending before it starts, too long)
    expect(await refused('2300-01-01', '2016-10-01')).toEqual(
      expect.objectContaining({ fields: [{ path: 'from', ...said }] }),
    );
    expect(await refused('1950-01-01', '2016-10-05')).toEqual(
      expect.objectContaining({ fields: [{ path: 'from', ...said }] }),
    );
    expect((await previewMail(deps, 'clijobs', '2157-09-25', '2157-09-30')).emails).toBe(0);
  });

  // s59-D: 1950 and 2300 ended in "หยุดกลางคัน (ABORTED: RangeError) เกิดข้อผิดพลาดในระบบ", exit 1
  // (escalation on 1 January 2300, a holiday, said the day was off); a day of fiscal year 2559 or 2701 ran
  it.each([
    ['escalation', '--at', '2300-01-01T08:30:00+07:00'],
    ['escalation', '--at', '2300-01-03T08:30:00+07:00'],
    ['summaries', '--kind', 'monthly', '--at', '2300-02-01T08:30:00+07:00'],
    ['reminders', '--kind', 'monthly', '--at', '1950-02-01T08:30:00+07:00'],
    ['scheduled', '--kind', 'annual-report', '--at', '2300-10-01T06:00:00+07:00'],
    ['escalation', '--at', '2016-09-30T08:30:00+07:00'],
    // its Bangkok date is 1 October 2157
    ['escalation', '--at', '2157-09-30T20:00:00-05:00'],
    // s60: a date before 1900 passed the check (GregorianDate takes none) and the run read on
    ['escalation', '--at', '1800-01-03T08:30:00+07:00'],
    ['reminders', '--kind', 'monthly', '--at', '1899-12-01T08:30:00+07:00'],
    ['day', '--at', '1800-01-01'],
  ])(
    'refuses a run outside the fiscal years 2560 to 2700 Thai first, naming --at (exit 2), sending nothing: %s %s %s %s %s',
    async (...args) => {
      const said = `ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n  --at: ${OUTSIDE_YEARS}\n`;
      await refusedSendingNothing(job, 'clijobs', [...args, '--org', 'clijobs'], said);
    },
  );

  // s59-D: --today 1950-01-01 was "unexpected error: RangeError: bad fiscal year 2492" (exit 1), 2300 listed nothing
  // s60: 1800-01-01 and 1899-12-31 were called "not a valid date"
  it.each(['1950-01-01', '2300-01-01', '2157-10-01', '1800-01-01', '1899-12-31'])(
    "refuses a preview's --today %s outside the fiscal years 2560 to 2700 Thai first, naming it (exit 2)",
    async (today) => {
      const args = ['preview', '--org', 'clijobs', '--from', '2026-10-01', '--to', '2026-10-05', '--today', today];
      const failure = await job(...args).catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toContain(`--today: ${OUTSIDE_YEARS}`);
      expect(failure.stdout).toBe('');
    },
  );

  it.each([
    ['day', '--at', '2016-10-01'],
    ['escalation', '--at', '2157-09-30T08:30:00+07:00'],
    ['preview', '--from', '2016-10-01', '--to', '2016-10-03', '--today', '2157-09-30'],
  ])(
    'takes the first and last days of fiscal years 2560 to 2700 (only the org is refused): %s %s %s',
    async (...args) => {
      const failure = await job(...args, '--org', 'nosuch').catch((e) => e);
      expect(failure.stderr).toMatch(/^ไม่พบองค์กร "nosuch"\n/);
      expect(failure.stderr).not.toContain(OUTSIDE_YEARS);
    },
  );

  // the new check adds nothing to the Buddhist-era hint (it said "--from: ... ปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐" too)
  it.each(
    [
      ['day', '--at', '2566-02-01'],
      ['escalation', '--at', '2566-04-03T08:30:00+07:00'],
      ['preview', '--from', '2023-09-25', '--to', '2023-09-30', '--today', '2569-09-25'],
    ].map((args) => [args.join(' '), args]),
  )('a Buddhist-era date gets the hint alone: %s', async (_n, args) => {
    const failure = await job(...args, '--org', 'clijobs').catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('ใช้ปี ค.ศ. เช่น 20');
    expect(failure.stderr).not.toContain(OUTSIDE_YEARS);
  });

  // break 14 F9: it said only 'preview: no org nosuch'
  it.each(['nosuch', 'demo'])(
    'refuses a preview of an organisation that does not exist (%s), in Thai first, naming --org',
    async (org) => {
      const failure = await jobProcess('preview', '--org', org, '--from', '2023-09-25', '--to', '2023-09-30').catch(
        (e) => e,
      );
      expect(failure.code).toBe(1);
      expect(failure.stderr).toMatch(new RegExp(`^ไม่พบองค์กร "${org}"\nno organisation "${org}"\n`));
      expect(failure.stderr).toContain('--org: ไม่มีองค์กรรหัสนี้ / no organisation has this id');
      expect(failure.stdout).toBe('');
    },
  );

  it.each([
    ['preview', '--from', '2023-09-25', '--to', '2023-09-30'],
    ['escalation', '--at', '2023-04-03T08:30:00+07:00'],
  ])(
    'refuses an organisation id the API would refuse (CLIJOBS) in Thai first, naming --org (exit 2): %s',
    async (...args) => {
      const failure = await jobProcess(...args, '--org', 'CLIJOBS').catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toMatch(/^ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n {2}--org: /);
      expect(failure.stderr).not.toContain('argument:');
      expect(failure.stdout).toBe('');
    },
  );

  // session 37 (tester P3): a bad --at exited 1, a missing one 2: a usage error is 2 in every CLI
  it.each([
    ['in a Buddhist-era year', '2566-04-01T08:30:00+07:00', '--at: ใช้ปี ค.ศ. เช่น 2023-04-01 สำหรับ พ.ศ. ๒๕๖๖'],
    ['without its offset', '2023-04-01T08:30:00', '--at: '],
    ['that is no time', 'tomorrow', '--at: '],
  ])('refuses --at %s naming the option, with the usage, exit 2 as a missing --at', async (_n, at, line) => {
    const failure = await job('escalation', '--at', at, '--org', 'clijobs').catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain(line);
    expect(failure.stderr).toContain('usage: npm run job');
    expect(failure.stdout).toBe('');
  });

  // session 37 (tester P3): these named every job kind, daily and annual-report too, whatever the
  // command took, and exited 1 where reminders --kind daily exited 2
  it.each([
    [
      'a kind that does not exist',
      ['reminders', '--kind', 'weekly'],
      'คำสั่ง reminders ใช้ --kind monthly, semiannual หรือ april-september เท่านั้น (ไม่ใช่ weekly)\n' +
        'reminders takes --kind monthly, semiannual, april-september (not weekly)\n',
    ],
    [
      'a kind in capitals',
      ['scheduled', '--kind', 'MONTHLY'],
      'คำสั่ง scheduled ใช้ --kind monthly, semiannual, april-september, daily หรือ annual-report เท่านั้น (ไม่ใช่ MONTHLY)\n' +
        'scheduled takes --kind monthly, semiannual, april-september, daily, annual-report (not MONTHLY)\n',
    ],
    [
      'no kind',
      ['summaries'],
      'คำสั่ง summaries ต้องระบุ --kind monthly หรือ april-september\nsummaries needs --kind (monthly, april-september)\n',
    ],
    [
      "another command's kind",
      ['escalation', '--kind', 'monthly'],
      'คำสั่ง escalation ใช้ --kind daily เท่านั้น (ไม่ใช่ monthly) งาน monthly ตามตารางใช้คำสั่ง scheduled --kind monthly\n' +
        "escalation takes --kind daily (not monthly); the schedule's monthly run is scheduled --kind monthly\n",
    ],
  ])(
    'refuses a run with %s Thai first, naming the kinds the command takes, then the usage (exit 2), sending nothing',
    async (_n, args, said) => {
      await refusedSendingNothing(
        job,
        'clijobs',
        [...args, '--at', '2023-04-03T08:30:00+07:00', '--org', 'clijobs'],
        said,
      );
    },
  );

  it("the usage's kinds of each command are those its refusal names", async () => {
    const { stdout } = await runCliEntry(jobEntry, ['--help']);
    expect(stdout).toContain(
      "reminders   the kind's reminders to units (kinds: monthly, semiannual, april-september)\n",
    );
    expect(stdout).toContain("summaries   the executives' summaries (kinds: monthly, april-september;");
    expect(stdout).toContain('(--kind daily, the default)');
    expect(stdout).toContain('(kinds: monthly, semiannual, april-september, daily, annual-report)');
  });

  // these said the usage only, or the error's English only
  it.each([
    [
      'a preview without --from and --to',
      ['preview', '--org', 'clijobs'],
      'คำสั่ง preview ต้องระบุ --org, --from และ --to (ยังไม่ได้ระบุ --from, --to)\npreview needs --org, --from and --to (missing: --from, --to)\nusage: npm run job',
    ],
    [
      'a preview with no option',
      ['preview'],
      'คำสั่ง preview ต้องระบุ --org, --from และ --to\npreview needs --org, --from and --to\nusage: npm run job',
    ],
    [
      'no command',
      ['--at', '2023-04-03T08:30:00+07:00'],
      'ไม่ได้ระบุคำสั่ง ใช้ reminders, summaries, escalation, scheduled, day หรือ preview\nno command: use reminders, summaries, escalation, scheduled, day or preview\nusage: npm run job',
    ],
    [
      'a misspelt command',
      ['previwe', '--org', 'clijobs', '--from', '2023-09-25', '--to', '2023-09-30'],
      'ไม่รู้จักคำสั่ง "previwe" ใช้ reminders, summaries, escalation, scheduled, day หรือ preview\nunknown command "previwe": use reminders, summaries, escalation, scheduled, day or preview\nusage: npm run job',
    ],
    [
      'a run without --at',
      ['escalation', '--org', 'clijobs'],
      'คำสั่ง escalation ต้องระบุ --at เวลาของรอบ เช่น 2023-04-01T08:30:00+07:00\nescalation needs --at',
    ],
    // session 37: these three said parseArgs' English ("Option '--org <value>' argument missing") under the Thai
    [
      '--org with no value',
      ['preview', '--org'],
      'ตัวเลือก --org ต้องตามด้วยค่า เช่น --org <ค่า> กรุณาดูวิธีใช้ด้านล่าง\n--org needs a value after it (--org <value>): see the usage below\nusage: npm run job',
    ],
    [
      '--org followed by another option, not its value',
      ['preview', '--org', '--from', '2023-09-25', '--to', '2023-09-30'],
      'ตัวเลือก --org ต้องตามด้วยค่า เช่น --org <ค่า> กรุณาดูวิธีใช้ด้านล่าง\n--org needs a value after it (--org <value>): see the usage below\nusage: npm run job',
    ],
    [
      'a misspelt option',
      ['preview', '--orgg', 'clijobs', '--from', '2023-09-25', '--to', '2023-09-30'],
      'ไม่รู้จักตัวเลือก --orgg กรุณาดูวิธีใช้ด้านล่าง\nunknown option --orgg: see the usage below\nusage: npm run job',
    ],
  ])('refuses %s Thai first, then English, then the usage (exit 2)', async (_n, args, said) => {
    const failure = await job(...args).catch((e) => e);
    expect(failure.code).toBe(2);
    expect(failure.stderr.startsWith(said), failure.stderr).toBe(true);
    expect(failure.stdout).toBe('');
  });

  // tester s50: `day --at 2023-02-30` and a preview ending before it starts were followed by a usage
  // whose first line was the run commands' (`<reminders|summaries|escalation|scheduled> --kind`)
  it.each([
    ['day', ['day', '--at', '2023-02-30'], 'npm run job -- day --at <YYYY-MM-DD> [--org <orgId>]'],
    ['day', ['day', '--at', '2023-02-01T25:00:00+07:00'], 'npm run job -- day --at <YYYY-MM-DD> [--org <orgId>]'],
    ['day', ['day', '--org', 'clijobs'], 'npm run job -- day --at <YYYY-MM-DD> [--org <orgId>]'],
    ['day', ['day', '--att', '2023-02-01'], 'npm run job -- day --at <YYYY-MM-DD> [--org <orgId>]'],
    [
      'preview',
      ['preview', '--org', 'clijobs', '--from', '2023-02-01', '--to', '2023-01-01'],
      'npm run job -- preview --org <orgId> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--today <YYYY-MM-DD>]',
    ],
    [
      'preview',
      ['preview', '--org'],
      'npm run job -- preview --org <orgId> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--today <YYYY-MM-DD>]',
    ],
    [
      'preview',
      ['preview', '--org', 'clijobs', '--from', '2023-02-01'],
      'npm run job -- preview --org <orgId> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--today <YYYY-MM-DD>]',
    ],
    [
      'preview',
      ['preview', '--org', 'clijobs', '--from', '2023-02-01', '--to', '2023-02-02', '--at', '2023-02-01'],
      'npm run job -- preview --org <orgId> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--today <YYYY-MM-DD>]',
    ],
    [
      'reminders',
      ['reminders', '--kind', 'weekly', '--at', '2023-02-01T08:30:00+07:00'],
      'npm run job -- <reminders|summaries|escalation|scheduled> --kind <kind> --at <time> [--org <orgId>]',
    ],
  ])(
    "a usage error of %s is followed by that command's own usage, then where every command is",
    async (command, args, line) => {
      const failure = await job(...args).catch((e) => e);
      expect(failure.code).toBe(2);
      const usage = (failure.stderr as string).slice(failure.stderr.indexOf('usage: '));
      expect(usage.split('\n')[0]).toBe(`usage: ${line}`);
      expect(usage).toContain(`\n  ${command.padEnd(12)}`);
      for (const other of ['day', 'preview', 'reminders'].filter((c) => c !== command))
        expect(usage).not.toContain(`\n  ${other.padEnd(12)}`);
      expect(usage).toContain('npm run job -- --help');
    },
  );

  it('a usage error with no command or an unknown one is followed by the whole usage, day and preview too', async () => {
    for (const args of [
      ['--at', '2023-02-30'],
      ['dya', '--at', '2023-02-30'],
    ]) {
      const failure = await job(...args).catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stderr).toContain('       npm run job -- day --at <YYYY-MM-DD>');
      expect(failure.stderr).toContain('       npm run job -- preview --org <orgId>');
    }
  });

  it('a preview without the environment (no TABLE_NAME, no local system) says so Thai first, then English', async () => {
    const failure = await runCliEntry(
      jobEntry,
      ['preview', '--org', 'clijobs', '--from', '2023-09-25', '--to', '2023-09-30'],
      { env: { ...process.env, TABLE_NAME: '', ITA_DATA_DIR: '/nonexistent/ita-data' } },
    ).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(
      /^ตั้งค่าตัวแปรสภาพแวดล้อมไม่ครบหรือไม่ถูกต้อง: TABLE_NAME \(ใช้กับระบบในเครื่อง: เปิด npm start ก่อน.*\)\nnpm run job: the environment is not usable:\n {2}TABLE_NAME is not set/,
    );
  });

  it('a preview when DynamoDB is not reachable says so Thai first, then English, naming the address', async () => {
    const port = await freePort();
    const failure = await runCliEntry(
      jobEntry,
      ['preview', '--org', 'clijobs', '--from', '2023-09-25', '--to', '2023-09-30'],
      {
        env: {
          ...process.env,
          TABLE_NAME: f.store.tableName,
          DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`,
          JOB_DYNAMODB_MAX_ATTEMPTS: '1',
        },
      },
    ).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(
      new RegExp(
        `^เชื่อมต่อ 127\\.0\\.0\\.1:${port} ไม่ได้ ระบบในเครื่อง \\(npm start\\) ทำงานอยู่หรือไม่ .*\ncannot connect to 127\\.0\\.0\\.1:${port}: is the local system`,
      ),
    );
  });

  // tester s40: `day --at 2023-04-03 --from 2023-04-01` ran 3 April alone, --from ignored (a replay
  // read as a range); a run's --from/--to and a preview's --at/--kind were dropped silently
  it.each([
    [
      'day with --from (a replay read as a range)',
      ['day', '--at', '2023-04-03', '--from', '2023-04-01'],
      'คำสั่ง day ไม่ใช้ --from (ใช้กับคำสั่ง preview) จึงไม่ได้ทำอะไร คำสั่ง day ใช้ --at และ --org ' +
        'ช่วงวันที่ใช้กับ preview ซึ่งแสดงโดยไม่ส่ง การทำย้อนหลังหลายวันให้สั่ง day --at <วันที่> ทีละวัน\n' +
        'day does not take --from (taken by preview): nothing was done; day takes --at, --org; ' +
        'a range of days is only previewed (preview sends nothing): to replay several days, run day --at <date> for each\n',
    ],
    [
      'escalation with --from and --to',
      ['escalation', '--at', '2023-04-03T08:30:00+07:00', '--from', '2023-04-01', '--to', '2023-04-03'],
      'คำสั่ง escalation ไม่ใช้ --from และ --to (ใช้กับคำสั่ง preview) จึงไม่ได้ทำอะไร คำสั่ง escalation ใช้ --kind, --at และ --org ',
    ],
    [
      'reminders with --to',
      ['reminders', '--kind', 'monthly', '--at', '2023-04-03T08:30:00+07:00', '--to', '2023-04-30'],
      'คำสั่ง reminders ไม่ใช้ --to (ใช้กับคำสั่ง preview) จึงไม่ได้ทำอะไร',
    ],
    [
      'a preview with --at and --kind',
      [
        'preview',
        '--from',
        '2023-04-01',
        '--to',
        '2023-04-30',
        '--at',
        '2023-04-03T08:30:00+07:00',
        '--kind',
        'monthly',
      ],
      'คำสั่ง preview ไม่ใช้ --kind (ใช้กับคำสั่ง reminders, summaries, escalation หรือ scheduled) ' +
        'และ --at (ใช้กับคำสั่ง reminders, summaries, escalation, scheduled หรือ day) จึงไม่ได้ทำอะไร ' +
        'คำสั่ง preview ใช้ --org, --from, --to และ --today\n' +
        'preview does not take --kind (taken by reminders, summaries, escalation, scheduled), ' +
        '--at (taken by reminders, summaries, escalation, scheduled, day): nothing was done; preview takes --org, --from, --to, --today\n',
    ],
    [
      'day with a date as an argument, not as --at',
      ['day', '2023-04-01', '--at', '2023-04-03'],
      'ไม่รู้จัก "2023-04-01" คำสั่ง day รับเฉพาะตัวเลือก --at และ --org จึงไม่ได้ทำอะไร\n' +
        'unexpected argument "2023-04-01": day takes options only (--at, --org): nothing was done\n',
    ],
  ])(
    'refuses %s Thai first, naming the option and the command that takes it, then the usage (exit 2), sending nothing',
    async (_n, args, said) => {
      await refusedSendingNothing(job, 'clijobs', [...args, '--org', 'clijobs'], said);
    },
  );

  it('every command refuses each option its usage line does not give it, and takes those it does', async () => {
    const { stdout: usage } = await runCliEntry(jobEntry, ['--help']);
    const lines = [...usage.matchAll(/npm run job -- (\S+) (.*)$/gm)];
    expect(lines).toHaveLength(3);
    const all = ['--kind', '--at', '--org', '--from', '--to'];
    for (const [, commands, rest] of lines)
      for (const command of commands!.replace(/[<>]/g, '').split('|')) {
        const own = [...rest!.matchAll(/--\w+/g)].map((m) => m[0]);
        for (const option of all) {
          // a value every command refuses, so nothing runs: the refusal says which option it is
          const failure = await runCliEntry(jobEntry, [command, option, 'x!']).catch((e) => e);
          expect(failure.code, `${command} ${option}`).toBe(2);
          const unused = failure.stderr.startsWith(`คำสั่ง ${command} ไม่ใช้ ${option} (ใช้กับคำสั่ง `);
          expect(unused, `${command} ${option}: ${failure.stderr.split('\n')[0]}`).toBe(!own.includes(option));
        }
      }
  });

  // break-32 F6: reminders --kind daily ran the daily pass's reminders (executives' escalations
  // included) although the usage lists monthly, semiannual and april-september
  it.each([
    [
      'reminders',
      'daily',
      'monthly, semiannual หรือ april-september',
      'monthly, semiannual, april-september',
      [' รอบประจำวันใช้คำสั่ง escalation', '; the daily pass is escalation'],
    ],
    [
      'reminders',
      'annual-report',
      'monthly, semiannual หรือ april-september',
      'monthly, semiannual, april-september',
      [
        ' งาน annual-report ตามตารางใช้คำสั่ง scheduled --kind annual-report',
        "; the schedule's annual-report run is scheduled --kind annual-report",
      ],
    ],
    [
      'summaries',
      'daily',
      'monthly หรือ april-september',
      'monthly, april-september',
      [' รอบประจำวันใช้คำสั่ง escalation', '; the daily pass is escalation'],
    ],
  ])(
    'refuses %s --kind %s Thai first, naming the kinds it takes, and sends nothing',
    async (command, kind, th, en, [hintTh, hintEn]) => {
      const before = (await mailFor('clijobs')).length;
      const failure = await job(command, '--kind', kind, '--at', '2023-10-02T08:30:00+07:00', '--org', 'clijobs').then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(failure.code).toBe(2);
      expect(failure.stderr).toMatch(
        new RegExp(
          `^คำสั่ง ${command} ใช้ --kind ${th} เท่านั้น \\(ไม่ใช่ ${kind}\\)${hintTh}\n` +
            `${command} takes --kind ${en} \\(not ${kind}\\)${hintEn}\n`,
        ),
      );
      expect((await mailFor('clijobs')).length).toBe(before);
    },
  );
});

// tester s39: on a working 1st, `escalation` sent the units' monthly reminders but not the executives'
// digest or summaries (those are that day's monthly and april-september runs): `day` runs them all
describe('npm run job -- day (every run the schedule fires on one date)', () => {
  let g: JobsFixture;
  beforeAll(async () => (g = await createJobsFixture('clijobday')));
  afterAll(async () => g?.close());
  const day = (...args: string[]) => jobCli(g, 'day', ...args, '--org', 'clijobday');
  const mailTo = async (who: string, subject: string) =>
    (await mailFor('clijobday')).filter(
      (m) => m.to.includes(`${who}@clijobday.example.org`) && m.subject.includes(subject),
    );
  const UNITS = ['clerk', 'finance', 'engineering', 'education', 'health'];
  const EXECUTIVES = ['mayor', 'ita'];

  it('on Wednesday 1 February 2023, a working day, sends the units their monthly reminders and the executives the January digest, each once', async () => {
    expect((await thaiWorkingDaysBetween('2023-02-01', '2023-02-01', [])).isWorkingDay('2023-02-01')).toBe(true);
    const { stdout } = await day('--at', '2023-02-01');
    expect(stdout).toContain(
      'วันที่ ๑ กุมภาพันธ์ ๒๕๖๖ ตารางเวลาทำ ๒ งาน: monthly, daily (2023-02-01: the schedule fires 2 runs: monthly, daily)\n',
    );
    const monthly = stdout.indexOf(
      "== งาน monthly ตามตาราง ๑ กุมภาพันธ์ ๒๕๖๖ เวลา ๐๘:๓๐ น. (the schedule's monthly run at 2023-02-01T08:30:00+07:00: " +
        'scheduled --kind monthly --at 2023-02-01T08:30:00+07:00 --org clijobday) ==',
    );
    const daily = stdout.indexOf("== งาน daily ตามตาราง ๑ กุมภาพันธ์ ๒๕๖๖ เวลา ๐๘:๓๐ น. (the schedule's daily run");
    expect(monthly).toBeGreaterThanOrEqual(0);
    expect(daily).toBeGreaterThan(monthly);
    expect(stdout).not.toContain('เป็นวันหยุด');
    for (const unit of UNITS)
      expect(await mailTo(`staff.${unit}`, 'ถึงรอบรายงานผล ประจำเดือนกุมภาพันธ์ ๒๕๖๖'), unit).toHaveLength(1);
    for (const reader of EXECUTIVES) expect(await mailTo(reader, '[ITA] สรุปเดือนมกราคม ๒๕๖๖:'), reader).toHaveLength(1);
  });

  it('on Saturday 1 April 2023 (--at a time on it) fires its monthly, april-september and daily runs, and each says nothing is sent on a day off', async () => {
    const before = (await mailFor('clijobday')).length;
    const { stdout } = await day('--at', '2023-04-01T08:30:00+07:00');
    expect(stdout).toContain(
      'วันที่ ๑ เมษายน ๒๕๖๖ ตารางเวลาทำ ๓ งาน: monthly, april-september, daily (2023-04-01: the schedule fires 3 runs: monthly, april-september, daily)',
    );
    const headings = [...stdout.matchAll(/^== งาน (\S+) ตามตาราง ๑ เมษายน ๒๕๖๖ เวลา ๐๘:๓๐ น\./gm)].map((m) => m[1]);
    expect(headings).toEqual(['monthly', 'april-september', 'daily']);
    const off = 'องค์กร clijobday: วันที่ ๑ เมษายน ๒๕๖๖ เป็นวันหยุด (วันเสาร์) ไม่ส่งอีเมล อีเมลของรอบนี้จะส่งในวันทำการถัดไป';
    expect(stdout.split(off).length - 1).toBe(3);
    expect((await mailFor('clijobday')).length).toBe(before);
  });

  it("on Monday 3 April 2023, not a 1st, runs the daily pass only, which sends what 1 April's runs held back", async () => {
    const before = await mailFor('clijobday');
    const { stdout } = await day('--at', '2023-04-03');
    expect(stdout).toContain(
      'วันที่ ๓ เมษายน ๒๕๖๖ ตารางเวลาทำ ๑ งาน: daily (2023-04-03: the schedule fires 1 run: daily)',
    );
    expect(stdout.match(/^== งาน /gm)).toHaveLength(1);
    expect(stdout).toContain('== งาน daily ตามตาราง ๓ เมษายน ๒๕๖๖ เวลา ๐๘:๓๐ น.');
    const fresh = (await mailFor('clijobday')).filter((m) => !before.some((b) => b.messageId === m.messageId));
    const to = (who: string, subject: string) =>
      fresh.filter((m) => m.to.includes(`${who}@clijobday.example.org`) && m.subject.includes(subject));
    // the monthly and april-september runs' openings, in one email a unit
    for (const unit of UNITS) {
      const opening = to(`staff.${unit}`, 'ถึงรอบรายงานผล');
      expect(opening, unit).toHaveLength(1);
      expect(opening[0]!.html).toContain(`i4.f2.2023-04.${unit}`);
      expect(opening[0]!.html).toContain(`i9.f1.H1.${unit}`);
    }
    for (const reader of EXECUTIVES) {
      expect(to(reader, '[ITA] สรุปเดือนมีนาคม ๒๕๖๖:'), reader).toHaveLength(1);
      expect(to(reader, '[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖:'), reader).toHaveLength(1);
    }
  });

  it.each([['2023-02-01'], ['2023-04-01T08:30:00+07:00'], ['2023-04-03']])(
    'run again for %s, it sends nothing new',
    async (at) => {
      const before = (await mailFor('clijobday')).length;
      const { stdout } = await day('--at', at);
      const counts = stdout.match(/^องค์กร clijobday: ส่งแล้ว [๐-๙]+/gm) ?? [];
      for (const c of counts) expect(c).toBe('องค์กร clijobday: ส่งแล้ว ๐');
      expect((await mailFor('clijobday')).length).toBe(before);
    },
  );

  it('on Sunday 1 October 2023 the annual report run that stops (no BUCKET_NAME) does not stop the monthly and daily runs after it, and the day exits 1', async () => {
    const failure = await runCliEntry(jobEntry, ['day', '--at', '2023-10-01', '--org', 'clijobday'], {
      env: { ...jobCliEnv(g), BUCKET_NAME: '' },
    }).catch((e) => e);
    expect(failure.code).toBe(1);
    const headings = [...failure.stdout.matchAll(/^== งาน (\S+) ตามตาราง ๑ ตุลาคม ๒๕๖๖ เวลา (\S+) น\./gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(headings).toEqual(['annual-report ๐๖:๐๐', 'monthly ๐๘:๓๐', 'daily ๐๘:๓๐']);
    expect(failure.stdout).toContain('องค์กร clijobday: หยุดกลางคัน');
    const off = 'องค์กร clijobday: วันที่ ๑ ตุลาคม ๒๕๖๖ เป็นวันหยุด (วันอาทิตย์) ไม่ส่งอีเมล';
    expect(failure.stdout.split(off).length - 1).toBe(2);
    expect(failure.stderr).toContain('หยุดกลางคัน ๑ องค์กร (clijobday)');
  });

  it.each([
    [
      'without --at',
      [],
      'คำสั่ง day ต้องระบุ --at วันที่ เช่น 2023-02-01 (หรือเวลาในวันนั้น เช่น 2023-02-01T08:30:00+07:00)\n' +
        'day needs --at, the date, e.g. 2023-02-01 (or a time on it, e.g. 2023-02-01T08:30:00+07:00)\n',
    ],
    [
      'with a --kind (it runs every kind of the day)',
      ['--kind', 'monthly', '--at', '2023-02-01'],
      'คำสั่ง day ไม่ใช้ --kind (ใช้กับคำสั่ง reminders, summaries, escalation หรือ scheduled) จึงไม่ได้ทำอะไร ' +
        'คำสั่ง day ใช้ --at และ --org คำสั่ง day ทำทุกงานที่ตารางเวลาทำในวันนั้น งานเดียวใช้คำสั่ง scheduled --kind monthly --at <เวลา>\n' +
        'day does not take --kind (taken by reminders, summaries, escalation, scheduled): nothing was done; day takes --at, --org; ' +
        'day runs every kind the schedule fires that day, one kind is scheduled --kind monthly --at <time>\n',
    ],
    [
      'for 30 February',
      ['--at', '2023-02-30'],
      'ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n' +
        '  --at: วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2023-04-30 / not a valid date: use YYYY-MM-DD with the Gregorian year, e.g. 2023-04-30\n',
    ],
    [
      'for a time on 30 February',
      ['--at', '2023-02-30T08:30:00+07:00'],
      'ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n  --at: ',
    ],
    // s59-D: 1950 ran its monthly and daily runs (a holiday), 3 January 2300 stopped on RangeError (exit 1)
    [
      'for a time on 1 January 1950',
      ['--at', '1950-01-01T08:30:00+07:00'],
      `ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n  --at: ${OUTSIDE_YEARS}\n`,
    ],
    [
      'for 3 January 2300',
      ['--at', '2300-01-03'],
      `ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n  --at: ${OUTSIDE_YEARS}\n`,
    ],
    [
      'for 1 October 2157, after fiscal year 2700',
      ['--at', '2157-10-01'],
      `ค่าตัวเลือกไม่ถูกต้อง\nan option value is not valid\n  --at: ${OUTSIDE_YEARS}\n`,
    ],
  ])('refuses a day %s Thai first, then the usage (exit 2), sending nothing', async (_n, args, said) => {
    const stderr = await refusedSendingNothing(day, 'clijobday', args, said);
    expect(stderr).toContain('npm run job -- day --at <YYYY-MM-DD> [--org <orgId>]');
  });
});
