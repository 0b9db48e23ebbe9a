// Every route x every kind of caller, against the expected status written in ONE table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMatrixExtras } from '../../support/matrix-seeding.js';
import { ROUTES } from '../../../shared/api/routes.js';
import { openApiDocument } from '../../../shared/api/openapi-document.js';
import { declaredResponses } from '../../support/openapi-contract.js';
import { call, type ApiRequest } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import {
  acceptedObligation,
  MATRIX_CLOCK,
  type MatrixCase,
  reviewableObligation,
  routeRequest,
} from '../../support/route-requests.js';

const CALLERS = [
  'ownStaff',
  'otherUnitStaff',
  'unitHead',
  'coordinator',
  'executive',
  'admin',
  'otherOrgCoordinator',
  'removedPerson',
  'noMembership',
  'noToken',
] as const;
type CallerName = (typeof CALLERS)[number];

const SUBJECT: Record<CallerName, string | undefined> = {
  ownStaff: who.financeStaff,
  otherUnitStaff: who.engineeringStaff,
  unitHead: who.financeHead,
  coordinator: who.coordinator,
  executive: who.executive,
  admin: who.admin,
  otherOrgCoordinator: who.otherCoordinator,
  removedPerson: who.removed,
  noMembership: who.stranger,
  noToken: undefined,
};

