import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewReminders } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

// Break 14 s28, F1: on 20 April 2023 กองคลัง reported "in progress" on its H2 and annual
// obligations (they open on 1 September 2023): they got no opening, due soon, due or overdue at all.
let f: JobsFixture;
const EARLY_IN_PROGRESS = ['i5.f4.H2.finance', 'i7.f1.H2.finance', 'i4.f1.FY.finance'];
const DONE_EARLY = 'i4.f1.FY.engineering';

beforeAll(async () => {
  f = await createJobsFixture('earlyprog');
  const reports = new ReportRepository(f.store);
  const send = (obligationId: string, unitId: string, progress: 'in_progress' | 'done') =>
    reports.saveVersion(
      { orgId: f.orgId, fy: 2566, obligationId, unitId },
      { progress, summary: 'เริ่มเตรียมการแล้ว', obstacles: '', suggestions: '', evidence: [] },
      // as the API saves it (shared/use-cases/submit-report.ts): with the obligation's opening date
      { actor: `staff.${unitId}`, now: bangkok('2023-04-20T10:00:00'), opensOn: '2023-09-01' },
    );
  for (const id of EARLY_IN_PROGRESS) await send(id, 'finance', 'in_progress');
  await send(DONE_EARLY, 'engineering', 'done');
});
afterAll(async () => f?.close());

describe('an in-progress report sent before the opening date leaves the ladder on', () => {
  it('the preview of September-October 2023 lists the whole staff ladder of each early in-progress obligation, and nothing for the one done early', async () => {
    const lines = await previewReminders(f.deps(), f.orgId, '2023-08-28', '2023-10-20');
    for (const id of EARLY_IN_PROGRESS) {
      const stages = new Set(lines.filter((l) => l.subject === id).map((l) => l.stage));
      expect([...stages], id).toEqual(expect.arrayContaining(['opening', 'due-soon', 'due', 'overdue']));
    }
    expect(lines.filter((l) => l.subject === DONE_EARLY)).toEqual([]);
  });

  it('the daily pass of 1 September 2023 sends กองคลัง the opening of each', async () => {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-09-01T08:30:00'), orgId: f.orgId });
    const toFinance = (await mailFor(f.orgId)).filter((m) => m.to.includes(`staff.finance@${f.orgId}.example.org`));
    const text = toFinance.map((m) => m.text).join('\n');
    for (const id of EARLY_IN_PROGRESS) expect(text).toContain(id);
    const toEngineering = (await mailFor(f.orgId)).filter((m) =>
      m.to.includes(`staff.engineering@${f.orgId}.example.org`),
    );
    expect(toEngineering.map((m) => m.text).join('\n')).not.toContain(DONE_EARLY);
  });
});
