// Tester s45 #5: `npm run job -- preview` labelled the summaries' readers by unit: on 1 April the
// digest and the half-year summary went to "นางสาวสมศรี ใจดี (สำนักปลัด)" (a coordinator) and
// "นางวิไล ศรีสุข (สำนักปลัด)" (an executive) but "นายสมชาย รักถิ่น (ผู้บริหาร)". A summary's or the annual
// report's reader is labelled by the role they receive it in, as the people screen names roles; a
// reminder's recipient keeps their unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewMail, type PreviewLine } from '../../../shared/jobs/preview-reminders.js';
import { maskAddress } from '../../../shared/mail/deliver-once.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';

const ORG = 'preview-roles';
let f: JobsFixture;
const address = (who: string) => maskAddress(`${who}@${ORG}.example.org`);

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  const orgs = new OrgRepository(f.store);
  const ctx = { actor: 'system:seed', now: SEED_TIME };
  // an executive placed in a unit (the deputy), and a person both executive and coordinator
  await orgs.putPerson(
    {
      orgId: ORG,
      personId: `${ORG}-deputy`,
      email: `wilai@${ORG}.example.org`,
      name: 'นางวิไล ศรีสุข',
      unitId: 'clerk',
      roles: ['executive'],
      headOfUnit: false,
      active: true,
    },
    ctx,
  );
  await orgs.putPerson(
    {
      orgId: ORG,
      personId: `${ORG}-both`,
      email: `kanda@${ORG}.example.org`,
      name: 'นางกานดา มีสุข',
      unitId: 'finance',
      roles: ['staff', 'coordinator', 'executive'],
      headOfUnit: false,
      active: true,
    },
    ctx,
  );
}, 120_000);
afterAll(async () => f?.close());

/**
 * The preview over 25 September to 5 October 2023, made on its first day, before the 1 October run:
 * its first day's pass sends the executives' escalations still due (made earlier, those go out before).
 */
async function preview(): Promise<PreviewLine[]> {
  const deps = f.deps({ wallClock: () => bangkok('2023-09-25T09:00:00') });
  return (await previewMail(deps, ORG, '2023-09-25', '2023-10-05')).lines;
}
const labels = (lines: PreviewLine[], keep: (l: PreviewLine) => boolean) =>
  Object.fromEntries(lines.filter(keep).map((l) => [l.recipient, l.person]));

describe(
  'npm run job -- preview names the role a summary or annual report reader gets it in',
  { timeout: 120_000 },
  () => {
    it("September's digest: the coordinator as คณะทำงาน ITA and the executive in สำนักปลัด as ผู้บริหาร, not by unit", async () => {
      const lines = await preview();
      const digest = labels(lines, (l) => l.stage === 'summary' && l.subject === 'digest-2023-09');
      expect(digest[address('ita')]).toBe('คณะทำงาน ITA (คณะทำงาน ITA)');
      expect(digest[address('wilai')]).toBe('นางวิไล ศรีสุข (ผู้บริหาร)');
      expect(digest[address('mayor')]).toBe('นายกเทศมนตรี (ผู้บริหาร)');
    });

    it('the annual report (neighbour): the same role labels; one both executive and coordinator is named by both', async () => {
      const lines = await preview();
      expect(labels(lines, (l) => l.stage === 'annual-report')).toEqual({
        [address('ita')]: 'คณะทำงาน ITA (คณะทำงาน ITA)',
        [address('wilai')]: 'นางวิไล ศรีสุข (ผู้บริหาร)',
        [address('mayor')]: 'นายกเทศมนตรี (ผู้บริหาร)',
        [address('kanda')]: 'นางกานดา มีสุข (ผู้บริหาร, คณะทำงาน ITA)',
      });
    });

    it("a reminder's recipient (neighbour) keeps their unit", async () => {
      const lines = await preview();
      const overdue = (who: string) =>
        lines.find(
          (l) => l.stage === 'overdue' && l.subject === 'i4.f2.2023-09.engineering' && l.recipient === address(who),
        );
      expect(overdue('staff.engineering')?.person).toBe('เจ้าหน้าที่ กองช่าง (กองช่าง)');
      // the person with both roles gets their own reminders as staff: by unit too
      const own = lines.filter(
        (l) =>
          l.recipient === address('kanda') && !['summary', 'annual-report', 'escalation-executive'].includes(l.stage),
      );
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((l) => l.person))).toEqual(new Set(['นางกานดา มีสุข (กองคลัง)']));
    });

    // s46 re-check: the executives' escalation named "นางวิไล ศรีสุข (สำนักปลัดเทศบาล)" beside
    // "นายกเทศมนตรี (ผู้บริหาร)": she gets it as ผู้บริหาร
    it("the executives' escalation names each executive by role, one placed in a unit too", async () => {
      const escalations = labels(await preview(), (l) => l.stage === 'escalation-executive');
      expect(escalations[address('wilai')]).toBe('นางวิไล ศรีสุข (ผู้บริหาร)');
      expect(escalations[address('mayor')]).toBe('นายกเทศมนตรี (ผู้บริหาร)');
      // one who is staff of กองคลัง too gets it as ผู้บริหาร (her roles), her staff reminders by unit (above)
      expect(escalations[address('kanda')]).toBe('นางกานดา มีสุข (ผู้บริหาร, คณะทำงาน ITA)');
    });
  },
);
