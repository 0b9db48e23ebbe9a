// Cadences -> periods of a fiscal year -> default due dates.
import { type Cadence, type DueRules, applyDueRule } from './due-rules.js';
import { fiscalHalves, fiscalMonths, fiscalQuarters, fiscalYearBounds } from './fiscal-calendar.js';
import { addDays, daysBetween, firstOfMonth, plainDate, type PlainDate } from './plain-date.js';
import { BE_OFFSET } from './fiscal-calendar.js';

export interface Period {
  /** "2023-04", "Q1".."Q4", "H1", "H2", "FY", "ONCE" */
  periodId: string;
  start: PlainDate;
  end: PlainDate;
  /** reminders start: see openingDate */
  opensOn: PlainDate;
  dueDate: PlainDate;
}

/**
 * An opening at least this many days before the due date, so that the opening and "due soon"
 * (3 days before) are two emails on two working days, even across the New Year or Songkran.
 */
export const MIN_OPENING_LEAD_DAYS = 10;

/**
 * When a period's reminders start (docs/domain.md, "Cadences"): the 1st of the month its default
 * due date falls in; if that is fewer than MIN_OPENING_LEAD_DAYS days before the due date (a "once"
 * follow-up due on the 1st to the 10th), the 1st of the month before. Never before the period's
 * start (a report is refused before it), never after the due date.
 */
export function openingDate(defaultDue: PlainDate, due: PlainDate, start: PlainDate): PlainDate {
  let opens = firstOfMonth(defaultDue);
  if (daysBetween(opens, due) < MIN_OPENING_LEAD_DAYS) opens = firstOfMonth(addDays(opens, -1));
  if (opens < start) opens = start;
  return opens < due ? opens : due;
}

function period(periodId: string, start: PlainDate, end: PlainDate, defaultDue: PlainDate, due: PlainDate): Period {
  return { periodId, start, end, opensOn: openingDate(defaultDue, due, start), dueDate: due };
}

export interface PeriodOptions {
  dueRules?: DueRules;
  /** for cadence "once" */
  onceDueDate?: PlainDate;
}

/**
 * The periods a cadence makes in a fiscal year. "unspecified" is treated as annual, its due rule
 * too unless the org set one for "unspecified" itself.
 */
export function periodsFor(cadence: Cadence, fy: number, options: PeriodOptions = {}): Period[] {
  const rules = options.dueRules;
  const rule = rules?.[cadence] ?? (cadence === 'unspecified' ? rules?.annual : undefined);
  const due = (d: PlainDate) => applyDueRule(d, rule);
  const fyRange = fiscalYearBounds(fy);
  switch (cadence) {
    case 'monthly':
      return fiscalMonths(fy).map((m) => period(m.id, m.start, m.end, m.end, due(m.end)));
    case 'quarterly':
      return fiscalQuarters(fy).map((q) => period(q.id, q.start, q.end, q.end, due(q.end)));
    case 'semiannual':
      return fiscalHalves(fy).map((h) => period(h.id, h.start, h.end, h.end, due(h.end)));
    case 'april-september': {
      // Reported to the executives in April (first half) and September (the year so far).
      const ce = fy - BE_OFFSET;
      return fiscalHalves(fy).map((h) => {
        const defaultDue = h.id === 'H1' ? plainDate(ce, 4, 30) : plainDate(ce, 9, 30);
        return period(h.id, h.start, h.end, defaultDue, due(defaultDue));
      });
    }
    case 'annual':
    case 'unspecified':
      return [period('FY', fyRange.start, fyRange.end, fyRange.end, due(fyRange.end))];
    case 'once': {
      const defaultDue = options.onceDueDate ?? plainDate(fy - BE_OFFSET - 1, 12, 31);
      return [period('ONCE', fyRange.start, fyRange.end, defaultDue, due(defaultDue))];
    }
  }
}
