// One sign-in, many orgs: the sign-in is enabled while the person is active in at least one org.
// Source: issue 18 ("deactivating a person in one org never disables the sign-in they use for
// another org; reactivating re-enables").
import type { Person } from '../domain/organisation.js';
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { OrgRepository } from '../store/org-repository.js';

/**
 * Enable or disable the sign-in of `changed` (just written) by all its memberships. The index
 * read may lag the write, so the changed membership is taken from `changed`, not from the index.
 */
export async function syncSignIn(orgs: OrgRepository, identity: IdentityProvider, changed: Person): Promise<void> {
  const others = (await orgs.findBySubject(changed.personId)).filter((p) => p.orgId !== changed.orgId);
  const anyActive = changed.active || others.some((p) => p.active);
  if (anyActive) await identity.enableUser(changed.email);
  else await identity.disableUser(changed.email);
}
