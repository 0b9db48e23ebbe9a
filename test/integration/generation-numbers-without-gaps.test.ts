// Generation numbers run 1, 2, 3… without a gap, whoever claims them and however many at once: a
// report's "ฉบับที่ ๒" always has a "ฉบับที่ ๑" (DocumentGenerationRepository.claim).
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { keys } from '../../shared/store/keys.js';
import { createApiFixture, type ApiFixture } from '../support/api-fixture.js';
import { bangkok } from '../support/jobs-fixture.js';

const NOW = bangkok('2023-10-01T06:00:00');
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ now: NOW });
}, 60_000);
afterAll(async () => f?.close());

const scheduled = (kind: DocumentKind, fy: number, scheduledTime: string) =>
  f.repos.generations.claim({ kind, orgId: 'demo', fy, trigger: `schedule:${scheduledTime}`, now: NOW, scheduledTime });
const byPerson = (kind: DocumentKind, fy: number) =>
  f.repos.generations.claim({ kind, orgId: 'demo', fy, trigger: 'person:coordinator', now: NOW });
const numbers = async (kind: DocumentKind, fy: number) =>
  (await f.repos.generations.list(kind, 'demo', fy)).map((g) => g.generation);
const counter = async (kind: DocumentKind, fy: number) =>
  (
    await f.store.doc.send(
      new GetCommand({
        TableName: f.store.tableName,
        Key: keys.generationCounter(kind, 'demo', fy),
        ConsistentRead: true,
      }),
    )
  ).Item?.last;

describe('generation numbers have no gaps', () => {
  it('two deliveries of the 1 October run at the same moment make ฉบับที่ 1, and the coordinator’s next is ฉบับที่ 2', async () => {
    const runs = await Promise.all([
      scheduled('annual-report', 2561, '2018-09-30T23:00:00Z'),
      scheduled('annual-report', 2561, '2018-09-30T23:00:00Z'),
    ]);
    expect(runs.map((r) => r.generation)).toEqual([1, 1]);
    expect(runs.filter((r) => r.fresh)).toHaveLength(1);
    expect(await byPerson('annual-report', 2561)).toEqual({ generation: 2, fresh: true });
    expect(await numbers('annual-report', 2561)).toEqual([1, 2]);
    expect(await counter('annual-report', 2561)).toBe(2);
  });

  it('six deliveries of one run at once make one generation, numbered 1', async () => {
    const runs = await Promise.all(
      Array.from({ length: 6 }, () => scheduled('annual-report', 2562, '2019-09-30T23:00:00Z')),
    );
    expect(new Set(runs.map((r) => r.generation))).toEqual(new Set([1]));
    expect(runs.filter((r) => r.fresh)).toHaveLength(1);
    expect(await numbers('annual-report', 2562)).toEqual([1]);
    expect(await counter('annual-report', 2562)).toBe(1);
  });

  it('duplicate deliveries of a run mixed with coordinators generating at once leave 1, 2, 3 and no gap', async () => {
    const claims = await Promise.all([
      scheduled('plan-document', 2563, '2020-10-01T00:00:00Z'),
      byPerson('plan-document', 2563),
      scheduled('plan-document', 2563, '2020-10-01T00:00:00Z'),
      byPerson('plan-document', 2563),
      scheduled('plan-document', 2563, '2020-10-01T00:00:00Z'),
    ]);
    expect(new Set(claims.map((c) => c.generation))).toEqual(new Set([1, 2, 3]));
    expect(await numbers('plan-document', 2563)).toEqual([1, 2, 3]);
    expect(await counter('plan-document', 2563)).toBe(3);
  });
});
