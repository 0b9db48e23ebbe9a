// First in the stack when the API has its own domain: a request without CloudFront's secret origin
// header went around CloudFront and its WAF, and is refused with 403 before any work (no table
// read, no caller lookup). The local system runs without it (no secret given).
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ORIGIN_SECRET_HEADER, originSecretMatches } from '../../../shared/api/origin-secret.js';
import { ForbiddenError } from '../../../shared/domain/errors.js';

/** `secret`: ORIGIN_SECRET (set by CDK with the API's own domain); undefined: every request passes. */
export function requireOriginSecret(secret: string | undefined): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      if (secret === undefined) return;
      const headers = request.event.headers ?? {};
      // before http-header-normalizer: find the header whatever its case
      const name = Object.keys(headers).find((h) => h.toLowerCase() === ORIGIN_SECRET_HEADER);
      if (!originSecretMatches(name === undefined ? undefined : headers[name], secret))
        throw new ForbiddenError(
          'คำขอนี้ต้องส่งผ่านที่อยู่ของระบบ (CloudFront) เท่านั้น',
          'this API answers only requests that come through its CloudFront address',
        );
    },
  };
}
