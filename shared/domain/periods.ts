// Cadences -> periods of a fiscal year -> default due dates.
import { type Cadence, type DueRules, applyDueRule } from './due-rules.js';
import { fiscalHalves, fiscalMonths, fiscalQuarters, fiscalYearBounds } from './fiscal-calendar.js';
import { firstOfMonth, plainDate, type PlainDate } from './plain-date.js';
import { BE_OFFSET } from './fiscal-calendar.js';

export interface Period {
  /** "2023-04", "Q1".."Q4", "H1", "H2", "FY", "ONCE" */
  periodId: string;
  start: PlainDate;
  end: PlainDate;
  /** reminders start: the first day of the month the default due date falls in */
  opensOn: PlainDate;
  dueDate: PlainDate;
}

function period(periodId: string, start: PlainDate, end: PlainDate, defaultDue: PlainDate, due: PlainDate): Period {
  const opensOn = firstOfMonth(defaultDue) < due ? firstOfMonth(defaultDue) : due;
  return { periodId, start, end, opensOn, dueDate: due };
}

export interface PeriodOptions {
  dueRules?: DueRules;
  /** for cadence "once" */
  onceDueDate?: PlainDate;
}

/** The periods a cadence makes in a fiscal year. "unspecified" is treated as annual. */
export function periodsFor(cadence: Cadence, fy: number, options: PeriodOptions = {}): Period[] {
  const rule = options.dueRules?.[cadence];
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
