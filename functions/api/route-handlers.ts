// Each route calls one use case. Input arrives parsed by the route's zod schemas.
import type {
  PlanImportBody,
  ItaScoresBody,
  EvidenceUploadBody,
  GenerationsQuery,
  ListObligationsQuery,
  ReplacePlanBody,
  ReportVersionsQuery,
  ReviewBody,
  SubmitReportBody,
} from '../../shared/api/request-schemas.js';
import { openApiDocument, reportFormSchema } from '../../shared/api/openapi-document.js';
import type { RouteId } from '../../shared/api/routes.js';
import type { Caller } from '../../shared/domain/access.js';
import { createEvidenceUpload } from '../../shared/use-cases/create-evidence-upload.js';
import { describeCaller, listMeasures } from '../../shared/use-cases/describe-caller.js';
import { generationDownload, listGenerations, requestGeneration } from '../../shared/use-cases/document-generations.js';
import { getObligation } from '../../shared/use-cases/get-obligation.js';
import { listObligations } from '../../shared/use-cases/list-obligations.js';
import { publishDocument, withdrawDocument } from '../../shared/use-cases/publish-document.js';
import { listReportVersions } from '../../shared/use-cases/list-report-versions.js';
import { previewPlanImport } from '../../shared/use-cases/preview-plan-import.js';
import { getItaScores, putItaScores } from '../../shared/use-cases/ita-scores.js';
import { replacePlan } from '../../shared/use-cases/replace-plan.js';
import { reviewReport } from '../../shared/use-cases/review-report.js';
import { submitReport } from '../../shared/use-cases/submit-report.js';
import type { UseCaseContext } from '../../shared/use-cases/use-case-context.js';
import type {
  AuditQuery,
  CreateFeedBody,
  CreatePersonBody,
  CreateUnitBody,
  UpdatePersonBody,
  UpdateUnitBody,
} from '../../shared/api/coordinator-schemas.js';
import type { DirectoryPorts } from '../../shared/use-cases/directory-ports.js';
import { createPerson, listPeople, updatePerson } from '../../shared/use-cases/manage-people.js';
import { createUnit, listUnits, updateUnit } from '../../shared/use-cases/manage-units.js';
import { obligationAudit, personAudit, planAudit, unitAudit } from '../../shared/use-cases/read-audit.js';
import { planObligation } from '../../shared/use-cases/plan-obligation.js';
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

const baseUrl = (ctx: ApiContext, headers: RouteInput['headers']) =>
  ctx.formUrl ?? `${headers['x-forwarded-proto'] ?? 'https'}://${headers.host ?? 'localhost'}`;
const obligationUnit = (ctx: ApiContext, caller: Caller, fy: number, obligationId: string) => async () =>
  (await planObligation(ctx, caller.orgId, fy, obligationId)).unitId;

export interface RouteInput {
  params: {
    fy: number;
    obligationId: string;
    generation: number;
    file: string;
    unitId: string;
    personId: string;
    feedId: string;
  };
  query: unknown;
  body: unknown;
  headers: Record<string, string | undefined>;
  /** absent only on public routes (RouteSpec.public) */
  caller: Caller;
}

type RouteHandler = (ctx: ApiContext, input: RouteInput) => Promise<unknown>;

