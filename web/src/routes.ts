// The page's addresses (hash routes): built by shared/domain/page-addresses.ts, read here.
import { BE_OFFSET, fiscalMonths } from '../../shared/domain/fiscal-calendar.js';
import { monthsPastYearEnd } from '../../shared/domain/year-reach.js';
import {
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  OBLIGATION_ID_PATTERN,
  ORG_ID_PATTERN,
  PERSON_ID_PATTERN,
  UNIT_ID_PATTERN,
} from '../../shared/domain/id-patterns.js';
import { gregorianFiscalYearHint } from '../../shared/domain/buddhist-era-hint.js';
import { PAGE } from '../../shared/domain/page-addresses.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';

/** A screen, and the org its address names (links in emails and calendars: "#/org/{orgId}/…"). */
export type Route = Screen & { org?: string };

type Screen =
  | { screen: 'sign-in' }
  | { screen: 'home' }
  | { screen: 'my-obligations'; fy: number }
  /** one unit's work: an acting head's acted-for unit */
  | { screen: 'unit-obligations'; fy: number; unitId: string }
  | { screen: 'obligation'; fy: number; obligationId: string }
  | { screen: 'overview'; fy: number; month?: string }
  | { screen: 'annual-report'; fy: number }
  | { screen: 'plan-document'; fy: number }
  /** the year's documents history, from the screen of `kind` */
  | { screen: 'documents-history'; fy: number; kind: DocumentKind }
  | { screen: 'plan-history'; fy: number }
  | { screen: 'plan'; fy: number }
  | { screen: 'ita-scores'; fy: number }
  | { screen: 'people' }
  | { screen: 'person'; personId: string }
  | { screen: 'calendar' }
  /**
   * an address the page cannot read (malformed %-escapes, unknown words): a Thai "not found";
   * beYear: the address with its CE fiscal year written as BE ("#/fy/2023" -> "#/fy/2566"), to offer
   */
  | { screen: 'not-found'; beYear?: { fy: number; hash: string } };

/** Built in one place with the emails' links (shared/domain/page-addresses.ts). */
export const href = PAGE;

/** The year the page opens on: this fiscal year if it has a plan, else the newest one that does. */
export function yearToOpen(me: { fiscalYear: number; planYears: number[] }): number {
  return me.planYears.includes(me.fiscalYear) ? me.fiscalYear : (me.planYears[0] ?? me.fiscalYear);
}

/** One address segment decoded, or undefined when its %-escapes are malformed ("%E0"). */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** A fiscal year the API accepts, from its 4-digit segment ("2566"), or undefined. */
function fiscalYearOf(segment: string | undefined): number | undefined {
  if (!/^\d{4}$/.test(segment ?? '')) return undefined;
  const fy = Number(segment);
  return fy >= FISCAL_YEAR_MIN && fy <= FISCAL_YEAR_MAX ? fy : undefined;
}

/** 'all', one of the year's twelve months, or a month after it that a due rule can reach (YYYY-MM). */
function isOverviewMonth(fy: number, month: string): boolean {
  return month === 'all' || fiscalMonths(fy).some((m) => m.id === month) || monthsPastYearEnd(fy).includes(month);
}

/**
 * The screen an address names. "" and "#/" are home; anything else the page does not build
 * (shared/domain/page-addresses.ts), including malformed %-escapes, a year outside the API's range,
 * a month not of the year and an id the API refuses (break 16 s28, B3), is { screen: 'not-found' }.
 */
export function parseRoute(hash: string): Route {
  const decoded = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeSegment);
  if (decoded.some((part) => part === undefined)) return { screen: 'not-found' };
  const parts = decoded as string[];
  // "#/org/{orgId}/…" (PAGE's inOrg): the same screen, in that org
  if (parts[0] === 'org') {
    const org = parts[1];
    if (!org || !ORG_ID_PATTERN.test(org)) return { screen: 'not-found' };
    const route = screenOf(parts.slice(2));
    if (route.screen === 'not-found' && route.beYear)
      return {
        ...route,
        beYear: { ...route.beYear, hash: `#/org/${encodeURIComponent(org)}/${route.beYear.hash.slice(2)}` },
      };
    return route.screen === 'not-found' || route.screen === 'sign-in' ? route : { ...route, org };
  }
  return screenOf(parts);
}

function screenOf(parts: string[]): Screen {
  const [first, second, third, fourth, ...rest] = parts;
  if (first === undefined) return { screen: 'home' };
  if (first === 'sign-in' && !second) return { screen: 'sign-in' };
  if (first === 'people' && !third) {
    if (!second) return { screen: 'people' };
    // an id the API would refuse (shared/domain/id-patterns.ts) is no page either
    return PERSON_ID_PATTERN.test(second) ? { screen: 'person', personId: second } : { screen: 'not-found' };
  }
  if (first === 'calendar' && !second) return { screen: 'calendar' };
  const fy = fiscalYearOf(second);
  if (first === 'fy' && fy === undefined && /^\d{4}$/.test(second ?? '')) return withBeYear(parts);
  if (first !== 'fy' || fy === undefined || rest.length > 0) return { screen: 'not-found' };
  if (third === undefined) return { screen: 'my-obligations', fy };
  if (third === 'o' && fourth)
    return OBLIGATION_ID_PATTERN.test(fourth)
      ? { screen: 'obligation', fy, obligationId: fourth }
      : { screen: 'not-found' };
  if (third === 'unit' && fourth)
    return UNIT_ID_PATTERN.test(fourth) ? { screen: 'unit-obligations', fy, unitId: fourth } : { screen: 'not-found' };
  if (third === 'overview' && fourth === undefined) return { screen: 'overview', fy };
  if (third === 'overview' && fourth && isOverviewMonth(fy, fourth)) return { screen: 'overview', fy, month: fourth };
  if (third === 'annual-report' && !fourth) return { screen: 'annual-report', fy };
  if (third === 'plan-document' && !fourth) return { screen: 'plan-document', fy };
  if ((third === 'annual-report' || third === 'plan-document') && fourth === 'history')
    return { screen: 'documents-history', fy, kind: third };
  if (third === 'plan' && fourth === 'history') return { screen: 'plan-history', fy };
  if (third === 'plan' && fourth === undefined) return { screen: 'plan', fy };
  if (third === 'plan' && fourth === 'scores') return { screen: 'ita-scores', fy };
  return { screen: 'not-found' };
}

/**
 * Not found; if the year is a CE year whose BE year (+543) the API accepts and the rest of the
 * address is a page, the same address with the BE year to offer (the API's hint: gregorianFiscalYearHint).
 */
function withBeYear(parts: string[]): Screen {
  const year = Number(parts[1]);
  if (!gregorianFiscalYearHint(year, FISCAL_YEAR_MIN, FISCAL_YEAR_MAX)) return { screen: 'not-found' };
  const be = [parts[0]!, String(year + BE_OFFSET), ...parts.slice(2)];
  if (screenOf(be).screen === 'not-found') return { screen: 'not-found' };
  return { screen: 'not-found', beYear: { fy: year + BE_OFFSET, hash: `#/${be.map(encodeURIComponent).join('/')}` } };
}
