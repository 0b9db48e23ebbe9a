// Request shapes of the form API: path, query and body. Types, JSON Schema and OpenAPI come from these.
// Each route schema is built on its first use (z.lazy): a cold API instance builds only the ones
// its first request needs (README, Performance). Schemas whose .shape or .extend other code uses stay plain.
import * as z from 'zod';
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES } from '../domain/evidence-rules.js';
import { DOCUMENT_FILES, MAX_GENERATION } from '../domain/document-kinds.js';
import { FIELD_LABELS } from '../domain/field-labels.js';
import { FiscalYearNumber, PlainDateSchema, UnitId } from '../domain/ids.js';
import { OBLIGATION_ID_PATTERN } from '../domain/id-patterns.js';
import { RANGE_ENDS_BEFORE_START } from '../domain/gregorian-date.js';
import { OBLIGATION_STATUSES } from '../domain/obligations.js';
import { PROGRESS_LABELS } from '../domain/status-labels.js';
import { MAX_REVIEW_COMMENT_LENGTH } from '../domain/report-rules.js';
import { MAX_MEASURES, MeasureInput, Plan, uniqueMeasureIds } from '../domain/plan.js';
import { oneLine, shownText, text } from '../domain/text.js';
import { shownOrEmpty } from '../domain/visible-text.js';
import { IndicatorScores } from '../domain/ita-scores.js';
import {
  EvidenceFile,
  EvidenceLink,
  MIN_SUMMARY_LETTERS,
  ProgressStatus,
  hasLettersOrDigits,
  summarySaysSomething,
} from '../domain/report.js';
import { toThaiDigits } from '../domain/thai-format.js';
import {
  MAX_INLINE_PLAN_BASE64_CHARS,
  MAX_INLINE_PLAN_FILE_BYTES,
  MAX_PLAN_FILE_BYTES,
  megabytesTh,
  PLAN_UPLOAD_ID_PATTERN,
  PLAN_UPLOAD_TYPES,
} from '../domain/plan-upload-rules.js';

const label = (field: string, description?: string) => ({
  title: FIELD_LABELS[field]?.th ?? field,
  description: [FIELD_LABELS[field]?.en, description].filter(Boolean).join(': '),
});

/**
 * Said beside the report fields the results report prints (summary, suggestions): once the report
 * settles, their words go into the next document the coordinator makes and publishes at the public
 * ITA address (docs/privacy.md; break 19 s28, F15). "Made after it is sent": a report sent after its
 * year's report was published is in none until a new one is made (tester s47). The form shows
 * `x-hint-th` under the field.
 */
const PUBLISHED_TEXT = {
  th: 'ข้อความนี้จะพิมพ์ในรายงานผลการดำเนินการที่จัดทำหลังจากส่งรายงานนี้ ซึ่งเผยแพร่ต่อสาธารณะที่หน้า ITA ของหน่วยงาน กรุณาอย่าระบุชื่อ เบอร์โทรศัพท์ หรือข้อมูลส่วนบุคคลของผู้ใด',
  en: 'printed in the results reports made after it is sent, which are published at the public ITA address: name no one, give no phone numbers or other personal data',
};

/**
 * The fields of a paged list's query: `cursor` (opaque, from the previous page's answer, at most
 * `cursorMax` characters) and `limit` (items per page, 1 to `limitMax`, from the query string).
 */
export const pageQueryFields = (limitMax: number, cursorMax = 200) => ({
  cursor: z.string().max(cursorMax).optional(),
  limit: z.coerce.number().int().min(1).max(limitMax).optional(),
});

/**
 * A whole number as a path segment, written one way: digits, no leading zero ("2566"; never
 * "02566", "2566.0", "0xa06", "+2566"), so one resource has one address. Anything else is 400.
 */
