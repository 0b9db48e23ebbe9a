// Break 19 F14: the OpenAPI document did not declare the daily limit's 429 nor publish/withdraw's
// 409. Each answer below is provoked for real through the API, and the served document must
// declare its status for that operation (with Retry-After on 429 and 503).
import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { DAILY_GENERATION_LIMIT, type DocumentKind, MAX_GENERATION } from '../../../shared/domain/document-kinds.js';
import { DocumentGenerationRepository } from '../../../shared/store/document-generation-repository.js';
import { keys } from '../../../shared/store/keys.js';
import { call, type ApiRequest, type ApiResponse } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { generationFilePath, generationsPath, publicationPath } from '../../support/document-paths.js';
import { bangkok } from '../../support/jobs-fixture.js';
import { declaredResponses } from '../../support/openapi-contract.js';

const NOW = bangkok('2023-10-02T09:00:00');
const fy = 2566;
const s = apiSuite({ now: NOW });
let doc: Parameters<typeof declaredResponses>[0];

const put = (Item: Record<string, unknown>) =>
  s.f.store.doc.send(new PutCommand({ TableName: s.f.store.tableName, Item }));
const asCoordinator = (req: Omit<ApiRequest, 'as'>) => call(s.f.handler, { ...req, as: who.coordinator });

/** The answer's status is declared for its operation; a 429 or 503 declares Retry-After too. */
function expectDeclared(req: Omit<ApiRequest, 'as'>, res: ApiResponse) {
  const responses = declaredResponses(doc, req.method, req.path);
  expect(responses, `${req.method} ${req.path} is in the document`).toBeDefined();
  expect(Object.keys(responses!), `${req.method} ${req.path} answered ${res.status}`).toContain(String(res.status));
  if (res.status === 429 || res.status === 503) {
    expect(responses![String(res.status)]!.headers, 'Retry-After declared').toHaveProperty('Retry-After');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  doc = (await asCoordinator({ method: 'GET', path: apiPath('/v1/openapi.json') })).body;
  for (const kind of ['plan-document', 'plan-document', 'annual-report'] as const) {
    expect((await asCoordinator({ method: 'POST', path: generationsPath(kind, fy) })).status).toBe(202);
  }
  await s.f.documentsSettled();
}, 120_000);

describe('the OpenAPI document declares what each route answers (break 19 F14)', () => {
  it.each(['plan-document', 'annual-report'] as const)(
    "generating the %s: the daily limit's 429, with Retry-After",
    async (kind: DocumentKind) => {
      const day = keys.generationDay(kind, 'demo', fy, '2023-10-02');
      await put({ ...day, requests: DAILY_GENERATION_LIMIT });
      const req = { method: 'POST', path: generationsPath(kind, fy) } as const;
      const res = await asCoordinator(req);
      expect(res.status).toBe(429);
      expectDeclared(req, res);
      await put({ ...day, requests: 0 });
    },
  );

  it('publishing and withdrawing while another publish holds the document: 409', async () => {
    const lease = keys.publishingLease('demo', fy, 'plan-document');
    await put({ ...lease, type: 'lease', holder: 'someone-else', expiresAt: Math.floor(NOW.getTime() / 1000) + 600 });
    for (const method of ['POST', 'DELETE'] as const) {
      const req = { method, path: publicationPath('plan-document', fy, 1) };
      const res = await asCoordinator(req);
      expect(res.status, method).toBe(409);
      expectDeclared(req, res);
    }
    await s.f.store.doc.send(new DeleteCommand({ TableName: s.f.store.tableName, Key: lease }));
  });

  it('withdrawing a generation that is not the published one: 409; publishing and withdrawing it: 200', async () => {
    const publish = { method: 'POST', path: publicationPath('plan-document', fy, 1) } as const;
    const published = await asCoordinator(publish);
    expect(published.status).toBe(200);
    expectDeclared(publish, published);
    const other = { method: 'DELETE', path: publicationPath('plan-document', fy, 2) } as const;
    const refused = await asCoordinator(other);
    expect(refused.status).toBe(409);
    expectDeclared(other, refused);
    const withdraw = { method: 'DELETE', path: publicationPath('plan-document', fy, 1) } as const;
    const withdrawn = await asCoordinator(withdraw);
    expect(withdrawn.status).toBe(200);
    expectDeclared(withdraw, withdrawn);
  });

  it('a pending generation: publishing, its signed copy and a download link answer 409', async () => {
    const { generation } = await new DocumentGenerationRepository(s.f.store).claim({
      kind: 'plan-document',
      orgId: 'demo',
      fy,
      trigger: `person:${who.coordinator}`,
      now: NOW,
    });
    const publish = publicationPath('plan-document', fy, generation);
    const signed = publish.replace(/\/publish$/, '/signed-copy');
    const requests: Omit<ApiRequest, 'as'>[] = [
      { method: 'POST', path: publish },
      { method: 'POST', path: `${signed}-upload`, body: { size: 1000 } },
      { method: 'PUT', path: signed, body: { uploadId: randomUUID() } },
      { method: 'DELETE', path: signed },
      { method: 'GET', path: generationFilePath('plan-document', fy, generation, 'plan.pdf') },
    ];
    for (const req of requests) {
      const res = await asCoordinator(req);
      expect(res.status, `${req.method} ${req.path}`).toBe(409);
      expectDeclared(req, res);
    }
  });

  it(`generating past generation ${MAX_GENERATION}: 409`, async () => {
    await put({ ...keys.generationCounter('annual-report', 'demo', fy), last: MAX_GENERATION });
    const req = { method: 'POST', path: generationsPath('annual-report', fy) } as const;
    const res = await asCoordinator(req);
    expect(res.status).toBe(409);
    expectDeclared(req, res);
  });

  it('every operation declares Retry-After on its 503, and only generating declares 429', () => {
    const with429: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        expect(op.responses['503']?.headers, `${method} ${path}`).toHaveProperty('Retry-After');
        if (op.responses['429']) with429.push(`${method} ${path}`);
      }
    }
    expect(with429.sort()).toEqual([
      'post /v1/fiscal-years/{fy}/annual-report',
      'post /v1/fiscal-years/{fy}/plan-document',
    ]);
  });
});
