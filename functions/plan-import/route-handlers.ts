// The handlers of the routes the plan-import function serves (RouteSpec.handledBy 'planImport'), plan
// files and a generation's signed copy, both uploaded through a presigned PUT and read back:
// their use cases (the importer's notices, the guard on reports, the draft check) load only in that
// function, in the local system and in tests, never in the API function's bundle.
import { checkPlanDraft } from '../../shared/use-cases/check-plan-draft.js';
import { previewPlanImport } from '../../shared/use-cases/preview-plan-import.js';
import { replacePlan } from '../../shared/use-cases/replace-plan.js';
import { attachSignedCopy, createSignedCopyUpload, removeSignedCopy } from '../../shared/use-cases/signed-copy.js';
import type { PlanImportRouteId, RouteHandlers } from '../api/route-handlers.js';

/** Save, preview and check a plan: typed by their route specs, like ROUTE_HANDLERS. */
export const PLAN_IMPORT_ROUTE_HANDLERS: RouteHandlers<PlanImportRouteId> = {
  replacePlan: (ctx, { caller, params, body }) => replacePlan(ctx, caller, params.fy, body),
  previewPlanImport: (ctx, { caller, params, body }) => previewPlanImport(ctx, caller, params.fy, body),
  checkPlanDraft: (ctx, { caller, params, body }) => checkPlanDraft(ctx, caller, params.fy, body),
  // a generation's signed copy: read and checked here, as uploaded plan files are
  signedCopyUploadAnnualReport: (ctx, { caller, params, body }) =>
    createSignedCopyUpload(ctx, caller, 'annual-report', params.fy, params.generation, body.size),
  attachSignedCopyAnnualReport: (ctx, { caller, params, body }) =>
    attachSignedCopy(ctx, caller, 'annual-report', params.fy, params.generation, body.uploadId),
  removeSignedCopyAnnualReport: (ctx, { caller, params }) =>
    removeSignedCopy(ctx, caller, 'annual-report', params.fy, params.generation),
  signedCopyUploadPlanDocument: (ctx, { caller, params, body }) =>
    createSignedCopyUpload(ctx, caller, 'plan-document', params.fy, params.generation, body.size),
  attachSignedCopyPlanDocument: (ctx, { caller, params, body }) =>
    attachSignedCopy(ctx, caller, 'plan-document', params.fy, params.generation, body.uploadId),
  removeSignedCopyPlanDocument: (ctx, { caller, params }) =>
    removeSignedCopy(ctx, caller, 'plan-document', params.fy, params.generation),
};
