// A plan read of several Query pages is not a snapshot: a save that stages measures behind the
// reader's cursor and then switches the header could give the new header with part of its measures
// (review of issue 17). Readers check the header's measure count and read again, consistently.
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fyPartition, prefixes } from '../../shared/store/keys.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';

let f: ApiFixture;
let measureItem: Record<string, unknown>;
/** how many of the next year reads miss one measure item (-1: all of them) */
let tornReads = 0;
let consistentQueries = 0;

beforeAll(async () => {
  f = await createApiFixture();
  const { Items } = await f.store.doc.send(
    new QueryCommand({
      TableName: f.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :m)',
      ExpressionAttributeValues: { ':pk': fyPartition('demo', 2566), ':m': prefixes.measure },
    }),
  );
  measureItem = Items![Items!.length - 1]!;
  // A reader that misses one measure: the item is gone while its first Query page is read.
  f.store.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as {
        KeyConditionExpression?: string;
        ConsistentRead?: boolean;
        ExclusiveStartKey?: unknown;
      };
      const yearRead =
        context.commandName === 'QueryCommand' &&
        input.KeyConditionExpression?.includes('BETWEEN') &&
        !input.ExclusiveStartKey;
      if (!yearRead || tornReads === 0) return next(args);
      if (input.ConsistentRead) consistentQueries++;
      if (tornReads > 0) tornReads--;
      const key = { pk: measureItem.pk, sk: measureItem.sk };
      await f.store.doc.send(new DeleteCommand({ TableName: f.store.tableName, Key: key }));
      try {
        return await next(args);
      } finally {
        await f.store.doc.send(new PutCommand({ TableName: f.store.tableName, Item: measureItem }));
      }
    },
    { step: 'initialize', name: 'tornPlanRead' },
  );
}, 60_000);
afterAll(async () => f?.close());

const get = (path: string, as: string, query?: Record<string, string>) =>
  call(f.handler, { method: 'GET', path, as, ...(query ? { query } : {}) });

describe('a plan read never shows part of a plan', () => {
  it('the measures list reads again and shows all 7 measures', async () => {
    tornReads = 1;
    const res = await get('/v1/fiscal-years/2566/measures', who.coordinator);
    expect(res.status).toBe(200);
    expect(res.body.measures).toHaveLength(7);
  });

  it("a unit's obligations read the year again and list the measure that was missed", async () => {
    const whole = await get('/v1/fiscal-years/2566/obligations', who.coordinator, { unit: 'finance' });
    tornReads = 1;
    const res = await get('/v1/fiscal-years/2566/obligations', who.coordinator, { unit: 'finance' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((o: { obligationId: string }) => o.obligationId)).toEqual(
      whole.body.items.map((o: { obligationId: string }) => o.obligationId),
    );
    expect(res.body.items.some((o: { measureId: string }) => o.measureId === measureItem.measureId)).toBe(true);
  });

  it('a plan that stays torn answers 503 with a Thai message and Retry-After, never part of it', async () => {
    tornReads = -1;
    consistentQueries = 0;
    try {
      const res = await get('/v1/fiscal-years/2566/measures', who.coordinator);
      expect(res.status).toBe(503);
      expect(res.body.error.message_th).toContain('กำลังถูกบันทึก');
      expect(res.headers?.['retry-after'] ?? res.headers?.['Retry-After']).toBe('5');
      expect(consistentQueries).toBe(2);
    } finally {
      tornReads = 0;
    }
  });
});
