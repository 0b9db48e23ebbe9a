// A coordinator's people requests through the API handler, as the person page makes them.
import { expect } from 'vitest';
import { call } from './api-events.js';
import { who, type ApiFixture } from './api-fixture.js';

/** The person as GET /v1/people lists them (the fields the tests read). */
export interface ListedPerson {
  personId: string;
  email: string;
  name: string;
  roles: string[];
  actingHeadOf: string[];
  active: boolean;
  etag: string;
  undeliverable?: { reason: string; kind: string; at: string };
}

/** Adds a staff member of finance with `email` as the demo coordinator; expects 201. */
export async function addStaff(f: Pick<ApiFixture, 'handler'>, email: string, name: string): Promise<ListedPerson> {
  const res = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email, name, roles: ['staff'], unitId: 'finance' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as ListedPerson;
}

/** The person as the page draws them: from the list (undefined: not listed). */
export async function listedPerson(
  f: Pick<ApiFixture, 'handler'>,
  personId: string,
): Promise<ListedPerson | undefined> {
  const res = await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator });
  expect(res.status).toBe(200);
  return (res.body.items as ListedPerson[]).find((p) => p.personId === personId);
}
