// The OpenAPI 3.1 document, generated from the route table and its zod schemas.
import * as z from 'zod';
import './response-docs.js';
import { ROUTE_DOCS } from './route-docs.js';
import { type RouteId, ROUTES, type RouteSpec } from './routes.js';
import { ErrorBody } from './response-schemas.js';
import { SubmitReportBody } from './request-schemas.js';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;

/** A header's name as HTTP documents write it: idempotency-key → Idempotency-Key (RFC 9110 §5.1). */
const headerName = (name: string) =>
  name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query' | 'header') {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name: where === 'header' ? headerName(name) : name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    ...(where === 'header' && s.description ? { description: s.description } : {}),
    schema: s,
  }));
}

const ORG_HEADER = {
  name: 'X-Org-Id',
  in: 'header',
  required: false,
  description:
    'the org to act in, for people in several orgs (see GET /v1/me memberships); without it a person in several orgs gets 400',
  schema: { type: 'string' },
};

const errorResponse = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The Retry-After header of a 429 or 503 (RFC 9110 §10.2.3): whole seconds. */
const retryAfter = (description: string) => ({
  'Retry-After': { description, schema: { type: 'integer', minimum: 1 } },
});

const SUCCESS_DESCRIPTIONS: Record<NonNullable<RouteSpec['status']>, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted: the work goes on; poll the resource for its state',
};

export function openApiDocument(serverUrl = '/'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, route] of Object.entries(ROUTES) as [RouteId, RouteSpec][]) {
    const [th, en, answers] = ROUTE_DOCS[id];
    const mediaType = route.produces?.split(';')[0]?.trim() ?? 'application/json';
    // a file fetched by apps that cannot sign in (a calendar feed): its answer or 404
    const fileRoute = route.public && mediaType !== 'application/json';
    const op: Record<string, unknown> = {
      operationId: id,
      summary: en,
      description: th,
      security: route.public ? [] : [{ bearer: [] }],
      parameters: [
        ...parameters(route.params, 'path'),
        ...parameters(route.query, 'query'),
        ...parameters(route.headers, 'header'),
        ...(route.public ? [] : [ORG_HEADER]),
      ],
      responses: {
        [String(route.status ?? 200)]: {
          description: SUCCESS_DESCRIPTIONS[route.status ?? 200],
          content: { [mediaType]: { schema: jsonSchema(route.response) } },
          ...(route.location || route.etag
            ? {
                headers: {
                  ...(route.location
                    ? {
                        Location: {
                          description: `the created resource's address (${route.location})`,
                          schema: { type: 'string' },
                        },
                      }
                    : {}),
                  ...(route.etag
                    ? {
                        ETag: {
                          description: `the resource's strong entity tag, the body's \`${route.etag}\` (either is sent back as If-Match)`,
                          schema: { type: 'string' },
                        },
                      }
                    : {}),
                },
              }
            : {}),
        },
        ...(fileRoute ? {} : { '400': errorResponse('invalid input (field messages in Thai and English)') }),
        ...(route.public
          ? {}
          : {
              '401': errorResponse('no or invalid token'),
              '403': errorResponse('not allowed for your role or unit'),
            }),
        '404': errorResponse(fileRoute ? 'unknown or revoked address' : 'not found (also for other organisations)'),
        ...(route.body || answers?.[409] ? { '409': errorResponse(answers?.[409] ?? 'version conflict') } : {}),
        ...(answers?.[412] ? { '412': errorResponse(answers[412]) } : {}),
        ...(route.body ? { '413': errorResponse('body too large'), '415': errorResponse('not JSON') } : {}),
        ...(answers?.[429]
          ? {
              '429': errorResponse(
                answers[429],
                retryAfter('seconds until the limit resets (at midnight in Bangkok for a daily limit)'),
              ),
            }
          : {}),
        '503': errorResponse(
          'temporarily unavailable; retry (the same request again is safe)',
          retryAfter('seconds to wait before retrying'),
        ),
      },
    };
    if (route.body) {
      // a body whose fields are all optional may be left out (read as {})
      const required = !route.body.safeParse({}).success;
      op.requestBody = { required, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
    }
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method.toLowerCase()]: op };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ita-measures form API',
      version: '1.0.0',
      description: 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส / ITA measures progress reports',
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Error: jsonSchema(ErrorBody) },
    },
  };
}

/** The report form's JSON Schema, with Thai titles. */
export function reportFormSchema(): Record<string, unknown> {
  return jsonSchema(SubmitReportBody, 'input');
}
