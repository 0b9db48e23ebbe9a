// The handlers of the routes the plan-import function serves (RouteSpec.handledBy 'planImport'), plan
// files and a generation's signed copy, both uploaded through a presigned PUT and read back:
// their use cases (the importer's notices, the guard on reports, the draft check) load only in that
// function, in the local system and in tests, never in the API function's bundle.
import { checkPlanDraft } from '../../shared/use-cases/check-plan-draft.js';
import { previewPlanImport } from '../../shared/use-cases/preview-plan-import.js';
import { replacePlan } from '../../shared/use-cases/replace-plan.js';
import { attachSignedCopy, createSignedCopyUpload, removeSignedCopy } from '../../shared/use-cases/signed-copy.js';
import type { Caller } from '../../shared/domain/access.js';
import type { UseCaseContext } from '../../shared/use-cases/use-case-context.js';
import type { PlanImportRouteId, RouteHandlers } from '../api/route-handlers.js';

type Kind = 'annual-report' | 'plan-document';

/** A request on a generation's signed copy, of either document: who, the year and the generation. */
interface OnGeneration {
  caller: Caller;
  params: { fy: number; generation: number };
}
const upload = (ctx: UseCaseContext, { caller, params, body }: OnGeneration & { body: { size: number } }, kind: Kind) =>
  createSignedCopyUpload(ctx, caller, kind, params.fy, params.generation, body.size);
const attach = (
  ctx: UseCaseContext,
  { caller, params, body }: OnGeneration & { body: { uploadId: string } },
  kind: Kind,
) => attachSignedCopy(ctx, caller, kind, params.fy, params.generation, body.uploadId);
const remove = (ctx: UseCaseContext, { caller, params }: OnGeneration, kind: Kind) =>
  removeSignedCopy(ctx, caller, kind, params.fy, params.generation);

/** Save, preview and check a plan, and signed copies: typed by their route specs, like ROUTE_HANDLERS. */
export const PLAN_IMPORT_ROUTE_HANDLERS: RouteHandlers<PlanImportRouteId> = {
  replacePlan: (ctx, { caller, params, body, headers }) =>
    replacePlan(ctx, caller, params.fy, body, headers['if-match']),
  previewPlanImport: (ctx, { caller, params, body }) => previewPlanImport(ctx, caller, params.fy, body),
  checkPlanDraft: (ctx, { caller, params, body }) => checkPlanDraft(ctx, caller, params.fy, body),
  // a generation's signed copy: read and checked here, as uploaded plan files are
  signedCopyUploadAnnualReport: (ctx, input) => upload(ctx, input, 'annual-report'),
  attachSignedCopyAnnualReport: (ctx, input) => attach(ctx, input, 'annual-report'),
  removeSignedCopyAnnualReport: (ctx, input) => remove(ctx, input, 'annual-report'),
  signedCopyUploadPlanDocument: (ctx, input) => upload(ctx, input, 'plan-document'),
  attachSignedCopyPlanDocument: (ctx, input) => attach(ctx, input, 'plan-document'),
  removeSignedCopyPlanDocument: (ctx, input) => remove(ctx, input, 'plan-document'),
};
