// Review 17 s14, S14-17 (second half): an earlier version of the plan restored from its history as
// a draft (its follow-ups new to the current plan owe from the restore's month, as any mid-year
// edit: session 15's closing note); and how large a version the store keeps.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startAdditionsAtSave } from '../../shared/domain/mid-year-additions.js';
import type { Plan, StoredPlan } from '../../shared/domain/plan.js';
import { keepPlanVersionPut, MAX_KEPT_PLAN_BYTES } from '../../shared/store/plan-versions.js';
import {
  draftFromVersion,
  measureIdsFor,
  newMeasure,
  planBody,
  type DraftMeasure,
  type StoredPlanView,
} from '../../web/src/plan-draft.js';

const measure = (measureId: string, followUps: number[], cadence: 'monthly' | 'once' = 'monthly'): DraftMeasure => ({
  ...newMeasure(),
  measureId,
  indicator: 4,
  title: `มาตรการ ${measureId}`,
  followUps: followUps.map((no) => ({ followUpNo: no, text: `รายงาน ${no}`, cadence, audience: [] })),
  responsible: { allUnits: true, unitIds: [], text: 'ทุกกองงาน' },
});
const plan = (version: number, measures: DraftMeasure[]): StoredPlanView => ({
  fy: 2567,
  version,
  title: 'แผนมาตรการ ๒๕๖๗',
  measures,
});

describe('an earlier version restored as a draft', () => {
  /** The save of a restored draft on `day` (Bangkok): the PUT /plan body with the save's months given (S14-8). */
  const savedOn = (draft: ReturnType<typeof draftFromVersion>, current: StoredPlanView, day: string) => {
    const body = planBody(draft);
    const plan = { orgId: 'demo', fy: draft.fy, title: body.title, measures: body.measures } as unknown as Plan;
    startAdditionsAtSave(plan, current as unknown as Pick<StoredPlan, 'measures'>, new Date(`${day}T05:00:00Z`));
    return plan.measures.map((m) => m.followUps.map((f) => f.firstMonth));
  };

  it('replaces the current version with the earlier measures, ids kept; removed ones owe from the month of the restore', () => {
    const v1 = plan(1, [measure('i4', [1, 2]), measure('i5', [1]), measure('i6', [1], 'once')]);
    const v2 = plan(2, [measure('i4', [1, 2])]);
    const draft = draftFromVersion(v2, v1);
    expect(draft.source).toEqual({ kind: 'version', version: 1 });
    expect(draft.baseVersion).toBe(2);
    const body = planBody(draft);
    expect(body.expectedVersion).toBe(2);
    expect(body.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i6']);
    // restored in April 2567 (2024): i5 owes from April like any measure added mid-year, not from October
    expect(savedOn(draft, v2, '2024-04-20')).toEqual([
      [undefined, undefined],
      ['2024-04'],
      [undefined], // a one-off has its due date
    ]);
    // the earlier plan on screen is not changed by the draft
    expect(v1.measures[1]!.followUps[0]!.firstMonth).toBeUndefined();
  });

  it('a follow-up the replacement dropped from a kept measure owes from the restore; one it kept stays as it is', () => {
    const v1 = plan(3, [measure('i4', [1, 2, 3])]);
    const v2 = plan(4, [
      { ...measure('i4', [1]), followUps: [{ ...measure('i4', [1]).followUps[0]!, firstMonth: '2024-01' }] },
    ]);
    const draft = draftFromVersion(v2, v1);
    expect(savedOn(draft, v2, '2024-06-03')).toEqual([[undefined, '2024-06', '2024-06']]);
  });

  it('a cadence the replacement changed, restored, owes from the restore; restored in October, everything from October', () => {
    const v1 = plan(5, [measure('i4', [1, 2]), measure('i5', [1])]);
    const v2 = plan(6, [
      {
        ...measure('i4', [1, 2]),
        followUps: [measure('i4', [1]).followUps[0]!, { ...measure('i4', [2]).followUps[0]!, cadence: 'quarterly' }],
      },
    ]);
    expect(savedOn(draftFromVersion(v2, v1), v2, '2024-02-10')).toEqual([[undefined, '2024-02'], ['2024-02']]);
    expect(savedOn(draftFromVersion(v2, v1), v2, '2023-10-10')).toEqual([[undefined, undefined], [undefined]]);
  });

  it('a version whose measures all are current ones changes no months, and new ids stay new', () => {
    const v1 = plan(1, [measure('i4', [1]), measure('i5', [1])]);
    const v2 = plan(2, [measure('i4', [1]), measure('i5', [1]), measure('i7', [1])]);
    const draft = draftFromVersion(v2, v1);
    expect(planBody(draft).measures.flatMap((m) => m.followUps.map((f) => f.firstMonth))).toEqual([
      undefined,
      undefined,
    ]);
    expect(measureIdsFor(draft.measures, draft.saved)).toEqual(['i4', 'i5']);
  });
});

describe('keeping a replaced version', () => {
  const stored = (measures: DraftMeasure[]): StoredPlan => ({
    orgId: 'demo',
    fy: 2567,
    title: 'แผน',
    version: 3,
    updatedAt: '2024-01-01T00:00:00.000Z',
    updatedBy: 'test',
    measures: measures.map((m, i) => ({ ...m, order: i + 1, indicator: 4 })),
  });

  it('keeps a plan of repeated Thai text compressed, under its own key', () => {
    const big = Array.from({ length: 400 }, (_, i) => ({
      ...measure(`i4-${i + 1}`, [1, 2, 3]),
      title: `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ${'ภายในหน่วยงาน '.repeat(100)}${i}`,
    }));
    const put = keepPlanVersionPut('table', stored(big))!;
    expect(put.Put!.Item).toMatchObject({ pk: 'ORG#demo#FY#2567#PLANVERSIONS', sk: 'V#000003', type: 'planVersion' });
    expect((put.Put!.Item!.gz as Uint8Array).length).toBeLessThan(MAX_KEPT_PLAN_BYTES);
  });

  it('does not keep a plan too large to keep compressed (an item holds 400 KB)', () => {
    const noise = Array.from({ length: 40 }, (_, i) => ({
      ...measure(`i4-${i + 1}`, [1]),
      methods: Array.from({ length: 10 }, () => randomBytes(1500).toString('base64')),
    }));
    expect(keepPlanVersionPut('table', stored(noise))).toBeUndefined();
  });
});
