// "Show me the history of this report."
import { assertCanReadUnit, type Caller } from '../domain/access.js';
import type { Report } from '../domain/report.js';
import { ReportRepository } from '../store/report-repository.js';
import { planObligation } from './plan-obligation.js';
import type { UseCaseContext } from './use-case-context.js';

export async function listReportVersions(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  obligationId: string,
): Promise<{ items: Report[] }> {
  const obligation = await planObligation(ctx, caller.orgId, fy, obligationId);
  assertCanReadUnit(caller, obligation.unitId);
  return { items: await new ReportRepository(ctx.store).listVersions({ orgId: caller.orgId, fy, obligationId }) };
}
