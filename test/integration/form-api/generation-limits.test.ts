// The limits on document generations as a client meets them: the daily limit's 429 says when to
// come back (break 19 F4), and a year's generation numbers stop where keys and paths stop (F5).
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { DAILY_GENERATION_LIMIT, type DocumentKind, MAX_GENERATION } from '../../../shared/domain/document-kinds.js';
import { keys } from '../../../shared/store/keys.js';
import { call } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { generationFilePath, generationsPath, publicationPath } from '../../support/document-paths.js';
import { bangkok } from '../../support/jobs-fixture.js';

/** 09:00 in Bangkok on 2 October 2023: fifteen hours before the count of the day starts again. */
const NOW = bangkok('2023-10-02T09:00:00');
const fy = 2566;
const s = apiSuite({ now: NOW });
afterAll(async () => s.f?.documentsSettled());

const post = (kind: DocumentKind) =>
  call(s.f.handler, { method: 'POST', path: generationsPath(kind, fy), as: who.coordinator });
const put = (Item: Record<string, unknown>) =>
  s.f.store.doc.send(new PutCommand({ TableName: s.f.store.tableName, Item }));
const stored = async (kind: DocumentKind, generation: number) =>
  (
    await s.f.store.doc.send(
      new GetCommand({ TableName: s.f.store.tableName, Key: keys.generation(kind, 'demo', fy, generation) }),
    )
  ).Item;

describe('the daily limit says when it resets (break 19 F4)', () => {
  it.each(['plan-document', 'annual-report'] as const)(
    "the %s's 429 carries Retry-After: the seconds to the next Bangkok midnight",
    async (kind) => {
      await put({ ...keys.generationDay(kind, 'demo', fy, '2023-10-02'), requests: DAILY_GENERATION_LIMIT });
      const res = await post(kind);
      expect(res.status).toBe(429);
      expect(res.body.error.message_th).toContain('วันพรุ่งนี้');
      expect(res.headers['retry-after']).toBe(String(15 * 3600));
      await put({ ...keys.generationDay(kind, 'demo', fy, '2023-10-02'), requests: 0 });
    },
  );
});

describe(`a year's generations stop at ${MAX_GENERATION} (break 19 F5)`, () => {
  const counter = (kind: DocumentKind, last: number) => put({ ...keys.generationCounter(kind, 'demo', fy), last });

  it(`generation ${MAX_GENERATION} is made, listed first and downloadable; the next request is 409 in Thai and claims nothing`, async () => {
    await counter('plan-document', MAX_GENERATION - 1);
    const made = await post('plan-document');
    expect(made.status).toBe(202);
    expect(made.body.generation).toBe(MAX_GENERATION);
    await s.f.documentsSettled();
    const list = await call(s.f.handler, {
      method: 'GET',
      path: generationsPath('plan-document', fy),
      as: who.coordinator,
      query: { limit: '1' },
    });
    expect(list.body.items.map((g: { generation: number }) => g.generation)).toEqual([MAX_GENERATION]);
    const link = await call(s.f.handler, {
      method: 'GET',
      path: generationFilePath('plan-document', fy, MAX_GENERATION, 'plan.pdf'),
      as: who.coordinator,
    });
    expect(link.status).toBe(200);

    const refused = await post('plan-document');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message_th).toContain('จัดทำครบ ๙,๙๙๙ ฉบับแล้ว');
    expect(refused.body.error.message_en).toContain('9,999 generations');
    expect(await stored('plan-document', MAX_GENERATION)).toBeDefined();
    expect(() => keys.generation('plan-document', 'demo', fy, MAX_GENERATION + 1)).toThrow(RangeError);
  });

  it('the results report stops at the same number: its counter at the bound gives 409, not a generation', async () => {
    await counter('annual-report', MAX_GENERATION);
    const refused = await post('annual-report');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message_th).toContain('รายงานผลการดำเนินการตามมาตรการ');
    const list = await call(s.f.handler, {
      method: 'GET',
      path: generationsPath('annual-report', fy),
      as: who.coordinator,
    });
    expect(list.body.items).toEqual([]);
  });

  it.each([
    ['a cursor past the bound', { cursor: Buffer.from(`g${MAX_GENERATION + 1}`).toString('base64url') }],
    ['a cursor far past it', { cursor: Buffer.from('g99999').toString('base64url') }],
  ])('%s is a 400 on query.cursor, never a 500', async (_, query) => {
    const res = await call(s.f.handler, {
      method: 'GET',
      path: generationsPath('plan-document', fy),
      as: who.coordinator,
      query,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('query.cursor');
  });

  it(`generation ${MAX_GENERATION + 1} has no address: its paths are 400, as they were`, async () => {
    const pdf = await call(s.f.handler, {
      method: 'GET',
      path: generationFilePath('plan-document', fy, MAX_GENERATION + 1, 'plan.pdf'),
      as: who.coordinator,
    });
    const publish = await call(s.f.handler, {
      method: 'POST',
      path: publicationPath('plan-document', fy, MAX_GENERATION + 1),
      as: who.coordinator,
    });
    expect([pdf.status, publish.status]).toEqual([400, 400]);
  });
});
