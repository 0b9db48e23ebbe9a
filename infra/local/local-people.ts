// Who the local sign-in page offers: the people of every org on this machine (the demo org and
// any made with `npm run admin -- create-org`), demo first, then by Thai name.
import { byCodeUnits } from '../../shared/domain/code-unit-order.js';
import { byThaiText } from '../../shared/domain/thai-order.js';
import type { Person, Unit } from '../../shared/domain/organisation.js';
import type { Repositories } from '../../shared/store/repositories.js';
import { DEMO_ORG } from './demo-seed.js';

/** One org's people (inactive ones too) and units, for the picker's groups and descriptions. */
export interface LocalOrgPeople {
  orgId: string;
  /** the org's Thai name */
  orgName: string;
  units: Unit[];
  people: Person[];
}

/**
 * Every org (listOrgs, page by page: a Query, no Scan), the demo org first, then by Thai name (as the
 * page's org chooser orders them), then by id.
 */
export async function localOrgPeople(repos: Pick<Repositories, 'orgs'>): Promise<LocalOrgPeople[]> {
  const orgs: { orgId: string; name: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.orgs.listOrgs(cursor ? { cursor } : {});
    orgs.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  const ordered = [
    ...orgs.filter((o) => o.orgId === DEMO_ORG),
    ...orgs
      .filter((o) => o.orgId !== DEMO_ORG)
      .sort((a, b) => byThaiText(a.name, b.name) || byCodeUnits(a.orgId, b.orgId)),
  ];
  return Promise.all(
    ordered.map(async (o) => ({ orgId: o.orgId, orgName: o.name, ...(await repos.orgs.listUnitsAndPeople(o.orgId)) })),
  );
}
