// s36 F1: a kind's run on a day that stands for no run of it (the annual report on Monday 2 October
// 2023 because the 1st was a Sunday, semiannual in April) made nothing and printed only zero counts.
// Now refused, Thai first, naming the days the kind runs on and the exact command for its last run;
// and the preview names BUCKET_NAME only where the job has no report file store.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { jobCli as jobEntry } from '../../../infra/cli/run-job.js';
import { runCliEntry } from '../../support/cli-process.js';
import { mailFor } from '../../support/mailbox.js';
import { createJobsFixture, jobCli, type JobsFixture } from '../../support/jobs-fixture.js';

const ORG = 'offsched';
let f: JobsFixture;
beforeAll(async () => (f = await createJobsFixture(ORG)));
afterAll(async () => f?.close());

const refusalOf = (args: string[]) =>
  jobCli(f, ...args).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run job: a kind run on a day that stands for none of its runs', () => {
  it.each([
    [
      'the annual report on Monday 2 October 2023 (the 1st a Sunday), all orgs',
      ['scheduled', '--kind', 'annual-report', '--at', '2023-10-02T06:00:00+07:00'],
      'งาน --kind annual-report ทำเฉพาะวันที่ ๑ ตุลาคม วันที่ ๒ ตุลาคม ๒๕๖๖ ไม่มีรอบของงานนี้ จึงไม่ได้ทำอะไร ' +
        'รอบล่าสุดคือวันที่ ๑ ตุลาคม ๒๕๖๖ ซึ่งเป็นวันหยุด (วันอาทิตย์) อีเมลของรอบจึงส่งในรอบประจำวันของวันทำการถัดไป: ' +
        'npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 && ' +
        'npm run job -- escalation --at 2023-10-02T08:30:00+07:00 ' +
        '(องค์กรที่ปิดทำการในวันนั้นตามวันหยุดของตนเอง จะส่งในรอบประจำวันของวันทำการถัดไปขององค์กร ระบุ --org เพื่อดูคำสั่งขององค์กรนั้น)\n' +
        "--kind annual-report runs only on 1 October: 2023-10-02 has no such run, nothing was done; its last run is 2023-10-01's, " +
        "which is a day off (a Sunday): the next working day's daily pass sends its emails: " +
        'npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 && npm run job -- escalation --at 2023-10-02T08:30:00+07:00 ' +
        "(an org closed that day by its own closure days sends on its next working day's daily pass: add --org for its command)\n",
    ],
    [
      'the annual report on Wednesday 2 October 2024 (the 1st a working Tuesday), one org',
      ['scheduled', '--kind', 'annual-report', '--at', '2024-10-02T06:00:00+07:00', '--org', ORG],
      'งาน --kind annual-report ทำเฉพาะวันที่ ๑ ตุลาคม วันที่ ๒ ตุลาคม ๒๕๖๗ ไม่มีรอบของงานนี้ จึงไม่ได้ทำอะไร ' +
        `รอบล่าสุดคือวันที่ ๑ ตุลาคม ๒๕๖๗: npm run job -- scheduled --kind annual-report --at 2024-10-01T06:00:00+07:00 --org ${ORG}\n` +
        "--kind annual-report runs only on 1 October: 2024-10-02 has no such run, nothing was done; its last run is 2024-10-01's: " +
        `npm run job -- scheduled --kind annual-report --at 2024-10-01T06:00:00+07:00 --org ${ORG}\n`,
    ],
    [
      'the semiannual reminders on 3 April 2023',
      ['reminders', '--kind', 'semiannual', '--at', '2023-04-03T08:30:00+07:00', '--org', ORG],
      'งาน --kind semiannual ทำเฉพาะวันที่ ๑ มีนาคม และ ๑ กันยายน (หรือวันอื่นของเดือนนั้น ถือเป็นรอบของวันที่ ๑) ' +
        'วันที่ ๓ เมษายน ๒๕๖๖ ไม่มีรอบของงานนี้ จึงไม่ได้ทำอะไร ' +
        `รอบล่าสุดคือวันที่ ๑ มีนาคม ๒๕๖๖: npm run job -- reminders --kind semiannual --at 2023-03-01T08:30:00+07:00 --org ${ORG}\n` +
        '--kind semiannual runs only on 1 March and 1 September (or a later day of that month, standing for the 1st): ' +
        "2023-04-03 has no such run, nothing was done; its last run is 2023-03-01's: " +
        `npm run job -- reminders --kind semiannual --at 2023-03-01T08:30:00+07:00 --org ${ORG}\n`,
    ],
    [
      'the April-September summaries on 2 May 2023 (1 April a Saturday)',
      ['summaries', '--kind', 'april-september', '--at', '2023-05-02T08:30:00+07:00', '--org', ORG],
      'งาน --kind april-september ทำเฉพาะวันที่ ๑ เมษายน และ ๑ กันยายน (หรือวันอื่นของเดือนนั้น ถือเป็นรอบของวันที่ ๑) ' +
        'วันที่ ๒ พฤษภาคม ๒๕๖๖ ไม่มีรอบของงานนี้ จึงไม่ได้ทำอะไร ' +
        'รอบล่าสุดคือวันที่ ๑ เมษายน ๒๕๖๖ ซึ่งเป็นวันหยุด (วันเสาร์) อีเมลของรอบจึงส่งในรอบประจำวันของวันทำการถัดไป: ' +
        `npm run job -- summaries --kind april-september --at 2023-04-01T08:30:00+07:00 --org ${ORG} && ` +
        `npm run job -- escalation --at 2023-04-03T08:30:00+07:00 --org ${ORG}\n`,
    ],
  ])(
    '%s: refused Thai first, then English, with the command for its last run; nothing made, nothing sent',
    async (_n, args, said) => {
      const before = (await mailFor(ORG)).length;
      const r = await refusalOf(args);
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(said), r.stderr).toBe(true);
      expect(r.stdout).toBe('');
      expect((await mailFor(ORG)).length).toBe(before);
      expect(await f.repos.generations.list('annual-report', ORG, 2567)).toEqual([]);
    },
  );

  it.each([
    ['monthly on 3 April 2023 (stands for the 1st)', 'monthly', '2023-04-03T08:30:00+07:00'],
    ['april-september on 5 September 2023 (stands for the 1st)', 'april-september', '2023-09-05T08:30:00+07:00'],
    ['semiannual on 1 September 2023', 'semiannual', '2023-09-01T08:30:00+07:00'],
  ])('a run of %s is run, not refused', async (_n, kind, at) => {
    const { stdout, stderr } = await jobCli(f, 'scheduled', '--kind', kind, '--at', at, '--org', ORG);
    expect(stderr).not.toContain('ไม่มีรอบของงานนี้');
    expect(stdout).toMatch(/ส่งแล้ว [๐-๙]+, .* \(sent \d+, /);
  });
});

