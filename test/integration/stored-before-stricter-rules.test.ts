// Items written before a rule was tightened are still read: a live deployment's table may hold a
// measure without follow-ups, text with U+FFFD or NUL, or text longer than today's limit (all
// refused on save since issue 17). Reading them must not answer 500.
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fyPartition, keys, prefixes } from '../../shared/store/keys.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
}, 60_000);
afterAll(async () => f?.close());

const firstItem = async (prefix: string) => {
  const { Items } = await f.store.doc.send(
    new QueryCommand({
      TableName: f.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': fyPartition('demo', 2566), ':p': prefix },
    }),
  );
  return Items![0]!;
};
const set = (key: { pk?: unknown; sk?: unknown }, values: Record<string, unknown>) =>
  f.store.doc.send(
    new UpdateCommand({
      TableName: f.store.tableName,
      Key: { pk: key.pk, sk: key.sk },
      UpdateExpression: `SET ${Object.keys(values)
        .map((k) => `#${k} = :${k}`)
        .join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(Object.keys(values).map((k) => [`#${k}`, k])),
      ExpressionAttributeValues: Object.fromEntries(Object.entries(values).map(([k, v]) => [`:${k}`, v])),
    }),
  );
const get = (path: string, as: string, query?: Record<string, string>) =>
  call(f.handler, { method: 'GET', path, as, ...(query ? { query } : {}) });

describe('items stored under older rules still open', () => {
  it('a plan whose measure has no follow-up and a title with U+FFFD and NUL', async () => {
    await set(await firstItem(prefixes.measure), { followUps: [], title: 'มาตรการ\uFFFD\u0000' });
    const plan = await get('/v1/fiscal-years/2566/measures', who.coordinator);
    expect(plan.status).toBe(200);
    expect(JSON.stringify(plan.body)).toContain('มาตรการ\uFFFD');
    const list = await get('/v1/fiscal-years/2566/obligations', who.financeStaff, { unit: 'finance' });
    expect(list.status).toBe(200);
  });

  it("a report whose summary is longer than today's 5,000-character limit", async () => {
    const path = '/v1/fiscal-years/2566/obligations/i4.f2.2023-03.finance';
    const submit = await call(f.handler, {
      method: 'PUT',
      path: `${path}/report`,
      as: who.financeStaff,
      body: { progress: 'done', summary: 'ตรวจนับพัสดุครบแล้ว' },
    });
    expect(submit.status).toBe(200);
    const summary = 'ดำเนินการแล้ว '.repeat(500);
    await set(await firstItem(prefixes.report), { summary });
    const res = await get(path, who.coordinator);
    expect(res.status).toBe(200);
    expect(res.body.latestReport.summary).toBe(summary);
    const versions = await get(`${path}/report/versions`, who.financeStaff);
    expect(versions.status).toBe(200);
  });

  it('a unit whose name is longer than 200 characters', async () => {
    const name = 'กองสวัสดิการสังคม'.repeat(15);
    await set(keys.unit('demo', 'finance'), { name });
    const res = await get('/v1/units', who.coordinator);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain(name);
  });

  it('an item of the wrong structure is still an error, not silently read', async () => {
    await set(keys.unit('demo', 'engineering'), { name: 42 });
    const res = await get('/v1/units', who.coordinator);
    expect(res.status).toBe(500);
  });
});