const pathNumber = () => z.string().regex(/^[1-9][0-9]{0,8}$/, 'digits without a leading zero');
/** {fy} in a path: "2566" (FiscalYear's range). */
export const PathFiscalYear = pathNumber().transform(Number).pipe(FiscalYearNumber);
/** {generation} in a path: "1" to "9999" (MAX_GENERATION). */
export const PathGeneration = pathNumber().transform(Number).pipe(z.number().int().min(1).max(MAX_GENERATION));

export const FyParams = z.lazy(() => z.strictObject({ fy: PathFiscalYear }));
/** {version} of a plan in a path: "1" to "999999". */
export const PlanVersionParams = z.lazy(() =>
  z.strictObject({
    fy: PathFiscalYear,
    version: pathNumber().transform(Number).pipe(z.number().int().min(1).max(999_999)),
  }),
);
export const ObligationParams = z.strictObject({
  fy: PathFiscalYear,
  obligationId: z.string().regex(OBLIGATION_ID_PATTERN, 'not an obligation id'),
});

export const ListObligationsQuery = z.lazy(() =>
  z
    .strictObject({
      unit: UnitId.optional(),
      status: z.enum(OBLIGATION_STATUSES).optional(),
      from: PlainDateSchema.optional(),
      to: PlainDateSchema.optional(),
      ...pageQueryFields(200),
    })
    .refine((q) => !q.from || !q.to || q.from <= q.to, {
      path: ['to'],
      params: RANGE_ENDS_BEFORE_START,
    }),
);
export type ListObligationsQuery = z.infer<typeof ListObligationsQuery>;

export const ReportVersionsQuery = z.lazy(() => z.strictObject(pageQueryFields(50)));
export type ReportVersionsQuery = z.infer<typeof ReportVersionsQuery>;

// nothing visible is read as empty (shownText)
const NonBlank = (max: number, field: string) =>
  shownText(max).refine(Boolean, {
    params: {
      th: `กรุณากรอก${FIELD_LABELS[field]?.th ?? 'ข้อมูล'}`,
      en: `${FIELD_LABELS[field]?.en ?? field} must not be blank`,
    },
  });

/** A summary with too few letters or digits (".", "x", "-"): summarySaysSomething. */
const SUMMARY_SAYS_NOTHING = {
  th: `กรุณาเขียนผลการดำเนินงานเป็นข้อความ อย่างน้อย ${toThaiDigits(MIN_SUMMARY_LETTERS)} ตัวอักษรหรือตัวเลข (ไม่นับเว้นวรรคและเครื่องหมาย เช่น "." หรือ "-")`,
  en: `say what was done: at least ${MIN_SUMMARY_LETTERS} letters or digits (spaces and punctuation do not count)`,
};

/**
 * An evidence title is one line (a line of the results report and the page). The page fills it in
 * from the uploaded file's name, which may hold a line break or U+202E that its owner cannot easily
 * change: so control and bidi characters become spaces (oneLine) instead of refusing the report.
 * A title that shows nothing ("ㅤ", U+2800) is a missing one (shownOrEmpty; tester s53 R).
 */
const EvidenceTitle = text(300, { controls: 'left' })
  .transform((s) => shownOrEmpty(oneLine(s)))
  .pipe(z.string().min(1));

