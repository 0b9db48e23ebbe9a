// Response shapes, for the OpenAPI document and the clients written against it.
// Each route schema is built on its first use (z.lazy): a cold API instance builds only the ones
// its first request needs (README, Performance). Schemas whose .shape or .extend other code uses stay plain.
import * as z from 'zod';
import { GENERATION_STATES } from '../domain/document-kinds.js';
import { OBLIGATION_STATUSES } from '../domain/obligations.js';
import { Role } from '../domain/organisation.js';
import { Cadence } from '../domain/due-rules.js';
import { Measure, StoredPlan } from '../domain/plan.js';
import { ImportWarning } from '../import/import-warning.js';
import { Report } from '../domain/report.js';

/** a message, Thai first */
const thaiFirst = z.object({ message_th: z.string(), message_en: z.string() });

export const ErrorBody = z.lazy(() =>
  z.object({
    error: z.object({
      code: z.string(),
      ...thaiFirst.shape,
      fields: z.array(z.object({ path: z.string(), ...thaiFirst.shape })),
      currentVersion: z.number().int().optional(),
    }),
  }),
);

// described in response-docs.ts (the OpenAPI document's words, out of the API function's bundle)
export const meActingHeadOf = z.array(z.object({ unitId: z.string(), name: z.string() }));
export const onTimeUntil = z.string();
export const MeResponse = z.lazy(() =>
  z.object({
    personId: z.string(),
    name: z.string(),
    org: z.object({ orgId: z.string(), name: z.string() }),
    unit: z.object({ unitId: z.string(), name: z.string() }).nullable(),
    roles: z.array(Role),
    headOfUnit: z.boolean(),
    actingHeadOf: meActingHeadOf,
    alsoStaffOf: z
      .array(z.object({ unitId: z.string(), name: z.string() }))
      .describe('the other units the caller is staff of as well: read and report as their staff'),
    today: z.string().describe("the server's date in Asia/Bangkok (YYYY-MM-DD)"),
    fiscalYear: z.number().int().describe('the fiscal year (BE) that today falls in'),
    planYears: z
      .array(z.number().int())
      .describe('the fiscal years from next year to five years back that have a plan, newest first'),
    units: z
      .array(z.object({ unitId: z.string(), name: z.string(), active: z.boolean() }))
      .describe("the org's units; active false: closed (ปิดการใช้งานแล้ว), kept for its history"),
    memberships: z
      .array(z.object({ orgId: z.string(), name: z.string() }))
      .describe('every org this sign-in is active in; send X-Org-Id to act in one when there are several'),
  }),
);

export const ObligationView = z.object({
  obligationId: z.string(),
  fy: z.number().int(),
  measureId: z.string(),
  indicator: z.number().int(),
  measureTitle: z.string(),
  followUpNo: z.number().int(),
  followUpText: z.string(),
  cadence: Cadence,
  cadenceFlagged: z.boolean(),
  periodId: z.string(),
  periodLabel: z.string().describe('the period in Thai, e.g. "เมษายน ๒๕๖๖" or "ครึ่งปีแรก"'),
  periodStart: z.string(),
  periodEnd: z.string(),
  opensOn: z.string(),
  dueDate: z.string(),
  dueDateLabel: z.string().describe('the due date in Thai, e.g. "๓๐ เมษายน ๒๕๖๖"'),
  onTimeUntil,
  unitId: z.string(),
  isLead: z.boolean(),
  status: z.enum(OBLIGATION_STATUSES),
  reportVersion: z.number().int().nullable(),
  reportedAt: z.string().optional(),
});
export type ObligationView = z.infer<typeof ObligationView>;

