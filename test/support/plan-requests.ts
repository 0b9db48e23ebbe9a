// The plan through the API as a coordinator reads and saves it (GET …/measures, PUT …/plan).
import { apiPath } from '../../shared/api/api-path.js';
import type { Measure } from '../../shared/domain/plan.js';
import { call, type ApiResponse } from './api-events.js';
import { who, type ApiFixture } from './api-fixture.js';

/** The measures of the year's plan (default FY2566, the seed), as GET …/measures answers them. */
export async function currentMeasures(f: ApiFixture, fy = 2566): Promise<Measure[]> {
  const res = await call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
    as: who.coordinator,
  });
  return res.body.measures as Measure[];
}

/** PUT …/plan with `body` (`{format: 'json', measures}` or `{format: 'document', text}`) as the coordinator. */
export const putPlan = (f: ApiFixture, body: unknown, fy = 2566): Promise<ApiResponse> =>
  call(f.handler, { method: 'PUT', path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }), as: who.coordinator, body });