export const SubmitReportBody = z.lazy(() =>
  z
    .strictObject({
      progress: ProgressStatus.meta({
        ...label('progress', 'not_started | in_progress | done'),
        // the Thai name of each enum value, in the same order (a form generator's labels)
        'x-enum-titles': ProgressStatus.options.map((o) => PROGRESS_LABELS[o]),
      }),
      // a blank summary gets NonBlank's message only
      summary: NonBlank(5000, 'summary')
        .refine((s) => !s || summarySaysSomething(s), { params: SUMMARY_SAYS_NOTHING })
        .meta({
          ...label(
            'summary',
            `what was done in this period (required, at most 5,000 characters); ${PUBLISHED_TEXT.en}`,
          ),
          'x-hint-th': PUBLISHED_TEXT.th,
        }),
      obstacles: shownText(5000).default('').meta(label('obstacles')),
      suggestions: shownText(5000)
        .default('')
        .meta({ ...label('suggestions', PUBLISHED_TEXT.en), 'x-hint-th': PUBLISHED_TEXT.th }),
      evidence: z
        .array(
          z.union([
            EvidenceLink.extend({ title: EvidenceTitle }).meta({
              title: 'ลิงก์หลักฐาน',
              description: 'a link (http/https) with a title',
            }),
            EvidenceFile.extend({ title: EvidenceTitle }).meta({
              title: 'ไฟล์หลักฐานที่อัปโหลด',
              description: 'a key returned by POST /evidence-uploads, with a title',
            }),
          ]),
        )
        .max(20)
        .default([])
        .meta(label('evidence', 'at most 20 links or uploaded files')),
      expectedVersion: z
        .number()
        .int()
        .min(1)
        .optional()
        .meta(label('expectedVersion', 'required when revising: the version you are changing')),
    })
    .meta({ title: 'รายงานผลการดำเนินงาน', description: 'A progress report for one obligation (Report form)' }),
);
export type SubmitReportBody = z.infer<typeof SubmitReportBody>;

/**
 * Request headers a route reads (RouteSpec.headers). Names are lowercase, as API Gateway (HTTP API)
 * and the header normalizer pass them (field names are case-insensitive: RFC 9110 §5.1); OpenAPI
 * shows them as Idempotency-Key.
 */
export const SubmitReportHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1)
    .max(128)
    .optional()
    .meta({ description: 'retries with the same key return the first result without a second version' }),
  'if-match': ifMatchHeader(
    'the version you revise as an entity tag, quoted ("2", the report\'s `version`), instead of body.expectedVersion; `*`: whatever version is current. 412 when it is not the current version (none such, not yet submitted, or changed since: currentVersion says which is), nothing written; 400 when body.expectedVersion names a version it does not',
  ),
});

/** An If-Match header (RFC 9110 §13.1.1), said for its route: PUT …/report, …/plan, /people/{personId}. */
export function ifMatchHeader(description: string) {
  return z.string().min(1).max(512).optional().meta({ description });
}

/** PUT …/plan's If-Match (tester s52: ignored): the plan's version quoted, as body.expectedVersion. */
export const ReplacePlanHeaders = z.object({
  'if-match': ifMatchHeader('"N" = body.expectedVersion N'),
});

export const ReviewHeaders = z.object({ 'if-match': ifMatchHeader('"N" = body.version N') });

export const ReviewBody = z.lazy(() =>
  z
    .strictObject({
      decision: z
        .enum(['accept', 'return', 'reopen'])
        .meta(label('decision', 'accept | return | reopen (an accepted report, so the unit may revise it)')),
      comment: shownText(MAX_REVIEW_COMMENT_LENGTH).default('').meta(label('comment')),
      version: z
        .number()
        .int()
        .min(1)
        .optional()
        .meta(label('expectedVersion', 'the version reviewed; default the latest')),
    })
    .refine((b) => b.decision !== 'return' || hasLettersOrDigits(b.comment, 1), {
      path: ['comment'],
      params: { th: 'กรุณาระบุความเห็นเมื่อส่งรายงานกลับไปแก้ไข', en: 'a comment is required when returning a report' },
    })
    .refine((b) => b.decision !== 'reopen' || hasLettersOrDigits(b.comment, 1), {
      path: ['comment'],
      params: {
        th: 'กรุณาระบุเหตุผลที่เปิดรายงานให้แก้ไขอีกครั้ง',
        en: 'a comment (the reason) is required when reopening a report',
      },
    }),
);
export type ReviewBody = z.infer<typeof ReviewBody>;

