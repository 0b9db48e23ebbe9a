// Issue 17 (review, session 6): concurrent saves of a 500-measure plan under load all answered 500
// (the SDK's TimeoutError) while one of them had committed. Timeouts and throttling now answer 503
// with Retry-After and a "safe to retry" message; the plan's expectedVersion makes the retry safe.
// AWS is stubbed only at the SDK level (a middleware on the real client); the races run on DynamoDB Local.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call, contextWithTimeLeft, type ApiResponse } from '../../support/api-events.js';
import { afterCall, holdFirstCall } from '../../support/fault-injection.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

/**
 * The `nth` call of `command` (counted from now) fails with an SDK-shaped error `name`, either
 * before it is sent or after DynamoDB answered (the write happened; the client never heard).
 */
function failCall(command: string, name: string, when: 'before' | 'after', nth = 1): { remove(): void } {
  const client = f.store.doc;
  const id = `fail-${command}-${name}-${when}-${nth}`;
  let seen = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== command || ++seen !== nth) return next(args);
      if (when === 'after') await next(args);
      throw Object.assign(new Error(`injected ${name}`), { name, $metadata: {} });
    },
    { step: 'initialize', name: id } as { step: 'initialize'; name: string },
  );
  return { remove: () => client.middlewareStack.remove(id) };
}

async function current(): Promise<{ measures: Measure[]; version: number }> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  expect(res.status).toBe(200);
  return { measures: res.body.measures, version: res.body.version };
}

/** A plan of `n` measures of about 1 KB each, every title marked with `tag`. */
function bigPlan(base: Measure[], n: number, tag: string): Measure[] {
  return Array.from({ length: n }, (_, i) => {
    const source = base[i % base.length]!;
    return {
      measureId: `m${i + 1}`,
      order: i + 1,
      indicator: source.indicator,
      title: `${tag} ${i + 1}`,
      subMeasures: [],
      methods: ['ก'.repeat(1000)],
      timeframe: source.timeframe,
      followUps: source.followUps.slice(0, 1),
      responsible: source.responsible,
      recommendations: [],
    };
  });
}

const put = (measures: Measure[], expectedVersion: number, timeLeftMs = 120_000): Promise<ApiResponse> =>
  call(
    f.handler,
    {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'json', measures, expectedVersion },
    },
    contextWithTimeLeft(timeLeftMs),
  );

/** The transaction that switches the plan to its new revision (the one that carries the header). */
const isSwitch = (command: string, input: Record<string, unknown>) =>
  command === 'TransactWriteItemsCommand' &&
  (input.TransactItems as { Put?: { Item?: { type?: string } } }[])[0]?.Put?.Item?.type === 'plan';

const retryLater = (res: ApiResponse) => {
  expect(res.status).toBe(503);
  expect(res.headers['retry-after']).toBe('5');
  expect(res.body.error.message_th).toMatch(/^ระบบไม่ว่างชั่วคราว กรุณาลองใหม่.*ส่งคำขอเดิมซ้ำได้อย่างปลอดภัย/);
  expect(res.body.error.message_en).toContain('safe to send the same request again');
};

describe('a save that DynamoDB times out or throttles answers 503 with Retry-After, and the retry is safe', () => {
  it('the switch to the new plan times out before it is sent: 503, the plan is unchanged, the retry saves it', async () => {
    const before = await current();
    const plan = bigPlan(before.measures, 500, 'ก่อนส่ง');
    const stub = failCall('TransactWriteItemsCommand', 'TimeoutError', 'before', 6); // 5 stagings, then the switch
    const res = await put(plan, before.version);
    stub.remove();
    retryLater(res);
    expect(await current()).toEqual(before);
    const retry = await put(plan, before.version);
    expect(retry.status).toBe(200);
    const after = await current();
    expect(after.version).toBe(before.version + 1);
    expect(after.measures.map((m) => m.title)).toEqual(plan.map((m) => m.title));
  });

  it('the switch commits but the answer times out: 503; the retry gets 409, and the saved plan is whole (was emptied)', async () => {
    const before = await current();
    const plan = bigPlan(before.measures, 500, 'บันทึกแล้ว');
    const stub = failCall('TransactWriteItemsCommand', 'TimeoutError', 'after', 6);
    const res = await put(plan, before.version);
    stub.remove();
    retryLater(res);
    const retry = await put(plan, before.version);
    expect(retry.status).toBe(409);
    expect(retry.body.error.currentVersion).toBe(before.version + 1);
    const after = await current();
    expect(after.version).toBe(before.version + 1);
    expect(after.measures).toHaveLength(500);
    expect(after.measures.map((m) => m.title)).toEqual(plan.map((m) => m.title));
  });

  it('throttling while the measures are staged, or while the version is read, is 503 too; nothing visible changes', async () => {
    const before = await current();
    const plan = bigPlan(before.measures, 300, 'ถูกจำกัด');
    for (const [command, name] of [
      ['TransactWriteItemsCommand', 'ProvisionedThroughputExceededException'],
      ['GetItemCommand', 'ThrottlingException'],
      ['TransactWriteItemsCommand', 'RequestTimeout'],
    ] as const) {
      const stub = failCall(command, name, 'before', 1);
      const res = await put(plan, before.version);
      stub.remove();
      expect(`${command} ${name}: ${res.status}`).toBe(`${command} ${name}: 503`);
      retryLater(res);
      expect(await current()).toEqual(before);
    }
  });
});

describe("a save still running when the Lambda's time is up (the review's 500s under load)", () => {
  it('answers 503 with Retry-After; the save completes behind it, and the retry gets 409 with the plan whole', async () => {
    const before = await current();
    const plan = bigPlan(before.measures, 300, 'หมดเวลา');
    const held = holdFirstCall(f.store.doc, isSwitch, 'hold-switch');
    const switched = afterCall(f.store.doc, isSwitch, 'after-switch');
    const res = await put(plan, before.version, 1500);
    held.release();
    await switched;
    held.remove();
    switched.remove();
    retryLater(res);
    const retry = await put(plan, before.version);
    expect(retry.status).toBe(409);
    expect(retry.body.error.currentVersion).toBe(before.version + 1);
    const after = await current();
    expect(after.measures.map((m) => m.title)).toEqual(plan.map((m) => m.title));
  });
});

describe('concurrent saves of a 500-measure plan from one version, on DynamoDB Local', () => {
  it("three saves at once: one 200, two 409 naming the new version, and the plan is exactly the winner's", async () => {
    const before = await current();
    const tags = ['ฉบับเอ', 'ฉบับบี', 'ฉบับซี'];
    const plans = tags.map((tag) => bigPlan(before.measures, 500, tag));
    const answers = await Promise.all(plans.map((p) => put(p, before.version)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    for (const loser of answers.filter((a) => a.status === 409)) {
      expect(loser.body.error.currentVersion).toBe(before.version + 1);
    }
    const winner = plans[answers.findIndex((a) => a.status === 200)]!;
    const after = await current();
    expect(after.version).toBe(before.version + 1);
    expect(after.measures.map((m) => m.title)).toEqual(winner.map((m) => m.title));
  });
});
