// What a plan file reader is, without the readers: the API function imports this, and only the
// plan-import function (and the local system, the CLI, tests) loads the readers themselves.
import type { SourceDocument } from './source-document.js';

/** Decoded files larger than this are refused (shared/domain/plan-upload-rules.ts has every plan file limit). */
export { MAX_PLAN_FILE_BYTES } from '../domain/plan-upload-rules.js';

/**
 * A .docx or .xlsx unpacks to at most this much (the zip's declared sizes, all parts together):
 * a real plan is a few MB unpacked; a "zip bomb" of a few hundred KB can declare gigabytes.
 */
export const MAX_UNZIPPED_PLAN_BYTES = 50 * 1024 * 1024;

export type PlanFileKind = 'pdf' | 'docx' | 'xlsx' | 'text';

/**
 * Reads a plan file's bytes (PDF, .docx, .xlsx or text) into a SourceDocument.
 * Errors: ValidationError for a file it cannot read (the reason in Thai first).
 * Implemented by `readPlanFile` in ./read-plan-file.ts.
 */
export type PlanFileReader = (bytes: Uint8Array) => Promise<{ kind: PlanFileKind; document: SourceDocument }>;
