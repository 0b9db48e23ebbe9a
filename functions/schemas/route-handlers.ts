// The handlers of the routes the schemas function serves (RouteSpec.handledBy 'schemas'): the
// OpenAPI document and the report form's JSON Schema, made from the zod schemas (code no other
// request needs), never in the API function's bundle.
import { openApiDocument, reportFormSchema } from '../../shared/api/openapi-document.js';
import type { RouteHandlers, SchemaRouteId } from '../api/route-handlers.js';

/** GET /v1/forms/report and GET /v1/openapi.json: typed by their route specs, like ROUTE_HANDLERS. */
export const SCHEMA_ROUTE_HANDLERS: RouteHandlers<SchemaRouteId> = {
  reportForm: () => Promise.resolve(reportFormSchema()),
  openapi: () => Promise.resolve(openApiDocument()),
};
