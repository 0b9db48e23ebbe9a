// The API's metrics (Powertools, CloudWatch EMF on stdout): a served request publishes its
// "<route>Succeeded" count; a refused one has no metric to publish and writes nothing about it. The
// Powertools middleware warned "No application metrics to publish" on every refused request: one
// line a request in CloudWatch, ~17,500 lines in a CI log (review 17 s17, suite time lead 2).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, type ApiRequest, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  // metrics on, as in Lambda (the suite turns them off): the handler reads this when it is made
  vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
  try {
    f = await createApiFixture();
  } finally {
    vi.unstubAllEnvs();
  }
});
afterAll(async () => f?.close());

/** One request, with what the handler wrote to stdout and stderr meanwhile. */
async function callWritten(req: ApiRequest): Promise<{ res: ApiResponse; stdout: string; stderr: string }> {
  // spied, not replaced: the lines still reach the run's log capture
  const stdout = vi.spyOn(process.stdout, 'write');
  const stderr = vi.spyOn(process.stderr, 'write');
  const text = (spy: typeof stdout) => spy.mock.calls.map(([chunk]) => String(chunk)).join('');
  try {
    const res = await call(f.handler, req);
    return { res, stdout: text(stdout), stderr: text(stderr) };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

/** The EMF documents among the lines written. */
const emf = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('request metrics', () => {
  it('a served request publishes its route count and warns of nothing', async () => {
    const { res, stdout, stderr } = await callWritten({ method: 'GET', path: '/v1/me', as: who.coordinator });
    expect(res.status).toBe(200);
    expect(emf(stdout).map((doc) => doc.meSucceeded)).toEqual([1]);
    expect(stderr).not.toContain('No application metrics');
  });

  it.each<[string, ApiRequest, number]>([
    ['a caller with no sign-in here', { method: 'GET', path: '/v1/me', as: who.stranger }, 403],
    ['a path no route has', { method: 'GET', path: '/v1/no-such-thing', as: who.coordinator }, 404],
    [
      'a body the route refuses',
      { method: 'PUT', path: '/v1/fiscal-years/2566/ita-scores', as: who.coordinator, rawBody: '{"scores":' },
      400,
    ],
  ])('%s: the refusal publishes no metric and writes no warning about it', async (_, req, status) => {
    const { res, stdout, stderr } = await callWritten(req);
    expect(res.status).toBe(status);
    expect(emf(stdout)).toEqual([]);
    expect(stdout + stderr).not.toContain('No application metrics');
  });
});
