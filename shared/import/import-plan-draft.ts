// The importer behind the PlanImporter port (plan-file.ts): loaded by the plan-import function,
// the local system and the CLI, never by the API function.
import { alignWithSavedPlan } from './align-saved-plan.js';
import { importMeasuresDocument, importSourceDocument } from './measures-document.js';
import type { PlanImporter } from './plan-file.js';

/** A document (SourceDocument or measures text) read into a draft plan numbered like the saved plan. */
export const importPlanDraft: PlanImporter = (source, options, saved) =>
  alignWithSavedPlan(
    typeof source === 'string' ? importMeasuresDocument(source, options) : importSourceDocument(source, options),
    saved,
  );
