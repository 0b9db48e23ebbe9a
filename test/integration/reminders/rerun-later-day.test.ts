// break s30-o F2: a monthly / semiannual / april-september run made again on a later day of the
// same month (by hand, or a replay with another time) sent every unit's opening notice again.
// Through the job CLI, as the IT officer runs it; one org per case.
import { afterEach, describe, expect, it } from 'vitest';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { createJobsFixture, jobCli, type JobsFixture } from '../../support/jobs-fixture.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';

const open: JobsFixture[] = [];
afterEach(async () => {
  for (const f of open.splice(0)) await f.close();
});

async function org(orgId: string) {
  const f = await createJobsFixture(orgId);
  open.push(f);
  const job = (...args: string[]) => jobCli(f, ...args, '--org', orgId);
  return { f, job };
}

const at = (day: string, time = '08:30') => `${day}T${time}:00+07:00`;
const sentOf = (stdout: string) => Number(/(?:\(|: )sent (\d+), /.exec(stdout)?.[1]);

/** Each (recipient, subject) the org received more than once. */
function twice(mails: ReceivedMail[]): string[] {
  const seen = new Map<string, number>();
  for (const m of mails)
    for (const to of m.to) seen.set(`${to} ${m.subject}`, (seen.get(`${to} ${m.subject}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

describe('a listing run made again on a later day of its month sends nothing new', () => {
  it.each([
    [
      'reminders --kind monthly, 1 June 2023 then 2 June',
      'rerun-m',
      'reminders',
      'monthly',
      '2023-06-01',
      '2023-06-02',
    ],
    ['scheduled --kind monthly, 1 May 2023 then 3 May', 'rerun-s', 'scheduled', 'monthly', '2023-05-01', '2023-05-03'],
    [
      'reminders --kind semiannual, 1 September 2023 then 4 September',
      'rerun-h',
      'reminders',
      'semiannual',
      '2023-09-01',
      '2023-09-04',
    ],
    [
      'reminders --kind april-september, 3 April 2023 then 5 April',
      'rerun-a',
      'reminders',
      'april-september',
      '2023-04-03',
      '2023-04-05',
    ],
    [
      'a re-run the same day (monthly, 1 June 2023 08:30 then 09:30)',
      'rerun-d',
      'reminders',
      'monthly',
      '2023-06-01',
      '2023-06-01',
    ],
  ])(
    '%s: the second run sends 0 and each unit member has the notice once',
    async (_n, orgId, entry, kind, first, later) => {
      const { job } = await org(orgId);
      const one = await job(entry, '--kind', kind, '--at', at(first));
      expect(sentOf(one.stdout)).toBeGreaterThan(0);
      const before = await mailFor(orgId);
      const two = await job(entry, '--kind', kind, '--at', at(later, first === later ? '09:30' : '08:30'));
      expect(two.stdout).toMatch(/[:,] ส่งแล้ว ๐, /);
      const after = await mailFor(orgId);
      expect(after.length).toBe(before.length);
      expect(twice(after)).toEqual([]);
    },
  );

  it('a run on 2 June 2023 with no run on the 1st sends each unit member the June notice once, and a run on 5 June nothing more', async () => {
    const { job } = await org('rerun-2nd');
    const one = await job('reminders', '--kind', 'monthly', '--at', at('2023-06-02'));
    expect(one.stdout).toMatch(/[:,] ส่งแล้ว ๑๑, /);
    const june = await mailFor('rerun-2nd');
    expect(june.map((m) => m.subject)).toContain('[ITA] สำนักปลัดเทศบาล: ถึงรอบรายงานผล ประจำเดือนมิถุนายน ๒๕๖๖ (๔ รายการ)');
    const two = await job('reminders', '--kind', 'monthly', '--at', at('2023-06-05'));
    expect(two.stdout).toMatch(/[:,] ส่งแล้ว ๐, /);
    const after = await mailFor('rerun-2nd');
    expect(after.length).toBe(june.length);
    expect(twice(after)).toEqual([]);
  });

  it('a person who joined a unit after the 1st gets the June notice on a later run, and nobody else gets it again', async () => {
    const { f, job } = await org('rerun-new');
    await job('reminders', '--kind', 'monthly', '--at', at('2023-06-01'));
    const before = await mailFor('rerun-new');
    await new OrgRepository(f.store).putPerson(
      {
        orgId: 'rerun-new',
        personId: 'rerun-new-late-joiner',
        email: 'late.joiner@rerun-new.example.org',
        name: 'นางสาวมาใหม่ ภายหลัง',
        unitId: 'finance',
        roles: ['staff'],
        headOfUnit: false,
        active: true,
      },
      { actor: 'system:seed', now: new Date('2023-06-01T10:00:00Z') },
    );
    const two = await job('reminders', '--kind', 'monthly', '--at', at('2023-06-02'));
    expect(two.stdout).toMatch(/[:,] ส่งแล้ว ๑, /);
    const added = (await mailFor('rerun-new')).slice(before.length);
    expect(added.map((m) => m.to)).toEqual([['late.joiner@rerun-new.example.org']]);
    expect(added[0]!.subject).toContain('ถึงรอบรายงานผล ประจำเดือนมิถุนายน ๒๕๖๖');
  });
});
