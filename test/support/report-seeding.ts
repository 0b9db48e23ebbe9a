// Reports written as staff would, at chosen times (the repository, not the API, so times are exact).
import { ReportRepository } from '../../shared/store/report-repository.js';
import type { Store } from '../../shared/store/dynamo-client.js';

export async function seedReport(
  store: Store,
  orgId: string,
  obligationId: string,
  at: Date,
  summary = 'ดำเนินการตามมาตรการแล้ว',
): Promise<void> {
  const unitId = obligationId.split('.').at(-1)!;
  await new ReportRepository(store).saveVersion(
    { orgId, fy: 2566, obligationId, unitId },
    { progress: 'done', summary, obstacles: '', suggestions: '', evidence: [] },
    { actor: `${orgId}-staff-${unitId}`, now: at },
  );
}
