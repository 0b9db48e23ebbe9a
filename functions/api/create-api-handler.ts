// The form API as one Lambda: one middy stack for every route, then a router to the route's use case.
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpEventNormalizer from '@middy/http-event-normalizer';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpRouterHandler from '@middy/http-router';
import httpSecurityHeaders from '@middy/http-security-headers';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import {
  DEFAULT_MAX_BODY_BYTES,
  EXPOSED_HEADERS,
  type HttpMethod,
  REQUEST_HEADERS,
  ROUTES,
  type RouteId,
  type RouteRequest,
  type RouteSpec,
  routePathPattern,
} from '../../shared/api/routes.js';
import type { Bilingual } from '../../shared/domain/bilingual.js';
import { PayloadTooLargeError } from '../../shared/domain/errors.js';
import { unitNameOf } from '../../shared/domain/active-units.js';
import type { UnitName } from '../../shared/domain/validation-messages.js';
import { CallerDirectory, type CallerRead } from '../../shared/use-cases/caller-directory.js';
import { PlanSnapshots } from '../../shared/use-cases/plan-snapshots.js';
import type { UseCaseContext } from '../../shared/use-cases/use-case-context.js';
import { authorizeRoute } from './middleware/authorize-route.js';
import { requireOriginSecret } from './middleware/require-origin-secret.js';
import { errorHandler } from './middleware/error-handler.js';
import { identifyCaller, type WithCaller } from './middleware/identify-caller.js';
import { jsonBody } from './middleware/json-body.js';
import { type ParsedInput, parseRequest } from './middleware/parse-request.js';
import {
  type ApiContext,
  type PlanImportRouteId,
  ROUTE_HANDLERS,
  type RouteHandlers,
  type SchemaRouteId,
} from './route-handlers.js';
import type { IdentityProvider } from '../../shared/identity/identity-provider.js';
import type { Mailer } from '../../shared/mail/outgoing-mail.js';
import { JSON_TYPE } from '../../shared/domain/content-types.js';
import { createError } from '@middy/util';

export interface ApiDependencies extends Omit<UseCaseContext, 'directory' | 'planSnapshots'> {
  corsOrigins: string[];
  /** Cognito in AWS, the local issuer's stand-in on one machine */
  identity: IdentityProvider;
  /** the page's address, for calendar URLs and links (FORM_URL) */
  formUrl?: string;
  /** the sender of invitation emails (SES; the emulator locally): the page's address is formUrl */
  invitationMailer?: Mailer;
  /** CloudFront's secret origin header value (ORIGIN_SECRET); requests without it get 403 */
  originSecret?: string;
  /**
   * the plan-import function's routes (functions/plan-import/route-handlers.ts): given where they are
   * served (that function, the local system, tests); the API function's entry gives stand-ins
   */
  planRoutes: RouteHandlers<PlanImportRouteId>;
  /**
   * the schemas function's routes (functions/schemas/route-handlers.ts), given like planRoutes: the
   * OpenAPI document and the report form's JSON Schema
   */
  schemaRoutes: RouteHandlers<SchemaRouteId>;
}

const SERVICE = 'ita-measures-api';

/** Methods that change nothing: their caller may come from the directory's 60 s cache. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request's own scheme and host (API Gateway passes the scheme as x-forwarded-proto). */
const originOf = (headers: APIGatewayProxyEventV2['headers']) =>
  `${headers['x-forwarded-proto'] ?? 'https'}://${headers.host ?? 'localhost'}`;

/** A created resource's address: RouteSpec.location with each {name} the result's field, encoded. */
const locationOf = (template: string, result: unknown) =>
  template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = (result as Record<string, unknown>)[name];
    return encodeURIComponent(typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  });

/**
 * A route with RouteSpec.outOfTime answers its own 413 OUT_OF_TIME_MARGIN_MS before the function's
 * time ends (before middy's 503 of the whole stack, 5 ms before: a later timer of the same time would
 * fire after it), and when a long synchronous read held the event loop past both, first too.
 */
