// The form API's routes as data: read by the Lambda router, the OpenAPI document, CDK and the local server.
import type * as z from 'zod';
import type { Bilingual } from '../domain/bilingual.js';
import {
  assertCanGenerateDocuments,
  assertCanManagePeople,
  assertCanReadUnits,
  assertCanReadOrgWide,
  assertCoordinator,
  type Caller,
} from '../domain/access.js';
import {
  EvidenceUploadBody,
  FyParams,
  PlanVersionParams,
  GenerationParams,
  GenerateQuery,
  PlanGenerateQuery,
  GenerationsQuery,
  PlanDocumentParams,
  PublishParams,
  SignedCopyBody,
  SignedCopyUploadBody,
  ListObligationsQuery,
  PlanCheckBody,
  PlanImportBody,
  PlanImportUploadBody,
  ItaScoresBody,
  ObligationParams,
  ReplacePlanBody,
  ReplacePlanHeaders,
  ReviewHeaders,
  ReportVersionsQuery,
  ReviewBody,
  INLINE_PLAN_FILE_TOO_LARGE,
  PLAN_FILE_OUT_OF_TIME,
  SubmitReportBody,
  SubmitReportHeaders,
} from './request-schemas.js';
import {
  DownloadLink,
  EvidenceUploadResponse,
  GenerationList,
  GenerationView,
  JsonDocument,
  MeasuresResponse,
  MeResponse,
  PublicationView,
  ObligationDetail,
  ObligationList,
  PlanCheckResponse,
  PlanImportResponse,
  PlanImportUploadResponse,
  ItaScoresView,
  ReplacePlanResponse,
  Report,
  ReportVersions,
} from './response-schemas.js';
import {
  AuditPage,
  AuditQuery,
  CalendarFeedList,
  CalendarParams,
  CalendarText,
  CreatedCalendarFeed,
  CreateFeedBody,
  Deleted,
  EvidenceLinkQuery,
  FeedParams,
  CreatePersonBody,
  InvitationView,
  CreateUnitBody,
  PeopleList,
  PersonParams,
  PersonView,
  UnitList,
  UnitParams,
  UnitView,
  UpdatePersonBody,
  UpdatePersonHeaders,
  UpdateUnitBody,
} from './coordinator-schemas.js';
import {
  MAX_PLAN_SAVE_BODY_BYTES,
  PLAN_IMPORT_MAX_BODY_BYTES,
  planTooLargeToSave,
} from '../domain/plan-upload-rules.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';

/**
 * Who may call a route, from the caller's roles alone (shared/domain/access.ts): throws
 * ForbiddenError. Checked before the body is read, so a caller who may not use the route gets 403,
 * never 400/413/415 for what they sent. Rules that depend on data (which unit) stay in the use case.
 */
export type RouteAccess = (caller: Caller) => void;

export interface RouteSpec {
  method: HttpMethod;
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  /** the request headers the route reads: an object schema, names lowercase (OpenAPI `in: header`) */
  headers?: z.ZodObject;
  body?: z.ZodType;
  /** bodies above this get 413 (default 64 KB) */
  maxBodyBytes?: number;
  /**
   * the 413's message when the route has its own (what to do instead), or made from the size sent;
   * without one the 413 names the size sent and the limit
   */
  tooLarge?: Bilingual | ((sentBytes: number) => Bilingual);
  response: z.ZodType;
  /** the role check run before parsing (absent: anyone signed in; the use case decides) */
  access?: RouteAccess;
  /** the success status (default 200); 201 for a created resource; 202 for work that goes on after the answer */
  status?: 200 | 201 | 202;
  /**
   * with status 201: the created resource's address, a path template filled from the response's
   * fields (`/v1/units/{unitId}`), sent as the `Location` header
   */
  location?: string;
  /**
   * the response field holding the resource's entity tag, sent as the `ETag` header too (RFC 9110
   * §8.8.3): one validator, so either can be sent back as If-Match. Never on a PUT: its answer
   * carries no validator unless it stored the body as sent (RFC 9110 §9.3.4), and ours merge it
   */
  etag?: string;
  /** no sign-in: API Gateway routes it without the JWT authorizer (calendar apps cannot sign in) */
  public?: boolean;
  /** the response's content type when it is not JSON (the handler returns the text) */
  produces?: string;
  /**
   * the Lambda function that serves it in AWS when not the API function (its entry in
   * infra/cdk/bundling.ts FUNCTION_ENTRIES): routes whose code few requests need
   */
  handledBy?: 'planImport' | 'calendar' | 'schemas';
  /**
   * the 413's message when the route runs out of the function's time: the request's own content
   * took it (a plan file too costly to read), so the same request would again; without one, running
   * out of time is a 503 that may be retried
   */
  outOfTime?: Bilingual;
  /**
   * A write whose own transaction checks that the caller's person item is unchanged (submitReport):
   * it takes the caller from the API's 60 s cache, as reads do. Every other write (any method but
   * GET) reads its caller fresh, so a person removed or changed loses the old rights at once.
   */
  checksCaller?: true;
}

