// API Gateway HTTP API (payload v2) events, as the JWT authorizer hands them to Lambda.
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';

export interface ApiRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  /** token subject; omit for "no token" */
  as?: string;
  body?: unknown;
  /** raw body as sent, overriding `body` */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  /** the query string as sent (`unit=a&unit=b`), overriding `query`: API Gateway's payload 2.0 joins a repeated parameter's values with commas */
  rawQuery?: string;
}

/** `queryStringParameters` as API Gateway (payload 2.0) makes them from a query string. */
function gatewayQuery(raw: string): Record<string, string> {
  const joined: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(raw)) joined[k] = k in joined ? `${joined[k]},${v}` : v;
  return joined;
}

export function apiEvent(req: ApiRequest): APIGatewayProxyEventV2 {
  const rawBody = req.rawBody ?? (req.body === undefined ? undefined : JSON.stringify(req.body));
  const headers: Record<string, string> = {
    ...(rawBody !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(req.as ? { authorization: 'Bearer test' } : {}),
    ...req.headers,
  };
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: req.path,
    rawQueryString: req.rawQuery ?? new URLSearchParams(req.query ?? {}).toString(),
    headers,
    ...(req.rawQuery !== undefined
      ? { queryStringParameters: gatewayQuery(req.rawQuery) }
      : req.query
        ? { queryStringParameters: req.query }
        : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.org',
      domainPrefix: 'api',
      http: { method: req.method, path: req.path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'req',
      routeKey: '$default',
      stage: '$default',
      time: '20/Apr/2023:03:00:00 +0000',
      timeEpoch: 0,
      ...(req.as ? { authorizer: { jwt: { claims: { sub: req.as }, scopes: [] } } } : {}),
    },
    ...(rawBody !== undefined ? { body: rawBody } : {}),
    isBase64Encoded: false,
  };
}

/**
 * A Lambda context with Lambda's longest time left (15 minutes): a test of what a route answers is
 * not a test of how fast this machine reads, so the route's out-of-time answer (a 413 one second
 * before the end) never stands in for the answer the test is about when the machine is loaded.
 * Tests of running out of time give their own (`contextWithTimeLeft`).
 */
export const lambdaContext = {
  functionName: 'api',
  awsRequestId: 'req',
  getRemainingTimeInMillis: () => 900_000,
} as unknown as Context;

/** A Lambda context whose invocation has `ms` milliseconds left (middy answers TimeoutError when they pass). */
export const contextWithTimeLeft = (ms: number): Context => {
  const deadline = Date.now() + ms;
  return { ...lambdaContext, getRemainingTimeInMillis: () => deadline - Date.now() };
};

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type ApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/** One request through the handler; `context` sets the Lambda's remaining time (default 15 minutes). */
export async function call(
  handler: ApiHandler,
  req: ApiRequest,
  context: Context = lambdaContext,
): Promise<ApiResponse> {
  const res = (await handler(apiEvent(req), context)) as {
    statusCode: number;
    headers?: Record<string, string>;
    body?: string;
  };
  let body: unknown = res.body;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    // not JSON
  }
  return { status: res.statusCode, headers: res.headers ?? {}, body };
}
