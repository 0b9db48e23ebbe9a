// zod parsing of path, query, headers and body with the route's schemas; failures become field
// messages in Thai and English (400).
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import type { RouteSpec } from '../../../shared/api/routes.js';
import { fieldsInvalid } from '../../../shared/domain/errors.js';
import { fieldLabel } from '../../../shared/domain/field-labels.js';
import { parseOrThrow, type UnitName } from '../../../shared/domain/validation-messages.js';

/** The request as the route's schemas parsed it (typed per route by route-handlers.ts). */
export interface ParsedInput {
  params: unknown;
  query: unknown;
  headers: unknown;
  body: unknown;
}

/**
 * The request parsed with the route's schemas; a ValidationError (400) otherwise. `unitNamesFor`
 * gives the caller's org's unit names (undefined without an org): a refused body whose messages
 * name units by id (a plan's "engineering") names them as the org calls them ("กองช่าง"), as the
 * import's preview does; it is asked only then.
 */
export function parseRequest(
  spec: Pick<RouteSpec, 'params' | 'query' | 'headers' | 'body'>,
  unitNamesFor?: (context: Context) => Promise<UnitName | undefined>,
): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: async (request) => {
      const event = request.event as APIGatewayProxyEventV2 & { input?: ParsedInput };
      const params = spec.params ? parseOrThrow(spec.params, event.pathParameters ?? {}, 'path') : {};
      if (spec.query) onceEach(event.rawQueryString);
      const query = spec.query ? parseOrThrow(spec.query, event.queryStringParameters ?? {}, 'query') : {};
      const headers = spec.headers ? parseOrThrow(spec.headers, event.headers ?? {}, 'headers') : {};
      const names = unitNamesFor && (() => unitNamesFor(request.context));
      const body = spec.body ? await parseBody(spec.body, event.body, names) : undefined;
      event.input = { params, query, headers, body };
    },
  };
}

/** Whether a zod issue's message names units by id (a custom issue's params.unitIds). */
const namesUnits = (issue: z.core.$ZodIssue) =>
  issue.code === 'custom' && ((issue.params as { unitIds?: unknown[] } | undefined)?.unitIds?.length ?? 0) > 0;

/** The body parsed, or refused with the units its messages name by id named as the org calls them. */
async function parseBody(
  schema: z.ZodType,
  body: unknown,
  unitNames: (() => Promise<UnitName | undefined>) | undefined,
): Promise<unknown> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const named = unitNames && result.error.issues.some(namesUnits) ? await unitNames() : undefined;
  return parseOrThrow(schema, body, 'body', named);
}

/**
 * Every query parameter takes one value: API Gateway joins a repeated one's values with commas
 * (`?unit=a&unit=b` is "a,b"), which the schema would call bad characters, so a repeat is a 400
 * saying one value only (tester s55).
 */
function onceEach(raw = '') {
  const q = new URLSearchParams(raw);
  const fields = [...new Set(q.keys())]
    .filter((k) => q.getAll(k).length > 1)
    .map((k) => {
      const l = fieldLabel([k]);
      return { path: `query.${k}`, message_th: `ระบุ${l.th}ได้ค่าเดียว`, message_en: `${l.en}: one value only` };
    });
  if (fields[0]) throw fieldsInvalid(fields);
}
