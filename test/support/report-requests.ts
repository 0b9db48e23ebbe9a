// Report requests through the API as a unit's staff send them (PUT …/obligations/{id}/report).
import { apiPath } from '../../shared/api/api-path.js';
import { call, type ApiResponse } from './api-events.js';
import { who, type ApiFixture } from './api-fixture.js';

/** PUT the report of `obligationId` (FY `fy`, default 2566) with `body`, as `as` (default กองคลัง's staff). */
export const putReport = (
  f: ApiFixture,
  obligationId: string,
  body: unknown,
  options: { as?: string; fy?: number } = {},
): Promise<ApiResponse> =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', {
      fy: options.fy ?? 2566,
      obligationId,
    }),
    as: options.as ?? who.financeStaff,
    body,
  });

/** The report, review and history (audit) paths of one obligation of FY `fy` (default 2566). */
export const obligationPaths = (obligationId: string, fy = 2566) => {
  const params = { fy, obligationId };
  return {
    report: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', params),
    review: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', params),
    audit: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', params),
  };
};
