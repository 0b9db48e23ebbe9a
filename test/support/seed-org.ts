// A demo org with the five municipal units and one person per role, written through the repositories.
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { Person } from '../../shared/domain/organisation.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { OrgRepository } from '../../shared/store/org-repository.js';

export const SEED_TIME = new Date('2022-10-01T02:00:00Z');

/** `mailDomain` keeps each test's mail apart in the shared SES emulator. */
export async function seedOrg(
  store: Store,
  orgId: string,
  name = 'เทศบาลตำบลดอนอะระง',
  mailDomain = `${orgId}.example.org`,
): Promise<Person[]> {
  const orgs = new OrgRepository(store);
  const ctx = { actor: 'system:seed', now: SEED_TIME };
  await orgs.putOrg({ orgId, name, dueRules: {}, createdAt: SEED_TIME.toISOString() }, ctx);
  for (const u of MUNICIPAL_UNITS)
    await orgs.putUnit({ orgId, unitId: u.unitId, name: u.name, aliases: u.aliases }, ctx);
  const people: Person[] = [
    ...MUNICIPAL_UNITS.map((u) => ({
      orgId,
      personId: `${orgId}-staff-${u.unitId}`,
      email: `staff.${u.unitId}@${mailDomain}`,
      name: `เจ้าหน้าที่ ${u.name}`,
      unitId: u.unitId,
      roles: ['staff' as const],
      headOfUnit: false,
      active: true,
    })),
    {
      orgId,
      personId: `${orgId}-coordinator`,
      email: `ita@${mailDomain}`,
      name: 'คณะทำงาน ITA',
      unitId: 'clerk',
      roles: ['staff', 'coordinator'],
      headOfUnit: false,
      active: true,
    },
    {
      orgId,
      personId: `${orgId}-mayor`,
      email: `mayor@${mailDomain}`,
      name: 'นายกเทศมนตรี',
      roles: ['executive'],
      headOfUnit: false,
      active: true,
    },
  ];
  for (const p of people) await orgs.putPerson(p, ctx);
  return people;
}
