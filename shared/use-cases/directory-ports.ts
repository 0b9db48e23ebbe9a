// What the units, people and audit use cases are given (built once per entry point).
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { AuditLog } from '../store/audit-log.js';
import type { CalendarFeedRepository } from '../store/calendar-feed-repository.js';
import type { OrgRepository } from '../store/org-repository.js';

export interface DirectoryPorts {
  orgs: OrgRepository;
  identity: IdentityProvider;
  audit: AuditLog;
  /** a person's calendar feeds: revoked when they are deactivated or reactivated */
  feeds: CalendarFeedRepository;
  clock: () => Date;
  /** forget cached callers and org units after a change (the API's 60-second cache) */
  forget?: (what: { subject?: string; orgId?: string }) => void;
}
