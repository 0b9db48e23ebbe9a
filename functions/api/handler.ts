// Lambda entry point of the form API: every route but plan imports and calendar files (CDK routes
// those to the plan-import and calendar functions, so this bundle has no file readers and no
// iCalendar writer).
import { ApiEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { awsApiHandler, notLoaded, PLAN_ROUTES_NOT_LOADED } from './aws-api-handler.js';

export const handler = awsApiHandler(
  {
    planFiles: notLoaded('plan file readers', 'plan-import'),
    planImporter: notLoaded('plan imports', 'plan-import'),
    planRoutes: PLAN_ROUTES_NOT_LOADED,
    calendarText: notLoaded('calendar files', 'calendar'),
  },
  parseEnvironment('api function', ApiEnvironment),
);
