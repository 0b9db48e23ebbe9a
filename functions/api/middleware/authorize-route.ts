// The route's role check (RouteSpec.access), before the body is read: 403 comes before 400/413/415.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RouteAccess } from '../../../shared/api/routes.js';
import type { WithCaller } from './identify-caller.js';

export function authorizeRoute(access: RouteAccess): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      access((request.context as unknown as WithCaller).caller);
    },
  };
}
