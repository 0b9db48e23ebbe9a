// Every repository over one table, built once per entry point (the composition roots in
// functions/*, infra/local/start.ts and infra/cli/*) and handed to use cases and jobs as ports.
import { AuditLog } from './audit-log.js';
import { CalendarFeedRepository } from './calendar-feed-repository.js';
import { DocumentGenerationRepository } from './document-generation-repository.js';
import type { Store } from './dynamo-client.js';
import { LeaseRepository } from './lease-repository.js';
import { OrgRepository } from './org-repository.js';
import { OutboxRepository } from './outbox-repository.js';
import { PlanRepository } from './plan-repository.js';
import { PublicationRepository } from './publication-repository.js';
import { ReportRepository } from './report-repository.js';

export interface Repositories {
  orgs: OrgRepository;
  plans: PlanRepository;
  reports: ReportRepository;
  outbox: OutboxRepository;
  generations: DocumentGenerationRepository;
  publications: PublicationRepository;
  /** short conditional leases (publishing) */
  leases: LeaseRepository;
  calendarFeeds: CalendarFeedRepository;
  audit: AuditLog;
}

/** The repositories of one store. Cheap (no I/O); call it once in a composition root. */
export function createRepositories(store: Store): Repositories {
  return {
    orgs: new OrgRepository(store),
    plans: new PlanRepository(store),
    reports: new ReportRepository(store),
    outbox: new OutboxRepository(store),
    generations: new DocumentGenerationRepository(store),
    publications: new PublicationRepository(store),
    leases: new LeaseRepository(store),
    calendarFeeds: new CalendarFeedRepository(store),
    audit: new AuditLog(store),
  };
}
