// zod parsing of path, query and body; failures become field messages in Thai and English.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import { parseOrThrow } from '../../../shared/domain/validation-messages.js';

export interface ParsedInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

export function parseRequest(schemas: {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      const event = request.event as APIGatewayProxyEventV2 & { input?: ParsedInput };
      event.input = {
        params: schemas.params ? parseOrThrow(schemas.params, event.pathParameters ?? {}, 'path') : {},
        query: schemas.query ? parseOrThrow(schemas.query, event.queryStringParameters ?? {}, 'query') : {},
        body: schemas.body ? parseOrThrow(schemas.body, event.body, 'body') : undefined,
      };
    },
  };
}
