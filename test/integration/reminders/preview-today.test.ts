// Re-check of the turn of the year (s48): `npm run job -- preview` ran on the real clock, not the
// local system's `npm start -- --today …`, so an officer on 25 September (local) previewing
// 1 October read "the annual-report run of 2023-10-01 made no FY2566 report" (the real clock was
// past it) instead of who gets the report. The preview takes `--today YYYY-MM-DD` (09:00 Bangkok,
// as npm start's) and, without it, the running local system's clock (runtime-env.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobCli as jobEntry } from '../../../infra/cli/run-job.js';
import { runCliEntry } from '../../support/cli-process.js';
import { createJobsFixture, jobCliEnv, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';

let f: JobsFixture;
beforeAll(async () => {
  f = await createJobsFixture('prevtoday');
}, 120_000);
afterAll(async () => f?.close());

const RANGE = ['preview', '--org', 'prevtoday', '--from', '2023-09-28', '--to', '2023-10-05'];
const preview = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCliEntry(jobEntry, args, { env: { ...jobCliEnv(f), ...env } });
/** 1 October 2023 is a Sunday: the annual report goes out with Monday's daily pass. */
const MAILED = /^2023-10-02 {2}annual-report +annual-report-2566 {2}นายกเทศมนตรี/m;
const NOT_MADE = 'ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล';

describe('the preview reads the day the officer gives, or the local system’s clock', { timeout: 120_000 }, () => {
  it('--today 2023-09-25: the 1 October run is still ahead, so its report is listed for 2 October, with no replay note', async () => {
    const before = (await mailFor('prevtoday')).length;
    const { stdout } = await preview([...RANGE, '--today', '2023-09-25']);
    expect(stdout).toMatch(MAILED);
    expect(stdout).toMatch(/^2023-10-02 {2}annual-report +annual-report-2566 {2}คณะทำงาน ITA/m);
    expect(stdout).not.toContain(NOT_MADE);
    expect((await mailFor('prevtoday')).length).toBe(before);
  });

  it('--today 2023-10-02: the run’s time has passed with no report made, so the note says to replay it', async () => {
    const { stdout } = await preview([...RANGE, '--today', '2023-10-02']);
    expect(stdout).not.toMatch(MAILED);
    expect(stdout).toContain(`รอบจัดทำรายงานผลประจำปีงบประมาณ ๒๕๖๖ เมื่อวันที่ ๑ ตุลาคม ๒๕๖๖ ${NOT_MADE}`);
  });

  it('without --today, the local system’s clock of npm start -- --today 2023-09-25 (runtime-env.json)', async () => {
    const offset = String(Date.parse('2023-09-25T09:00:00+07:00') - Date.now());
    const { stdout } = await preview(RANGE, { ITA_CLOCK_OFFSET_MS: offset });
    expect(stdout).toMatch(MAILED);
    expect(stdout).not.toContain(NOT_MADE);
    // --today wins over the local clock
    const given = await preview([...RANGE, '--today', '2023-10-02'], { ITA_CLOCK_OFFSET_MS: offset });
    expect(given.stdout).toContain(NOT_MADE);
  });

  it.each([
    ['a date that does not exist', ['--today', '2023-02-30'], '--today: วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ.'],
    ['a BE year', ['--today', '2566-09-25'], '--today: ใช้ปี ค.ศ. เช่น 2023-09-25 สำหรับ พ.ศ. ๒๕๖๖'],
  ])('refuses %s, Thai first, naming --today (exit 2)', async (_, extra, said) => {
    const failure = await preview([...RANGE, ...extra]).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toContain(said);
  });

  it('a run does not take --today: it is refused, naming preview as the command that does', async () => {
    const failure = await preview(['day', '--at', '2023-10-02', '--today', '2023-09-25']).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('คำสั่ง day ไม่ใช้ --today (ใช้กับคำสั่ง preview)');
  });
});
