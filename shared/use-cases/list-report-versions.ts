// "Show me the history of this report", one page at a time (oldest first).
import type { ReportVersionsQuery } from '../api/request-schemas.js';
import { itemsWithinResponse } from '../api/response-budget.js';
import { assertCanReadUnit, type Caller } from '../domain/access.js';
import type { Report } from '../domain/report.js';
import { MAX_REPORT_VERSIONS } from '../domain/report-rules.js';
import { planObligation } from './plan-obligation.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { UseCaseContext } from './use-case-context.js';

const DEFAULT_PAGE = 20;

/**
 * Versions oldest first, `limit` (default 20) per page; `cursor` is there when more follow. A page
 * also stops before the versions would pass Lambda's 6 MB response (itemsWithinResponse: a version
 * of 64 KB of `"` is 256 KB there), so it may hold fewer than `limit` with a cursor.
 */
export async function listReportVersions(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  obligationId: string,
  query: ReportVersionsQuery = {},
): Promise<{ items: Report[]; cursor?: string }> {
  const obligation = await planObligation(ctx, caller.orgId, fy, obligationId);
  assertCanReadUnit(caller, obligation.unitId);
  const page = await ctx.repos.reports.listVersions(
    { orgId: caller.orgId, fy, obligationId },
    {
      after: query.cursor ? decodeCursor('v', query.cursor, { min: 0, max: MAX_REPORT_VERSIONS }) : 0,
      limit: query.limit ?? DEFAULT_PAGE,
    },
  );
  const items = itemsWithinResponse(page.items);
  const next = items.length < page.items.length ? items[items.length - 1]!.version : page.next;
  return {
    items,
    ...(next === undefined ? {} : { cursor: encodeCursor('v', next) }),
  };
}
