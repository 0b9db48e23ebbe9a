// One page of a report's history always fits Lambda's 6 MB response, counted as the runtime sends it:
// the proxy response {statusCode, headers, body} serialised, the body escaped a second time (break-16 B1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../../shared/api/routes.js';
import { MAX_REPORT_VERSIONS } from '../../../shared/domain/report-rules.js';
import { LAMBDA_SYNC_PAYLOAD_BYTES } from '../../../shared/domain/plan-upload-rules.js';
import { apiEvent, call, lambdaContext } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const fy = 2566;
let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

/** `fill` repeated to exactly `n` characters. */
const cut = (fill: string, n: number) => fill.repeat(n).slice(0, n);

/**
 * The largest report body under the request limit made of `fill`: three 5,000-character fields,
 * 20 links of 300-character titles, the links' URLs padded with `urlFill` until the body is full.
 */
function fullBody(fill: string, urlFill: string, expectedVersion?: number): Record<string, unknown> {
  const make = (pad: number) => ({
    progress: 'in_progress',
    // A summary needs 3 letters or digits (break 14 F1); the rest is the worst-case fill.
    summary: `abc${cut(fill, 4997)}`,
    obstacles: cut(fill, 5000),
    suggestions: cut(fill, 5000),
    evidence: Array.from({ length: 20 }, () => ({
      url: `https://example.org/${cut(urlFill, pad)}`,
      title: cut(fill, 300),
    })),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
  });
  let pad = 0;
  while (pad < 1900 && Buffer.byteLength(JSON.stringify(make(pad + 10))) <= DEFAULT_MAX_BODY_BYTES) pad += 10;
  return make(pad);
}

async function writeVersions(obligationId: string, fill: string, urlFill: string): Promise<void> {
  const path = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId });
  for (let v = 0; v < MAX_REPORT_VERSIONS; v++) {
    const res = await call(f.handler, {
      method: 'PUT',
      path,
      as: who.financeStaff,
      body: fullBody(fill, urlFill, v === 0 ? undefined : v),
    });
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  }
}

/** Reads every page with ?limit=50: each Lambda response's size, and the versions in order. */
async function readAllPages(obligationId: string) {
  const path = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/versions', { fy, obligationId });
  const sizes: number[] = [];
  const versions: number[] = [];
  let cursor: string | undefined;
  do {
    const event = apiEvent({
      method: 'GET',
      path,
      as: who.financeStaff,
      query: { limit: '50', ...(cursor ? { cursor } : {}) },
    });
    const res = (await f.handler(event, lambdaContext)) as { statusCode: number; body: string };
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    sizes.push(Buffer.byteLength(JSON.stringify(res)));
    const page = JSON.parse(res.body) as { items: { version: number }[]; cursor?: string };
    versions.push(...page.items.map((i) => i.version));
    cursor = page.cursor;
  } while (cursor && sizes.length < MAX_REPORT_VERSIONS);
  return { sizes, versions };
}

const allVersions = Array.from({ length: MAX_REPORT_VERSIONS }, (_, i) => i + 1);

describe('a page of report history fits Lambda’s response', () => {
  it.each([
    ['50 versions of 64 KB of double quotes (4 bytes each in the envelope)', 'i4.f2.2023-04.finance', '"', '"'],
    ['50 versions of 64 KB of backslashes', 'i4.f2.2023-03.finance', '\\', '\\'],
    ['50 versions of Thai text with quoted URLs', 'i4.f2.2023-02.finance', 'ก', '"'],
    ['50 versions of quotes and backslashes mixed', 'i4.f2.2022-12.finance', '"\\', '\\"'],
  ])(
    '%s: every page of ?limit=50 is under 6,291,456 bytes, and the pages hold every version once',
    async (_n, obligationId, fill, urlFill) => {
      await writeVersions(obligationId, fill, urlFill);
      const { sizes, versions } = await readAllPages(obligationId);
      for (const size of sizes) expect(size).toBeLessThanOrEqual(LAMBDA_SYNC_PAYLOAD_BYTES);
      expect(versions).toEqual(allVersions);
    },
    120_000,
  );

  it('a history of small versions still comes in one page of 50', async () => {
    const obligationId = 'i4.f2.2023-01.finance';
    const path = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId });
    for (let v = 0; v < MAX_REPORT_VERSIONS; v++) {
      const body = { progress: 'done', summary: `ฉบับที่ ${v + 1}`, ...(v ? { expectedVersion: v } : {}) };
      expect((await call(f.handler, { method: 'PUT', path, as: who.financeStaff, body })).status).toBe(200);
    }
    const { sizes, versions } = await readAllPages(obligationId);
    expect(sizes).toHaveLength(1);
    expect(versions).toEqual(allVersions);
  }, 60_000);
});
