// What the units, people and audit use cases are given (built once per entry point).
import type { IdentityProvider } from '../identity/identity-provider.js';
import type { AuditLog } from '../store/audit-log.js';
import type { CalendarFeedRepository } from '../store/calendar-feed-repository.js';
import type { OrgRepository } from '../store/org-repository.js';
import type { PlanRepository } from '../store/plan-repository.js';
import type { InvitationPorts } from './person-invitation.js';

export interface DirectoryPorts {
  orgs: OrgRepository;
  identity: IdentityProvider;
  audit: AuditLog;
  /** a person's calendar feeds: revoked when they are deactivated or reactivated */
  feeds: CalendarFeedRepository;
  /**
   * the plans, read by key: deactivating a unit checks this and next year's; adding one, whether
   * the org has a plan yet (manage-units)
   */
  plans: Pick<PlanRepository, 'getPlan' | 'fiscalYearsWithPlans'>;
  clock: () => Date;
  /** our own invitation emails (the API and the admin CLI); without them Cognito sends its own */
  invitations?: InvitationPorts;
  /** forget cached callers and org units after a change (the API's 60-second cache) */
  forget?: (what: { subject?: string; orgId?: string }) => void;
}