// The obligations are กองคลัง's ("own" unit). The other org has no FY2566 plan, so anything in
// FY2566 is 404 for its coordinator: nothing of "demo" is reachable from there.
// prettier-ignore
const EXPECTED: Record<string, Record<CallerName, number>> = {
  //                      own  other head coord exec admin otherOrg removed none noToken
  me:                   { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  listMeasures:         { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  listOwnObligations:   { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  listUnitObligations:  { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  getObligation:        { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  submitReport:         { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  listReportVersions:   { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  reviewReport:         { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  reopenReport:         { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  createEvidenceUpload: { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  reportForm:           { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  openapi:              { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  // executives read only; generation 1 is not published yet: drafts for coordinators and executives only
  generateAnnualReport: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 202, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  listAnnualReports:    { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  downloadAnnualReport: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  generatePlanDocument: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 202, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  listPlanDocuments:    { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  downloadPlanDocument: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  // after generation 1 exists: only coordinators publish (another org has no generation 1); withdrawing is idempotent, a generation the org does not have is 404
  publishAnnualReport:  { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  withdrawAnnualReport: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  publishPlanDocument:  { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  withdrawPlanDocument: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  // the signed copy of generation 1: coordinators only (another org has no generation 1)
  signedCopyUploadAnnualReport: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 201, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  attachSignedCopyAnnualReport: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  removeSignedCopyAnnualReport: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  signedCopyUploadPlanDocument: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 201, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  attachSignedCopyPlanDocument: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  removeSignedCopyPlanDocument: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  // staff (also heads of unit) get 403 on every units route; executives read the list
  listUnits:            { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  createUnit:           { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 201, executive: 403, admin: 201, otherOrgCoordinator: 201, removedPerson: 403, noMembership: 403, noToken: 401 },
  updateUnit:           { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  listPeople:           { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  createPerson:         { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 201, executive: 403, admin: 201, otherOrgCoordinator: 201, removedPerson: 403, noMembership: 403, noToken: 401 },
  // another org's person is 404 (not theirs), never 403: nothing says the person exists
  updatePerson:         { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 200, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  resendInvitation:     { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 200, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  unitAudit:            { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  personAudit:          { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 200, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  obligationAudit:      { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  planAudit:            { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  documentsAudit:       { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  // coordinators restore an earlier version (FY2566 version 1); another org has no plan
  planVersion:          { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  evidenceLink:         { ownStaff: 200, otherUnitStaff: 403, unitHead: 200, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 404, removedPerson: 403, noMembership: 403, noToken: 401 },
  listCalendarFeeds:    { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  createCalendarFeed:   { ownStaff: 201, otherUnitStaff: 201, unitHead: 201, coordinator: 201, executive: 201, admin: 201, otherOrgCoordinator: 201, removedPerson: 403, noMembership: 403, noToken: 401 },
  revokeCalendarFeed:   { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  calendarFile:         { ownStaff: 200, otherUnitStaff: 200, unitHead: 200, coordinator: 200, executive: 200, admin: 200, otherOrgCoordinator: 200, removedPerson: 200, noMembership: 200, noToken: 200 },
  // last year's ITA scores: coordinators and executives read, coordinators enter (each in their own org)
  getItaScores:         { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 200, admin: 403, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  putItaScores:         { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  // last: a coordinator of another org replaces their OWN org's plan (200), which touches nothing of demo's
  replacePlan:          { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  previewPlanImport:    { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  checkPlanDraft:       { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 200, executive: 403, admin: 403, otherOrgCoordinator: 200, removedPerson: 403, noMembership: 403, noToken: 401 },
  createPlanImportUpload: { ownStaff: 403, otherUnitStaff: 403, unitHead: 403, coordinator: 201, executive: 403, admin: 403, otherOrgCoordinator: 201, removedPerson: 403, noMembership: 403, noToken: 401 },
};

function request(route: string, i: number): Omit<ApiRequest, 'as'> {
  if (route === 'listOwnObligations') return { method: 'GET', path: '/v1/fiscal-years/2566/obligations' };
  return routeRequest((route === 'listUnitObligations' ? 'listObligations' : route) as MatrixCase, i);
}

const base = '/v1/fiscal-years/2566';
const OPENAPI = openApiDocument() as unknown as Parameters<typeof declaredResponses>[0];
const reviewable = reviewableObligation;

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ now: MATRIX_CLOCK });
  for (let i = 0; i < CALLERS.length; i++) {
    const res = await call(f.handler, {
      ...request('submitReport', 0),
      path: `${base}/obligations/${reviewable(i)}/report`,
      as: who.financeStaff,
    });
    expect(res.status).toBe(200);
    const accepted = `${base}/obligations/${acceptedObligation(i)}`;
    expect(
      (await call(f.handler, { ...request('submitReport', 0), path: `${accepted}/report`, as: who.financeStaff }))
        .status,
    ).toBe(200);
    const accept = { method: 'POST' as const, path: `${accepted}/review`, body: { decision: 'accept' } };
    expect((await call(f.handler, { ...accept, as: who.coordinator })).status).toBe(200);
  }
  // a ready generation to download (generating answers 202 and finishes in the background)
  for (const kind of ['annual-report', 'plan-document']) {
    expect((await call(f.handler, { method: 'POST', path: `${base}/${kind}`, as: who.coordinator })).status).toBe(202);
  }
  await f.documentsSettled();
  await seedMatrixExtras(
    f,
    CALLERS.map((c) => SUBJECT[c]),
  );
});

it('the matrix has a row for every route', () => {
  for (const route of Object.keys(ROUTES)) {
    expect(
      Object.keys(EXPECTED).some(
        (row) => row === route || (route === 'listObligations' && row.endsWith('Obligations')),
      ),
    ).toBe(true);
  }
});
afterAll(async () => {
  console.log(
    `authz: ${checked} cells checked, ${mismatches.length} mismatches${mismatches.length ? `: ${mismatches.join('; ')}` : ''}`,
  );
  await f?.close();
});

let checked = 0;
const mismatches: string[] = [];

describe.each(Object.keys(EXPECTED))('%s', (route) => {
  it.each(CALLERS.map((c, i) => [c, i] as const))('as %s', async (caller, i) => {
    const req = request(route, i);
    const res = await call(f.handler, { ...req, ...(SUBJECT[caller] ? { as: SUBJECT[caller] } : {}) });
    // break 19 F14: every answer is one the OpenAPI document declares for the operation
    expect(Object.keys(declaredResponses(OPENAPI, req.method, req.path) ?? {}), `${req.method} ${req.path}`).toContain(
      String(res.status),
    );
    const expected = EXPECTED[route]![caller];
    checked++;
    if (res.status !== expected) mismatches.push(`${route} as ${caller}: ${res.status} (expected ${expected})`);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    if (res.status >= 400) {
      expect(res.body.error.message_th).toMatch(/[\u0E00-\u0E7F]/);
      expect(res.body.error.message_en.length).toBeGreaterThan(0);
    }
  });
});

describe('what other callers can see', () => {
  it("a coordinator of another org with its own FY2566 plan sees only that org's reports", async () => {
    const list = await call(f.handler, {
      method: 'GET',
      path: `${base}/obligations/${reviewable(0)}`,
      as: who.otherCoordinator,
    });
    expect(list.status).toBe(200);
    expect(list.body.latestReport).toBeNull();
  });

  it("staff of กองคลัง cannot submit for กองช่าง's obligation", async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: `${base}/obligations/i4.f2.2023-04.engineering/report`,
      as: who.financeStaff,
      body: { progress: 'done', summary: 'ไม่ใช่งานของกองคลัง' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message_th).toBe('คุณส่งรายงานได้เฉพาะของหน่วยงานตนเอง');
  });

  it("staff listing without a unit filter see only their own unit's obligations", async () => {
    const res = await call(f.handler, {
      method: 'GET',
      path: `${base}/obligations`,
      as: who.engineeringStaff,
      query: { limit: '200' },
    });
    expect(new Set(res.body.items.map((o: { unitId: string }) => o.unitId))).toEqual(new Set(['engineering']));
  });
});
