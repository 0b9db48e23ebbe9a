// Tester s48 (P2): the plan screen said nothing before the save that 125 past reports would fall due
// at once on 12 May 2570. The save bar now says it (draftPastDue, docs/web.md "Past rounds made due").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { markLateAdditions } from '../../shared/domain/mid-year-additions.js';
import { pastDueTh } from '../../shared/domain/past-due-at-save.js';
import { Plan } from '../../shared/domain/plan.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { draftFromStored, draftPastDue, type PlanDraft } from '../../web/src/plan-draft.js';
import { FIVE_UNITS, SEED_DOCUMENT } from '../support/seed-plan.js';

const planOf = (fy: number): Plan =>
  Plan.parse(
    importMeasuresDocument(readFileSync(SEED_DOCUMENT, 'utf8'), { orgId: 'demo', fy, units: MUNICIPAL_UNITS }).plan,
  );

/** A new year's draft, no plan saved yet (a file's or a copy's, as the page holds it). */
const newDraft = (plan: Plan): PlanDraft => ({
  fy: plan.fy,
  title: plan.title,
  measures: plan.measures,
  source: { kind: 'new' },
  saved: [],
  warnings: [],
});

describe("the plan screen's save bar tells the past rounds a save makes due at once", () => {
  it("the year's first plan, saved 12 May 2570: the count, on time until 17 May, heads 24 May, executives 31 May", () => {
    const p = draftPastDue(newDraft(planOf(2570)), '2027-05-12', FIVE_UNITS)!;
    expect(p.count).toBeGreaterThan(100);
    expect(pastDueTh(p, false)).toContain(
      'หน่วยงานส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ หลังจากนั้นระบบแจ้งเตือนว่าเลยกำหนด แจ้งหัวหน้าหน่วยงานเมื่อค้างเกิน ๗ วัน (๒๔ พฤษภาคม ๒๕๗๐) และแจ้งผู้บริหารเมื่อค้างเกิน ๑๔ วัน (๓๑ พฤษภาคม ๒๕๗๐)',
    );
  });

  it('the same plan in October 2569 (neighbour): nothing due yet, nothing said', () => {
    expect(draftPastDue(newDraft(planOf(2570)), '2026-10-15', FIVE_UNITS)).toBeUndefined();
  });

  it('that plan once saved, opened again that day or the next (neighbour): saving it again makes nothing new due', () => {
    const plan = planOf(2570);
    markLateAdditions(plan, undefined, new Date('2027-05-12T10:00:00+07:00'), FIVE_UNITS);
    const draft = draftFromStored({ ...plan, version: 1 });
    expect(draftPastDue(draft, '2027-05-13', FIVE_UNITS)).toBeUndefined();
    // and the same day, the saved marks being today's
    expect(draftPastDue(draft, '2027-05-12', FIVE_UNITS)).toBeUndefined();
  });

  it('a measure added in July 2566 to the running plan, reporting from October (neighbour): its 9 past months × 5 units', () => {
    const plan = planOf(2566);
    const draft = draftFromStored({ ...plan, version: 1 });
    const i4 = structuredClone(draft.measures.find((m) => m.measureId === 'i4')!);
    draft.measures.push({
      ...i4,
      measureId: '',
      followUps: i4.followUps.filter((f) => f.cadence === 'monthly').map((f) => ({ ...f, firstMonth: '2022-10' })),
    });
    expect(draftPastDue(draft, '2023-07-10', FIVE_UNITS)).toMatchObject({ count: 45, onTimeUntil: '2023-07-13' });
    // left to start at the save's month (the editor's default): nothing past
    for (const f of draft.measures.at(-1)!.followUps) delete f.firstMonth;
    expect(draftPastDue(draft, '2023-07-10', FIVE_UNITS)).toBeUndefined();
  });
});
