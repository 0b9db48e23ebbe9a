// What the OpenAPI document says of each route (openapi-document.ts), by the route table's ids:
// kept out of the route table, which the API function loads, so these words are not in its bundle.
import type { RouteId } from './routes.js';

/**
 * The error statuses a route's use case answers besides those every route may (400, 401, 403, 404,
 * 503; and 409, 413, 415 with a body), each with when, as the OpenAPI document says it: 409 for a
 * conflict a body-less route meets, 412 for an If-Match that no longer matches, 429 for a limit per
 * period (with Retry-After).
 */
export type RouteAnswers = Partial<Record<409 | 412 | 429, string>>;

/** One route's words in the OpenAPI document: its description (Thai), summary (English) and answers. */
export type RouteDoc = readonly [th: string, en: string, answers?: RouteAnswers];

/** What generating a document may answer besides 202 (document-generations.ts requestGeneration). */
const GENERATION_ANSWERS = {
  409: "the year's document already has 9,999 generations (MAX_GENERATION): nothing is claimed",
  429: '20 requests of this document and year today (DAILY_GENERATION_LIMIT): Retry-After is the seconds to midnight in Bangkok',
} as const;
/** What a route that needs a ready generation answers for one that is not (errors.ts readyGeneration). */
const NOT_READY =
  'the generation is pending (still being made: retry when it is ready) or failed (make a new generation; the answer gives its reason when one was recorded)';
const NOT_READY_ANSWERS = { 409: NOT_READY } as const;
/** What publishing or withdrawing may answer (publish-document.ts, publishing-lease.ts). */
const LEASE_HELD =
  "another publish or withdrawal of this document (or an update of the year's ITA page) is under way: retry";
const PUBLISH_ANSWERS = { 409: `${LEASE_HELD}; or ${NOT_READY}` } as const;
const WITHDRAW_ANSWERS = {
  409: `${LEASE_HELD}; or another generation is the published one (the answer names it)`,
} as const;

/** How both documents' lists are read, written once. */
const LISTED_TH = '(ฉบับล่าสุดก่อน; เจ้าหน้าที่เห็นเฉพาะฉบับที่เผยแพร่)';

/** The verbs of a document's routes that publish, withdraw and sign one generation. */
type PublishingVerb = 'publish' | 'withdraw' | 'signedCopyUpload' | 'attachSignedCopy' | 'removeSignedCopy';

/** Those routes' words, `th` the document's Thai name ("รายงานผล"), `en` its generation's English one. */
const publishingWords = (th: string, en: string): Record<PublishingVerb, RouteDoc> => ({
  publish: [`เผยแพร่${th}ฉบับนี้`, `publish this ${en} at the stable public address`, PUBLISH_ANSWERS],
  withdraw: [`ถอนการเผยแพร่${th}`, 'withdraw it (the public address then answers 404)', WITHDRAW_ANSWERS],
  signedCopyUpload: [
    `ขอที่อัปโหลดฉบับลงนาม (PDF) ของ${th}ฉบับนี้`,
    'a presigned upload for the signed copy (a PDF scan, up to 10 MB), then PUT signed-copy with its uploadId',
    NOT_READY_ANSWERS,
  ],
  attachSignedCopy: [
    `แนบฉบับลงนามของ${th}ฉบับนี้ (แทนฉบับลงนามเดิม)`,
    'attach the uploaded PDF as the signed copy (replacing any); publishing serves it as the public PDF',
    NOT_READY_ANSWERS,
  ],
  removeSignedCopy: [
    `นำฉบับลงนามของ${th}ฉบับนี้ออก`,
    'remove the signed copy; publishing again serves the generated PDF',
    NOT_READY_ANSWERS,
  ],
});

/** One document's publishing routes' words, by route id (`publishAnnualReport`, …): written once for both documents. */
function publishingDocs<Doc extends 'AnnualReport' | 'PlanDocument'>(
  doc: Doc,
  th: string,
  en: string,
): Record<`${PublishingVerb}${Doc}`, RouteDoc> {
  const byVerb = Object.entries(publishingWords(th, en));
  return Object.fromEntries(byVerb.map(([verb, words]) => [`${verb}${doc}`, words])) as Record<
    `${PublishingVerb}${Doc}`,
    RouteDoc
  >;
}

