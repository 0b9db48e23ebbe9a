// The verified token (API Gateway's JWT authorizer, or the local dev server) says who; the table says what.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { ORG_HEADER } from '../../../shared/api/routes.js';
import type { Caller } from '../../../shared/domain/access.js';
import { UnauthenticatedError } from '../../../shared/domain/errors.js';
import type { CallerDirectory, CallerRead } from '../../../shared/use-cases/caller-directory.js';

export interface WithCaller {
  caller: Caller;
}

/**
 * `isPublic(path)`: routes anyone may call without a token (the calendar feed). `readOf(method,
 * path)`: how the caller is read (CallerRead): writes need the caller as they are now, not as
 * cached up to 60 s ago.
 */
export function identifyCaller(
  directory: CallerDirectory,
  isPublic: (path: string) => boolean = () => false,
  readOf: (method: string, path: string) => CallerRead = () => 'cached',
): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: async (request) => {
      const event = request.event as APIGatewayProxyEventV2WithJWTAuthorizer;
      if (isPublic(event.rawPath ?? '')) return;
      const sub = event.requestContext?.authorizer?.jwt?.claims?.sub;
      if (typeof sub !== 'string' || !sub) {
        throw new UnauthenticatedError('กรุณาเข้าสู่ระบบ', 'sign-in required: no verified token');
      }
      // which org: header X-Org-Id (normalized to lower case by http-header-normalizer)
      const orgId = event.headers?.[ORG_HEADER]?.trim() || undefined;
      const read = readOf(event.requestContext.http.method, event.rawPath ?? '');
      (request.context as unknown as WithCaller).caller = await directory.callerFor(sub, orgId, { read });
    },
  };
}
