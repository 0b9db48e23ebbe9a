// The local system's demo org given settings of its own (due rules, closure days) before a browser
// file's page signs in, as the org screen saves them: written straight to the file's table.
import type { Org } from '../../shared/domain/organisation.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { type LocalSystemSetup, localSystemStore } from './local-system.js';

/** Puts `settings` over the demo org's item; the rest of the org stays as seeded. */
export async function setDemoOrgSettings(
  setup: LocalSystemSetup,
  settings: Partial<Omit<Org, 'orgId'>>,
): Promise<void> {
  const orgs = new OrgRepository(localSystemStore(setup));
  const org = (await orgs.getOrg('demo'))!;
  await orgs.putOrg({ ...org, ...settings }, { actor: 'test', now: new Date() });
}
