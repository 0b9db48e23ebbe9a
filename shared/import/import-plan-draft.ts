// The importer behind the PlanImporter port (plan-file.ts): loaded by the plan-import function,
// the local system and the CLI, never by the API function.
import { alignWithSavedPlan } from './align-saved-plan.js';
import { otherFiscalYearNamed, yearTextOf } from './fiscal-year-names.js';
import { importMeasuresDocument, importSourceDocument, type ImportOptions } from './measures-document.js';
import type { PlanImporter } from './plan-file.js';
import { copyPlanToYear } from './plan-copy.js';

/**
 * A document (SourceDocument or measures text) read into a draft plan numbered like the saved plan.
 * With `moveEarlierYears`, a document naming an earlier fiscal year (last year's plan used as this
 * year's model) is read as that year's, then copied into `fy` as the page's copy from a year does
 * (plan-copy.ts): its title names `fy`, its texts' years and one-offs' due dates move, each move
 * warned (years-moved) to check. Tester s42 F8: the title's ๒๕๖๖ had to be retyped by hand, and a
 * one-off "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖" read in FY2570 had no due date.
 */
export const importPlanDraft: PlanImporter = (source, options, saved) => {
  const read = (o: ImportOptions) =>
    alignWithSavedPlan(
      typeof source === 'string' ? importMeasuresDocument(source, o) : importSourceDocument(source, o),
      saved,
    );
  const asYear = read(options);
  const other = options.moveEarlierYears ? otherFiscalYearNamed(yearTextOf(asYear), options.fy) : undefined;
  if (other === undefined || other > options.fy) return asYear;
  const asOther = read({ ...options, fy: other });
  const copy = copyPlanToYear({ fy: other, title: asOther.plan.title, measures: asOther.plan.measures }, options.fy);
  return {
    ...asOther,
    plan: { ...asOther.plan, fy: options.fy, title: copy.title, measures: copy.measures },
    warnings: [...copy.warnings, ...asOther.warnings.filter((w) => w.code !== 'fiscal-year-differs')],
  };
};
