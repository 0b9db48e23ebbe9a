// DynamoDB Local's readiness wait (infra/local/dynamodb-local.ts) is a time, READY_WAIT_MS, not 300
// tries: at load ~20 the JVM answered after more than the 30 s those tries gave, and `npm start`
// (and the tests' local systems) stopped with "DynamoDB Local did not start" (session 20).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answersWithin, READY_WAIT_MS } from '../../infra/local/dynamodb-local.js';

/** A probe that refuses (each refusal taking `refusalMs`) until `answersAtMs` of fake time, then answers. */
function jvmAnsweringAt(answersAtMs: number, refusalMs = 0) {
  const start = Date.now();
  let asks = 0;
  const probe = async () => {
    asks++;
    if (refusalMs > 0) await new Promise((r) => setTimeout(r, refusalMs));
    if (Date.now() - start < answersAtMs) throw new Error('ECONNREFUSED');
  };
  return { probe, asks: () => asks };
}

describe('DynamoDB Local is waited for by time, not by a count of tries', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a JVM that answers after 45 s on a loaded machine is waited for (300 tries 100 ms apart gave up at 30 s)', async () => {
    const jvm = jvmAnsweringAt(45_000);
    const answered = answersWithin(jvm.probe, READY_WAIT_MS);
    await vi.advanceTimersByTimeAsync(46_000);
    await expect(answered).resolves.toBe(true);
    expect(jvm.asks()).toBeGreaterThan(300);
  });

  it('slow refusals (1 s each) still get the whole wait: an answer at 100 s is taken', async () => {
    const jvm = jvmAnsweringAt(100_000, 1_000);
    const answered = answersWithin(jvm.probe, READY_WAIT_MS);
    await vi.advanceTimersByTimeAsync(102_000);
    await expect(answered).resolves.toBe(true);
  });

  it('a JVM that never answers is given up once READY_WAIT_MS have passed, not before', async () => {
    const jvm = jvmAnsweringAt(Number.POSITIVE_INFINITY);
    let settled: boolean | undefined;
    void answersWithin(jvm.probe, READY_WAIT_MS).then((value) => (settled = value));
    await vi.advanceTimersByTimeAsync(READY_WAIT_MS - 1_000);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_200);
    expect(settled).toBe(false);
  });

  it('a JVM already up is taken at the first ask', async () => {
    const jvm = jvmAnsweringAt(0);
    await expect(answersWithin(jvm.probe, READY_WAIT_MS)).resolves.toBe(true);
    expect(jvm.asks()).toBe(1);
  });
});
