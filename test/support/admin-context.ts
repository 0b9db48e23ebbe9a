// The use cases' AdminContext over a test table, signing people in locally (no Cognito).
import { localIdentityProvider } from '../../shared/identity/identity-provider.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { CalendarFeedRepository } from '../../shared/store/calendar-feed-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import type { Repositories } from '../../shared/store/repositories.js';
import type { AdminContext, DueRuleContext } from '../../shared/use-cases/administer-org.js';

/** An AdminContext on `store`, acting as 'test' now, with the local identity provider. */
export const localAdminContext = (store: Store): AdminContext => ({
  orgs: new OrgRepository(store),
  feeds: new CalendarFeedRepository(store),
  identity: localIdentityProvider,
  actor: 'test',
  now: new Date(),
});

/** The context `npm run admin -- set-due-rule` gives setDueRule, on a fixture's repositories, at `now`. */
export const adminCliContext = (repos: Repositories, now: Date): DueRuleContext => ({
  orgs: repos.orgs,
  feeds: repos.calendarFeeds,
  identity: localIdentityProvider,
  plans: repos.plans,
  reports: repos.reports,
  actor: 'cli:admin',
  now,
});
