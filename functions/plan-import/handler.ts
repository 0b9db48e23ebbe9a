// Lambda entry point for the plan's routes, POST /v1/fiscal-years/{fy}/plan-imports (preview) and
// PUT /v1/fiscal-years/{fy}/plan (save): the form API with the plan file readers (pdfjs-dist,
// exceljs, fflate) and the importer loaded. Only the routes with `handledBy: 'planImport'` reach it.
import { parseEnvironment, PlanImportEnvironment } from '../../shared/environment/environment.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { awsApiHandler, notLoaded, SCHEMA_ROUTES_NOT_LOADED } from '../api/aws-api-handler.js';
import { PLAN_IMPORT_ROUTE_HANDLERS } from './route-handlers.js';

export const handler = awsApiHandler(
  {
    planFiles: readPlanFile,
    planImporter: importPlanDraft,
    planRoutes: PLAN_IMPORT_ROUTE_HANDLERS,
    schemaRoutes: SCHEMA_ROUTES_NOT_LOADED,
    calendarText: notLoaded('calendar files', 'calendar'),
  },
  parseEnvironment('plan-import function', PlanImportEnvironment),
);
