// Lambda entry point for GET /v1/openapi.json and GET /v1/forms/report: the form API with the JSON
// Schema documents' builder loaded. Only the routes with `handledBy: 'schemas'` reach it; the page asks
// for the report form once a session, before its first report form (web/src/screens/report-form.ts).
import { parseEnvironment, SchemasEnvironment } from '../../shared/environment/environment.js';
import { awsApiHandler, notLoaded, PLAN_ROUTES_NOT_LOADED } from '../api/aws-api-handler.js';
import { SCHEMA_ROUTE_HANDLERS } from './route-handlers.js';

export const handler = awsApiHandler(
  {
    planFiles: notLoaded('plan file readers', 'plan-import'),
    planImporter: notLoaded('plan imports', 'plan-import'),
    planRoutes: PLAN_ROUTES_NOT_LOADED,
    schemaRoutes: SCHEMA_ROUTE_HANDLERS,
    calendarText: notLoaded('calendar files', 'calendar'),
  },
  parseEnvironment('schemas function', SchemasEnvironment),
);
