// s46 re-check P3: `npm run job -- preview` named a member of staff of กองคลัง who is staff of
// กองการศึกษา as well "(กองคลัง)" on กองการศึกษา's lines, with nothing to say why she gets them. A
// reminder of a unit not the recipient's own says how they get it: staff of it as well, or its acting head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewMail, type PreviewLine } from '../../../shared/jobs/preview-reminders.js';
import { maskAddress } from '../../../shared/mail/deliver-once.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';

const ORG = 'preview-other-units';
let f: JobsFixture;
const address = (who: string) => maskAddress(`${who}@${ORG}.example.org`);

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  const orgs = new OrgRepository(f.store);
  const ctx = { actor: 'system:seed', now: SEED_TIME };
  const person = (who: string, name: string, extra: object) =>
    orgs.putPerson(
      {
        orgId: ORG,
        personId: `${ORG}-${who}`,
        email: `${who}@${ORG}.example.org`,
        name,
        unitId: 'finance',
        roles: ['staff'],
        headOfUnit: false,
        active: true,
        ...extra,
      },
      ctx,
    );
  await person('pim', 'นางสี่ สองกอง', { alsoStaffOf: ['education', 'health'] });
  await person('chai', 'นายสาม รักษาการ', { actingHeadOf: ['engineering'] });
}, 120_000);
afterAll(async () => f?.close());

let lines: PreviewLine[] = [];
const labelsOf = (who: string, unitId: string) =>
  new Set(lines.filter((l) => l.recipient === address(who) && l.subject.endsWith(`.${unitId}`)).map((l) => l.person));

describe(
  'npm run job -- preview says how a recipient gets a unit’s reminders not of their own unit',
  { timeout: 120_000 },
  () => {
    beforeAll(async () => {
      const deps = f.deps({ wallClock: () => bangkok('2023-09-20T09:00:00') });
      lines = (await previewMail(deps, ORG, '2023-09-25', '2023-10-15')).lines;
    });

    it('staff of กองการศึกษา as well: "(กองคลัง, ปฏิบัติงานในกองการศึกษาด้วย)" on its lines', () => {
      expect(labelsOf('pim', 'education')).toEqual(new Set(['นางสี่ สองกอง (กองคลัง, ปฏิบัติงานในกองการศึกษาด้วย)']));
    });

    it('a second such unit (neighbour) names that unit, and her own unit’s lines say only กองคลัง', () => {
      expect(labelsOf('pim', 'health')).toEqual(new Set(['นางสี่ สองกอง (กองคลัง, ปฏิบัติงานในกองสาธารณสุขและสิ่งแวดล้อมด้วย)']));
      expect(labelsOf('pim', 'finance')).toEqual(new Set(['นางสี่ สองกอง (กองคลัง)']));
    });

    it("the acting head of กองช่าง (neighbour): its head's escalation says so", () => {
      const escalations = lines.filter((l) => l.recipient === address('chai') && l.stage === 'escalation-head');
      expect(escalations.length).toBeGreaterThan(0);
      expect(new Set(escalations.map((l) => l.person))).toEqual(
        new Set(['นายสาม รักษาการ (กองคลัง, รักษาราชการแทนหัวหน้ากองช่าง)']),
      );
    });
  },
);
