// "The coordinator uploads the plan file and sees what would be imported": nothing is written.
import type { PlanImportBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { ValidationError } from '../domain/errors.js';
import { importSourceDocument, type ImportResult } from '../import/measures-document.js';
import { MAX_PLAN_FILE_BYTES, readPlanFile, type PlanFileKind } from '../import/read-plan-file.js';
import type { UseCaseContext } from './use-case-context.js';

/**
 * POST /v1/fiscal-years/{fy}/plan-imports (coordinators): the file (base64, at most 5 MB decoded)
 * read against the org's units. Returns the draft plan (a measure without an indicator has
 * `indicator: null`) and the warnings, each with where it is and the source text. Writes nothing.
 * Errors: ValidationError (a file that is not base64, too big, a scan without text, an unknown format).
 */
export async function previewPlanImport(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  body: PlanImportBody,
): Promise<ImportResult & { fileKind: PlanFileKind }> {
  assertCoordinator(caller);
  const clean = body.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
    throw new ValidationError('ไฟล์ที่ส่งมาไม่ได้เข้ารหัส base64', 'contentBase64 is not base64', [
      { path: 'body.contentBase64', message_th: 'ไม่ใช่ base64', message_en: 'not base64' },
    ]);
  }
  const bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  if (bytes.length > MAX_PLAN_FILE_BYTES || bytes.length === 0) {
    throw new ValidationError('ไฟล์ต้องมีขนาดไม่เกิน ๕ เมกะไบต์ และไม่ว่าง', 'the file must be between 1 byte and 5 MB', [
      { path: 'body.contentBase64', message_th: 'ขนาดไฟล์ไม่ถูกต้อง', message_en: 'bad file size' },
    ]);
  }
  const { units } = await ctx.directory.orgWithUnits(caller.orgId);
  const { kind, document } = await readPlanFile(bytes);
  return { ...importSourceDocument(document, { orgId: caller.orgId, fy, units }), fileKind: kind };
}
