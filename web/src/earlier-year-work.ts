// Last year's open work on this year's home (tester s47 F1): in October this year's list opens, but
// a unit may still owe last year's reports, which the reminders chase for months after 30 September.
import type { Me, Obligation } from './api-types.js';
import { loadObligations } from './load-obligations.js';
import { h } from './dom.js';
import { toThaiDigits } from './thai.js';
import { fiscalYearBounds } from '../../shared/domain/fiscal-calendar.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import { MAX_DAYS_AFTER } from '../../shared/domain/year-reach.js';
import { DEFAULT_CUTOFF_DAYS } from '../../shared/domain/reminder-ladder.js';
import type { ObligationStatus } from '../../shared/domain/obligations.js';

/**
 * The previous year while its reports are still chased on `today`: its last due date (at most
 * MAX_DAYS_AFTER past 30 September) plus the reminders' cut-off (docs/reminders.md), so October to
 * February; only on this year's screens, and only when that year has a plan. Else undefined.
 */
export function earlierYearChased(me: Pick<Me, 'today' | 'fiscalYear' | 'planYears'>, fy: number): number | undefined {
  const previous = fy - 1;
  if (fy !== me.fiscalYear || !me.planYears.includes(previous)) return undefined;
  const chasedUntil = addDays(fiscalYearBounds(previous).end, MAX_DAYS_AFTER + DEFAULT_CUTOFF_DAYS);
  return (me.today as PlainDate) <= chasedUntil ? previous : undefined;
}

/**
 * The open work of a unit's (or, unit undefined, the org's) previous year: one list per status, every
 * page of it (re-check s47: one page of 200 made a city's 308 overdue read "เลยกำหนด ๒๐๐").
 */
async function openOf(fy: number, statuses: readonly ObligationStatus[], unit?: string): Promise<Obligation[]> {
  const lists = await Promise.all(statuses.map((status) => loadObligations(fy, unit, status)));
  return lists.flat();
}

/**
 * "งานค้างจากปีงบประมาณ ๒๕๖๙ (๔ รายการ)", a link to that year's list, for a unit's home: its
 * due, overdue and returned reports of last year. Nothing outside the months it is chased, when it has
 * none, or when the list cannot be read (the home itself still shows).
 */
export async function earlierYearWork(
  me: Me,
  fy: number,
  unit: { unitId: string },
  address: (fy: number) => string,
): Promise<HTMLElement | undefined> {
  const previous = earlierYearChased(me, fy);
  if (previous === undefined) return undefined;
  // also what is due now (re-check s47: September's reports due on 5 October under an org's rule)
  const open = await openOf(previous, ['due', 'overdue', 'returned'], unit.unitId).catch(() => []);
  if (!open.length) return undefined;
  const returned = open.filter((o) => o.status === 'returned').length;
  return yearNote(
    previous,
    address(previous),
    open.length,
    returned ? ` รวมรายงานที่ถูกส่งกลับให้แก้ไข ${toThaiDigits(returned)} รายการ` : '',
  );
}

/** "งานค้างจากปีงบประมาณ ๒๕๖๙ (๔ รายการ)" as a link to `href`, then `tail`. */
const yearNote = (previous: number, href: string, count: number, tail: string) =>
  h(
    'p',
    { class: 'year-note', 'data-testid': 'earlier-year-work' },
    h('a', { href }, `งานค้างจากปีงบประมาณ ${toThaiDigits(previous)} (${toThaiDigits(count)} รายการ)`),
    tail,
  );

/**
 * The same for the org-wide overview (coordinators, executives): last year's reports overdue,
 * returned and waiting for review, each counted, a link to that year's overview.
 */
export async function earlierYearOrgWork(me: Me, fy: number, overview: (fy: number) => string) {
  const previous = earlierYearChased(me, fy);
  if (previous === undefined) return undefined;
  const open = await openOf(previous, ['due', 'overdue', 'returned', 'submitted']).catch(() => []);
  if (!open.length) return undefined;
  const count = (s: ObligationStatus) => open.filter((o) => o.status === s).length;
  const parts = [
    ['due', 'รอรายงาน'],
    ['overdue', 'เลยกำหนด'],
    ['returned', 'ส่งกลับแก้ไข'],
    ['submitted', 'รอตรวจ'],
  ] as const;
  return yearNote(
    previous,
    overview(previous),
    open.length,
    `: ${parts
      .filter(([s]) => count(s))
      .map(([s, label]) => `${label} ${toThaiDigits(count(s))}`)
      .join(' · ')}`,
  );
}
