// The events of one calendar feed, most wanted first: a unit's feed has one per obligation; a
// whole-org feed (coordinators, executives) one per follow-up and period, listing the units.
import type { CalendarEvent } from '../calendar/calendar-text.js';
import { canReadUnit, seesWholeOrg, type Caller } from '../domain/access.js';
import { clipText } from '../domain/clip-text.js';
import type { Obligation } from '../domain/obligations.js';
import { PAGE, pageLink } from '../domain/page-addresses.js';
import { daysBetween, type PlainDate } from '../domain/plain-date.js';
import { reportSettles } from '../domain/settlement.js';
import { OBLIGATION_STATUS_LABELS } from '../domain/status-labels.js';
import { oneLine } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { byCodeUnits } from '../domain/code-unit-order.js';
import { toView, type FiscalYearObligations } from './fiscal-year-obligations.js';

/** A measure's title and a follow-up's text in an event's description: the page has the rest. */
const MAX_DESCRIPTION_TEXT = 300;

/** One event to be: the obligations it stands for (one, or every unit's of a follow-up and period). */
interface FeedEntry {
  uid: string;
  year: FiscalYearObligations;
  obligations: Obligation[];
  date: PlainDate;
  settled: boolean;
}

/**
 * An event's title, unique per obligation of a year and in Thai digits: indicator, the measure's
 * place in the plan (several measures may answer one indicator), the follow-up, the period and the
 * unit, e.g. "ส่งรายงาน ITA · ตัวชี้วัดที่ ๑๐ มาตรการที่ ๑๒ ข้อ ๒ · ตุลาคม ๒๕๖๕ · กองคลัง" (or the units:
 * "๕ หน่วยงาน").
 */
export function eventTitle(o: Obligation, measureNo: number, periodLabel: string, unitName: string): string {
  const th = toThaiDigits;
  return `ส่งรายงาน ITA · ตัวชี้วัดที่ ${th(o.indicator)} มาตรการที่ ${th(measureNo)} ข้อ ${th(o.followUpNo)} · ${periodLabel} · ${unitName}`;
}

/**
 * The feed's entries, most wanted first: not yet settled or not yet due before settled and past,
 * then nearest to `today` first (so what is due now and next, and what is overdue, stays in a file
 * too large for every event), then by date and UID.
 */
function feedEntries(owner: Caller, years: readonly FiscalYearObligations[], today: PlainDate): FeedEntry[] {
  const wholeOrg = seesWholeOrg(owner);
  const entries = new Map<string, FeedEntry>();
  for (const year of years) {
    for (const o of year.obligations) {
      if (!canReadUnit(owner, o.unitId)) continue;
      const settled = reportSettles(year.reports.get(o.obligationId), o);
      const key = wholeOrg ? `${o.fy}.${o.measureId}.f${o.followUpNo}.${o.periodId}` : `${o.fy}.${o.obligationId}`;
      const entry = entries.get(key);
      if (entry) {
        entry.obligations.push(o);
        entry.settled &&= settled;
      } else {
        entries.set(key, {
          uid: `${owner.orgId}.${key}@ita-measures`,
          year,
          obligations: [o],
          date: o.dueDate,
          settled,
        });
      }
    }
  }
  const rank = (e: FeedEntry) => (e.settled && e.date < today ? 1 : 0);
  return [...entries.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Math.abs(daysBetween(today, a.date)) - Math.abs(daysBetween(today, b.date)) ||
      byCodeUnits(a.date, b.date) ||
      byCodeUnits(a.uid, b.uid),
  );
}

/** The calendar event of one entry (built only when the file has room for it). */
function feedEvent(
  entry: FeedEntry,
  unitName: ReadonlyMap<string, string>,
  formUrl: string,
  stamp: Date,
): CalendarEvent {
  const { year, obligations } = entry;
  const first = obligations[0]!;
  const views = obligations.map((o) => toView(year, o));
  const view = views[0]!;
  const measureNo = year.plan.measures.findIndex((m) => m.measureId === first.measureId) + 1;
  const nameOf = (o: Obligation) => unitName.get(o.unitId) ?? o.unitId;
  const th = toThaiDigits;
  let units = nameOf(first);
  let link = pageLink(formUrl, first.orgId, PAGE.obligation(first.fy, first.obligationId));
  const lines = [`หน่วยงาน: ${units}`, `สถานะ: ${OBLIGATION_STATUS_LABELS[view.status]}`];
  if (obligations.length > 1) {
    const done = obligations.filter((o) => reportSettles(year.reports.get(o.obligationId), o)).length;
    units = `${th(obligations.length)} หน่วยงาน${done > 0 && !entry.settled ? ` (รายงานแล้ว ${th(done)}/${th(obligations.length)})` : ''}`;
    link = pageLink(formUrl, first.orgId, PAGE.overview(first.fy, first.periodStart.slice(0, 7)));
    lines.splice(
      0,
      2,
      `หน่วยงาน (${th(obligations.length)}):`,
      ...obligations.map((o, i) => `- ${nameOf(o)}: ${OBLIGATION_STATUS_LABELS[views[i]!.status]}`),
    );
  }
  return {
    uid: entry.uid,
    date: entry.date,
    stamp,
    summary: `${entry.settled ? '✅ รายงานแล้ว · ' : ''}${eventTitle(first, measureNo, view.periodLabel, units)}`,
    description: [
      `มาตรการ: ${clipText(oneLine(view.measureTitle), MAX_DESCRIPTION_TEXT)}`,
      `การติดตามผล: ${clipText(oneLine(view.followUpText), MAX_DESCRIPTION_TEXT)}`,
      `รอบ: ${view.periodLabel} · กำหนดส่ง ${view.dueDateLabel}`,
      ...lines,
      link,
    ],
    url: link,
    category: entry.settled ? 'รายงานแล้ว' : 'รอรายงาน',
  };
}

/**
 * The events of `owner`'s feed over `years` on `today` (Bangkok), most wanted first (feedEntries),
 * built lazily: the writer stops reading when the file is full. `total` is how many there are.
 */
export function feedEvents(
  owner: Caller,
  years: readonly FiscalYearObligations[],
  units: ReadonlyMap<string, string>,
  options: { today: PlainDate; stamp: Date; formUrl: string },
): { total: number; events: Iterable<CalendarEvent> } {
  const entries = feedEntries(owner, years, options.today);
  return {
    total: entries.length,
    events: (function* () {
      for (const entry of entries) yield feedEvent(entry, units, options.formUrl, options.stamp);
    })(),
  };
}
