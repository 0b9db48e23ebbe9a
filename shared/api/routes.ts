// The form API's routes as data: read by the Lambda router, the OpenAPI document, CDK and the local server.
import type * as z from 'zod';
import { type Bilingual, bilingual } from '../domain/bilingual.js';
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
  GenerationsQuery,
  PlanDocumentParams,
  PublishParams,
  ListObligationsQuery,
  PlanCheckBody,
  PlanImportBody,
  PlanImportUploadBody,
  ItaScoresBody,
  ObligationParams,
  ReplacePlanBody,
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
  summary: Bilingual;
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
   * The error statuses the route's use case answers besides those every route may (400, 401, 403,
   * 404, 503; and 409, 413, 415 with a body), each with when, as the OpenAPI document says it:
   * 409 for a conflict a body-less route meets, 412 for an If-Match that no longer matches, 429 for
   * a limit per period (with Retry-After).
   */
  answers?: Partial<Record<409 | 412 | 429, string>>;
  /**
   * A write whose own transaction checks that the caller's person item is unchanged (submitReport):
   * it takes the caller from the API's 60 s cache, as reads do. Every other write (any method but
   * GET) reads its caller fresh, so a person removed or changed loses the old rights at once.
   */
  checksCaller?: true;
}

/** What generating a document may answer besides 202 (document-generations.ts requestGeneration). */
const GENERATION_ANSWERS = {
  409: "the year's document already has 9,999 generations (MAX_GENERATION): nothing is claimed",
  429: '20 requests of this document and year today (DAILY_GENERATION_LIMIT): Retry-After is the seconds to midnight in Bangkok',
} as const;
/** What publishing or withdrawing may answer (publish-document.ts, publishing-lease.ts). */
const PUBLISH_ANSWERS = {
  409: "another publish or withdrawal of this document (or an update of the year's ITA page) is under way: retry",
} as const;
const WITHDRAW_ANSWERS = {
  409: `${PUBLISH_ANSWERS[409]}; or another generation is the published one (the answer names it)`,
} as const;

const obligation = '/v1/fiscal-years/{fy}/obligations/{obligationId}';
/** How both documents' lists are read, written once. */
const LISTED_TH = '(ฉบับล่าสุดก่อน; เจ้าหน้าที่เห็นเฉพาะฉบับที่เผยแพร่)';

