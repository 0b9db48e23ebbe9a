// Lambda entry point for GET and HEAD /calendar/{token}.ics: the form API with the iCalendar
// writer (ical-generator) loaded. Only that route is integrated with this function: calendar apps
// fetch it every few hours, and the API's own cold start does not pay for the writer.
import { writeICalendar } from '../../shared/calendar/ical-calendar-writer.js';
import { CalendarEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { awsApiHandler, notLoaded, PLAN_ROUTES_NOT_LOADED, SCHEMA_ROUTES_NOT_LOADED } from '../api/aws-api-handler.js';

export const handler = awsApiHandler(
  {
    planFiles: notLoaded('plan file readers', 'plan-import'),
    planImporter: notLoaded('plan imports', 'plan-import'),
    planRoutes: PLAN_ROUTES_NOT_LOADED,
    schemaRoutes: SCHEMA_ROUTES_NOT_LOADED,
    calendarText: writeICalendar,
  },
  parseEnvironment('calendar function', CalendarEnvironment),
);
