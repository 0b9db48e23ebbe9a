// The API's metrics: none. A served request published a "<route>Succeeded" custom metric (Powertools,
// CloudWatch EMF on stdout) for each of ~44 routes, in one namespace for every stage; no alarm and
// no dashboard read them, and each was US$ 0.30 a month (review s35-f 6): dropped. API Gateway's own
// metrics (AWS/ApiGateway Count, 4xx, 5xx, Latency: the Api5xx alarm) are free. A refused request
// writes nothing about metrics either: Powertools' middleware warned "No application metrics to
// publish" on every one (review 17 s17). Nothing sets POWERTOOLS_METRICS_DISABLED (session 36: the
// suite, the bench and the local system no longer do), so Powertools Metrics, if a route used it
// again, would write here as in Lambda.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, type ApiRequest, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  expect(process.env.POWERTOOLS_METRICS_DISABLED).toBeUndefined();
  f = await createApiFixture();
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
  it.each<[string, ApiRequest]>([
    ["the coordinator's own sign-in", { method: 'GET', path: '/v1/me', as: who.coordinator }],
    ['the people of the org', { method: 'GET', path: '/v1/people', as: who.coordinator }],
    ["a unit head's own sign-in", { method: 'GET', path: '/v1/me', as: who.financeHead }],
  ])('%s, served: no custom metric is published, no warning written', async (_, req) => {
    const { res, stdout, stderr } = await callWritten(req);
    expect(res.status).toBe(200);
    expect(emf(stdout)).toEqual([]);
    expect(stdout + stderr).not.toContain('No application metrics');
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
