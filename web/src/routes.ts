// The page's addresses (hash routes): built by shared/domain/page-addresses.ts, read here.
import { PAGE } from '../../shared/domain/page-addresses.js';

export type Route =
  | { screen: 'sign-in' }
  | { screen: 'home' }
  | { screen: 'my-obligations'; fy: number }
  | { screen: 'obligation'; fy: number; obligationId: string }
  | { screen: 'overview'; fy: number; month?: string }
  | { screen: 'annual-report'; fy: number }
  | { screen: 'plan-history'; fy: number }
  | { screen: 'people' }
  | { screen: 'person'; personId: string }
  | { screen: 'calendar' };

/** Built in one place with the emails' links (shared/domain/page-addresses.ts). */
export const href = PAGE;

/** The year the page opens on: this fiscal year if it has a plan, else the newest one that does. */
export function yearToOpen(me: { fiscalYear: number; planYears: number[] }): number {
  return me.planYears.includes(me.fiscalYear) ? me.fiscalYear : (me.planYears[0] ?? me.fiscalYear);
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'sign-in') return { screen: 'sign-in' };
  if (parts[0] === 'people') return parts[1] ? { screen: 'person', personId: parts[1] } : { screen: 'people' };
  if (parts[0] === 'calendar') return { screen: 'calendar' };
  const fy = Number(parts[1]);
  if (parts[0] !== 'fy' || !Number.isInteger(fy)) return { screen: 'home' };
  if (parts[2] === 'o' && parts[3]) return { screen: 'obligation', fy, obligationId: parts[3] };
  if (parts[2] === 'overview') return { screen: 'overview', fy, ...(parts[3] ? { month: parts[3] } : {}) };
  if (parts[2] === 'annual-report') return { screen: 'annual-report', fy };
  if (parts[2] === 'plan' && parts[3] === 'history') return { screen: 'plan-history', fy };
  return { screen: 'my-obligations', fy };
}