export const EvidenceUploadBody = z.lazy(() =>
  z.strictObject({
    obligationId: ObligationParams.shape.obligationId,
    // controls are cleaned by safeFileName (evidence-rules.ts), as the title's are by oneLine
    fileName: text(200, { controls: 'left' }).pipe(z.string().min(1)),
    contentType: z.enum(
      Object.keys(EVIDENCE_TYPES) as [keyof typeof EVIDENCE_TYPES, ...(keyof typeof EVIDENCE_TYPES)[]],
    ),
    size: z.number().int().min(1).max(MAX_EVIDENCE_BYTES),
  }),
);
export type EvidenceUploadBody = z.infer<typeof EvidenceUploadBody>;

/** POST …/{generation}/signed-copy-upload: the signed copy (a PDF scan) about to be uploaded. */
export const SignedCopyUploadBody = z.lazy(() =>
  z.strictObject({
    size: z.number().int().min(1).max(MAX_EVIDENCE_BYTES).describe('bytes, at most 10 MB'),
  }),
);

/** PUT …/{generation}/signed-copy: the uploaded signed copy to attach. */
export const SignedCopyBody = z.lazy(() =>
  z.strictObject({
    uploadId: z.string().uuid().describe('from signed-copy-upload'),
  }),
);

/** Review 17 s13, S13-8: a plan naming another fiscal year replaces a saved plan only when the request says so. */
const ConfirmOtherFiscalYear = z.boolean().optional().meta({
  title: 'ยืนยันบันทึกแผนที่ระบุปีงบประมาณอื่นแทนแผนที่บันทึกไว้',
  description:
    "true: save a plan whose title (or document) names another fiscal year over the year's saved plan; without it such a save is 409 naming the year in error.otherFiscalYear",
});

/** Break s30-u F3: a plan save that removes an ended year's missed reports only when the request says so. */
const ConfirmRemoveMissedReports = z.boolean().optional().meta({
  title: 'ยืนยันบันทึกแผนของปีที่สิ้นสุดแล้วแม้จะลบรายงานที่ไม่ได้ส่ง',
  description:
    'true: save a plan for a fiscal year that has ended even though it removes obligations whose due date has passed (missed reports); without it such a save is 409 with their count in error.missedReportsRemoved',
});

/** PUT /plan's fields beside the plan (either format); POST …/plan-checks takes them too and ignores them. */
const saveOptions = () => ({
  expectedVersion: z.number().int().min(1).optional(),
  confirmOtherFiscalYear: ConfirmOtherFiscalYear,
  confirmRemoveMissedReports: ConfirmRemoveMissedReports,
});
/**
 * PUT /plan's plan JSON (title, measures, save options), the one rule POST …/plan-checks reads its
 * body with too (tester s52: the check took a title with a bidi control that PUT refuses).
 */
const planJson = () => ({
  title: Plan.shape.title,
  measures: z.array(MeasureInput).min(1).max(MAX_MEASURES).superRefine(uniqueMeasureIds),
  ...saveOptions(),
});

export const ReplacePlanBody = z.lazy(() =>
  z.discriminatedUnion('format', [
    z.strictObject({
      format: z.literal('document'),
      text: text(1_000_000).pipe(z.string().min(1)),
      ...saveOptions(),
    }),
    z.strictObject({ format: z.literal('json'), ...planJson() }),
  ]),
);
export type ReplacePlanBody = z.infer<typeof ReplacePlanBody>;

/**
 * POST /v1/fiscal-years/{fy}/plan-checks: a draft plan made in the page (last year's plan copied
 * into this year), as PUT /plan's plan JSON would send it, checked before it is saved. PUT /plan's
 * json body is taken whole (tester s51), its save options ignored; any other field is refused.
 */
export const PlanCheckBody = z.lazy(() =>
  z.strictObject({ format: z.literal('json').optional(), ...planJson() }).meta({
    title: 'ร่างแผนมาตรการที่จะตรวจ',
    description: "PUT /plan's json body (its save options ignored); nothing is saved",
  }),
);
export type PlanCheckBody = z.infer<typeof PlanCheckBody>;

export const PublishParams = z.lazy(() =>
  z.strictObject({
    fy: PathFiscalYear,
    generation: PathGeneration,
  }),
);

