// The handlers of the routes the plan-import function serves (RouteSpec.handledBy 'planImport'):
// their use cases (the importer's notices, the guard on reports, the draft check) load only in that
// function, in the local system and in tests, never in the API function's bundle.
import { checkPlanDraft } from '../../shared/use-cases/check-plan-draft.js';
import { previewPlanImport } from '../../shared/use-cases/preview-plan-import.js';
import { replacePlan } from '../../shared/use-cases/replace-plan.js';
import type { PlanImportRouteId, RouteHandlers } from '../api/route-handlers.js';

/** Save, preview and check a plan: typed by their route specs, like ROUTE_HANDLERS. */
export const PLAN_IMPORT_ROUTE_HANDLERS: RouteHandlers<PlanImportRouteId> = {
  replacePlan: (ctx, { caller, params, body }) => replacePlan(ctx, caller, params.fy, body),
  previewPlanImport: (ctx, { caller, params, body }) => previewPlanImport(ctx, caller, params.fy, body),
  checkPlanDraft: (ctx, { caller, params, body }) => checkPlanDraft(ctx, caller, params.fy, body),
};
