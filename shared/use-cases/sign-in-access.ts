// One sign-in, many orgs: the sign-in is enabled while the person is active in at least one org.
// Source: issue 18 ("deactivating a person in one org never disables the sign-in they use for
// another org; reactivating re-enables").
import { SignInNotSyncedError } from '../domain/errors.js';
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

/**
 * syncSignIn after the person's write has committed: a failure (Cognito throttling or down) becomes
 * SignInNotSyncedError (503, "saved, sign-in not yet updated") instead of a bare 500. Idempotent, so
 * the caller may retry the same request (after an add, `added`: a PUT of `active: true`).
 */
export async function syncSignInAfterWrite(
  orgs: OrgRepository,
  identity: IdentityProvider,
  changed: Person,
  added = false,
): Promise<void> {
  try {
    await syncSignIn(orgs, identity, changed);
  } catch {
    throw new SignInNotSyncedError(changed.personId, added);
  }
}
