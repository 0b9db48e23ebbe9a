// Last year's plan copied onto a year that already has a saved plan: its measure ids are last
// year's, and ids are where this year's reports are filed ("i4.f1.2019-10.finance"), so a copied
// measure may keep a saved id only when it is that saved measure (review 17 s12, S12-7: the
// vehicles report moved to last year's i4, whatever that measure was). The copy is aligned like a
// re-imported document (align-saved-plan.ts): the same measure keeps its saved id and follow-up
// numbers, any other one is new.
import { alignWithSavedPlan } from '../../shared/import/align-saved-plan.js';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import type { DraftMeasure } from '../../shared/import/measures-document.js';
import { replacedPlanNotice } from '../../shared/import/replaced-plan-notice.js';

interface CopiedPlan {
  fy: number;
  title: string;
  measures: DraftMeasure[];
  warnings: ImportWarning[];
}

/**
 * `copy` (copyPlanToYear's) with each measure's id and follow-up numbers taken from the year's
 * saved plan `saved` where the copied measure is a saved one (same or alike title, or most of its
 * items), and a new id otherwise (a placeholder "m<n>": the save numbers it like any new measure);
 * a notice first says what the copy keeps, adds and drops of the saved plan (replacedPlanNotice). Warnings follow their
 * measures. Linear in the plans (alignWithSavedPlan).
 */
export function copyAlignedWithSaved(
  copy: CopiedPlan,
  saved: { version: number; measures: readonly DraftMeasure[] },
): CopiedPlan {
  const savedIds = new Set(saved.measures.map((m) => m.measureId));
  // last year's ids mean nothing this year: every copied measure starts as new
  const fresh = new Map<string, string>();
  const measures = copy.measures.map((m, i) => {
    let id = `m${i + 1}`;
    for (let n = 2; savedIds.has(id); n++) id = `m${i + 1}-${n}`;
    fresh.set(m.measureId, id);
    return { ...m, measureId: id };
  });
  const warnings = copy.warnings.map((w) =>
    w.measureId !== undefined && fresh.has(w.measureId) ? { ...w, measureId: fresh.get(w.measureId)! } : w,
  );
  const aligned = alignWithSavedPlan(
    { plan: { orgId: '', fy: copy.fy, title: copy.title, measures }, warnings },
    { measures: saved.measures },
  );
  return {
    fy: copy.fy,
    title: aligned.plan.title,
    measures: aligned.plan.measures,
    warnings: [replacedPlanNotice(copy.fy, 'copy', saved, aligned.plan.measures)!, ...aligned.warnings],
  };
}
