// The preview (npm run job -- preview) lists the annual results report's email on the day it would go
// out: 1 October when that is a working day, else the next working day's daily pass; once, to each
// executive and coordinator. A report that will not go out (failed, or not made by its run) is a note.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { thaiWorkingDaysBetween } from '../../../shared/domain/thai-working-days.js';
import type { JobDependencies } from '../../../shared/jobs/job-dependencies.js';
import { previewMail } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { maskAddress } from '../../../shared/mail/deliver-once.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { bangkok } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { importSeedPlan } from '../../support/seed-plan.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';

const ORG = 'demo';
let f: ApiFixture;
let ses: SESClient;
/** a preview made on 20 September 2022, before any of these 1 October runs */
let before: JobDependencies;

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2022-09-20T09:00:00') });
  // the seed's plan for the neighbouring years too (its "once" dates belong to FY2566)
  for (const fy of [2565, 2567]) {
    const seed = importSeedPlan(ORG).plan;
    const plan = {
      ...seed,
      fy,
      measures: seed.measures.map((m) => ({
        ...m,
        followUps: m.followUps.map(({ dueDate: _d, firstMonth: _f, lastMonth: _l, ...rest }) => rest),
      })),
    };
    await new PlanRepository(f.store).savePlan(plan, { actor: 'system:seed', now: SEED_TIME });
  }
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  before = fixtureJobDeps(f, ses, {
    calendar: await thaiWorkingDaysBetween('2021-10-01', '2026-06-30', []),
    wallClock: () => bangkok('2022-09-20T09:00:00'),
  });
}, 120_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

const annual = async (deps: JobDependencies, from: PlainDate, to: PlainDate) => {
  const { lines, notes } = await previewMail(deps, ORG, from, to);
  return { lines: lines.filter((l) => l.stage === 'annual-report'), notes };
};
const toReaders = (day: PlainDate, fy: number) => [
  {
    day,
    stage: 'annual-report',
    subject: `annual-report-${fy}`,
    recipient: maskAddress(`ita@${f.mailDomain}`),
    person: 'คณะทำงาน ITA (คณะทำงาน ITA)', // by the role it goes to them in (tester s45 #5)
  },
  {
    day,
    stage: 'annual-report',
    subject: `annual-report-${fy}`,
    recipient: maskAddress(`mayor@${f.mailDomain}`),
    person: 'นายกเทศมนตรี (ผู้บริหาร)',
  },
];
const byRecipient = <T extends { recipient: string }>(lines: T[]) =>
  [...lines].sort((a, b) => a.recipient.localeCompare(b.recipient));