export const ROUTES = {
  me: {
    method: 'GET',
    path: '/v1/me',
    summary: bilingual('ข้อมูลผู้ใช้งาน', 'the caller: person, org, unit, roles'),
    response: MeResponse,
  },
  listMeasures: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/measures',
    summary: bilingual('มาตรการของปีงบประมาณ', "the plan's measures"),
    params: FyParams,
    response: MeasuresResponse,
  },
  listObligations: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/obligations',
    summary: bilingual('รายการภาระการรายงาน', 'obligations by due date, then in plan order; paginated'),
    params: FyParams,
    query: ListObligationsQuery,
    response: ObligationList,
  },
  getObligation: {
    method: 'GET',
    path: obligation,
    summary: bilingual('ภาระการรายงานหนึ่งรายการ', 'one obligation with its measure and latest report'),
    params: ObligationParams,
    response: ObligationDetail,
  },
  submitReport: {
    method: 'PUT',
    path: `${obligation}/report`,
    summary: bilingual('ส่งหรือแก้ไขรายงานผล', 'submit or revise the report'),
    params: ObligationParams,
    headers: SubmitReportHeaders,
    body: SubmitReportBody,
    response: Report,
    checksCaller: true,
    answers: {
      412: 'If-Match is not the current version of the report (no such version, not yet submitted, changed since, or not a version): the error says which, with currentVersion; nothing is written',
    },
  },
  listReportVersions: {
    method: 'GET',
    path: `${obligation}/report/versions`,
    summary: bilingual('ประวัติรายงาน', "the report's versions, oldest first, paginated (20 per page, at most 50)"),
    params: ObligationParams,
    query: ReportVersionsQuery,
    response: ReportVersions,
  },
  reviewReport: {
    method: 'POST',
    access: assertCoordinator,
    path: `${obligation}/review`,
    summary: bilingual(
      'ตรวจรายงาน (รับ / ส่งกลับแก้ไข / เปิดให้แก้ไขอีกครั้ง)',
      'accept or return the report, or reopen an accepted one',
    ),
    params: ObligationParams,
    body: ReviewBody,
    response: Report,
  },
  createEvidenceUpload: {
    method: 'POST',
    path: '/v1/fiscal-years/{fy}/evidence-uploads',
    summary: bilingual('ขอที่อัปโหลดไฟล์หลักฐาน', 'a presigned upload for one evidence file'),
    params: FyParams,
    body: EvidenceUploadBody,
    response: EvidenceUploadResponse,
  },
  replacePlan: {
    method: 'PUT',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan',
    summary: bilingual('นำเข้าแผนมาตรการ', 'replace the plan from the measures document or plan JSON'),
    params: FyParams,
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
    summary: bilingual(
      'อ่านไฟล์แผนมาตรการเพื่อตรวจก่อนบันทึก',
      'read a plan file (.docx, .xlsx, .pdf, .txt) into a draft plan with warnings; writes nothing',
    ),
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
    summary: bilingual(
      'ตรวจร่างแผนมาตรการก่อนบันทึก',
      "check a draft plan (plan JSON, e.g. last year's plan copied) as the file preview does: deactivated units and what the guard on reports would refuse, as warnings; writes nothing",
    ),
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
    summary: bilingual(
      'ขอที่อัปโหลดไฟล์แผนมาตรการ (ไฟล์ใหญ่เกินกว่าจะส่งในคำขอโดยตรง)',
      'a presigned upload for one plan file (up to 5 MB), then plan-imports with its uploadId',
    ),
    params: FyParams,
    body: PlanImportUploadBody,
    status: 201,
    response: PlanImportUploadResponse,
  },
  getItaScores: {
    method: 'GET',
    access: assertCanReadOrgWide,
    path: '/v1/fiscal-years/{fy}/ita-scores',
    summary: bilingual(
      'คะแนน ITA ของปีที่แล้วที่แผนมาตรการตอบ',
      "last year's ITA scores the plan answers, and the indicators under 85 no measure answers",
    ),
    params: FyParams,
    response: ItaScoresView,
  },
  putItaScores: {
    method: 'PUT',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/ita-scores',
    summary: bilingual('บันทึกคะแนน ITA ของปีที่แล้ว', "enter last year's ITA scores (replaces them)"),
    params: FyParams,
    body: ItaScoresBody,
    response: ItaScoresView,
  },
  generateAnnualReport: {
    method: 'POST',
    access: assertCanGenerateDocuments,
    path: '/v1/fiscal-years/{fy}/annual-report',
    summary: bilingual(
      'สั่งจัดทำรายงานผลประจำปี (ฉบับใหม่ สถานะ "กำลังจัดทำ")',
      'start a new generation of the annual results report; it is pending, then ready or failed',
    ),
    params: FyParams,
    query: GenerateQuery,
    status: 202,
    response: GenerationView,
    answers: GENERATION_ANSWERS,
  },
  listAnnualReports: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/annual-report',
    summary: bilingual(
      `รายงานผลประจำปีที่จัดทำแล้ว ${LISTED_TH}`,
      'the generations of the annual report, newest first (staff: only the published ones, the year and half-year)',
    ),
    params: FyParams,
    query: GenerationsQuery,
    response: GenerationList,
  },
  downloadAnnualReport: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/{file}',
    summary: bilingual('ลิงก์ดาวน์โหลดรายงาน', 'a short-lived download link for one file'),
    params: GenerationParams,
    response: DownloadLink,
  },
  generatePlanDocument: {
    method: 'POST',
    access: assertCanGenerateDocuments,
    path: '/v1/fiscal-years/{fy}/plan-document',
    summary: bilingual(
      'สั่งจัดทำเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ฉบับใหม่ สถานะ "กำลังจัดทำ")',
      'start a new generation of the measures plan document (PDF, DOCX); pending, then ready or failed',
    ),
    params: FyParams,
    status: 202,
    response: GenerationView,
    answers: GENERATION_ANSWERS,
  },
  listPlanDocuments: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/plan-document',
    summary: bilingual(
      `เอกสารมาตรการที่จัดทำแล้ว ${LISTED_TH}`,
      'the generations of the plan document, newest first (staff: only the published one)',
    ),
    params: FyParams,
    query: GenerationsQuery,
    response: GenerationList,
  },
  downloadPlanDocument: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/{file}',
    summary: bilingual('ลิงก์ดาวน์โหลดเอกสารมาตรการ', 'a short-lived download link for one file'),
    params: PlanDocumentParams,
    response: DownloadLink,
  },
  publishAnnualReport: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/publish',
    summary: bilingual('เผยแพร่รายงานผลฉบับนี้', 'publish this generation at the stable public address'),
    params: PublishParams,
    response: PublicationView,
    answers: PUBLISH_ANSWERS,
  },
  withdrawAnnualReport: {
    method: 'DELETE',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/annual-report/{generation}/publish',
    summary: bilingual('ถอนการเผยแพร่รายงานผล', 'withdraw it (the public address then answers 404)'),
    params: PublishParams,
    response: PublicationView,
    answers: WITHDRAW_ANSWERS,
  },
  publishPlanDocument: {
    method: 'POST',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/publish',
    summary: bilingual('เผยแพร่เอกสารมาตรการฉบับนี้', 'publish this plan-document generation at the stable public address'),
    params: PublishParams,
    response: PublicationView,
    answers: PUBLISH_ANSWERS,
  },
  withdrawPlanDocument: {
    method: 'DELETE',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan-document/{generation}/publish',
    summary: bilingual('ถอนการเผยแพร่เอกสารมาตรการ', 'withdraw it (the public address then answers 404)'),
    params: PublishParams,
    response: PublicationView,
    answers: WITHDRAW_ANSWERS,
  },
  reportForm: {
    method: 'GET',
    path: '/v1/forms/report',
    summary: bilingual('แบบฟอร์มรายงาน (JSON Schema)', 'the JSON Schema of the report form'),
    response: JsonDocument,
    handledBy: 'schemas',
  },
  // --- units, people and their history (issue 18) ---
  listUnits: {
    method: 'GET',
    access: assertCanReadUnits,
    path: '/v1/units',
    summary: bilingual('หน่วยงานในองค์กร', "the org's units (admin, coordinator, executive)"),
    response: UnitList,
  },
  createUnit: {
    method: 'POST',
    access: assertCanManagePeople,
    path: '/v1/units',
    summary: bilingual('เพิ่มหน่วยงาน', 'add a unit (admin, coordinator)'),
    body: CreateUnitBody,
    response: UnitView,
    status: 201,
    location: '/v1/units/{unitId}',
  },
  updateUnit: {
    method: 'PUT',
    access: assertCanManagePeople,
    path: '/v1/units/{unitId}',
    summary: bilingual('แก้ไขหน่วยงาน', 'rename, set aliases, deactivate or reactivate a unit'),
    params: UnitParams,
    body: UpdateUnitBody,
    response: UnitView,
  },
  listPeople: {
    method: 'GET',
    access: assertCanManagePeople,
    path: '/v1/people',
    summary: bilingual('ผู้ใช้งานในองค์กร', "the org's people (admin, coordinator)"),
    response: PeopleList,
  },
  createPerson: {
    method: 'POST',
    access: assertCanManagePeople,
    path: '/v1/people',
    summary: bilingual('เพิ่มผู้ใช้งาน', 'add a person and their sign-in'),
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
    summary: bilingual('แก้ไขผู้ใช้งาน', 'change roles, unit, head of unit; deactivate or reactivate'),
    params: PersonParams,
    headers: UpdatePersonHeaders,
    body: UpdatePersonBody,
    response: PersonView,
    answers: {
      412: "If-Match is not the person's etag any more: someone changed their name, roles, unit, head of unit, acting appointments or active since; nothing is written (read the person again)",
    },
  },
  resendInvitation: {
    method: 'POST',
    access: assertCanManagePeople,
    path: '/v1/people/{personId}/invitation',
    summary: bilingual(
      'ส่งอีเมลเชิญเข้าใช้งานอีกครั้ง (รหัสผ่านชั่วคราวใหม่)',
      'send the invitation again with a new temporary password, to a person who has never signed in',
    ),
    params: PersonParams,
    response: InvitationView,
  },
  unitAudit: {
    method: 'GET',
    access: assertCanManagePeople,
    path: '/v1/units/{unitId}/audit',
    summary: bilingual('ประวัติการเปลี่ยนแปลงหน่วยงาน', 'changes to a unit: added, renamed, aliases, active'),
    params: UnitParams,
    query: AuditQuery,
    response: AuditPage,
  },
  personAudit: {
    method: 'GET',
    access: assertCanManagePeople,
    path: '/v1/people/{personId}/audit',
    summary: bilingual('ประวัติการเปลี่ยนแปลงผู้ใช้งาน', "changes to a person's roles, unit and status"),
    params: PersonParams,
    query: AuditQuery,
    response: AuditPage,
  },
  obligationAudit: {
    method: 'GET',
    path: `${obligation}/audit`,
    summary: bilingual('ประวัติการรายงานและการตรวจ', "the history of the obligation's reports and reviews"),
    params: ObligationParams,
    query: AuditQuery,
    response: AuditPage,
  },
  planAudit: {
    method: 'GET',
    path: '/v1/fiscal-years/{fy}/plan/audit',
    summary: bilingual('ประวัติแผนมาตรการ', "the plan's history"),
    params: FyParams,
    query: AuditQuery,
    response: AuditPage,
  },
  documentsAudit: {
    method: 'GET',
    access: assertCanReadOrgWide,
    path: '/v1/fiscal-years/{fy}/documents/audit',
    summary: bilingual(
      'ประวัติการจัดทำ เผยแพร่ และถอนการเผยแพร่เอกสารของปี (ใคร เมื่อใด ฉบับใด)',
      "who generated, published and withdrew which generation of the year's documents, newest first",
    ),
    params: FyParams,
    query: AuditQuery,
    response: AuditPage,
  },
  planVersion: {
    method: 'GET',
    access: assertCoordinator,
    path: '/v1/fiscal-years/{fy}/plan/versions/{version}',
    summary: bilingual(
      'แผนมาตรการฉบับก่อน',
      'an earlier version of the plan as saved (the current one, or one of the last 20 replaced), to restore',
    ),
    params: PlanVersionParams,
    response: MeasuresResponse,
  },
  evidenceLink: {
    method: 'GET',
    path: `${obligation}/report/evidence-link`,
    summary: bilingual(
      'ลิงก์เปิดไฟล์หลักฐาน',
      'a short-lived download link for one uploaded file cited by any version of the report',
    ),
    params: ObligationParams,
    query: EvidenceLinkQuery,
    response: DownloadLink,
  },
  listCalendarFeeds: {
    method: 'GET',
    path: '/v1/calendar-feeds',
    summary: bilingual('ปฏิทินของฉัน', "the caller's calendar feeds"),
    response: CalendarFeedList,
  },
  createCalendarFeed: {
    method: 'POST',
    path: '/v1/calendar-feeds',
    summary: bilingual('สร้างลิงก์ปฏิทิน', 'a new secret calendar URL (shown once)'),
    body: CreateFeedBody,
    response: CreatedCalendarFeed,
    status: 201,
    location: '/v1/calendar-feeds/{feedId}',
  },
  revokeCalendarFeed: {
    method: 'DELETE',
    path: '/v1/calendar-feeds/{feedId}',
    summary: bilingual('ยกเลิกลิงก์ปฏิทิน', 'revoke a calendar URL'),
    params: FeedParams,
    response: Deleted,
  },
  calendarFile: {
    method: 'GET',
    path: '/calendar/{file}',
    summary: bilingual(
      'ปฏิทินกำหนดส่งรายงาน (สำหรับแอปปฏิทิน)',
      'the due dates as iCalendar: /calendar/{token}.ics, no sign-in (the token is the secret)',
    ),
    params: CalendarParams,
    response: CalendarText,
    public: true,
    produces: 'text/calendar; charset=utf-8',
    handledBy: 'calendar',
  },
  openapi: {
    method: 'GET',
    path: '/v1/openapi.json',
    summary: bilingual('เอกสาร OpenAPI', 'this OpenAPI 3.1 document'),
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
