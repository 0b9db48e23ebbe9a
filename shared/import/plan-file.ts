// What a plan file reader is, without the readers: the API function imports this, and only the
// plan-import function (and the local system, the CLI, tests) loads the readers themselves.
import { ValidationError } from '../domain/errors.js';
import type { SourceDocument } from './source-document.js';
import type { ImportOptions, ImportResult } from './measures-document.js';
import type { SavedFollowUps } from './align-saved-plan.js';

/** Decoded files larger than this are refused (shared/domain/plan-upload-rules.ts has every plan file limit). */
export { MAX_PLAN_FILE_BYTES } from '../domain/plan-upload-rules.js';

/**
 * A .docx or .xlsx unpacks to at most this much (all parts together, counted as they inflate:
 * zip-inflated-size.ts; a part inflating to another size than declared is a damaged file):
 * a real plan is a few MB unpacked; a "zip bomb" of a few hundred KB can declare gigabytes.
 */
export const MAX_UNZIPPED_PLAN_BYTES = 50 * 1024 * 1024;

export type PlanFileKind = 'pdf' | 'docx' | 'xlsx' | 'text';

/**
 * The field a reader's refusal names: the file itself. A reader cannot know how the file came
 * (inline `body.contentBase64`, uploaded `body.uploadId`, a CLI path): its caller puts the
 * request's own field in its place (`refusalOnField`).
 */
export const PLAN_FILE_FIELD = 'file';

/**
 * Reads a plan file's bytes (PDF, .docx, .xlsx or text) into a SourceDocument.
 * Errors: ValidationError for a file it cannot read (the reason in Thai first).
 * Implemented by `readPlanFile` in ./read-plan-file.ts.
 */
export type PlanFileReader = (bytes: Uint8Array) => Promise<{ kind: PlanFileKind; document: SourceDocument }>;

/**
 * Imports a plan document against the org's units: a SourceDocument (from a PlanFileReader) or the
 * text of a measures document (PUT /plan with format "document"). Gives the draft plan and its
 * warnings; the follow-ups keep the numbers of the saved plan `saved` (the one the draft replaces),
 * under which reports are filed. Writes nothing, throws nothing for any input.
 * Implemented by `importPlanDraft` in ./import-plan-draft.ts; loaded only where plans are imported.
 */
export type PlanImporter = (
  source: SourceDocument | string,
  options: ImportOptions,
  saved: SavedFollowUps | undefined,
) => ImportResult;

/** `error` as is, or a reader's ValidationError with its PLAN_FILE_FIELD messages on `field` instead. */
export function refusalOnField(error: unknown, field: string): unknown {
  if (!(error instanceof ValidationError) || !error.fields.some((f) => f.path === PLAN_FILE_FIELD)) return error;
  const fields = error.fields.map((f) => (f.path === PLAN_FILE_FIELD ? { ...f, path: field } : f));
  return new ValidationError(error.message_th, error.message_en, fields, error.details);
}