export const ObligationList = z.lazy(() => z.object({ items: z.array(ObligationView), cursor: z.string().optional() }));
export const ObligationDetail = ObligationView.extend({ measure: Measure, latestReport: Report.nullable() });
export const ReportVersions = z.lazy(() =>
  z.object({
    items: z.array(Report),
    cursor: z.string().optional().describe('present when more versions follow: pass it back as ?cursor='),
  }),
);
export const MeasuresResponse = z.lazy(() =>
  z.object({
    fy: z.number().int(),
    version: z.number().int(),
    title: z.string(),
    measures: z.array(Measure),
  }),
);
export const EvidenceUploadResponse = z.lazy(() =>
  z.object({
    key: z.string(),
    uploadUrl: z.string(),
    method: z.literal('PUT'),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
);
export const PlanImportUploadResponse = z.lazy(() =>
  z.object({
    uploadId: z.string().describe('send it back as uploadId (plan-imports, signed-copy) once the PUT succeeded'),
    uploadUrl: z.string(),
    method: z.literal('PUT'),
    headers: z
      .record(z.string(), z.string())
      .describe('the headers the URL is signed for; send them, plus Content-Length'),
    expiresAt: z.string().describe('the URL works until then (15 minutes)'),
  }),
);
export const pastDue = z
  .object({
    count: z.number().int(),
    units: z.number().int(),
    onTimeUntil: z.string(),
    headsOn: z.string(),
    executivesOn: z.string(),
  })
  .optional();
export const planCheckWarnings = z.array(ImportWarning);
export const ReplacePlanResponse = z.lazy(() =>
  z.object({
    plan: StoredPlan,
    warnings: z.array(ImportWarning),
    pastDue,
    unchanged: thaiFirst.optional().describe('the plan sent is the saved one: nothing saved'),
  }),
);
export const PlanCheckResponse = z.lazy(() =>
  z.object({
    warnings: planCheckWarnings,
    pastDue,
  }),
);
export const PlanImportResponse = z.lazy(() =>
  z.object({
    plan: z.object({
      orgId: z.string(),
      fy: z.number().int(),
      title: z.string(),
      measures: z.array(z.looseObject({ measureId: z.string(), indicator: z.number().int().nullable() })),
    }),
    warnings: z.array(ImportWarning),
    fileKind: z.enum(['pdf', 'docx', 'xlsx', 'text']),
    orgNameInDocument: z.string().optional(),
    fyInDocument: z.number().int().optional(),
  }),
);
export const JsonDocument = z.lazy(() => z.record(z.string(), z.unknown()));

export { Report };

const GeneratedFile = z.object({ name: z.string(), contentType: z.string(), size: z.number(), sha256: z.string() });
export const GenerationView = z.lazy(() =>
  z.object({
    generation: z.number().int(),
    status: z
      .enum(GENERATION_STATES)
      .describe('pending: being made; ready: the files can be downloaded; failed: see failure'),
    startedAt: z.string(),
    generatedAt: z.string().optional(),
    trigger: z.string(),
    files: z.array(GeneratedFile).optional(),
    failure: thaiFirst.optional().describe('why a failed generation failed (Thai first)'),
    scope: z.literal('half-year').optional().describe("the results report's half-year (absent: the year's)"),
    announcedOn: z.string().optional().describe("the plan document's announcement day (YYYY-MM-DD), when given"),
    signedCopy: z
      .looseObject({ uploadId: z.string(), size: z.number(), sha256: z.string(), attachedAt: z.string() })
      .optional()
      .describe('the signed copy attached (also attachedBy): publishing serves it as the public PDF'),
  }),
);
/** Which generation is published, when and by whom (the publication record; break 19 s28, F8). */
export const PublishedMark = z.lazy(() =>
  z.object({
    generation: z.number().int(),
    publishedAt: z.string().describe('ISO-8601 UTC'),
    publishedAtBangkok: z.string().describe('the time in Asia/Bangkok, in Thai, e.g. "๒ ตุลาคม ๒๕๖๖ ๐๙:๐๐ น."'),
    publishedBy: z.object({ personId: z.string(), name: z.string() }),
    publicUrl: z.string().describe('the stable address of the PDF (the DOCX: the same with .docx)'),
    pageUrl: z.string().describe("the org's ITA page for the year"),
    signedSha256: z.string().optional().describe('the public PDF is the signed copy with this SHA-256'),
  }),
);
export const GenerationList = z.lazy(() =>
  z.object({
    items: z.array(
      z.intersection(
        GenerationView,
        z.object({ published: PublishedMark.optional().describe('on the generation published now') }),
      ),
    ),
    cursor: z.string().optional().describe('older generations follow: pass as ?cursor='),
    published: PublishedMark.optional().describe('the generation published now, whichever page this is'),
    publishedHalfYear: PublishedMark.optional().describe('the results report: the half-year generation published now'),
    publicUrl: z.string().describe('where publishing puts the PDF (the DOCX: the same with .docx)'),
    pageUrl: z.string().describe("the org's ITA page for the year"),
  }),
);
export const DownloadLink = z.lazy(() => z.object({ url: z.string(), expiresAt: z.string() }));
export const PublicationView = z.lazy(() =>
  z.object({
    kind: z.enum(['plan-document', 'annual-report', 'half-year-report']),
    generation: z.number().int(),
    published: z.boolean().describe('false after a withdrawal: the public address answers 404'),
    publicUrl: z.string().describe('the stable address of the PDF (the DOCX: the same with .docx)'),
    pageUrl: z.string().describe("the org's ITA page for the year"),
    publishedAt: z.string().optional(),
  }),
);

/** Last year's ITA scores for the plan of fy, and the indicators under 85 that no measure answers. */
export const ItaScoresView = z.lazy(() =>
  z.object({
    fy: z.number().int(),
    indicators: z.array(z.object({ no: z.number().int(), score: z.number() })),
    updatedAt: z.string().optional(),
    updatedBy: z.string().optional(),
    /** whether the year has a plan: without one, every indicator under 85 is uncovered */
    hasPlan: z.boolean(),
    uncovered: z.array(z.object({ no: z.number().int(), name_th: z.string(), score: z.number() })),
  }),
);
export type ItaScoresView = z.infer<typeof ItaScoresView>;