export const GenerationParams = z.lazy(() =>
  z.strictObject({
    fy: PathFiscalYear,
    generation: PathGeneration,
    // signed.pdf: the signed copy, when one is attached
    file: z.enum(['signed.pdf', ...Object.keys(DOCUMENT_FILES['annual-report'])] as [string, ...string[]]),
  }),
);

export const PlanDocumentParams = z.lazy(() =>
  z.strictObject({
    fy: PathFiscalYear,
    generation: PathGeneration,
    file: z.enum(['signed.pdf', ...Object.keys(DOCUMENT_FILES['plan-document'])] as [string, ...string[]]),
  }),
);

/** A page of generations, newest first. */
export const GenerationsQuery = z.lazy(() => z.strictObject(pageQueryFields(100)));
export type GenerationsQuery = z.infer<typeof GenerationsQuery>;

/** Which results report to make: the year's (default) or the รอบ ๖ เดือน (obligations due 1 October - 31 March). */
export const GenerateQuery = z.lazy(() => z.strictObject({ scope: z.enum(['year', 'half-year']).optional() }));

/** The plan document's announcement day ("ประกาศ ณ วันที่ …", YYYY-MM-DD CE); absent: dotted, to date by hand. */
export const PlanGenerateQuery = z.lazy(() => z.strictObject({ announcedOn: PlainDateSchema.optional() }));

const MAX_PLAN_MB = megabytesTh(MAX_PLAN_FILE_BYTES);
const MAX_INLINE_MB = megabytesTh(MAX_INLINE_PLAN_FILE_BYTES);

/** The message for an inline file over MAX_INLINE_PLAN_FILE_BYTES (the schema, the use case and the route's 413). */
export const INLINE_PLAN_FILE_TOO_LARGE = {
  th: `ไฟล์ที่ส่งมาในคำขอโดยตรงต้องไม่เกิน ${MAX_INLINE_MB} เมกะไบต์ ไฟล์ที่ใหญ่กว่านี้ (ไม่เกิน ${MAX_PLAN_MB} เมกะไบต์) ให้อัปโหลดผ่าน POST /v1/fiscal-years/{fy}/plan-import-uploads แล้วส่ง uploadId แทน (หน้าเว็บทำให้เอง)`,
  en: `a file sent inline must be at most ${MAX_INLINE_PLAN_FILE_BYTES / 1024 / 1024} MB; upload a larger one (at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB) through POST /v1/fiscal-years/{fy}/plan-import-uploads and send its uploadId instead (the page does this by itself)`,
};

/**
 * POST …/plan-imports out of the function's time (review 17 s15, S15-20): the file took it, so it is
 * a 413 about the file, never the 503 that says to send the same request again.
 */
export const PLAN_FILE_OUT_OF_TIME = {
  th: 'ไฟล์นี้ใช้เวลาอ่านนานเกินกว่าที่ระบบรอได้ ส่งไฟล์เดิมซ้ำจะได้ผลเช่นเดิม แผนมาตรการจริงอ่านได้ในไม่กี่วินาที ตรวจว่าไฟล์มีเฉพาะตารางแผนมาตรการ ไม่มีแถว ย่อหน้า หรือแผ่นงานอื่นจำนวนมากปนอยู่ หรือคัดลอกเฉพาะตารางแผนไปไว้ในไฟล์ใหม่แล้วนำเข้าไฟล์นั้น',
  en: 'reading this file took longer than the system can wait; sending the same file again would do the same. A real plan is read in a few seconds: check that the file holds only the plan table, without many other rows, paragraphs or sheets, or copy only the plan table into a new file and import that',
};

