// Each route calls one use case. Input arrives parsed by the route's zod schemas. The routes another
// function serves with code of its own (RouteSpec.handledBy 'planImport', 'schemas') have their
// handlers in that function's folder, so this bundle does not carry their code.
import type { RouteId, RouteIdOf, RouteRequest, RouteResult } from '../../shared/api/routes.js';
import type { Caller } from '../../shared/domain/access.js';
import { createEvidenceUpload } from '../../shared/use-cases/create-evidence-upload.js';
import { describeCaller, listMeasures } from '../../shared/use-cases/describe-caller.js';
import { generationDownload, listGenerations, requestGeneration } from '../../shared/use-cases/document-generations.js';
import { getObligation } from '../../shared/use-cases/get-obligation.js';
import { listObligations } from '../../shared/use-cases/list-obligations.js';
import { publishDocument, withdrawDocument } from '../../shared/use-cases/publish-document.js';
import { listReportVersions } from '../../shared/use-cases/list-report-versions.js';
import { createPlanImportUpload } from '../../shared/use-cases/create-plan-import-upload.js';
import { getItaScores, putItaScores } from '../../shared/use-cases/ita-scores.js';
import { reviewReport } from '../../shared/use-cases/review-report.js';
import { submitReport } from '../../shared/use-cases/submit-report.js';
import type { UseCaseContext } from '../../shared/use-cases/use-case-context.js';
import type { DirectoryPorts } from '../../shared/use-cases/directory-ports.js';
import { createPerson, listPeople, updatePerson } from '../../shared/use-cases/manage-people.js';
import { resendInvitation } from '../../shared/use-cases/person-invitation.js';
import { createUnit, listUnits, updateUnit } from '../../shared/use-cases/manage-units.js';
import {
  documentsAudit,
  obligationAudit,
  personAudit,
  planAudit,
  unitAudit,
} from '../../shared/use-cases/read-audit.js';
import { planVersion } from '../../shared/use-cases/plan-version.js';
import { obligationToRead } from '../../shared/use-cases/obligation-to-read.js';
import { evidenceLink, type EvidenceLinkPorts } from '../../shared/use-cases/evidence-link.js';
import {
  calendarFile,
  createFeed,
  listFeeds,
  revokeFeed,
  type CalendarPorts,
} from '../../shared/use-cases/calendar-feeds.js';

/** What the route handlers are given: the use-case context and the repositories/ports built once. */
export interface ApiContext extends UseCaseContext {
  ports: DirectoryPorts;
  evidenceLinks: EvidenceLinkPorts;
  calendar: CalendarPorts;
  /** the page's address (calendar and email links); default: the request's own host */
  formUrl?: string;
}

const baseUrl = (ctx: ApiContext, origin: string) => ctx.formUrl ?? origin;

/** A route's input: its request as its schemas parsed it, and who is calling. */
export interface RouteInput<Id extends RouteId> extends RouteRequest<Id> {
  /** absent only on public routes (RouteSpec.public) */
  caller: Caller;
  /** the request's own scheme and host, e.g. https://api.example.org */
  origin: string;
}

/** One route's handler: types from its route spec's schemas (input) and response schema (result). */
export type RouteHandler<Id extends RouteId> = (ctx: ApiContext, input: RouteInput<Id>) => Promise<RouteResult<Id>>;

/** Handlers of some routes, each typed by its own route spec. */
export type RouteHandlers<Ids extends RouteId> = { [Id in Ids]: RouteHandler<Id> };

/** The routes whose use cases a function supplies itself: the plan-import function's. */
export type PlanImportRouteId = RouteIdOf<'planImport'>;

/** The routes that answer JSON Schema documents made from the zod schemas: the schemas function's. */
export type SchemaRouteId = RouteIdOf<'schemas'>;

/**
 * Every route's handler but the plan-import function's (functions/plan-import/route-handlers.ts) and
 * the schemas function's (functions/schemas/route-handlers.ts).
 */
