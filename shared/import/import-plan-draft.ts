// The importer behind the PlanImporter port (plan-file.ts): loaded by the plan-import function,
// the local system and the CLI, never by the API function.
import { alignWithSavedPlan } from './align-saved-plan.js';
import { otherFiscalYearNamed, yearTextOf } from './fiscal-year-names.js';
import {
  importMeasuresDocument,
  importSourceDocument,
  importWithPlaces,
  type ImportOptions,
} from './measures-document.js';
import type { PlanImporter } from './plan-file.js';
import { copyPlanToYear } from './plan-copy.js';
import { shiftBeYears } from './be-years.js';
import type { ImportWarning } from './import-warning.js';

/**
 * A document (SourceDocument or measures text) read into a draft plan numbered like the saved plan.
 * With `moveEarlierYears`, a document naming an earlier fiscal year (last year's plan used as this
 * year's model) is read as that year's, then copied into `fy` as the page's copy from a year does
 * (plan-copy.ts): its title names `fy`, its texts' years and one-offs' due dates move, each move
 * warned (years-moved) to check, at the line (and column) the moved text was read from (tester
 * s44). Tester s42 F8: the title's ๒๕๖๖ had to be retyped by hand, and a one-off "ภายในวันที่ ๓๑
 * มีนาคม ๒๕๖๖" read in FY2570 had no due date. Its ข้อเสนอแนะ stay, as written (tester s45 #1: the
 * copy left them behind, and the results report's ข้อเสนอแนะ column was empty all year).
 */
export const importPlanDraft: PlanImporter = (source, options, saved) => {
  const readOnly = (o: ImportOptions) =>
    typeof source === 'string' ? importMeasuresDocument(source, o) : importSourceDocument(source, o);
  const asYear = alignWithSavedPlan(readOnly(options), saved);
  const other = options.moveEarlierYears ? otherFiscalYearNamed(yearTextOf(asYear), options.fy) : undefined;
  if (other === undefined || other > options.fy) return asYear;
  // read as its own year and copied, then compared with this year's saved plan as a file of this
  // year is (tester s43 re-check: aligned before the copy, the saved plan's stops and numbers were
  // taken for last year's and dropped, a monthly duty owed twice)
  // with where each text was read: the copy's warnings name the line of each year they moved (tester s44)
  const { places, ...asOther } = importWithPlaces(source, { ...options, fy: other });
  const copy = copyPlanToYear(
    { fy: other, title: asOther.plan.title, measures: asOther.plan.measures },
    options.fy,
    places,
    true,
  );
  const years = options.fy - other;
  // the reading's own messages name the dates as moved ("มีกำหนดส่ง ๓๑ มีนาคม ๒๕๗๐"); quotes of the file stay
  const moved = (w: ImportWarning): ImportWarning => ({
    ...w,
    message_th: shiftBeYears(w.message_th, years, other),
    message_en: shiftBeYears(w.message_en, years, other),
  });
  return alignWithSavedPlan(
    {
      ...asOther,
      plan: { ...asOther.plan, fy: options.fy, title: copy.title, measures: copy.measures },
      warnings: [...copy.warnings, ...asOther.warnings.filter((w) => w.code !== 'fiscal-year-differs').map(moved)],
    },
    saved,
  );
};
