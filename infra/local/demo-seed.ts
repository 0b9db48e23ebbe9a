// First start: a demo municipality with five units, people for every role, and the FY2566 plan
// imported from the real document kept in the repo.
import { readTextDocument } from '../../shared/import/source-document.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Person } from '../../shared/domain/organisation.js';
import { importPlan } from '../../shared/use-cases/import-plan.js';
import type { Repositories } from '../../shared/store/repositories.js';

export const DEMO_ORG = 'demo';
export const DEMO_DOCUMENT = fileURLToPath(
  new URL('../../test/fixtures/measures-fy2566-don-arang.txt', import.meta.url),
);

export function demoPeople(): Person[] {
  const person = (personId: string, email: string, name: string, extra: Partial<Person>): Person => ({
    orgId: DEMO_ORG,
    personId,
    email: `${email}@demo.example.org`,
    name,
    roles: ['staff'],
    headOfUnit: false,
    active: true,
    ...extra,
  });
  return [
    ...MUNICIPAL_UNITS.flatMap((u) => [
      person(`demo-staff-${u.unitId}`, `staff.${u.unitId}`, `เจ้าหน้าที่${u.name}`, { unitId: u.unitId }),
      person(`demo-head-${u.unitId}`, `head.${u.unitId}`, `หัวหน้า${u.name}`, { unitId: u.unitId, headOfUnit: true }),
    ]),
    person('demo-coordinator', 'ita', 'คณะทำงาน ITA', { unitId: 'clerk', roles: ['staff', 'coordinator'] }),
    person('demo-mayor', 'mayor', 'นายกเทศมนตรี', { roles: ['executive'] }),
    person('demo-palad', 'palad', 'ปลัดเทศบาล', { roles: ['executive'] }),
    person('demo-admin', 'admin', 'ผู้ดูแลระบบ', { roles: ['admin'] }),
  ];
}

/** 1 October 2565, 00:00 in Bangkok: the first day of the demo plan's fiscal year 2566. */
const DEMO_YEAR_START = new Date('2022-09-30T17:00:00.000Z');

/**
 * Seeds the demo org unless it exists; returns whether it seeded. The org, its units and its plan
 * are in place from the first day of the demo's fiscal year (or `now`, if earlier), as an org that
 * has used the system all year: seeded on `now` (say --today 2023-04-20), the year's obligations
 * due before it were late additions of that day, within their on-time grace, none overdue.
 */
export async function seedDemo(repos: Repositories, today: Date): Promise<boolean> {
  const orgs = repos.orgs;
  if (await orgs.getOrg(DEMO_ORG)) return false;
  const now = today > DEMO_YEAR_START ? DEMO_YEAR_START : today;
  const ctx = { actor: 'system:demo-seed', now };
  await orgs.putOrg(
    {
      orgId: DEMO_ORG,
      name: 'เทศบาลตำบลดอนอะระง',
      nameEn: 'Don Arang Subdistrict Municipality (demo)',
      dueRules: {},
      // who signs its documents (a made-up name); the position follows from the name: นายกเทศมนตรีตำบลดอนอะระง
      chiefExecutive: { name: 'นายสมชาย ใจดี' },
      createdAt: now.toISOString(),
    },
    ctx,
  );
  for (const u of MUNICIPAL_UNITS)
    await orgs.putUnit({ orgId: DEMO_ORG, unitId: u.unitId, name: u.name, aliases: u.aliases }, ctx);
  for (const p of demoPeople()) await orgs.putPerson(p, ctx);
  await importPlan(repos, {
    orgId: DEMO_ORG,
    fy: 2566,
    document: readTextDocument(readFileSync(DEMO_DOCUMENT, 'utf8')),
    actor: 'system:demo-seed',
    now,
  });
  return true;
}