export const OUT_OF_TIME_MARGIN_MS = 1_000;

const outOfTimePlugin = (said: Bilingual) => ({
  timeoutEarlyInMillis: OUT_OF_TIME_MARGIN_MS,
  timeoutEarlyResponse: () => {
    throw new PayloadTooLargeError(said.th, said.en, [
      { path: 'body', message_th: 'อ่านไฟล์นานเกินเวลาที่ระบบรอได้', message_en: 'the file took too long to read' },
    ]);
  },
});

/** The caller's org's unit names, for a refused body's messages (parseRequest); undefined without an org. */
async function unitNamesOfCaller(ctx: ApiContext, context: Context): Promise<UnitName | undefined> {
  const orgId = (context as unknown as Partial<WithCaller>).caller?.orgId;
  return orgId ? unitNameOf((await ctx.directory.orgWithUnits(orgId)).units) : undefined;
}

function routeHandler<Id extends RouteId>(id: Id, spec: RouteSpec, ctx: ApiContext, handlers: RouteHandlers<RouteId>) {
  const handler = middy<APIGatewayProxyEventV2 & { input?: ParsedInput }, APIGatewayProxyResultV2, Error, Context>(
    spec.outOfTime ? outOfTimePlugin(spec.outOfTime) : undefined,
  );
  if (spec.access) handler.use(authorizeRoute(spec.access));
  if (spec.body) handler.use(jsonBody(spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, spec.tooLarge));
  handler.use(parseRequest(spec, (context) => unitNamesOfCaller(ctx, context)));
  return handler.handler(async (event, context): Promise<APIGatewayProxyResultV2> => {
    // parseRequest parsed it with ROUTES[id]'s own schemas: this is that route's request
    const request = event.input! as RouteRequest<Id>;
    const result = await handlers[id](ctx, {
      ...request,
      caller: (context as unknown as WithCaller).caller,
      origin: originOf(event.headers ?? {}),
    });
    if (spec.produces) {
      return {
        statusCode: 200,
        headers: { 'content-type': spec.produces, 'cache-control': 'private, max-age=300' },
        // a text route's result is its text (RouteSpec.produces)
        body: typeof result === 'string' ? result : JSON.stringify(result),
      };
    }
    return {
      statusCode: spec.status ?? 200,
      headers: {
        'content-type': JSON_TYPE,
        ...(spec.location ? { location: locationOf(spec.location, result) } : {}),
        ...(spec.etag ? { etag: String((result as Record<string, unknown>)[spec.etag]) } : {}),
      },
      body: JSON.stringify(result),
    };
  });
}

/** The Lambda handler as API Gateway (or the local server) calls it. */
export type ApiHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyResultV2>;

/**
 * @middy/http-security-headers' defaults, except `Reporting-Endpoints`: with no endpoint configured
 * it sent an empty header on every answer (an empty Dictionary, RFC 8941 §3.2; tester s40). The
 * option exists at run time (6.4.5) but not in the package's typings, hence the wider object.
 */
const SECURITY_HEADERS: Parameters<typeof httpSecurityHeaders>[0] & { reportingEndpoints: false } = {
  reportingEndpoints: false,
};