/** Every route's words; the type makes a new route's entry required. */
// one route a line: a table to read down (prettier would break each over lines)
// prettier-ignore
export const ROUTE_DOCS: Record<RouteId, RouteDoc> = {
  me: ['ข้อมูลผู้ใช้งาน', 'the caller: person, org, unit, roles'],
  listMeasures: ['มาตรการของปีงบประมาณ', "the plan's measures"],
  listObligations: ['รายการภาระการรายงาน', 'obligations by due date, then in plan order; paginated'],
  getObligation: ['ภาระการรายงานหนึ่งรายการ', 'one obligation with its measure and latest report'],
  submitReport: ['ส่งหรือแก้ไขรายงานผล', 'submit or revise the report', { 412: 'If-Match is not the current version of the report (no such version, not yet submitted, changed since, or not a version): the error says which, with currentVersion; nothing is written' }],
  listReportVersions: ['ประวัติรายงาน', "the report's versions, oldest first, paginated (20 per page, at most 50)"],
  reviewReport: ['ตรวจรายงาน (รับ / ส่งกลับแก้ไข / เปิดให้แก้ไขอีกครั้ง)', 'accept or return the report, or reopen an accepted one'],
  createEvidenceUpload: ['ขอที่อัปโหลดไฟล์หลักฐาน', 'a presigned upload for one evidence file'],
  replacePlan: ['นำเข้าแผนมาตรการ', 'replace the plan from the measures document or plan JSON'],
  previewPlanImport: ['อ่านไฟล์แผนมาตรการเพื่อตรวจก่อนบันทึก', 'read a plan file (.docx, .xlsx, .pdf, .txt) into a draft plan with warnings; writes nothing'],
  checkPlanDraft: ['ตรวจร่างแผนมาตรการก่อนบันทึก', "check a draft plan (plan JSON, e.g. last year's plan copied) as the file preview does: deactivated units and what the guard on reports would refuse, as warnings; writes nothing"],
  createPlanImportUpload: ['ขอที่อัปโหลดไฟล์แผนมาตรการ (ไฟล์ใหญ่เกินกว่าจะส่งในคำขอโดยตรง)', 'a presigned upload for one plan file (up to 5 MB), then plan-imports with its uploadId'],
  getItaScores: ['คะแนน ITA ของปีที่แล้วที่แผนมาตรการตอบ', "last year's ITA scores the plan answers, and the indicators under 85 no measure answers"],
  putItaScores: ['บันทึกคะแนน ITA ของปีที่แล้ว', "enter last year's ITA scores (replaces them)"],
  generateAnnualReport: ['สั่งจัดทำรายงานผลประจำปี (ฉบับใหม่ สถานะ "กำลังจัดทำ")', 'start a new generation of the annual results report; it is pending, then ready or failed', GENERATION_ANSWERS],
  listAnnualReports: [`รายงานผลประจำปีที่จัดทำแล้ว ${LISTED_TH}`, 'the generations of the annual report, newest first (staff: only the published ones, the year and half-year)'],
  downloadAnnualReport: ['ลิงก์ดาวน์โหลดรายงาน', 'a short-lived download link for one file', NOT_READY_ANSWERS],
  ...publishingDocs('AnnualReport', 'รายงานผล', 'generation'),
  generatePlanDocument: ['สั่งจัดทำเอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ฉบับใหม่ สถานะ "กำลังจัดทำ")', 'start a new generation of the measures plan document (PDF, DOCX); pending, then ready or failed', GENERATION_ANSWERS],
  listPlanDocuments: [`เอกสารมาตรการที่จัดทำแล้ว ${LISTED_TH}`, 'the generations of the plan document, newest first (staff: only the published one)'],
  downloadPlanDocument: ['ลิงก์ดาวน์โหลดเอกสารมาตรการ', 'a short-lived download link for one file', NOT_READY_ANSWERS],
  ...publishingDocs('PlanDocument', 'เอกสารมาตรการ', 'plan-document generation'),
  reportForm: ['แบบฟอร์มรายงาน (JSON Schema)', 'the JSON Schema of the report form'],
  listUnits: ['หน่วยงานในองค์กร', "the org's units (admin, coordinator, executive)"],
  createUnit: ['เพิ่มหน่วยงาน', 'add a unit (admin, coordinator)'],
  updateUnit: ['แก้ไขหน่วยงาน', 'rename, set aliases, deactivate or reactivate a unit'],
  listPeople: ['ผู้ใช้งานในองค์กร', "the org's people (admin, coordinator)"],
  createPerson: ['เพิ่มผู้ใช้งาน', 'add a person and their sign-in'],
  updatePerson: ['แก้ไขผู้ใช้งาน', 'change roles, unit, head of unit; deactivate or reactivate', { 412: "If-Match is not the person's etag any more: someone changed their name, roles, unit, head of unit, acting appointments or active since; nothing is written (read the person again)" }],
  resendInvitation: ['ส่งอีเมลเชิญเข้าใช้งานอีกครั้ง (รหัสผ่านชั่วคราวใหม่)', 'send the invitation again with a new temporary password, to a person who has never signed in'],
  unitAudit: ['ประวัติการเปลี่ยนแปลงหน่วยงาน', 'changes to a unit: added, renamed, aliases, active'],
  personAudit: ['ประวัติการเปลี่ยนแปลงผู้ใช้งาน', "changes to a person's roles, unit and status"],
  obligationAudit: ['ประวัติการรายงานและการตรวจ', "the history of the obligation's reports and reviews"],
  planAudit: ['ประวัติแผนมาตรการ', "the plan's history"],
  documentsAudit: ['ประวัติการจัดทำ เผยแพร่ และถอนการเผยแพร่เอกสารของปี (ใคร เมื่อใด ฉบับใด)', "who generated, published and withdrew which generation of the year's documents, newest first"],
  planVersion: ['แผนมาตรการฉบับก่อน', 'an earlier version of the plan as saved (the current one, or one of the last 20 replaced), to restore'],
  evidenceLink: ['ลิงก์เปิดไฟล์หลักฐาน', 'a short-lived download link for one uploaded file cited by any version of the report'],
  listCalendarFeeds: ['ปฏิทินของฉัน', "the caller's calendar feeds"],
  createCalendarFeed: ['สร้างลิงก์ปฏิทิน', 'a new secret calendar URL (shown once)'],
  revokeCalendarFeed: ['ยกเลิกลิงก์ปฏิทิน', 'revoke a calendar URL'],
  calendarFile: ['ปฏิทินกำหนดส่งรายงาน (สำหรับแอปปฏิทิน)', 'the due dates as iCalendar: /calendar/{token}.ics, no sign-in (the token is the secret)'],
  openapi: ['เอกสาร OpenAPI', 'this OpenAPI 3.1 document'],
};
