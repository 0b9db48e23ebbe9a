// One typical request per route, for the authorization matrices. Cell `i` writes to its own month,
// so cells do not depend on each other; the obligations belong to กองคลัง.
import { readFileSync } from 'node:fs';
import { apiPath, type PathParams } from '../../shared/api/api-path.js';
import { ROUTES, type RouteId } from '../../shared/api/routes.js';
import { evidenceKey } from '../../shared/domain/evidence-rules.js';
import { SEED_DOCUMENT } from './seed-plan.js';

export const MATRIX_MONTHS = [
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
  '2023-02',
  '2023-03',
  '2023-04',
  '2023-05',
  '2023-06',
  '2023-07',
  '2023-08',
  '2023-09',
];
const fy = 2566;
/** The API clock for these matrices: every month above has begun (reports are refused before their period). */
export const MATRIX_CLOCK = new Date('2023-10-20T03:00:00Z');

/** An obligation of กองคลัง to write to, and one whose report exists (seed it first) to review. */
export const ownObligation = (i: number) => `i4.f2.${MATRIX_MONTHS[i]}.finance`;
export const reviewableObligation = (i: number) => `i10.f1.${MATRIX_MONTHS[i]}.finance`;
/** An obligation of กองคลัง whose report is accepted (seed and accept it first), to reopen. */
export const acceptedObligation = (i: number) => `i10.f4.${MATRIX_MONTHS[i]}.finance`;

/** An obligation of กองคลัง no matrix cell writes to, whose report cites MATRIX_EVIDENCE_KEY. */
export const EVIDENCE_OBLIGATION = `i10.f1.${MATRIX_MONTHS[11]}.finance`;
export const MATRIX_EVIDENCE_KEY = evidenceKey(
  'demo',
  2566,
  EVIDENCE_OBLIGATION,
  '00000000-0000-4000-8000-000000000000',
  'รายงาน.pdf',
);
/** A signed copy uploaded for generation 1 of each document (seedMatrixExtras), to attach. */
export const MATRIX_SIGNED_UPLOAD = '00000000-0000-4000-8000-000000000001';
/** The calendar feed of cell i's caller, and the token of the coordinator's feed for calendarFile. */
export const matrixFeedId = (i: number) => `matrix-feed-${i}`;
export const MATRIX_CALENDAR_TOKEN = 'matrix-calendar-token-0123456789abcdef';

/** Every route, plus the review decisions that need their own row: reopen acts on accepted reports. */
export type MatrixCase = RouteId | 'reopenReport';

export interface MatrixRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  query?: Record<string, string>;
}

/** A plan JSON measure for POST …/plan-checks (every unit reports it). */
const MATRIX_MEASURE = {
  measureId: 'i1',
  order: 1,
  indicator: 1,
  title: 'มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
  subMeasures: [],
  methods: [],
  timeframe: 'ตลอดปีงบประมาณ',
  followUps: [{ followUpNo: 1, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [] }],
  responsible: { allUnits: true, unitIds: [], text: 'ทุกกองงาน' },
  recommendations: [],
};

/** A request to route `id`: its method and path from the route table, filled with `params`. */
function to<Id extends RouteId>(
  id: Id,
  params: PathParams<(typeof ROUTES)[Id]['path']>,
  extra: Pick<MatrixRequest, 'body' | 'query'> = {},
): MatrixRequest {
  const spec = ROUTES[id];
  return { method: spec.method, path: apiPath(spec.path, params as never), ...extra };
}