export function createApiHandler(deps: ApiDependencies): ApiHandler {
  const logger = new Logger({ serviceName: SERVICE });
  const { orgs, reports } = deps.repos;
  const directory = new CallerDirectory(orgs, deps.clock);
  const planSnapshots = new PlanSnapshots((orgId, fy) => deps.repos.plans.getPlan(orgId, fy), deps.clock);
  const {
    identity,
    corsOrigins: _origins,
    formUrl,
    originSecret,
    planRoutes,
    schemaRoutes,
    invitationMailer,
    ...useCaseDeps
  } = deps;
  const handlers: RouteHandlers<RouteId> = { ...ROUTE_HANDLERS, ...planRoutes, ...schemaRoutes };
  const ctx: ApiContext = {
    ...useCaseDeps,
    directory,
    planSnapshots,
    ports: {
      orgs,
      identity,
      audit: deps.repos.audit,
      feeds: deps.repos.calendarFeeds,
      plans: deps.repos.plans,
      clock: deps.clock,
      forget: (what) => directory.forget(what),
      ...(invitationMailer && formUrl ? { invitations: { mailer: invitationMailer, pageUrl: formUrl } } : {}),
    },
    evidenceLinks: {
      evidence: deps.evidence,
      clock: deps.clock,
      reportVersions: async (ref) => (await reports.listVersions(ref)).items,
    },
    calendar: { feeds: deps.repos.calendarFeeds, orgs, clock: deps.clock },
    ...(formUrl ? { formUrl } : {}),
  };
  const publicPaths = (Object.values(ROUTES) as RouteSpec[])
    .filter((r) => r.public)
    .map((r) => r.path.replace(/\{[^}]+\}.*$/, ''));
  const isPublic = (path: string) => publicPaths.some((prefix) => path.startsWith(prefix));
  // writes read their caller fresh, but those that check the caller in their own transaction
  const checked = (Object.values(ROUTES) as RouteSpec[])
    .filter((r) => r.checksCaller)
    .map((r) => ({ method: r.method, path: routePathPattern(r.path) }));
  const callerRead = (method: string, path: string): CallerRead =>
    READ_METHODS.has(method)
      ? 'cached'
      : checked.some((r) => r.method === method && r.path.test(path))
        ? 'refusal-rechecked'
        : 'fresh';

  const routes = (Object.entries(ROUTES) as [RouteId, RouteSpec][]).flatMap(([id, spec]) => {
    const handler = routeHandler(id, spec, ctx, handlers);
    const route = { method: spec.method as HttpMethod | 'HEAD', path: spec.path, handler };
    // a public GET (the calendar file) answers HEAD too, as GET without the body: calendar apps
    // and link checkers ask HEAD first (CloudFront forwards it; the CDK adds the HEAD route)
    if (!(spec.public && spec.method === 'GET')) return [route];
    const head = middy<
      APIGatewayProxyEventV2 & { input?: ParsedInput },
      APIGatewayProxyResultV2,
      Error,
      Context
    >().handler(async (event, context) => {
      const answer = await handler(event, context);
      return typeof answer === 'object' ? { ...answer, body: '' } : answer;
    });
    return [route, { ...route, method: 'HEAD' as const, handler: head }];
  });
  const patterns = routes.map((r) => ({ method: r.method, path: routePathPattern(r.path) }));
  // an address of the table asked with another method: 405 with its methods (RFC 9110 §15.5.6)
  const notFoundResponse = ({ path }: { path: string }): never => {
    const allow = patterns
      .filter((r) => r.path.test(path))
      .map((r) => r.method)
      .join(', ');
    throw Object.assign(createError(allow ? 405 : 404, ''), allow && { allow });
  };

  const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyResultV2, Error, Context>()
    // first: a request that went around CloudFront gets 403 before any other work
    .use(requireOriginSecret(originSecret))
    .use(injectLambdaContext(logger, { logEvent: false }))
    .use(httpHeaderNormalizer())
    .use(httpEventNormalizer())
    .use(identifyCaller(directory, isPublic, callerRead))
    .use(httpSecurityHeaders(SECURITY_HEADERS))
    .use(
      httpCors({
        origins: deps.corsOrigins,
        credentials: false,
        headers: REQUEST_HEADERS.join(','),
        exposeHeaders: EXPOSED_HEADERS.join(','),
      }),
    )
    .use(errorHandler(logger))
    .handler(httpRouterHandler<APIGatewayProxyEventV2, APIGatewayProxyResultV2>({ routes, notFoundResponse }));
  // middy's types widen the event as middlewares are added; the runtime contract is API Gateway v2.
  return handler as unknown as ApiHandler;
}
