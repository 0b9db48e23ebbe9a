// The annual-report schedule fires on 1 October whatever day that is: the report is generated on
// the day, but its email waits for the org's next working day, like every other email, and goes
// out once (break s31-u F9; docs/reminders.md, "Working days").
import { fixtureJobDeps } from '../support/fixture-job-deps.js';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import { thaiWorkingDaysBetween } from '../../shared/domain/thai-working-days.js';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { runScheduledJob } from '../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { createApiFixture, type ApiFixture } from '../support/api-fixture.js';
import { bangkok } from '../support/jobs-fixture.js';
import { mailFor } from '../support/mailbox.js';
import { importSeedPlan } from '../support/seed-plan.js';
import { SEED_TIME } from '../support/seed-org.js';

const ORG = 'demo';
let f: ApiFixture;
let ses: SESClient;
let deps: JobDependencies;

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2022-09-20T09:00:00') });
  // the seed's plan for the two neighbouring years too (its "once" dates belong to FY2566)
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
  deps = fixtureJobDeps(f, ses, {
    // the Thai official calendar; 1 October 2024 (a Tuesday) a holiday of the org's
    calendar: await thaiWorkingDaysBetween('2021-10-01', '2026-06-30', ['2024-10-01']),
  });
}, 120_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

const annualMails = async (fyThai: string) =>
  (await mailFor(f.mailDomain)).filter(
    (m) => m.subject.includes(fyThai) && m.attachments.some((a) => a.contentType === 'application/pdf'),
  );
const annualRun = (day: PlainDate) =>
  runScheduledJob(deps, { kind: 'annual-report', scheduledTime: bangkok(`${day}T06:00:00`), orgId: ORG });
const dailyPass = (day: PlainDate) =>
  runScheduledJob(deps, { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });

describe('the annual report on a 1 October that is not a working day', () => {
  const cases: [string, number, string, PlainDate, PlainDate[], PlainDate][] = [
    ['a Sunday (1 October 2023): mailed on Monday 2 October', 2566, '๒๕๖๖', '2023-10-01', ['2023-10-01'], '2023-10-02'],
    [
      'a Saturday (1 October 2022): mailed on Monday 3 October',
      2565,
      '๒๕๖๕',
      '2022-10-01',
      ['2022-10-01', '2022-10-02'],
      '2022-10-03',
    ],
    [
      "the org's holiday on a Tuesday (1 October 2024): mailed on Wednesday 2 October",
      2567,
      '๒๕๖๗',
      '2024-10-01',
      ['2024-10-01'],
      '2024-10-02',
    ],
  ];
  it.each(cases)(
    '%s, to each executive and coordinator once',
    { timeout: 120_000 },
    async (_, fy, fyThai, runDay, daysOff, nextWorkingDay) => {
      // delivered twice at once and once more on the day: one generation, no email
      const onTheDay = await Promise.all([annualRun(runDay), annualRun(runDay)]);
      onTheDay.push(await annualRun(runDay));
      expect(onTheDay.map((r) => r.sent)).toEqual([0, 0, 0]);
      for (const day of daysOff) await dailyPass(day);
      expect(await annualMails(fyThai)).toEqual([]);
      const generations = await f.repos.generations.list('annual-report', ORG, fy);
      expect(generations.map((g) => g.status)).toEqual(['ready']);

      // the next working day's daily pass mails it; a second run of it and the day after send nothing more
      await dailyPass(nextWorkingDay);
      await dailyPass(nextWorkingDay);
      await dailyPass(addDays(nextWorkingDay, 1));
      const mails = await annualMails(fyThai);
      expect(mails.map((m) => m.to[0]).sort()).toEqual([`ita@${f.mailDomain}`, `mayor@${f.mailDomain}`]);
      for (const m of mails) {
        expect(m.subject).toContain(`รายงานผลปีงบฯ ${fyThai}`);
        // the year's only emailed generation: no number (tester s45 #4)
        expect(m.subject).not.toContain('ฉบับที่');
        expect(m.text).toContain(`https://ita.example.org/#/org/demo/fy/${fy}/annual-report`);
      }
    },
  );
});
