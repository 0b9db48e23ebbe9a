// Lambda entry point of the form API: every route but plan imports, calendar files and the JSON
// Schema documents (CDK routes those to the plan-import, calendar and schemas functions, so this
// bundle has no file readers, no iCalendar writer and no JSON Schema converter).
import { ApiEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { awsApiHandler, notLoaded, PLAN_ROUTES_NOT_LOADED, SCHEMA_ROUTES_NOT_LOADED } from './aws-api-handler.js';

export const handler = awsApiHandler(
  {
    planFiles: notLoaded('plan file readers', 'plan-import'),
    planImporter: notLoaded('plan imports', 'plan-import'),
    planRoutes: PLAN_ROUTES_NOT_LOADED,
    schemaRoutes: SCHEMA_ROUTES_NOT_LOADED,
    calendarText: notLoaded('calendar files', 'calendar'),
  },
  parseEnvironment('api function', ApiEnvironment),
);
