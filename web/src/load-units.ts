// The org's units as the page lists them: in the order units are listed to a reader
// (shared/domain/unit-order.ts: the usual units first, สำนักปลัด leading, then by Thai name).
import { api } from './api-client.js';
import { apiPath } from '../../shared/api/api-path.js';
import type { Unit, Units } from './api-types.js';
import { inUnitOrder } from '../../shared/domain/unit-order.js';

/** GET /v1/units, in the reader's order (tester s44 F4: by id, nineteen units read in no order). */
export const loadUnits = (): Promise<Unit[]> =>
  api<Units>('GET', apiPath('/v1/units')).then(({ items }) => inUnitOrder(items));
