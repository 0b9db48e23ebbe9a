// With its own domain (-c apiDomain, always with -c waf=true) the API answers only requests that came
// through CloudFront: CloudFront adds a secret origin header; a caller going straight to the domain
// (around CloudFront and its WAF) gets 403 before any work.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORIGIN_SECRET_HEADER } from '../../../shared/api/origin-secret.js';
import { call, type ApiRequest } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const SECRET = 'Zq8fW2mXc4Tn7Lp0Rb5Kd9Hs3Vy6Ge1Ja8Uo2Ni4Qw7Ex';
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture({ originSecret: SECRET });
});
afterAll(async () => f?.close());

const report = 'i4.f2.2023-01.finance';
const submit = (headers: Record<string, string>): ApiRequest => ({
  method: 'PUT',
  path: `/v1/fiscal-years/2566/obligations/${report}/report`,
  as: who.financeStaff,
  body: { progress: 'in_progress', summary: 'ส่งตรงถึง API' },
  headers,
});

/** Calls the handler counting the DynamoDB requests it makes (the SDK client's send). */
async function callCountingTableWork(req: ApiRequest) {
  const send = vi.spyOn(f.store.doc, 'send');
  try {
    const res = await call(f.handler, req);
    return { res, tableCalls: send.mock.calls.length };
  } finally {
    send.mockRestore();
  }
}

describe('an API that has its own domain', () => {
  it.each([
    ['no secret header', {}],
    ['a wrong value of the same length', { [ORIGIN_SECRET_HEADER]: SECRET.replace(/.$/, 'y') }],
    ['a prefix of the secret', { [ORIGIN_SECRET_HEADER]: SECRET.slice(0, 20) }],
    ['an empty header', { [ORIGIN_SECRET_HEADER]: '' }],
  ])('refuses a signed-in submit with %s: 403 in Thai, no table read, nothing written', async (_name, headers) => {
    const before = await f.dump();
    const { res, tableCalls } = await callCountingTableWork(submit(headers));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.message_th).toContain('CloudFront');
    expect(JSON.stringify(res.body)).not.toContain(SECRET.slice(0, 20));
    expect(tableCalls).toBe(0);
    expect(await f.dump()).toBe(before);
  });

  it('refuses a public calendar feed request and a request without a token that skip CloudFront, before any lookup', async () => {
    for (const req of [
      { method: 'GET', path: '/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics' },
      { method: 'GET', path: '/v1/me' },
    ] as const) {
      const { res, tableCalls } = await callCountingTableWork(req);
      expect(res.status, req.path).toBe(403);
      expect(tableCalls, req.path).toBe(0);
    }
  });

  it('answers requests that carry the header as CloudFront sends it, whatever its case', async () => {
    const me = await call(f.handler, {
      method: 'GET',
      path: '/v1/me',
      as: who.coordinator,
      headers: { 'X-ITA-Origin-Secret': SECRET },
    });
    expect(me.status).toBe(200);
    const { res: saved, tableCalls } = await callCountingTableWork(submit({ [ORIGIN_SECRET_HEADER]: SECRET }));
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    expect(tableCalls).toBeGreaterThan(0); // the counter sees the table work a real request does
  });
});

describe('an API without its own domain (the local system, the execute-api default)', () => {
  it('answers without the header', async () => {
    const plain = await createApiFixture();
    try {
      const me = await call(plain.handler, { method: 'GET', path: '/v1/me', as: who.coordinator });
      expect(me.status).toBe(200);
    } finally {
      await plain.close();
    }
  });
});