export const ROUTE_HANDLERS: Record<RouteId, RouteHandler> = {
  me: (ctx, { caller }) => describeCaller(ctx, caller),
  listMeasures: (ctx, { caller, params }) => listMeasures(ctx, caller, params.fy),
  listObligations: (ctx, { caller, params, query }) =>
    listObligations(ctx, caller, params.fy, query as ListObligationsQuery),
  getObligation: (ctx, { caller, params }) => getObligation(ctx, caller, params.fy, params.obligationId),
  submitReport: (ctx, { caller, params, body, headers }) =>
    submitReport(ctx, caller, params.fy, params.obligationId, body as SubmitReportBody, headers['idempotency-key']),
  listReportVersions: (ctx, { caller, params, query }) =>
    listReportVersions(ctx, caller, params.fy, params.obligationId, query as ReportVersionsQuery),
  reviewReport: (ctx, { caller, params, body }) =>
    reviewReport(ctx, caller, params.fy, params.obligationId, body as ReviewBody),
  createEvidenceUpload: (ctx, { caller, params, body }) =>
    createEvidenceUpload(ctx, caller, params.fy, body as EvidenceUploadBody),
  replacePlan: (ctx, { caller, params, body }) => replacePlan(ctx, caller, params.fy, body as ReplacePlanBody),
  previewPlanImport: (ctx, { caller, params, body }) =>
    previewPlanImport(ctx, caller, params.fy, body as PlanImportBody),
  getItaScores: (ctx, { caller, params }) => getItaScores(ctx, caller, params.fy),
  putItaScores: (ctx, { caller, params, body }) => putItaScores(ctx, caller, params.fy, body as ItaScoresBody),
  generateAnnualReport: (ctx, { caller, params }) => requestGeneration(ctx, caller, 'annual-report', params.fy),
  listAnnualReports: (ctx, { caller, params, query }) =>
    listGenerations(ctx, caller, 'annual-report', params.fy, query as GenerationsQuery),
  downloadAnnualReport: (ctx, { caller, params }) =>
    generationDownload(ctx, caller, 'annual-report', params.fy, params.generation, params.file),
  generatePlanDocument: (ctx, { caller, params }) => requestGeneration(ctx, caller, 'plan-document', params.fy),
  listPlanDocuments: (ctx, { caller, params, query }) =>
    listGenerations(ctx, caller, 'plan-document', params.fy, query as GenerationsQuery),
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
  createUnit: (ctx, { caller, body }) => createUnit(ctx.ports, caller, body as CreateUnitBody),
  updateUnit: (ctx, { caller, params, body }) => updateUnit(ctx.ports, caller, params.unitId, body as UpdateUnitBody),
  listPeople: (ctx, { caller }) => listPeople(ctx.ports, caller),
  createPerson: (ctx, { caller, body }) => createPerson(ctx.ports, caller, body as CreatePersonBody),
  updatePerson: (ctx, { caller, params, body }) =>
    updatePerson(ctx.ports, caller, params.personId, body as UpdatePersonBody),
  unitAudit: (ctx, { caller, params, query }) => unitAudit(ctx.ports, caller, params.unitId, query as AuditQuery),
  personAudit: (ctx, { caller, params, query }) => personAudit(ctx.ports, caller, params.personId, query as AuditQuery),
  obligationAudit: (ctx, { caller, params, query }) =>
    obligationAudit(
      ctx.ports,
      caller,
      params.fy,
      params.obligationId,
      obligationUnit(ctx, caller, params.fy, params.obligationId),
      query as AuditQuery,
    ),
  evidenceLink: (ctx, { caller, params, query }) =>
    evidenceLink(
      ctx.evidenceLinks,
      caller,
      params.fy,
      params.obligationId,
      obligationUnit(ctx, caller, params.fy, params.obligationId),
      (query as { key: string }).key,
    ),
  listCalendarFeeds: (ctx, { caller }) => listFeeds(ctx.calendar, caller),
  createCalendarFeed: (ctx, { caller, body, headers }) =>
    createFeed(ctx.calendar, caller, body as CreateFeedBody, baseUrl(ctx, headers)),
  revokeCalendarFeed: (ctx, { caller, params }) => revokeFeed(ctx.calendar, caller, params.feedId),
  calendarFile: (ctx, { params, headers }) => calendarFile(ctx, ctx.calendar, params.file, baseUrl(ctx, headers)),
  planAudit: (ctx, { caller, params, query }) => planAudit(ctx.ports, caller, params.fy, query as AuditQuery),
  reportForm: () => Promise.resolve(reportFormSchema()),
  openapi: () => Promise.resolve(openApiDocument()),
};
