// API paths filled in from the route table's templates (shared/api/routes.ts): a template that is
// not a route there does not compile. Type-only import: the page and the tests use this without
// loading the route table's schemas.
import type { ROUTES } from './routes.js';

export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES]['path'];

/** The {names} in a path template: '/v1/units/{unitId}/audit' -> 'unitId'. */
export type PathParamNames<T extends string> = T extends `${string}{${infer P}}${infer Rest}`
  ? P | PathParamNames<Rest>
  : never;
/** The values a template needs (other properties are ignored). */
export type PathParams<T extends string> = { [K in PathParamNames<T>]: string | number };
type Query = Record<string, string | number | undefined>;

/**
 * apiPath('/v1/fiscal-years/{fy}/plan', { fy: 2567 }) -> "/v1/fiscal-years/2567/plan"; each value is
 * percent-encoded as one path segment (RFC 3986 §3.3); `query` (values left out when undefined)
 * becomes the query string. Throws when a {name} has no value.
 */
export function apiPath<T extends RoutePath>(
  template: T,
  ...[params, query = {}]: [PathParamNames<T>] extends [never]
    ? [params?: Record<string, never>, query?: Query]
    : [params: PathParams<T>, query?: Query]
): string {
  const values = (params ?? {}) as Record<string, string | number | undefined>;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  return search ? `${path}?${search}` : path;
}
