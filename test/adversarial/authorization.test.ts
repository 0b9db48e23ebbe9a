// Routes x callers through the local API gateway, which verifies tokens as API Gateway's JWT
// authorizer does. The expected status of every cell is in ONE table below.
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../infra/local/api-gateway-server.js';
import { localConfig } from '../../infra/local/local-config.js';
import { issueToken, loadOrCreateKeys, tokenVerifier } from '../../infra/local/token-issuer.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { freePort } from '../support/free-port.js';
import { seedReport } from '../support/report-seeding.js';
import { seedMatrixExtras } from '../support/matrix-seeding.js';
import {
  acceptedObligation,
  MATRIX_CLOCK,
  type MatrixCase,
  reviewableObligation,
  routeRequest,
} from '../support/route-requests.js';
import { ReportRepository } from '../../shared/store/report-repository.js';
import { bangkok } from '../support/jobs-fixture.js';

type Caller =
  | 'ownStaff'
  | 'otherUnitStaff'
  | 'unitHead'
  | 'coordinator'
  | 'executive'
  | 'admin'
  | 'otherOrgCoordinator'
  | 'noToken'
  | 'expiredToken'
  | 'badSignature'
  | 'removedPerson';
const CALLERS: Caller[] = [
  'ownStaff',
  'otherUnitStaff',
  'unitHead',
  'coordinator',
  'executive',
  'admin',
  'otherOrgCoordinator',
  'noToken',
  'expiredToken',
  'badSignature',
  'removedPerson',
];

