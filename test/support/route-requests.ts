// One typical request per route, for the authorization matrices. Cell `i` writes to its own month,
// so cells do not depend on each other; the obligations belong to กองคลัง.
import { readFileSync } from 'node:fs';
import type { RouteId } from '../../shared/api/routes.js';
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
const base = '/v1/fiscal-years/2566';
/** The API clock for these matrices: every month above has begun (reports are refused before their period). */
export const MATRIX_CLOCK = new Date('2023-10-20T03:00:00Z');

/** An obligation of กองคลัง to write to, and one whose report exists (seed it first) to review. */
export const ownObligation = (i: number) => `i4.f2.${MATRIX_MONTHS[i]}.finance`;
export const reviewableObligation = (i: number) => `i10.f1.${MATRIX_MONTHS[i]}.finance`;
/** An obligation of กองคลัง whose report is accepted (seed and accept it first), to reopen. */
export const acceptedObligation = (i: number) => `i10.f4.${MATRIX_MONTHS[i]}.finance`;

/** Every route, plus the review decisions that need their own row: reopen acts on accepted reports. */
export type MatrixCase = RouteId | 'reopenReport';

export interface MatrixRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  query?: Record<string, string>;
}

export function routeRequest(route: MatrixCase, i: number): MatrixRequest {
  switch (route) {
    case 'me':
      return { method: 'GET', path: '/v1/me' };
    case 'listMeasures':
      return { method: 'GET', path: `${base}/measures` };
    case 'listObligations':
      return { method: 'GET', path: `${base}/obligations`, query: { unit: 'finance' } };
    case 'getObligation':
      return { method: 'GET', path: `${base}/obligations/${ownObligation(0)}` };
    case 'submitReport':
      return {
        method: 'PUT',
        path: `${base}/obligations/${ownObligation(i)}/report`,
        body: { progress: 'done', summary: 'รายงานผลการดำเนินงาน' },
      };
    case 'listReportVersions':
      return { method: 'GET', path: `${base}/obligations/${reviewableObligation(0)}/report/versions` };
    case 'reviewReport':
      return {
        method: 'POST',
        path: `${base}/obligations/${reviewableObligation(i)}/review`,
        body: { decision: 'accept' },
      };
    case 'reopenReport':
      return {
        method: 'POST',
        path: `${base}/obligations/${acceptedObligation(i)}/review`,
        body: { decision: 'reopen', comment: 'ขอให้แนบหลักฐานเพิ่ม' },
      };
    case 'createEvidenceUpload':
      return {
        method: 'POST',
        path: `${base}/evidence-uploads`,
        body: { obligationId: ownObligation(i), fileName: 'หลักฐาน.pdf', contentType: 'application/pdf', size: 1000 },
      };
    case 'getItaScores':
      return { method: 'GET', path: `${base}/ita-scores` };
    case 'putItaScores':
      return {
        method: 'PUT',
        path: `${base}/ita-scores`,
        body: { indicators: [{ no: 1 + (i % 10), score: 80 + i }] },
      };
    case 'generateAnnualReport':
      return { method: 'POST', path: `${base}/annual-report` };
    case 'listAnnualReports':
      return { method: 'GET', path: `${base}/annual-report` };
    case 'downloadAnnualReport':
      return { method: 'GET', path: `${base}/annual-report/1/report.pdf` };
    case 'generatePlanDocument':
      return { method: 'POST', path: `${base}/plan-document` };
    case 'listPlanDocuments':
      return { method: 'GET', path: `${base}/plan-document` };
    case 'downloadPlanDocument':
      return { method: 'GET', path: `${base}/plan-document/1/plan.pdf` };
    case 'publishAnnualReport':
      return { method: 'POST', path: `${base}/annual-report/1/publish` };
    case 'withdrawAnnualReport':
      return { method: 'DELETE', path: `${base}/annual-report/1/publish` };
    case 'publishPlanDocument':
      return { method: 'POST', path: `${base}/plan-document/1/publish` };
    case 'withdrawPlanDocument':
      return { method: 'DELETE', path: `${base}/plan-document/1/publish` };
    case 'replacePlan':
      return {
        method: 'PUT',
        path: `${base}/plan`,
        body: { format: 'document', text: readFileSync(SEED_DOCUMENT, 'utf8') },
      };
    case 'previewPlanImport':
      return {
        method: 'POST',
        path: `${base}/plan-imports`,
        body: {
          fileName: 'มาตรการ.txt',
          contentType: 'text/plain',
          contentBase64: Buffer.from(readFileSync(SEED_DOCUMENT)).toString('base64'),
        },
      };
    case 'listUnits':
      return { method: 'GET', path: '/v1/units' };
    case 'createUnit':
      return { method: 'POST', path: '/v1/units', body: { unitId: `matrix-unit-${i}`, name: `หน่วยงานทดสอบ ${i}` } };
    case 'updateUnit':
      return { method: 'PUT', path: '/v1/units/education', body: { aliases: [`กองการศึกษาฯ ${i}`] } };
    case 'listPeople':
      return { method: 'GET', path: '/v1/people' };
    case 'createPerson':
      return {
        method: 'POST',
        path: '/v1/people',
        body: { email: `new${i}@matrix.example.org`, name: `เจ้าหน้าที่ใหม่ ${i}`, roles: ['staff'], unitId: 'finance' },
      };
    case 'updatePerson':
      return { method: 'PUT', path: '/v1/people/demo-removed', body: { name: `ย้ายออกแล้ว ${i}` } };
    case 'unitAudit':
      return { method: 'GET', path: '/v1/units/finance/audit' };
    case 'personAudit':
      return { method: 'GET', path: '/v1/people/demo-removed/audit' };
    case 'obligationAudit':
      return { method: 'GET', path: `${base}/obligations/${reviewableObligation(0)}/audit` };
    case 'planAudit':
      return { method: 'GET', path: `${base}/plan/audit` };
    case 'evidenceLink':
      // a key no version cites: 404 to those who may read the report, 403 to the others
      return {
        method: 'GET',
        path: `${base}/obligations/${reviewableObligation(0)}/report/evidence-link`,
        query: { key: `demo/2566/evidence/${reviewableObligation(0)}/00000000-0000-4000-8000-000000000000-x.pdf` },
      };
    case 'listCalendarFeeds':
      return { method: 'GET', path: '/v1/calendar-feeds' };
    case 'createCalendarFeed':
      return { method: 'POST', path: '/v1/calendar-feeds', body: { label: `ปฏิทิน ${i}` } };
    case 'revokeCalendarFeed':
      // only the caller's own feeds: someone else's or a made-up id is 404
      return { method: 'DELETE', path: '/v1/calendar-feeds/0123456789abcdef' };
    case 'calendarFile':
      return { method: 'GET', path: '/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics' };
    case 'reportForm':
      return { method: 'GET', path: '/v1/forms/report' };
    case 'openapi':
      return { method: 'GET', path: '/v1/openapi.json' };
  }
}