/** POST /v1/fiscal-years/{fy}/plan-import-uploads: the plan file about to be uploaded. */
export const PlanImportUploadBody = z.lazy(() =>
  z
    .strictObject({
      fileName: text(200)
        .pipe(z.string().min(1))
        .meta({ title: 'ชื่อไฟล์', description: 'the file name as the coordinator chose it' }),
      contentType: z.enum(PLAN_UPLOAD_TYPES).meta({
        title: 'ชนิดไฟล์',
        description: 'signed into the upload: the PUT must send the same Content-Type',
      }),
      size: z
        .number()
        .int()
        .min(1)
        .max(MAX_PLAN_FILE_BYTES)
        .meta({
          title: 'ขนาดไฟล์ (ไบต์)',
          description: `bytes, 1 to ${MAX_PLAN_FILE_BYTES} (5 MB); signed into the upload`,
        }),
    })
    .meta({
      title: 'ไฟล์แผนมาตรการที่จะอัปโหลด',
      description: 'a presigned upload for one plan file, read by plan-imports',
    }),
);
export type PlanImportUploadBody = z.infer<typeof PlanImportUploadBody>;

export const PlanImportBody = z.lazy(() =>
  z
    .strictObject({
      fileName: text(200).meta({ title: 'ชื่อไฟล์', description: 'the file name as the coordinator chose it' }),
      contentType: text(200).default('').meta({ title: 'ชนิดไฟล์', description: 'informative; the content decides' }),
      contentBase64: z
        .string()
        .min(1)
        .refine((s) => s.length <= MAX_INLINE_PLAN_BASE64_CHARS, { params: INLINE_PLAN_FILE_TOO_LARGE })
        .optional()
        .meta({
          title: 'ไฟล์',
          description: `.docx, .xlsx, .pdf (with text) or .txt, base64, at most ${MAX_INLINE_PLAN_FILE_BYTES / 1024 / 1024} MB decoded; or uploadId`,
        }),
      uploadId: z
        .string()
        .refine((s) => PLAN_UPLOAD_ID_PATTERN.test(s), {
          params: {
            th: 'ไม่ใช่รหัสการอัปโหลดที่ระบบให้ (uploadId จาก plan-import-uploads)',
            en: 'not an upload id this API gave (uploadId from plan-import-uploads)',
          },
        })
        .optional()
        .meta({
          title: 'รหัสการอัปโหลด',
          description: `the uploadId of a file uploaded through plan-import-uploads (at most ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB); or contentBase64`,
        }),
      moveEarlierYears: z.boolean().optional().meta({
        title: 'ใช้แผนปีก่อนเป็นต้นแบบของปีนี้',
        description:
          "true: a file naming an earlier fiscal year is read as that year's plan and copied into this year, its title's, texts' and one-offs' years moved (each move a years-moved warning); a file of this or a later year is read as usual",
      }),
    })
    .superRefine((b, ctx) => {
      if ((b.contentBase64 === undefined) === (b.uploadId === undefined))
        ctx.addIssue({
          code: 'custom',
          path: [b.contentBase64 === undefined ? 'contentBase64' : 'uploadId'],
          message: 'exactly one of contentBase64 and uploadId',
          params: {
            th: 'ส่งไฟล์ได้ทางเดียว: contentBase64 (ไฟล์ในคำขอ) หรือ uploadId (ไฟล์ที่อัปโหลดแล้ว) อย่างใดอย่างหนึ่ง',
            en: 'send the file one way: contentBase64 (inline) or uploadId (uploaded), exactly one of them',
          },
        });
    })
    .meta({ title: 'ไฟล์แผนมาตรการ', description: 'a plan file to preview, inline or uploaded; nothing is saved' }),
);
export type PlanImportBody = z.infer<typeof PlanImportBody>;

/** PUT /v1/fiscal-years/{fy}/ita-scores: the scores of the assessment the plan of fy answers. */
export const ItaScoresBody = z.lazy(() =>
  z.strictObject({
    indicators: IndicatorScores.meta({
      title: 'คะแนน ITA ของปีที่แล้ว',
      description: 'one entry per indicator, at most 10; replaces what was entered before',
    }),
  }),
);
export type ItaScoresBody = z.infer<typeof ItaScoresBody>;
