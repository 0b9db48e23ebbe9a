// Every review decision that sends a report back is told to the unit once, through the daily job
// and the SES emulator: a return, a reopen after an accept, a second reopen (break-16 B9).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import type { ReviewDecision } from '../../../shared/domain/report-rules.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { seedReport } from '../../support/report-seeding.js';

const ORG = 'reopened';
let f: JobsFixture;
const daily = (local: string) =>
  runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${local}T08:30:00`), orgId: ORG });
const returnedMails = async () =>
  (await mailFor(ORG)).filter(
    (m) => m.to.includes(`staff.finance@${ORG}.example.org`) && m.subject.includes('รายงานถูกส่งกลับให้แก้ไข'),
  );
const review = (obligationId: string, decision: ReviewDecision, comment: string | undefined, at: string) =>
  new ReportRepository(f.store).review(
    { orgId: ORG, fy: 2566, obligationId },
    { decision, version: 1, ...(comment ? { comment } : {}) },
    { actor: `${ORG}-coordinator`, now: bangkok(at) },
  );
/** The texts of the returned-report emails that quote `reason`. */
const telling = async (reason: string) => (await returnedMails()).filter((m) => m.text.includes(reason));

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  for (const month of ['2023-04', '2023-03', '2023-02'])
    await seedReport(f.store, ORG, `i4.f2.${month}.finance`, bangkok(`${month}-20T10:00:00`));
});
afterAll(async () => f?.close());

describe('a report sent back to its unit', () => {
  it('returned, then accepted, then reopened: the unit is told the return and then the reopen reason', async () => {
    const ob = 'i4.f2.2023-04.finance';
    await review(ob, 'return', 'ความเห็นแรก-RET1', '2023-04-20T15:00:00');
    await daily('2023-04-21');
    expect(await telling('ความเห็นแรก-RET1')).toHaveLength(1);
    await review(ob, 'accept', undefined, '2023-04-21T10:00:00');
    await review(ob, 'reopen', 'เหตุผลเปิดใหม่-REOPEN2', '2023-04-21T11:00:00');
    await daily('2023-04-24');
    await daily('2023-04-25');
    expect(await telling('เหตุผลเปิดใหม่-REOPEN2')).toHaveLength(1);
    expect(await telling('ความเห็นแรก-RET1')).toHaveLength(1);
  });

  it('accepted, reopened, accepted, reopened again: each reopen is told once', async () => {
    const ob = 'i4.f2.2023-03.finance';
    await review(ob, 'accept', undefined, '2023-04-25T09:00:00');
    await review(ob, 'reopen', 'เปิดครั้งแรก-OPEN1', '2023-04-25T10:00:00');
    await daily('2023-04-26');
    await review(ob, 'accept', undefined, '2023-04-26T10:00:00');
    await review(ob, 'reopen', 'เปิดครั้งที่สอง-OPEN2', '2023-04-26T11:00:00');
    await daily('2023-04-27');
    await daily('2023-04-28');
    expect(await telling('เปิดครั้งแรก-OPEN1')).toHaveLength(1);
    expect(await telling('เปิดครั้งที่สอง-OPEN2')).toHaveLength(1);
  });

  it('returned twice with a new comment before any revision: each comment is told once', async () => {
    const ob = 'i4.f2.2023-02.finance';
    await review(ob, 'return', 'ส่งกลับครั้งแรก-R1', '2023-04-28T09:00:00');
    await daily('2023-05-02');
    await review(ob, 'return', 'ส่งกลับอีกครั้ง-R2', '2023-05-02T10:00:00');
    await daily('2023-05-03');
    await daily('2023-05-04');
    expect(await telling('ส่งกลับครั้งแรก-R1')).toHaveLength(1);
    expect(await telling('ส่งกลับอีกครั้ง-R2')).toHaveLength(1);
  });
});
