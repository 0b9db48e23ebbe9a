// API paths filled in from the route table's templates (shared/api/routes.ts): a template that is
// not a route there does not compile. Type-only import: the route table's schemas stay out of the page.
import type { ROUTES } from '../../shared/api/routes.js';

export type RoutePath = (typeof ROUTES)[keyof typeof ROUTES]['path'];

/** apiPath('/v1/fiscal-years/{fy}/plan', { fy: 2567 }) -> "/v1/fiscal-years/2567/plan" */
export function apiPath(template: RoutePath, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(String(value));
  });
}
