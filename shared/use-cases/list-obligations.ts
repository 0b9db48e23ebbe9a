// "Show me what my unit must report, and when" (coordinators and executives: any unit).
import { createHash } from 'node:crypto';
import type { ListObligationsQuery } from '../api/request-schemas.js';
import type { ObligationView } from '../api/response-schemas.js';
import { noSuchUnit } from '../domain/active-units.js';
import { fieldsInvalid } from '../domain/errors.js';
import { assertCanReadUnit, seesWholeOrg, type Caller } from '../domain/access.js';
import { fiscalYearObligations, toView } from './fiscal-year-obligations.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { UseCaseContext } from './use-case-context.js';

const DEFAULT_PAGE = 100;

export async function listObligations(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  query: ListObligationsQuery,
): Promise<{ items: ObligationView[]; cursor?: string }> {
  const unit = query.unit ?? (seesWholeOrg(caller) ? undefined : caller.unitId);
  if (unit) assertCanReadUnit(caller, unit);
  else if (!seesWholeOrg(caller)) assertCanReadUnit(caller, '');
  const year = await fiscalYearObligations(ctx, caller.orgId, fy);
  // a unit the org never had is a typo, not an empty list (tester s50); one deactivated still filters
  if (unit && !year.obligations.some((o) => o.unitId === unit)) {
    const units = await ctx.repos.orgs.listUnits(caller.orgId);
    if (!units.some((u) => u.unitId === unit)) {
      const [message_th, message_en] = noSuchUnit(unit, units);
      throw fieldsInvalid([{ path: 'query.unit', message_th, message_en }]);
    }
  }
  const views = year.obligations
    .filter((o) => !unit || o.unitId === unit)
    .filter((o) => (!query.from || o.dueDate >= query.from) && (!query.to || o.dueDate <= query.to))
    .map((o) => toView(year, o))
    .filter((v) => !query.status || v.status === query.status);
  // an offset means something only in the list it came from: the cursor names its filters, and one
  // from another list is a 400 (tester s39y: an unfiltered list's cursor gave 20 of 25 items)
  const tag = `o${listKey(unit, query)}:`;
  const offset = query.cursor ? decodeCursor(tag, query.cursor, { min: 0, max: 999_999 }) : 0;
  const limit = query.limit ?? DEFAULT_PAGE;
  const items = views.slice(offset, offset + limit);
  const next = offset + limit < views.length ? encodeCursor(tag, offset + limit) : undefined;
  return { items, ...(next ? { cursor: next } : {}) };
}

/** The list's filters (unit, dates, status) in 8 base64url characters: a cursor's tag part. */
const listKey = (unit: string | undefined, q: ListObligationsQuery) =>
  createHash('sha256')
    .update(JSON.stringify([unit ?? '', q.from ?? '', q.to ?? '', q.status ?? '']))
    .digest('base64url')
    .slice(0, 8);
