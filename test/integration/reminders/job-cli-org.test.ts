// t36 P2: `npm run job` with a mistyped --org ran for no org and printed "org demo-typo: ส่งแล้ว 0
// (sent)", totals, exit 0 (an off-schedule refusal even copied the typo into its command). Now
// refused as the preview refuses it, for every job kind. And the off-schedule refusal's command
// for the last run named the official calendar's next working day even for an org closed then:
// with --org it now names that org's next working day, as its daily pass has it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailFor } from '../../support/mailbox.js';
import { createJobsFixture, jobCli, type JobsFixture } from '../../support/jobs-fixture.js';

const ORG = 'ownclosed';
let f: JobsFixture;
beforeAll(async () => {
  f = await createJobsFixture(ORG);
  // as `npm run admin -- set-closure-days --org ownclosed --days 2023-09-01,2023-10-02,2023-10-03`
  await f.repos.orgs.updateOrg(ORG, (org) => ({ ...org, closureDays: ['2023-09-01', '2023-10-02', '2023-10-03'] }), {
    actor: 'system:test',
    now: new Date('2023-08-01T02:00:00Z'),
    action: 'org.closureDays',
  });
});
afterAll(async () => f?.close());

/** 1 September 2023, a Friday, is the org's own closure day */
const CLOSURE = { th: 'วันปิดทำการขององค์กร', en: "the org's own closure day" };

const outcomeOf = (args: string[]) =>
  jobCli(f, ...args).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run job with an --org no organisation has', () => {
  it.each([
    ['the daily pass', ['escalation', '--at', '2023-05-02T08:30:00+07:00', '--org', 'demo-typo']],
    [
      'the semiannual reminders',
      ['reminders', '--kind', 'semiannual', '--at', '2023-03-20T08:30:00+07:00', '--org', 'nosuch'],
    ],
    [
      'the monthly summaries',
      ['summaries', '--kind', 'monthly', '--at', '2023-05-01T08:30:00+07:00', '--org', 'nosuch'],
    ],
    [
      'the annual report on a day off its schedule',
      ['scheduled', '--kind', 'annual-report', '--at', '2023-10-09T06:00:00+07:00', '--org', 'nosuch'],
    ],
  ])('%s: "ไม่พบองค์กร", as the preview says, exit 1, nothing sent or run', async (_n, args) => {
    const org = args.at(-1)!;
    const before = (await mailFor(ORG)).length;
    const r = await outcomeOf(args);
    expect(r.stderr).toBe(
      `ไม่พบองค์กร "${org}"\nno organisation "${org}"\n  --org: ไม่มีองค์กรรหัสนี้ / no organisation has this id\n`,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((await mailFor(ORG)).length).toBe(before);
  });
});

describe("npm run job: the off-schedule refusal's command for the last run, by the org's calendar", () => {
  it.each([
    [
      'the annual report on 9 October 2023: 1 October a Sunday, 2 and 3 October its closure days',
      ['scheduled', '--kind', 'annual-report', '--at', '2023-10-09T06:00:00+07:00', '--org', ORG],
      `npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 --org ${ORG} && ` +
        `npm run job -- escalation --at 2023-10-04T08:30:00+07:00 --org ${ORG}\n`,
      { th: 'วันอาทิตย์', en: 'a Sunday' },
    ],
    [
      'the semiannual reminders on 1 November 2023: 1 September its closure day',
      ['reminders', '--kind', 'semiannual', '--at', '2023-11-01T08:30:00+07:00', '--org', ORG],
      `npm run job -- reminders --kind semiannual --at 2023-09-01T08:30:00+07:00 --org ${ORG} && ` +
        `npm run job -- escalation --at 2023-09-04T08:30:00+07:00 --org ${ORG}\n`,
      CLOSURE,
    ],
    [
      'the April-September summaries on 2 November 2023: 1 September its closure day',
      ['summaries', '--kind', 'april-september', '--at', '2023-11-02T08:30:00+07:00', '--org', ORG],
      `npm run job -- summaries --kind april-september --at 2023-09-01T08:30:00+07:00 --org ${ORG} && ` +
        `npm run job -- escalation --at 2023-09-04T08:30:00+07:00 --org ${ORG}\n`,
      CLOSURE,
    ],
  ])('%s: a day off, which it is, the next working day of the org named', async (_n, args, commands, why) => {
    const r = await outcomeOf(args);
    expect(r.code).toBe(2);
    const [th, en] = r.stderr.split('\n');
    expect(`${th}\n`).toContain(`ซึ่งเป็นวันหยุด (${why.th}) อีเมลของรอบจึงส่งในรอบประจำวันของวันทำการถัดไป: ${commands}`);
    expect(`${en}\n`).toContain(
      `, which is a day off (${why.en}): the next working day's daily pass sends its emails: ${commands}`,
    );
    expect(r.stdout).toBe('');
  });

  it('without --org, the official calendar, and a note that an org closed that day sends on its own next working day', async () => {
    const r = await outcomeOf(['scheduled', '--kind', 'annual-report', '--at', '2023-10-09T06:00:00+07:00']);
    expect(r.code).toBe(2);
    const [th, en] = r.stderr.split('\n');
    expect(th).toBe(
      'งาน --kind annual-report ทำเฉพาะวันที่ ๑ ตุลาคม วันที่ ๙ ตุลาคม ๒๕๖๖ ไม่มีรอบของงานนี้ จึงไม่ได้ทำอะไร ' +
        'รอบล่าสุดคือวันที่ ๑ ตุลาคม ๒๕๖๖ ซึ่งเป็นวันหยุด (วันอาทิตย์) อีเมลของรอบจึงส่งในรอบประจำวันของวันทำการถัดไป: ' +
        'npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 && ' +
        'npm run job -- escalation --at 2023-10-02T08:30:00+07:00 ' +
        '(องค์กรที่ปิดทำการในวันนั้นตามวันหยุดของตนเอง จะส่งในรอบประจำวันของวันทำการถัดไปขององค์กร ระบุ --org เพื่อดูคำสั่งขององค์กรนั้น)',
    );
    expect(en).toContain(
      "npm run job -- escalation --at 2023-10-02T08:30:00+07:00 (an org closed that day by its own closure days sends on its next working day's daily pass: add --org for its command)",
    );
  });
});
