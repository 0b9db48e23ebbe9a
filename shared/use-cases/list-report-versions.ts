// "Show me the history of this report", one page at a time (oldest first).
import type { ReportVersionsQuery } from '../api/request-schemas.js';
import { assertCanReadUnit, type Caller } from '../domain/access.js';
import { ValidationError } from '../domain/errors.js';
import type { Report } from '../domain/report.js';
import { MAX_REPORT_VERSIONS } from '../domain/report-rules.js';
import { planObligation } from './plan-obligation.js';
import type { UseCaseContext } from './use-case-context.js';

const DEFAULT_PAGE = 20;

/** The cursor is opaque to callers: "v<last version of the previous page>" in base64url. */
function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const after = Number(/^v(\d{1,4})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))?.[1]);
  if (!Number.isInteger(after) || after > MAX_REPORT_VERSIONS) {
    throw new ValidationError('ตำแหน่งหน้าไม่ถูกต้อง', 'invalid cursor', [
      { path: 'query.cursor', message_th: 'ตำแหน่งหน้าไม่ถูกต้อง', message_en: 'invalid cursor' },
    ]);
  }
  return after;
}

/** Versions oldest first, `limit` (default 20) per page; `cursor` is there when more follow. */
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
    { after: decodeCursor(query.cursor), limit: query.limit ?? DEFAULT_PAGE },
  );
  return {
    items: page.items,
    ...(page.next === undefined ? {} : { cursor: Buffer.from(`v${page.next}`).toString('base64url') }),
  };
}
