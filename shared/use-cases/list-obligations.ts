// "Show me what my unit must report, and when" (coordinators and executives: any unit).
import type { ListObligationsQuery } from '../api/request-schemas.js';
import type { ObligationView } from '../api/response-schemas.js';
import { assertCanReadUnit, seesWholeOrg, type Caller } from '../domain/access.js';
import { ValidationError } from '../domain/errors.js';
import { fiscalYearObligations, toView } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';

const DEFAULT_PAGE = 100;

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const offset = Number(/^o(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))?.[1]);
  if (!Number.isInteger(offset)) {
    throw new ValidationError('ตำแหน่งหน้าไม่ถูกต้อง', 'invalid cursor', [
      { path: 'query.cursor', message_th: 'ตำแหน่งหน้าไม่ถูกต้อง', message_en: 'invalid cursor' },
    ]);
  }
  return offset;
}

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
  const views = year.obligations
    .filter((o) => !unit || o.unitId === unit)
    .filter((o) => (!query.from || o.dueDate >= query.from) && (!query.to || o.dueDate <= query.to))
    .map((o) => toView(year, o))
    .filter((v) => !query.status || v.status === query.status);
  const offset = decodeCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_PAGE;
  const items = views.slice(offset, offset + limit);
  const next = offset + limit < views.length ? Buffer.from(`o${offset + limit}`).toString('base64url') : undefined;
  return { items, ...(next ? { cursor: next } : {}) };
}
