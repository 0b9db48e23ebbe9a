// Units that come and go during a year (docs/domain.md "Units added or deactivated during the year").
import type { Obligation } from './obligations.js';
import type { Unit } from './organisation.js';
import { bangkokDate, type PlainDate } from './plain-date.js';
import type { Report } from './report.js';
import { reportSettles } from './settlement.js';

/** What the year needs to know of a unit. */
export type UnitLifetime = Pick<Unit, 'unitId' | 'active' | 'addedAt' | 'deactivatedAt'>;

/**
 * A unit added during the year owes the periods that end on or after the (Bangkok) day it was
 * added: it is never overdue for months before it existed, and still owes the year's annual and
 * six-monthly reports. A unit without `addedAt` (the org's first units, units stored before it was
 * kept) owes every period.
 */
export function unitOwesPeriod(unit: UnitLifetime | undefined, o: Pick<Obligation, 'periodEnd'>): boolean {
  return !unit?.addedAt || o.periodEnd >= bangkokDate(new Date(unit.addedAt));
}

/**
 * Whether `o` stays in the year on `asOf`: a period the unit owes (unitOwesPeriod), and, from the
 * day its unit was deactivated, only if its period ended (or it fell due) before that day, i.e. it
 * was owed while the unit existed and stays, as missing if never reported (a closed year stays as
 * it was: break s30-u F2), or if its latest report counts (reportSettles). What falls after the
 * deactivation and was never reported leaves lists, feeds, reminders and counts. An inactive unit
 * without `deactivatedAt` counts as deactivated before the year.
 */
export function unitKeepsObligation(
  unit: UnitLifetime | undefined,
  o: Pick<Obligation, 'periodEnd' | 'opensOn' | 'dueDate'>,
  latest: Pick<Report, 'reviewState' | 'progress' | 'submittedAt'> | undefined,
  asOf: PlainDate,
): boolean {
  if (!unitOwesPeriod(unit, o)) return false;
  if (unit?.active !== false) return true;
  const closed = unit.deactivatedAt ? bangkokDate(new Date(unit.deactivatedAt)) : undefined;
  if (closed !== undefined && (asOf < closed || o.periodEnd < closed || o.dueDate < closed)) return true;
  return reportSettles(latest, o);
}
