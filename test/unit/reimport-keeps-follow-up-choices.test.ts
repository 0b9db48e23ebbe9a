// Review 17 s16, S16-4 (and review 17 s13, S13-4's re-import half): a file re-imported over the
// saved plan dropped what the coordinator had set on its follow-ups in the page: a first month (a
// measure added in December then owed October and November, overdue at once), a last month (duties
// stopped after March came back), a follow-up's own units, and the audience chosen. A file's
// follow-up aligned to a saved one now keeps those the file does not say itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import type { FollowUp, Plan, StoredPlan } from '../../shared/domain/plan.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { SEED_DOCUMENT, importSeedPlan } from '../support/seed-plan.js';

const seed = readFileSync(SEED_DOCUMENT, 'utf8');
const options = { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS };

/** The seed's plan as saved, with `edit` applied to it (what the coordinator did in the page). */
function savedSeed(edit: (plan: Plan) => void): StoredPlan {
  const plan = structuredClone(importSeedPlan().plan);
  edit(plan);
  return { ...plan, version: 3, updatedAt: '2022-12-01T00:00:00.000Z', updatedBy: 'coordinator' };
}
const followUp = (
  plan: { measures: readonly { measureId: string; followUps: FollowUp[] }[] },
  measureId: string,
  no: number,
): FollowUp => plan.measures.find((m) => m.measureId === measureId)!.followUps.find((f) => f.followUpNo === no)!;
const reimport = (saved: StoredPlan, text = seed) => importPlanDraft(text, options, saved).plan;

describe('a re-imported file keeps what the coordinator set on its saved follow-ups', () => {
  it('keeps a first month (added in December) and a last month (stopped after March)', () => {
    const saved = savedSeed((p) => {
      followUp(p, 'i10', 4).firstMonth = '2022-12';
      followUp(p, 'i4', 2).lastMonth = '2023-03';
      followUp(p, 'i5', 1).firstMonth = '2023-01';
      followUp(p, 'i5', 1).lastMonth = '2023-06';
    });
    const plan = reimport(saved);
    expect(followUp(plan, 'i10', 4)).toMatchObject({ firstMonth: '2022-12', cadence: 'monthly' });
    expect(followUp(plan, 'i10', 4).lastMonth).toBeUndefined();
    expect(followUp(plan, 'i4', 2)).toMatchObject({ lastMonth: '2023-03' });
    expect(followUp(plan, 'i5', 1)).toMatchObject({ firstMonth: '2023-01', lastMonth: '2023-06' });
    // untouched follow-ups stay as the file reads them
    expect(followUp(plan, 'i10', 1).firstMonth).toBeUndefined();
  });

  it('keeps them on a follow-up the revised file moved down and reworded a little', () => {
    const saved = savedSeed((p) => {
      followUp(p, 'i10', 4).firstMonth = '2022-12';
    });
    const i10 = followUp(saved, 'i10', 4).text.slice(0, 40);
    const revised = seed.replace(i10, `${i10} `);
    expect(revised).not.toBe(seed);
    expect(followUp(reimport(saved, revised), 'i10', 4).firstMonth).toBe('2022-12');
  });

  it('does not keep the months when the file changes the cadence (the save starts it at its month)', () => {
    const saved = savedSeed((p) => {
      const f = followUp(p, 'i10', 4);
      f.cadence = 'quarterly';
      f.firstMonth = '2022-12';
    });
    const f = followUp(reimport(saved), 'i10', 4);
    expect(f.cadence).toBe('monthly');
    expect(f.firstMonth).toBeUndefined();
  });

  it('keeps a follow-up’s own units while the measure still has them', () => {
    const saved = savedSeed((p) => {
      followUp(p, 'i6', 1).unitIds = ['clerk'];
      // i5 is "every unit": any unit may be a follow-up's own
      followUp(p, 'i5', 4).unitIds = ['finance', 'engineering'];
    });
    const plan = reimport(saved);
    expect(followUp(plan, 'i6', 1).unitIds).toEqual(['clerk']);
    expect(followUp(plan, 'i5', 4).unitIds).toEqual(['finance', 'engineering']);
    expect(followUp(plan, 'i5', 1).unitIds).toBeUndefined();
  });

  it('drops own units the file no longer makes responsible for the measure', () => {
    const saved = savedSeed((p) => {
      const i6 = p.measures.find((m) => m.measureId === 'i6')!;
      i6.responsible.unitIds = ['clerk', 'finance'];
      followUp(p, 'i6', 1).unitIds = ['finance'];
    });
    expect(followUp(reimport(saved), 'i6', 1).unitIds).toBeUndefined();
  });

  it('keeps the audience chosen when the file only says what the saved text says (S13-4)', () => {
    const saved = savedSeed((p) => {
      followUp(p, 'i5', 4).audience = ['executives']; // the text says นายกเทศมนตรี
      followUp(p, 'i8', 1).audience = ['unit-heads']; // the text names none
      followUp(p, 'i4', 2).audience = ['meeting'];
    });
    const plan = reimport(saved);
    expect(followUp(plan, 'i5', 4).audience).toEqual(['executives']);
    expect(followUp(plan, 'i8', 1).audience).toEqual(['unit-heads']);
    expect(followUp(plan, 'i4', 2).audience).toEqual(['meeting']);
  });

  it('takes the file’s audience when its text names another one', () => {
    const saved = savedSeed((p) => {
      followUp(p, 'i5', 4).audience = ['executives'];
    });
    const text = followUp(saved, 'i5', 4).text;
    const revised = seed.replaceAll('จัดจ้างให้นายกเทศมนตรีทราบ', 'จัดจ้างให้ที่ประชุมทราบ');
    expect(revised).not.toBe(seed);
    const f = reimport(saved, revised)
      .measures.find((m) => m.measureId === 'i5')!
      .followUps.at(-1)!;
    expect(f.text).not.toBe(text);
    expect(f.audience).toEqual(['meeting']);
  });
});