export const ROUTE_HANDLERS: RouteHandlers<Exclude<RouteId, PlanImportRouteId | SchemaRouteId>> = {
  me: (ctx, { caller }) => describeCaller(ctx, caller),
  listMeasures: (ctx, { caller, params }) => listMeasures(ctx, caller, params.fy),
  listObligations: (ctx, { caller, params, query }) => listObligations(ctx, caller, params.fy, query),
  getObligation: (ctx, { caller, params }) => getObligation(ctx, caller, params.fy, params.obligationId),
  submitReport: (ctx, { caller, params, body, headers }) =>
    submitReport(ctx, caller, params.fy, params.obligationId, body, headers['idempotency-key'], headers['if-match']),
  listReportVersions: (ctx, { caller, params, query }) =>
    listReportVersions(ctx, caller, params.fy, params.obligationId, query),
  reviewReport: (ctx, { caller, params, body, headers }) =>
    reviewReport(ctx, caller, params.fy, params.obligationId, body, headers['if-match']),
  createEvidenceUpload: (ctx, { caller, params, body }) => createEvidenceUpload(ctx, caller, params.fy, body),
  createPlanImportUpload: (ctx, { caller, params, body }) => createPlanImportUpload(ctx, caller, params.fy, body),
  getItaScores: (ctx, { caller, params }) => getItaScores(ctx, caller, params.fy),
  putItaScores: (ctx, { caller, params, body }) => putItaScores(ctx, caller, params.fy, body),
  generateAnnualReport: (ctx, { caller, params, query }) =>
    requestGeneration(ctx, caller, 'annual-report', params.fy, query.scope),
  listAnnualReports: (ctx, { caller, params, query }) =>
    listGenerations(ctx, caller, 'annual-report', params.fy, query),
  downloadAnnualReport: (ctx, { caller, params }) =>
    generationDownload(ctx, caller, 'annual-report', params.fy, params.generation, params.file),
  generatePlanDocument: (ctx, { caller, params, query }) =>
    requestGeneration(ctx, caller, 'plan-document', params.fy, undefined, query.announcedOn),
  listPlanDocuments: (ctx, { caller, params, query }) =>
    listGenerations(ctx, caller, 'plan-document', params.fy, query),
  downloadPlanDocument: (ctx, { caller, params }) =>
    generationDownload(ctx, caller, 'plan-document', params.fy, params.generation, params.file),
  publishAnnualReport: (ctx, { caller, params }) =>
    publishDocument(ctx.publishing, caller, 'annual-report', params.fy, params.generation),
  withdrawAnnualReport: (ctx, { caller, params }) =>
    withdrawDocument(ctx.publishing, caller, 'annual-report', params.fy, params.generation),
  publishPlanDocument: (ctx, { caller, params }) =>
    publishDocument(ctx.publishing, caller, 'plan-document', params.fy, params.generation),
  withdrawPlanDocument: (ctx, { caller, params }) =>
    withdrawDocument(ctx.publishing, caller, 'plan-document', params.fy, params.generation),
  listUnits: (ctx, { caller }) => listUnits(ctx.ports, caller),
  createUnit: (ctx, { caller, body }) => createUnit(ctx.ports, caller, body),
  updateUnit: (ctx, { caller, params, body }) => updateUnit(ctx.ports, caller, params.unitId, body),
  listPeople: (ctx, { caller }) => listPeople(ctx.ports, caller),
  createPerson: (ctx, { caller, body }) => createPerson(ctx.ports, caller, body),
  updatePerson: (ctx, { caller, params, body, headers }) =>
    updatePerson(ctx.ports, caller, params.personId, body, headers['if-match']),
  resendInvitation: (ctx, { caller, params }) => resendInvitation(ctx.ports, caller, params.personId),
  unitAudit: (ctx, { caller, params, query }) => unitAudit(ctx.ports, caller, params.unitId, query),
  personAudit: (ctx, { caller, params, query }) => personAudit(ctx.ports, caller, params.personId, query),
  obligationAudit: (ctx, { caller, params, query }) =>
    obligationAudit(ctx.ports, caller, obligationToRead(ctx, caller, params.fy, params.obligationId), query),
  evidenceLink: (ctx, { caller, params, query }) =>
    evidenceLink(ctx.evidenceLinks, caller, obligationToRead(ctx, caller, params.fy, params.obligationId), query.key),
  listCalendarFeeds: (ctx, { caller }) => listFeeds(ctx.calendar, caller),
  createCalendarFeed: (ctx, { caller, body, origin }) => createFeed(ctx.calendar, caller, body, baseUrl(ctx, origin)),
  revokeCalendarFeed: (ctx, { caller, params }) => revokeFeed(ctx.calendar, caller, params.feedId),
  calendarFile: (ctx, { params, origin }) => calendarFile(ctx, ctx.calendar, params.file, baseUrl(ctx, origin)),
  planAudit: (ctx, { caller, params, query }) => planAudit(ctx.ports, caller, params.fy, query),
  documentsAudit: (ctx, { caller, params, query }) => documentsAudit(ctx.ports, caller, params.fy, query),
  planVersion: (ctx, { caller, params }) => planVersion(ctx, caller, params.fy, params.version),
};
