// The coordinator's people and unit requests through the API (POST/PUT /v1/people, /v1/units).
import { call, type ApiResponse } from './api-events.js';
import { who, type ApiFixture } from './api-fixture.js';

/** POST /v1/people with `body`, as `as` (default the demo org's coordinator). */
export const addPerson = (f: ApiFixture, body: unknown, as: string = who.coordinator): Promise<ApiResponse> =>
  call(f.handler, { method: 'POST', path: '/v1/people', as, body });

/** POST /v1/units with `body`, as `as` (default the demo org's coordinator). */
export const addUnit = (f: ApiFixture, body: unknown, as: string = who.coordinator): Promise<ApiResponse> =>
  call(f.handler, { method: 'POST', path: '/v1/units', as, body });

/** PUT /v1/units/{unitId} with `body` (a rename, `{active: false}` …), as `as`. */
export const updateUnit = (f: ApiFixture, unitId: string, body: unknown, as: string = who.coordinator) =>
  call(f.handler, { method: 'PUT', path: `/v1/units/${unitId}`, as, body });
