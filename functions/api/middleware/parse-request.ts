// zod parsing of path, query, headers and body with the route's schemas; failures become field
// messages in Thai and English (400).
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RouteSpec } from '../../../shared/api/routes.js';
import { parseOrThrow } from '../../../shared/domain/validation-messages.js';

/** The request as the route's schemas parsed it (typed per route by route-handlers.ts). */
export interface ParsedInput {
  params: unknown;
  query: unknown;
  headers: unknown;
  body: unknown;
}

export function parseRequest(
  spec: Pick<RouteSpec, 'params' | 'query' | 'headers' | 'body'>,
): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      const event = request.event as APIGatewayProxyEventV2 & { input?: ParsedInput };
      event.input = {
        params: spec.params ? parseOrThrow(spec.params, event.pathParameters ?? {}, 'path') : {},
        query: spec.query ? parseOrThrow(spec.query, event.queryStringParameters ?? {}, 'query') : {},
        headers: spec.headers ? parseOrThrow(spec.headers, event.headers ?? {}, 'headers') : {},
        body: spec.body ? parseOrThrow(spec.body, event.body, 'body') : undefined,
      };
    },
  };
}