describe('npm run job -- preview: a 1 October run that made no report', () => {
  const preview = (env: Record<string, string>, from: string, to: string) =>
    runCliEntry(jobEntry, ['preview', '--org', ORG, '--from', from, '--to', to], {
      env: {
        ...process.env,
        TABLE_NAME: f.store.tableName,
        DYNAMODB_ENDPOINT: f.store.endpoint,
        SES_ENDPOINT: inject('sesEndpoint'),
        ...env,
      },
    });
  // as the local system's runtime-env.json sets them
  const withStore = { BUCKET_NAME: 'ita-measures-local', S3_ENDPOINT: inject('s3Endpoint') };

  it('with BUCKET_NAME set (as the local system sets it), the note gives the replay only', async () => {
    const { stdout } = await preview(withStore, '2023-09-28', '2023-10-10');
    expect(stdout).toContain(
      '2023-10-02  รอบจัดทำรายงานผลประจำปีงบประมาณ ๒๕๖๖ เมื่อวันที่ ๑ ตุลาคม ๒๕๖๖ ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล สั่งรอบนั้นใหม่: ' +
        `npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 --org ${ORG} && ` +
        `npm run job -- escalation --at 2023-10-02T08:30:00+07:00 --org ${ORG}\n` +
        `            the annual-report run of 2023-10-01 made no FY2566 report: nothing will be mailed; replay it: npm run job -- scheduled`,
    );
    expect(stdout).not.toMatch(/BUCKET_NAME|S3_ENDPOINT/);
  });

  it('without BUCKET_NAME, the note says to set it for the replay', async () => {
    const { stdout } = await preview({ BUCKET_NAME: '' }, '2023-09-28', '2023-10-10');
    expect(stdout).toContain(
      'ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล สั่งรอบนั้นใหม่โดยตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง) ไว้: ',
    );
  });
});
