// The year's saved plan, for the plan screens. A year without one is a normal state (a coordinator
// preparing it), so it is not asked for when `GET /v1/me` says the year has none: the API's 404
// was logged by the browser as an error on every such screen (tester s37 #7).
import { api, ApiError } from './api-client.js';
import { apiPath } from '../../shared/api/api-path.js';
import type { Me, StoredMeasures } from './api-types.js';
import { readMeNow } from './caller-state.js';

/** The years `planYears` of GET /v1/me covers: next year and the five before this one (describe-caller.ts). */
const listed = (me: Me, fy: number) => fy <= me.fiscalYear + 1 && fy >= me.fiscalYear - 5;

/**
 * The plan saved for `fy`, or undefined when it has none. A year the page's copy lists without a
 * plan is checked against a fresh copy (another coordinator may have just saved it), and only a
 * year with a plan, or out of the copy's range, is asked of the API.
 */
export async function storedPlanOf(me: Me, fy: number): Promise<StoredMeasures | undefined> {
  if (listed(me, fy) && !me.planYears.includes(fy) && !(await readMeNow()).planYears.includes(fy)) return undefined;
  try {
    return await api<StoredMeasures>('GET', apiPath('/v1/fiscal-years/{fy}/measures', { fy }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}
