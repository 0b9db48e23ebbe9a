// The plans that submissions read, kept in memory between requests of one function instance.
// Safe because a submission writes on condition that the plan's version is still the one it read
// (a ConditionCheck in the report's transaction, ReportRepository.saveVersion): a snapshot can
// never let a report through against a changed plan, it only saves the plan Query of a warm submit.
import type { StoredPlan } from '../domain/plan.js';

/** How long a snapshot is used before it is read again, ms (bounds memory kept, not correctness). */
export const PLAN_SNAPSHOT_TTL_MS = 10 * 60_000;
/** Snapshots kept at most (least recently used goes first): a plan is about 100 KB. */
export const MAX_PLAN_SNAPSHOTS = 32;

export class PlanSnapshots {
  private readonly plans = new Map<string, { plan: StoredPlan; until: number }>();

  constructor(
    private readonly load: (orgId: string, fy: number) => Promise<StoredPlan | undefined>,
    private readonly clock: () => Date,
  ) {}

  /** The plan of (orgId, fy) as last read in this instance, or read now; undefined when there is none. */
  async get(orgId: string, fy: number): Promise<StoredPlan | undefined> {
    const key = `${orgId}\n${fy}`;
    const now = this.clock().getTime();
    const hit = this.plans.get(key);
    this.plans.delete(key);
    if (hit && hit.until > now) {
      this.plans.set(key, hit);
      return hit.plan;
    }
    const plan = await this.load(orgId, fy);
    if (!plan) return undefined;
    this.plans.set(key, { plan, until: now + PLAN_SNAPSHOT_TTL_MS });
    if (this.plans.size > MAX_PLAN_SNAPSHOTS) this.plans.delete(this.plans.keys().next().value!);
    return plan;
  }

  /** Drops the snapshot: the next get reads the plan again. */
  forget(orgId: string, fy: number): void {
    this.plans.delete(`${orgId}\n${fy}`);
  }
}
