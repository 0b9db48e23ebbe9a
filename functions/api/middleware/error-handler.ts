// Last in the stack: any error becomes the API's error shape; unexpected ones are logged without request data.
import type { MiddlewareObj } from '@middy/core';
import type { Logger } from '@aws-lambda-powertools/logger';
import { errorResponse } from '../http-error-response.js';

export function errorHandler(logger: Logger): MiddlewareObj {
  return {
    onError: (request) => {
      if (request.response !== undefined && request.error === undefined) return;
      const response = errorResponse(request.error);
      if (response.statusCode >= 500) {
        const e = request.error as Error | undefined;
        logger.error('request failed', { errorName: e?.name, errorMessage: e?.message, status: response.statusCode });
      }
      // HEAD: the status and headers of GET, no body
      const method = (request.event as { requestContext?: { http?: { method?: string } } }).requestContext?.http
        ?.method;
      request.response = method === 'HEAD' ? { ...response, body: '' } : response;
    },
  };
}