// prettier-ignore
const EXPECTED: Record<MatrixCase, [ownStaff: number, otherUnitStaff: number, unitHead: number, coordinator: number, executive: number, admin: number, otherOrgCoordinator: number, noToken: number, expiredToken: number, badSignature: number, removedPerson: number]> = {
  //                     own  other head coord exec admin otherOrg none expired badSig removed
  me:                   [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  listMeasures:         [200, 200, 200, 200, 200, 200, 404, 401, 401, 401, 403],
  listObligations:      [200, 403, 200, 200, 200, 403, 404, 401, 401, 401, 403],
  getObligation:        [200, 403, 200, 200, 200, 403, 404, 401, 401, 401, 403],
  submitReport:         [200, 403, 200, 200, 403, 403, 404, 401, 401, 401, 403],
  listReportVersions:   [200, 403, 200, 200, 200, 403, 404, 401, 401, 401, 403],
  reviewReport:         [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  reopenReport:         [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  createEvidenceUpload: [200, 403, 200, 200, 403, 403, 404, 401, 401, 401, 403],
  // executives read only; generation 1 is not published yet: drafts for coordinators and executives only
  generateAnnualReport: [403, 403, 403, 202, 403, 403, 404, 401, 401, 401, 403],
  listAnnualReports:    [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  downloadAnnualReport: [403, 403, 403, 200, 200, 403, 404, 401, 401, 401, 403],
  generatePlanDocument: [403, 403, 403, 202, 403, 403, 404, 401, 401, 401, 403],
  listPlanDocuments:    [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  downloadPlanDocument: [403, 403, 403, 200, 200, 403, 404, 401, 401, 401, 403],
  reportForm:           [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  openapi:              [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  // staff (also heads of unit) get 403 on every units route; executives read the list
  listUnits:            [403, 403, 403, 200, 200, 200, 200, 401, 401, 401, 403],
  createUnit:           [403, 403, 403, 201, 403, 201, 201, 401, 401, 401, 403],
  updateUnit:           [403, 403, 403, 200, 403, 200, 200, 401, 401, 401, 403],
  listPeople:           [403, 403, 403, 200, 403, 200, 200, 401, 401, 401, 403],
  createPerson:         [403, 403, 403, 201, 403, 201, 201, 401, 401, 401, 403],
  updatePerson:         [403, 403, 403, 200, 403, 200, 404, 401, 401, 401, 403],
  resendInvitation:     [403, 403, 403, 200, 403, 200, 404, 401, 401, 401, 403],
  unitAudit:            [403, 403, 403, 200, 403, 200, 200, 401, 401, 401, 403],
  personAudit:          [403, 403, 403, 200, 403, 200, 404, 401, 401, 401, 403],
  obligationAudit:      [200, 403, 200, 200, 200, 403, 404, 401, 401, 401, 403],
  planAudit:            [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  // the year's documents: generated, published, withdrawn, by whom (coordinators and executives)
  documentsAudit:       [403, 403, 403, 200, 200, 403, 200, 401, 401, 401, 403],
  // coordinators restore an earlier version (FY2566 version 1: the seed, still current); another org has no plan
  planVersion:          [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  evidenceLink:         [200, 403, 200, 200, 200, 403, 404, 401, 401, 401, 403],
  listCalendarFeeds:    [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  createCalendarFeed:   [201, 201, 201, 201, 201, 201, 201, 401, 401, 401, 403],
  revokeCalendarFeed:   [200, 200, 200, 200, 200, 200, 200, 401, 401, 401, 403],
  // public (calendar apps cannot sign in): an unknown token is 404 whatever the Authorization header says
  // the token in the address is the credential: a live feed's link opens for anyone who has it
  calendarFile:         [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200],
  replacePlan:          [403, 403, 403, 200, 403, 403, 200, 401, 401, 401, 403],
  previewPlanImport:    [403, 403, 403, 200, 403, 403, 200, 401, 401, 401, 403],
  checkPlanDraft:       [403, 403, 403, 200, 403, 403, 200, 401, 401, 401, 403],
  createPlanImportUpload: [403, 403, 403, 201, 403, 403, 201, 401, 401, 401, 403],
  // last year's ITA scores: coordinators and executives read, coordinators enter (each in their own org)
  getItaScores:         [403, 403, 403, 200, 200, 403, 200, 401, 401, 401, 403],
  putItaScores:         [403, 403, 403, 200, 403, 403, 200, 401, 401, 401, 403],
  // only coordinators publish; another org has no generation 1 to publish; withdrawing is idempotent, a generation the org does not have is 404
  publishAnnualReport:  [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  withdrawAnnualReport: [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  publishPlanDocument:  [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  withdrawPlanDocument: [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  // the signed copy of generation 1: coordinators only (another org has no generation 1)
  signedCopyUploadAnnualReport: [403, 403, 403, 201, 403, 403, 404, 401, 401, 401, 403],
  attachSignedCopyAnnualReport: [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  removeSignedCopyAnnualReport: [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  signedCopyUploadPlanDocument: [403, 403, 403, 201, 403, 403, 404, 401, 401, 401, 403],
  attachSignedCopyPlanDocument: [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
  removeSignedCopyPlanDocument: [403, 403, 403, 200, 403, 403, 404, 401, 401, 401, 403],
};
const ORDER = Object.keys(EXPECTED) as MatrixCase[];

let f: ApiFixture;
let server: Server;
let url: string;
const tokens = new Map<Caller, string | undefined>();
let checked = 0;
const mismatches: string[] = [];
const base = '/v1/fiscal-years/2566';

beforeAll(async () => {
  f = await createApiFixture({ now: MATRIX_CLOCK });
  const config = { ...localConfig({ ITA_DATA_DIR: mkdtempSync(join(tmpdir(), 'authz-')) }) };
  const keys = await loadOrCreateKeys(config);
  const port = await freePort();
  server = await startGateway({ port, handler: f.handler, verify: tokenVerifier(config, keys) });
  url = `http://127.0.0.1:${port}`;
  const sign = (sub: string) => issueToken(config, keys, { sub, email: `${sub}@x.example.org` });
  const subjects: Partial<Record<Caller, string>> = {
    ownStaff: who.financeStaff,
    otherUnitStaff: who.engineeringStaff,
    unitHead: who.financeHead,
    coordinator: who.coordinator,
    executive: who.executive,
    admin: who.admin,
    otherOrgCoordinator: who.otherCoordinator,
    removedPerson: who.removed,
  };
  for (const [caller, sub] of Object.entries(subjects)) tokens.set(caller as Caller, await sign(sub));
  tokens.set('noToken', undefined);
  tokens.set('expiredToken', await issueToken(config, keys, { sub: who.coordinator, email: 'x@x.example.org' }, -60));
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  tokens.set(
    'badSignature',
    await new SignJWT({ email: 'x@x.example.org' })
      .setProtectedHeader({ alg: 'ES256', kid: 'ita-local-1' })
      .setSubject(who.coordinator)
      .setIssuer(config.issuer)
      .setAudience(config.audience)
      .setExpirationTime('1h')
      .sign(privateKey),
  );
  for (let i = 0; i < CALLERS.length; i++) {
    await seedReport(f.store, 'demo', reviewableObligation(i), bangkok('2023-04-20T10:00:00'));
    await seedReport(f.store, 'demo', acceptedObligation(i), bangkok('2023-04-20T10:00:00'));
    await new ReportRepository(f.store).review(
      { orgId: 'demo', fy: 2566, obligationId: acceptedObligation(i) },
      { decision: 'accept', version: 1 },
      { actor: who.coordinator, now: bangkok('2023-04-20T11:00:00') },
    );
  }
  for (const kind of ['annual-report', 'plan-document']) {
    const gen = await fetch(`${url}${base}/${kind}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('coordinator')}` },
    });
    expect(gen.status).toBe(202);
  }
  await f.documentsSettled();
  await seedMatrixExtras(
    f,
    CALLERS.map((c) => subjects[c]),
  );
}, 60_000);

afterAll(async () => {
  console.log(
    `authz: ${checked} cells, ${mismatches.length} mismatches${mismatches.length ? `: ${mismatches.join('; ')}` : ''}`,
  );
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await f?.close();
});

describe.each(ORDER)('%s', (route) => {
  it.each(CALLERS.map((c, i) => [c, i] as const))('as %s', async (caller, i) => {
    const r = routeRequest(route, i);
    const body = r.body;
    const token = tokens.get(caller);
    const res = await fetch(`${url}${r.path}${r.query ? `?${new URLSearchParams(r.query)}` : ''}`, {
      method: r.method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const expected = EXPECTED[route][CALLERS.indexOf(caller)];
    checked++;
    if (res.status !== expected) mismatches.push(`${route} as ${caller}: ${res.status} (expected ${expected})`);
    expect(res.status, `${route} as ${caller}`).toBe(expected);
  });
});