export function routeRequest(route: MatrixCase, i: number): MatrixRequest {
  switch (route) {
    case 'me':
      return to('me', {});
    case 'listMeasures':
      return to('listMeasures', { fy });
    case 'listObligations':
      return to('listObligations', { fy }, { query: { unit: 'finance' } });
    case 'getObligation':
      return to('getObligation', { fy, obligationId: ownObligation(0) });
    case 'submitReport':
      return to(
        'submitReport',
        { fy, obligationId: ownObligation(i) },
        { body: { progress: 'done', summary: 'รายงานผลการดำเนินงาน' } },
      );
    case 'listReportVersions':
      return to('listReportVersions', { fy, obligationId: reviewableObligation(0) });
    case 'reviewReport':
      return to('reviewReport', { fy, obligationId: reviewableObligation(i) }, { body: { decision: 'accept' } });
    case 'reopenReport':
      return to(
        'reviewReport',
        { fy, obligationId: acceptedObligation(i) },
        { body: { decision: 'reopen', comment: 'ขอให้แนบหลักฐานเพิ่ม' } },
      );
    case 'createEvidenceUpload':
      return to(
        'createEvidenceUpload',
        { fy },
        {
          body: { obligationId: ownObligation(i), fileName: 'หลักฐาน.pdf', contentType: 'application/pdf', size: 1000 },
        },
      );
    case 'getItaScores':
      return to('getItaScores', { fy });
    case 'putItaScores':
      return to('putItaScores', { fy }, { body: { indicators: [{ no: 1 + (i % 10), score: 80 + i }] } });
    case 'generateAnnualReport':
      return to('generateAnnualReport', { fy });
    case 'listAnnualReports':
      return to('listAnnualReports', { fy });
    case 'downloadAnnualReport':
      return to('downloadAnnualReport', { fy, generation: 1, file: 'report.pdf' });
    case 'generatePlanDocument':
      return to('generatePlanDocument', { fy });
    case 'listPlanDocuments':
      return to('listPlanDocuments', { fy });
    case 'downloadPlanDocument':
      return to('downloadPlanDocument', { fy, generation: 1, file: 'plan.pdf' });
    case 'publishAnnualReport':
      return to('publishAnnualReport', { fy, generation: 1 });
    case 'withdrawAnnualReport':
      return to('withdrawAnnualReport', { fy, generation: 1 });
    case 'publishPlanDocument':
      return to('publishPlanDocument', { fy, generation: 1 });
    case 'withdrawPlanDocument':
      return to('withdrawPlanDocument', { fy, generation: 1 });
    case 'signedCopyUploadAnnualReport':
      return to('signedCopyUploadAnnualReport', { fy, generation: 1 }, { body: { size: 200_000 } });
    case 'attachSignedCopyAnnualReport':
      return to('attachSignedCopyAnnualReport', { fy, generation: 1 }, { body: { uploadId: MATRIX_SIGNED_UPLOAD } });
    case 'removeSignedCopyAnnualReport':
      return to('removeSignedCopyAnnualReport', { fy, generation: 1 });
    case 'signedCopyUploadPlanDocument':
      return to('signedCopyUploadPlanDocument', { fy, generation: 1 }, { body: { size: 200_000 } });
    case 'attachSignedCopyPlanDocument':
      return to('attachSignedCopyPlanDocument', { fy, generation: 1 }, { body: { uploadId: MATRIX_SIGNED_UPLOAD } });
    case 'removeSignedCopyPlanDocument':
      return to('removeSignedCopyPlanDocument', { fy, generation: 1 });
    case 'replacePlan':
      return to('replacePlan', { fy }, { body: { format: 'document', text: readFileSync(SEED_DOCUMENT, 'utf8') } });
    case 'previewPlanImport':
      return to(
        'previewPlanImport',
        { fy },
        {
          body: {
            fileName: 'มาตรการ.txt',
            contentType: 'text/plain',
            contentBase64: Buffer.from(readFileSync(SEED_DOCUMENT)).toString('base64'),
          },
        },
      );
    case 'checkPlanDraft':
      return to('checkPlanDraft', { fy }, { body: { title: 'แผนที่คัดลอก', measures: [MATRIX_MEASURE] } });
    case 'createPlanImportUpload':
      return to(
        'createPlanImportUpload',
        { fy },
        { body: { fileName: 'มาตรการ.docx', contentType: 'application/pdf', size: 4_900_000 } },
      );
    case 'listUnits':
      return to('listUnits', {});
    case 'createUnit':
      return to('createUnit', {}, { body: { unitId: `matrix-unit-${i}`, name: `หน่วยงานทดสอบ ${i}` } });
    case 'updateUnit':
      return to('updateUnit', { unitId: 'education' }, { body: { aliases: [`กองการศึกษาฯ ${i}`] } });
    case 'listPeople':
      return to('listPeople', {});
    case 'createPerson':
      return to(
        'createPerson',
        {},
        { body: { email: `new${i}@matrix.example.org`, name: `เจ้าหน้าที่ใหม่ ${i}`, roles: ['staff'], unitId: 'finance' } },
      );
    case 'updatePerson':
      return to('updatePerson', { personId: 'demo-removed' }, { body: { name: `ย้ายออกแล้ว ${i}` } });
    case 'resendInvitation':
      // invited, never signed in (the Cognito stub's user: seedMatrixExtras)
      return to('resendInvitation', { personId: 'demo-staff-engineering' });
    case 'unitAudit':
      return to('unitAudit', { unitId: 'finance' });
    case 'personAudit':
      return to('personAudit', { personId: 'demo-removed' });
    case 'obligationAudit':
      return to('obligationAudit', { fy, obligationId: reviewableObligation(0) });
    case 'planAudit':
      return to('planAudit', { fy });
    case 'documentsAudit':
      return to('documentsAudit', { fy });
    case 'planVersion':
      return to('planVersion', { fy, version: 1 });
    case 'evidenceLink':
      // a file the report cites (seedMatrixExtras): a link for those who may read the report, 403 to the others
      return to('evidenceLink', { fy, obligationId: EVIDENCE_OBLIGATION }, { query: { key: MATRIX_EVIDENCE_KEY } });
    case 'listCalendarFeeds':
      return to('listCalendarFeeds', {});
    case 'createCalendarFeed':
      return to('createCalendarFeed', {}, { body: { label: `ปฏิทิน ${i}` } });
    case 'revokeCalendarFeed':
      // cell i's own feed (seedMatrixExtras); someone else's or a made-up id is 404
      return to('revokeCalendarFeed', { feedId: matrixFeedId(i) });
    case 'calendarFile':
      // a live feed's link: the token in the address is the credential, whoever else calls
      return to('calendarFile', { file: `${MATRIX_CALENDAR_TOKEN}.ics` });
    case 'reportForm':
      return to('reportForm', {});
    case 'openapi':
      return to('openapi', {});
  }
}
