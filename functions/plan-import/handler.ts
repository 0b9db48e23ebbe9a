// Lambda entry point for POST /v1/fiscal-years/{fy}/plan-imports: the form API with the plan file
// readers (pdfjs-dist, exceljs, fflate) loaded. Only that route is integrated with this function.
import { parseEnvironment, PlanImportEnvironment } from '../../shared/environment/environment.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { awsApiHandler, notLoaded } from '../api/aws-api-handler.js';

export const handler = awsApiHandler(
  { planFiles: readPlanFile, calendarText: notLoaded('calendar files', 'calendar') },
  parseEnvironment('plan-import function', PlanImportEnvironment),
);
