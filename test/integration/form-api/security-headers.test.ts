// Every API answer carries the security headers (@middy/http-security-headers) and no header whose
// value is empty: an empty `Reporting-Endpoints:` on every answer (tester s40) is a malformed
// structured field (RFC 8941 §3.2: a Dictionary) that a reviewer's scanner flags.
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call, type ApiRequest } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { bangkok } from '../../support/jobs-fixture.js';

const s = apiSuite({ now: bangkok('2023-10-02T09:00:00') });

const answers: [string, ApiRequest, number][] = [
  ['a signed-in read', { method: 'GET', path: apiPath('/v1/me'), as: who.financeStaff }, 200],
  [
    'a report refused at its fields',
    {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', {
        fy: 2566,
        obligationId: 'i4.f2.2023-01.finance',
      }),
      as: who.financeStaff,
      body: { progress: 'no-such-progress' },
    },
    400,
  ],
  ['a request without a token', { method: 'GET', path: apiPath('/v1/me') }, 401],
  ['an address no route has', { method: 'GET', path: '/v1/no-such-thing', as: who.coordinator }, 404],
];

describe('every API answer carries the security headers and no empty header', () => {
  it.each(answers)('%s', async (_name, req, status) => {
    const res = await call(s.f.handler, req);
    expect(res.status).toBe(status);
    const headers = new Map(
      Object.entries(res.headers)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const empty = [...headers].filter(([, value]) => value.trim() === '').map(([name]) => name);
    expect(empty).toEqual([]);
  });
});
