// PlanSnapshots: what a warm API instance keeps of the plans it read (the writes check the version).
import { describe, expect, it } from 'vitest';
import type { StoredPlan } from '../../shared/domain/plan.js';
import { MAX_PLAN_SNAPSHOTS, PLAN_SNAPSHOT_TTL_MS, PlanSnapshots } from '../../shared/use-cases/plan-snapshots.js';

function snapshots() {
  let now = Date.parse('2023-04-20T03:00:00Z');
  const reads: string[] = [];
  const s = new PlanSnapshots(
    (orgId, fy) => {
      reads.push(`${orgId}/${fy}`);
      return Promise.resolve(
        orgId === 'none' ? undefined : ({ orgId, fy, version: reads.length } as unknown as StoredPlan),
      );
    },
    () => new Date(now),
  );
  return { s, reads, wait: (ms: number) => (now += ms) };
}

describe('plans kept by a warm instance', () => {
  it('a second submit for the same org and year uses the plan read by the first', async () => {
    const { s, reads } = snapshots();
    await s.get('demo', 2566);
    expect((await s.get('demo', 2566))?.version).toBe(1);
    expect(reads).toEqual(['demo/2566']);
  });

  it('a plan kept longer than its time, or forgotten after a changed-plan write, is read again', async () => {
    const { s, reads, wait } = snapshots();
    await s.get('demo', 2566);
    wait(PLAN_SNAPSHOT_TTL_MS + 1);
    expect((await s.get('demo', 2566))?.version).toBe(2);
    s.forget('demo', 2566);
    expect((await s.get('demo', 2566))?.version).toBe(3);
    expect(reads).toHaveLength(3);
  });

  it('a year without a plan is never kept: once its plan is saved, the next submit sees it', async () => {
    const { s, reads } = snapshots();
    expect(await s.get('none', 2566)).toBeUndefined();
    expect(await s.get('none', 2566)).toBeUndefined();
    expect(reads).toEqual(['none/2566', 'none/2566']);
  });

  it(`at most ${MAX_PLAN_SNAPSHOTS} plans are kept: the least recently used goes first`, async () => {
    const { s, reads } = snapshots();
    for (let i = 0; i < MAX_PLAN_SNAPSHOTS; i++) await s.get(`org${i}`, 2566);
    await s.get('org0', 2566); // used again: now the most recent
    await s.get('one-more', 2566); // pushes out org1
    reads.length = 0;
    await s.get('org0', 2566);
    await s.get('org1', 2566);
    expect(reads).toEqual(['org1/2566']);
  });
});
