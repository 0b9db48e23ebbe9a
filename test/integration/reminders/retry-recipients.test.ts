import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/organisation.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { auditTrail } from '../../../shared/store/audit-log.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { failSends } from '../../support/ses-faults.js';

// Fault 4 (retries that think): a failed email is rendered again before a retry, and only for a
// person who still is who it was meant for.
let f: JobsFixture;
const ORG = 'retrywho';
const to = (who: string) => `${who}@${ORG}.example.org`;
const run = (kind: 'daily' | 'monthly', local: string) =>
  runScheduledJob(f.deps(), { kind, scheduledTime: bangkok(`${local}T08:30:00`), orgId: ORG });

/** Fail every send to `who` in one run (a network error: kept for the next run), then change them. */
async function failThenChange(
  who: string,
  kind: 'daily' | 'monthly',
  day: string,
  change: (p: Person) => Person,
  personId: string,
) {
  const fault = failSends(f.ses, { to: (a) => a === to(who), name: 'NetworkingError', status: 0 });
  const first = await run(kind, day);
  fault.remove();
  const person = (await f.repos.orgs.getPerson(ORG, personId))!;
  await f.repos.orgs.putPerson(
    change(person),
    { actor: 'test', now: bangkok(`${day}T12:00:00`) },
    { previous: person },
  );
  return first;
}

const received = async (who: string, subjectPart: string, idPart: string) =>
  (await mailFor(ORG)).filter(
    (m) => m.to.includes(to(who)) && m.subject.includes(subjectPart) && m.html.includes(idPart),
  );

const droppedFor = async (reason: string) =>
  (await auditTrail(f.store, ORG, new Date())).filter(
    (a) => a.action === 'mail.dropped' && a.details?.reason === reason,
  ).length;

beforeAll(async () => {
  f = await createJobsFixture(ORG);
});
afterAll(async () => f?.close());

describe('a failed email is retried only to someone it is still meant for', { timeout: 180_000 }, () => {
  it("is not retried after the person was deactivated: กองช่าง's staff member left after the failed overdue notice", async () => {
    const first = await failThenChange(
      'staff.engineering',
      'daily',
      '2023-05-01',
      (p) => ({ ...p, active: false }),
      `${ORG}-staff-engineering`,
    );
    expect(first.failed).toBeGreaterThanOrEqual(1);
    const next = await run('daily', '2023-05-02');
    expect(next.dropped).toBe(first.failed);
    expect(next.retried).toBe(0);
    expect(await received('staff.engineering', 'เลยกำหนดส่งรายงาน', '.2023-04.engineering')).toEqual([]);
    expect(await droppedFor('person inactive')).toBe(first.failed);
  });

  it("is not retried after the person moved to another unit: กองคลัง's overdue notice does not follow them to กองสาธารณสุขฯ", async () => {
    const first = await failThenChange(
      'staff.finance',
      'daily',
      '2023-06-01',
      (p) => ({ ...p, unitId: 'health' }),
      `${ORG}-staff-finance`,
    );
    expect(first.failed).toBeGreaterThanOrEqual(1);
    const next = await run('daily', '2023-06-02');
    expect(next.dropped).toBe(first.failed);
    expect(await received('staff.finance', 'เลยกำหนดส่งรายงาน', '.2023-05.finance')).toEqual([]);
    expect(await droppedFor('no longer in the audience')).toBe(first.failed);
  });

  it('is not retried to an executive who is no longer one: the July digest is not sent to the former mayor', async () => {
    const first = await failThenChange(
      'mayor',
      'monthly',
      '2023-08-01',
      (p) => ({ ...p, roles: ['staff'], unitId: 'clerk' }),
      `${ORG}-mayor`,
    );
    expect(first.failed).toBe(1);
    const next = await run('daily', '2023-08-02');
    expect(next.dropped).toBe(1);
    expect(await received('mayor', '[ITA] สรุปเดือน', '')).toEqual([]);
    expect(await droppedFor('no longer an executive or coordinator')).toBe(1);
  });

  it('a failed "due soon" is not sent after the due date came: the retry on 30 September is dropped and the "due" notice goes out', async () => {
    const fault = failSends(f.ses, { to: (a) => a === to('staff.health'), name: 'NetworkingError', status: 0 });
    const first = await run('daily', '2023-09-27');
    fault.remove();
    expect(first.failed).toBe(1);
    const next = await run('daily', '2023-09-30');
    expect(next.dropped).toBe(1);
    expect(await droppedFor('stage passed')).toBe(1);
    expect(await received('staff.health', 'ใกล้ครบกำหนดส่งรายงาน', '.2023-09.health')).toEqual([]);
    expect(await received('staff.health', 'ถึงกำหนดส่งรายงาน', '.2023-09.health')).toHaveLength(1);
  });

  it("a failed overdue notice is not sent once the unit head's escalation is due, but a failed opening still in its window is", async () => {
    const fault = failSends(f.ses, { to: (a) => a === to('staff.education'), name: 'NetworkingError', status: 0 });
    const first = await run('daily', '2023-09-01');
    fault.remove();
    expect(first.failed).toBe(2); // September's opening, August's overdue
    const next = await run('daily', '2023-09-08');
    expect(next.retried).toBe(1);
    expect(next.dropped).toBe(1);
    expect(await droppedFor('stage passed')).toBe(2);
    expect(await received('staff.education', 'ถึงรอบรายงานผล', '.2023-09.education')).toHaveLength(1);
    expect(await received('staff.education', 'เลยกำหนดส่งรายงาน', '.2023-08.education')).toEqual([]);
  });
});