describe('npm run job -- preview: the annual report email', { timeout: 120_000 }, () => {
  it('over 28 September to 5 October 2023 (1 October a Sunday): on Monday 2 October, once to each executive and coordinator, nothing sent', async () => {
    const { lines, notes } = await annual(before, '2023-09-28', '2023-10-05');
    expect(byRecipient(lines)).toEqual(toReaders('2023-10-02', 2566));
    expect(notes).toEqual([]);
    expect(await mailFor(f.mailDomain)).toEqual([]);
  });

  it('1 October 2022, a Saturday: on Monday 3 October', async () => {
    const { lines } = await annual(before, '2022-09-26', '2022-10-07');
    expect(byRecipient(lines)).toEqual(toReaders('2022-10-03', 2565));
  });

  it('a range that ends before the mailing day (Sunday 1 October 2023) shows none', async () => {
    expect(await annual(before, '2023-09-25', '2023-10-01')).toEqual({ lines: [], notes: [] });
    expect(await annual(before, '2022-09-26', '2022-10-02')).toEqual({ lines: [], notes: [] });
  });

  // s36 F1: the note said to set BUCKET_NAME (and S3_ENDPOINT) although the job had its report file
  // store (the local system's runtime-env.json sets both): it names them only where they are missing
  it.each([
    ['1 October 2022, a Saturday', '2022-10-03T07:00:00', '2022-09-26', '2022-10-07', '2022-10-03', '2022-10-01', 2565],
    ['1 October 2023, a Sunday', '2023-10-03T07:00:00', '2023-09-28', '2023-10-05', '2023-10-02', '2023-10-01', 2566],
    [
      '1 October 2024, a Tuesday (its own run mails)',
      '2024-10-02T07:00:00',
      '2024-09-30',
      '2024-10-04',
      '2024-10-01',
      '2024-10-01',
      2567,
    ],
  ])(
    "%s, after the run's time with no report made: no line, a note in Thai first with the commands that replay the run and the pass",
    async (_n, clock, from, to, day, runDay, fy) => {
      const late = { ...before, wallClock: () => bangkok(clock) };
      const { lines, notes } = await annual(late, from as PlainDate, to as PlainDate);
      expect(lines).toEqual([]);
      const replay =
        `npm run job -- scheduled --kind annual-report --at ${runDay}T06:00:00+07:00 --org demo` +
        (day === runDay ? '' : ` && npm run job -- escalation --at ${day}T08:30:00+07:00 --org demo`);
      const thaiRunDay = `๑ ตุลาคม ${toThaiDigits(Number(runDay.slice(0, 4)) + 543)}`;
      expect(notes).toEqual([
        {
          day,
          th: `รอบจัดทำรายงานผลประจำปีงบประมาณ ${toThaiDigits(fy)} เมื่อวันที่ ${thaiRunDay} ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล สั่งรอบนั้นใหม่: ${replay}`,
          en: `the annual-report run of ${runDay} made no FY${fy} report: nothing will be mailed; replay it: ${replay}`,
        },
      ]);
    },
  );

  it('a preview with no report file store (BUCKET_NAME unset): the note says to set it for the replay', async () => {
    const { files: _files, ...noStore } = { ...before, wallClock: () => bangkok('2023-10-03T07:00:00') };
    const { notes } = await annual(noStore, '2023-09-28', '2023-10-05');
    expect(notes.map((n) => n.th)).toEqual([
      'รอบจัดทำรายงานผลประจำปีงบประมาณ ๒๕๖๖ เมื่อวันที่ ๑ ตุลาคม ๒๕๖๖ ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล ' +
        'สั่งรอบนั้นใหม่โดยตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง) ไว้: ' +
        'npm run job -- scheduled --kind annual-report --at 2023-10-01T06:00:00+07:00 --org demo && ' +
        'npm run job -- escalation --at 2023-10-02T08:30:00+07:00 --org demo',
    ]);
    expect(notes.map((n) => n.en)).toEqual([
      expect.stringContaining('replay it with BUCKET_NAME (and S3_ENDPOINT for the local system) set: npm run job'),
    ]);
  });

  it('a report still being generated: its lines, and a note that it is mailed once ready', async () => {
    const { generation } = await f.repos.generations.claim({
      kind: 'annual-report',
      orgId: ORG,
      fy: 2565,
      trigger: `schedule:${bangkok('2022-10-01T06:00:00').toISOString()}`,
      now: bangkok('2022-10-01T06:00:00'),
      scheduledTime: bangkok('2022-10-01T06:00:00').toISOString(),
    });
    const { lines, notes } = await annual(before, '2022-09-26', '2022-10-07');
    expect(byRecipient(lines)).toEqual(toReaders('2022-10-03', 2565));
    expect(notes).toEqual([
      {
        day: '2022-10-03',
        th: `รายงานผลประจำปีงบประมาณ ๒๕๖๕ (ฉบับที่ ${toThaiDigits(generation)}) ยังจัดทำไม่เสร็จ จะส่งเมื่อจัดทำเสร็จ (ระบบลองใหม่เอง)`,
        en: `the FY2565 annual report (generation ${generation}) is still being generated: it is mailed once ready (the run is retried)`,
      },
    ]);
  });

  it('a report that failed (1 October 2024, a Tuesday: its own run mails): no line, a note with its reason and what to do', async () => {
    const at = bangkok('2024-10-01T06:00:00');
    const { generation } = await f.repos.generations.claim({
      kind: 'annual-report',
      orgId: ORG,
      fy: 2567,
      trigger: `schedule:${at.toISOString()}`,
      now: at,
      scheduledTime: at.toISOString(),
    });
    await f.repos.generations.fail('annual-report', ORG, 2567, generation, {
      message_th: 'แผนไม่มีมาตรการ',
      message_en: 'the plan has no measures',
    });
    const { lines, notes } = await annual(before, '2024-09-28', '2024-10-05');
    expect(lines).toEqual([]);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.day).toBe('2024-10-01');
    expect(notes[0]!.th).toBe(
      `รายงานผลประจำปีงบประมาณ ๒๕๖๗ (ฉบับที่ ${toThaiDigits(generation)}) จัดทำไม่สำเร็จ จะไม่ส่งอีเมลถึงผู้บริหารและคณะทำงาน ITA (แผนไม่มีมาตรการ) คณะทำงาน ITA สั่งจัดทำใหม่ได้ที่หน้าเอกสาร`,
    );
    expect(notes[0]!.en).toContain('AnnualReportFailed');
  });

  it('is what the runs then send: the 1 October 2023 run and the Monday pass mail those two, after which it lists none', async () => {
    const previewed = (await annual(before, '2023-09-28', '2023-10-05')).lines;
    // generated on the Sunday: still to be mailed, the same two lines
    await runScheduledJob(before, { kind: 'annual-report', scheduledTime: bangkok('2023-10-01T06:00:00'), orgId: ORG });
    expect((await annual(before, '2023-09-28', '2023-10-05')).lines).toEqual(previewed);
    await runScheduledJob(before, { kind: 'daily', scheduledTime: bangkok('2023-10-02T08:30:00'), orgId: ORG });
    const mailed = (await mailFor(f.mailDomain)).filter((m) =>
      m.attachments.some((a) => a.contentType === 'application/pdf'),
    );
    expect(mailed.map((m) => maskAddress(m.to[0]!)).sort()).toEqual(previewed.map((l) => l.recipient).sort());
    expect(await annual(before, '2023-09-28', '2023-10-05')).toEqual({ lines: [], notes: [] });
  });
});