const obligation = '/v1/fiscal-years/{fy}/obligations/{obligationId}';

export const ROUTES = {
  me: {
    method: 'GET',
    path: '/v1/me',
    response: MeResponse,
  },
  listMeasures: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/measures',
    params: FyParams,
    response: MeasuresResponse,
  },
  listObligations: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/obligations',
    params: FyParams,
    query: ListObligationsQuery,
    response: ObligationList,
  },
  getObligation: {
    method: 'GET',
    path: obligation,
    params: ObligationParams,
    response: ObligationDetail,
  },
  submitReport: {
    method: 'PUT',
    path: `${obligation}/report`,
    params: ObligationParams,
    headers: SubmitReportHeaders,
    body: SubmitReportBody,
    response: Report,
    checksCaller: true,
  },
  listReportVersions: {
    method: 'GET',
    path: `${obligation}/report/versions`,
    params: ObligationParams,
    query: ReportVersionsQuery,
    response: ReportVersions,
  },
  reviewReport: {
    method: 'POST',
    access: assertCoordinator,
    path: `${obligation}/review`,
    params: ObligationParams,
    headers: ReviewHeaders,
    body: ReviewBody,
    response: Report,
  },
  createEvidenceUpload: {
    method: 'POST',
    path: '/v1/fiscal-years/{fy}/evidence-uploads',
    params: FyParams,
    body: EvidenceUploadBody,
    response: EvidenceUploadResponse,
  },
  replacePlan: {
    method: 'PUT',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan',
    params: FyParams,
    headers: ReplacePlanHeaders,
    body: ReplacePlanBody,
    maxBodyBytes: MAX_PLAN_SAVE_BODY_BYTES,
    tooLarge: (sent) => planTooLargeToSave(sent, { th: 'แผนที่ส่งมา', en: 'the plan sent' }),
    handledBy: 'planImport',
    response: ReplacePlanResponse,
  },
  previewPlanImport: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-imports',
    params: FyParams,
    body: PlanImportBody,
    maxBodyBytes: PLAN_IMPORT_MAX_BODY_BYTES,
    tooLarge: INLINE_PLAN_FILE_TOO_LARGE,
    outOfTime: PLAN_FILE_OUT_OF_TIME,
    handledBy: 'planImport',
    response: PlanImportResponse,
  },
  checkPlanDraft: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-checks',
    params: FyParams,
    body: PlanCheckBody,
    maxBodyBytes: MAX_PLAN_SAVE_BODY_BYTES,
    tooLarge: (sent) => planTooLargeToSave(sent, { th: 'แผนที่ส่งมา', en: 'the plan sent' }),
    handledBy: 'planImport',
    response: PlanCheckResponse,
  },
  createPlanImportUpload: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-import-uploads',
    params: FyParams,
    body: PlanImportUploadBody,
    status: 201,
    response: PlanImportUploadResponse,
  },
  getItaScores: {
    method: 'GET',
    access: assertCanReadOrgWide,
    path: '/v1/fiscal-years/{fy}/ita-scores',
    params: FyParams,
    response: ItaScoresView,
  },
  putItaScores: {
    method: 'PUT',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/ita-scores',
    params: FyParams,
    body: ItaScoresBody,
    response: ItaScoresView,
  },
  generateAnnualReport: {
    method: 'POST',
    access: assertCanGenerateDocuments,
    path: '/v1/fiscal-years/{fy}/annual-report',
    params: FyParams,
    query: GenerateQuery,
    status: 202,
    response: GenerationView,
  },
  listAnnualReports: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/annual-report',
    params: FyParams,
    query: GenerationsQuery,
    response: GenerationList,
  },
  downloadAnnualReport: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/{file}',
    params: GenerationParams,
    response: DownloadLink,
  },
  generatePlanDocument: {
    method: 'POST',
    access: assertCanGenerateDocuments,
    path: '/v1/fiscal-years/{fy}/plan-document',
    params: FyParams,
    query: PlanGenerateQuery,
    status: 202,
    response: GenerationView,
  },
  listPlanDocuments: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/plan-document',
    params: FyParams,
    query: GenerationsQuery,
    response: GenerationList,
  },
  downloadPlanDocument: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/{file}',
    params: PlanDocumentParams,
    response: DownloadLink,
  },
  publishAnnualReport: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/publish',
    params: PublishParams,
    response: PublicationView,
  },
  withdrawAnnualReport: {
    method: 'DELETE',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/publish',
    params: PublishParams,
    response: PublicationView,
  },
  publishPlanDocument: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/publish',
    params: PublishParams,
    response: PublicationView,
  },
  withdrawPlanDocument: {
    method: 'DELETE',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/publish',
    params: PublishParams,
    response: PublicationView,
  },
  signedCopyUploadAnnualReport: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/signed-copy-upload',
    params: PublishParams,
    handledBy: 'planImport',
    body: SignedCopyUploadBody,
    status: 201,
    response: PlanImportUploadResponse,
  },
  attachSignedCopyAnnualReport: {
    method: 'PUT',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/signed-copy',
    params: PublishParams,
    handledBy: 'planImport',
    body: SignedCopyBody,
    response: GenerationView,
  },
  removeSignedCopyAnnualReport: {
    method: 'DELETE',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/signed-copy',
    params: PublishParams,
    handledBy: 'planImport',
    response: GenerationView,
  },
  signedCopyUploadPlanDocument: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/signed-copy-upload',
    params: PublishParams,
    handledBy: 'planImport',
    body: SignedCopyUploadBody,
    status: 201,
    response: PlanImportUploadResponse,
  },
  attachSignedCopyPlanDocument: {
    method: 'PUT',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/signed-copy',
    params: PublishParams,
    handledBy: 'planImport',
    body: SignedCopyBody,
    response: GenerationView,
  },
  removeSignedCopyPlanDocument: {
    method: 'DELETE',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/signed-copy',
    params: PublishParams,
    handledBy: 'planImport',
    response: GenerationView,
  },
  reportForm: {
    method: 'GET',
    path: '/v1/forms/report',
    response: JsonDocument,
    handledBy: 'schemas',
  },
  // --- units, people and their history (issue 18) ---
  listUnits: {
    method: 'GET',
    access: assertCanReadUnits,
    path: '/v1/units',
    response: UnitList,
  },
  createUnit: {
    method: 'POST',
    access: assertCanManagePeople,
    path: '/v1/units',
    body: CreateUnitBody,
    response: UnitView,
    status: 201,
    location: '/v1/units/{unitId}',
  },
  updateUnit: {
    method: 'PUT',
    access: assertCanManagePeople,
    path: '/v1/units/{unitId}',
    params: UnitParams,
    body: UpdateUnitBody,
    response: UnitView,
  },
  listPeople: {
    method: 'GET',
    access: assertCanManagePeople,
    path: '/v1/people',
    response: PeopleList,
  },
  createPerson: {
    method: 'POST',
    access: assertCanManagePeople,
    path: '/v1/people',
    body: CreatePersonBody,
    response: PersonView,
    status: 201,
    location: '/v1/people/{personId}',
    etag: 'etag',
  },
  updatePerson: {
    method: 'PUT',
    access: assertCanManagePeople,
    path: '/v1/people/{personId}',
    params: PersonParams,
    headers: UpdatePersonHeaders,
    body: UpdatePersonBody,
    response: PersonView,
  },
  resendInvitation: {
    method: 'POST',
    access: assertCanManagePeople,
    path: '/v1/people/{personId}/invitation',
    params: PersonParams,
    response: InvitationView,
  },
  unitAudit: {
    method: 'GET',
    access: assertCanManagePeople,
    path: '/v1/units/{unitId}/audit',
    params: UnitParams,
    query: AuditQuery,
    response: AuditPage,
  },
  personAudit: {
    method: 'GET',
    access: assertCanManagePeople,
    path: '/v1/people/{personId}/audit',
    params: PersonParams,
    query: AuditQuery,
    response: AuditPage,
  },
  obligationAudit: {
    method: 'GET',
    path: `${obligation}/audit`,
    params: ObligationParams,
    query: AuditQuery,
    response: AuditPage,
  },
  planAudit: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/plan/audit',
    params: FyParams,
    query: AuditQuery,
    response: AuditPage,
  },
  documentsAudit: {
    method: 'GET',
    access: assertCanReadOrgWide,
    path: '/v1/fiscal-years/{fy}/documents/audit',
    params: FyParams,
    query: AuditQuery,
    response: AuditPage,
  },
  planVersion: {
    method: 'GET',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan/versions/{version}',
    params: PlanVersionParams,
    response: MeasuresResponse,
  },
  evidenceLink: {
    method: 'GET',
    path: `${obligation}/report/evidence-link`,
    params: ObligationParams,
    query: EvidenceLinkQuery,
    response: DownloadLink,
  },
  listCalendarFeeds: {
    method: 'GET',
    path: '/v1/calendar-feeds',
    response: CalendarFeedList,
  },
  createCalendarFeed: {
    method: 'POST',
    path: '/v1/calendar-feeds',
    body: CreateFeedBody,
    response: CreatedCalendarFeed,
    status: 201,
    location: '/v1/calendar-feeds/{feedId}',
  },
  revokeCalendarFeed: {
    method: 'DELETE',
    path: '/v1/calendar-feeds/{feedId}',
    params: FeedParams,
    response: Deleted,
  },
  calendarFile: {
    method: 'GET',
    path: '/calendar/{file}',
    params: CalendarParams,
    response: CalendarText,
    public: true,
    produces: 'text/calendar; charset=utf-8',
    handledBy: 'calendar',
  },
  openapi: {
    method: 'GET',
    path: '/v1/openapi.json',
    response: JsonDocument,
    handledBy: 'schemas',
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteId = keyof typeof ROUTES;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

type Spec<Id extends RouteId> = (typeof ROUTES)[Id];
/** What one part of a route's request parses to with its schema; `Absent` when it has none. */
type Parsed<S, K extends 'params' | 'query' | 'headers' | 'body', Absent> = S extends {
  readonly [P in K]: infer T extends z.ZodType;
}
  ? z.output<T>
  : Absent;

/** A route's request as its schemas parse it (absent parts: `{}`, body `undefined`). */
export interface RouteRequest<Id extends RouteId> {
  params: Parsed<Spec<Id>, 'params', Record<string, never>>;
  query: Parsed<Spec<Id>, 'query', Record<string, never>>;
  headers: Parsed<Spec<Id>, 'headers', Record<string, never>>;
  body: Parsed<Spec<Id>, 'body', undefined>;
}

/** What a route's handler returns (before JSON): its response schema's input. */
export type RouteResult<Id extends RouteId> = z.input<Spec<Id>['response']>;

/** A route's path as a pattern of request paths ("/v1/units/{unitId}" matches "/v1/units/finance"). */
export const routePathPattern = (path: string): RegExp => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`);

/** The Lambda functions that serve routes: the API function, or a route's RouteSpec.handledBy. */
export type RouteFunction = 'api' | NonNullable<RouteSpec['handledBy']>;

/** The routes one function serves in AWS (RouteSpec.handledBy; without it, the API function). */
export type RouteIdOf<F extends RouteFunction> = {
  [Id in RouteId]: (Spec<Id> extends { readonly handledBy: infer By } ? By : 'api') extends F ? Id : never;
}[RouteId];

/** The header naming the org to act in (people in several orgs). */
export const ORG_HEADER = 'x-org-id';

/**
 * Every request header the API reads: CORS's Access-Control-Allow-Headers in AWS (CDK) and on
 * one machine, from the route table (RouteSpec.headers) and the headers every route reads.
 */
export const REQUEST_HEADERS: readonly string[] = [
  ...new Set([
    'authorization',
    'content-type',
    ...(Object.values(ROUTES) as RouteSpec[]).flatMap((r) => (r.headers ? Object.keys(r.headers.shape) : [])),
    ORG_HEADER,
  ]),
];

/**
 * The response headers a page on another origin may read (CORS's Access-Control-Expose-Headers, in
 * AWS and on one machine): those the route table declares (ETag, Location) and Retry-After (429,
 * 503), sorted.
 */
export const EXPOSED_HEADERS: readonly string[] = [
  ...new Set([
    ...(Object.values(ROUTES) as RouteSpec[]).flatMap((r) => [
      ...(r.etag ? ['etag'] : []),
      ...(r.location ? ['location'] : []),
    ]),
    'retry-after',
  ]),
].sort();
