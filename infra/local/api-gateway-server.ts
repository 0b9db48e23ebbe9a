// An HTTP server that does what API Gateway (HTTP API, JWT authorizer) does in AWS: verify the
// bearer token, turn the request into a payload-v2 event, and call the same Lambda handler.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import { outlastClientKeepAlive } from './keep-alive.js';
import { isUtf8 } from 'node:buffer';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { REQUEST_HEADERS, ROUTES, type RouteSpec } from '../../shared/api/routes.js';
import { isLocalHost, localPageOrigins } from './local-origins.js';

/** Paths routed without the authorizer, as in AWS (RouteSpec.public): "/calendar/" */
const PUBLIC_PREFIXES = (Object.values(ROUTES) as RouteSpec[])
  .filter((r) => r.public)
  .map((r) => r.path.replace(/\{[^}]+\}.*$/, ''));

export interface ExtraResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

export interface GatewayOptions {
  port: number;
  handler: Handler;
  verify: (token: string) => Promise<JWTPayload>;
  /** routes served without the authorizer (JWKS, the web page, demo sign-in) */
  extra?: (request: {
    method: string;
    url: URL;
    headers: IncomingHttpHeaders;
  }) => Promise<ExtraResponse | undefined> | ExtraResponse | undefined;
  maxBodyBytes?: number;
  /** origins a browser may call from (default: the page on this port, see localPageOrigins) */
  allowedOrigins?: string[];
}

const context = {
  functionName: 'api-local',
  awsRequestId: 'local',
  getRemainingTimeInMillis: () => 29_000,
} as unknown as Context;

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function startGateway(options: GatewayOptions): Promise<Server> {
  const allowedOrigins = options.allowedOrigins ?? localPageOrigins(options.port);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body);
    };
    const origin = req.headers.origin;
    const originAllowed = origin !== undefined && allowedOrigins.includes(origin);
    // Only this machine: a foreign Host is DNS rebinding; a foreign Origin may not write (the
    // demo token, the API) nor learn anything from a preflight.
    if (!isLocalHost(req.headers.host)) {
      return send(421, JSON.stringify({ message: 'Misdirected Request: use http://localhost' }));
    }
    if (origin !== undefined && !originAllowed && req.method !== 'GET' && req.method !== 'HEAD') {
      if (req.method === 'OPTIONS') return send(204, '', { vary: 'origin' });
      return send(403, JSON.stringify({ message: 'Forbidden: requests from another site are refused' }), {
        vary: 'origin',
      });
    }
    try {
      const extra = await options.extra?.({ method: req.method ?? 'GET', url, headers: req.headers });
      if (extra) {
        res.writeHead(extra.status, extra.headers);
        res.end(extra.body);
        return;
      }
      if (req.method === 'OPTIONS') {
        send(204, '', {
          ...(originAllowed ? { 'access-control-allow-origin': origin } : {}),
          vary: 'origin',
          'access-control-allow-methods': 'GET,PUT,POST,DELETE,OPTIONS',
          'access-control-allow-headers': REQUEST_HEADERS.join(','),
        });
        return;
      }
      const isPublic = PUBLIC_PREFIXES.some((prefix) => url.pathname.startsWith(prefix));
      if (!url.pathname.startsWith('/v1/') && !isPublic) return send(404, JSON.stringify({ message: 'Not Found' }));
      const body = await readBody(req, options.maxBodyBytes ?? 10 * 1024 * 1024);
      if (body === 'too-large') return send(413, JSON.stringify({ message: 'Request Entity Too Large' }));
      const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      let claims: JWTPayload | undefined;
      if (isPublic) {
        // no authorizer on this route: a token, if any, is ignored
      } else if (bearer) {
        try {
          claims = await options.verify(bearer);
        } catch {
          return send(401, JSON.stringify({ message: 'Unauthorized' }), {
            'www-authenticate': 'Bearer error="invalid_token"',
          });
        }
      } else {
        return send(401, JSON.stringify({ message: 'Unauthorized' }));
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      // as API Gateway's payload 2.0: a repeated parameter's values joined by commas (not the last one)
      const joined = new Map<string, string>();
      for (const [k, v] of url.searchParams) joined.set(k, joined.has(k) ? `${joined.get(k)},${v}` : v);
      const query = Object.fromEntries(joined);
      const event: APIGatewayProxyEventV2 = {
        version: '2.0',
        routeKey: '$default',
        rawPath: url.pathname,
        rawQueryString: url.searchParams.toString(),
        headers,
        ...(url.searchParams.size ? { queryStringParameters: query } : {}),
        requestContext: {
          accountId: 'local',
          apiId: 'local',
          domainName: `localhost:${options.port}`,
          domainPrefix: 'localhost',
          http: {
            method: req.method ?? 'GET',
            path: url.pathname,
            protocol: 'HTTP/1.1',
            sourceIp: req.socket.remoteAddress ?? '',
            userAgent: req.headers['user-agent'] ?? '',
          },
          requestId: `local-${Date.now()}`,
          routeKey: '$default',
          stage: '$default',
          time: new Date().toISOString(),
          timeEpoch: Date.now(),
          ...(claims ? { authorizer: { jwt: { claims: claims as Record<string, string>, scopes: [] } } } : {}),
        },
        // text as a string; bytes that are not UTF-8 in base64, as API Gateway passes a binary body
        ...(body.length ? (isUtf8(body) ? { body: body.toString('utf8') } : { body: body.toString('base64') }) : {}),
        isBase64Encoded: body.length > 0 && !isUtf8(body),
      };
      const result = (await options.handler(event, context)) as {
        statusCode: number;
        headers?: Record<string, string>;
        body?: string;
      };
      const out = Object.fromEntries(
        Object.entries(result.headers ?? {}).filter(([, v]) => v !== undefined && v !== null),
      );
      res.writeHead(result.statusCode, out);
      res.end(result.body ?? '');
    } catch (error) {
      // as API Gateway does when the integration fails; the cause goes to the console without request data
      process.stderr.write(`[api] ${(error as Error).name}: ${(error as Error).message}\n`);
      send(500, JSON.stringify({ message: 'Internal Server Error' }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve(outlastClientKeepAlive(server)));
  });
}
