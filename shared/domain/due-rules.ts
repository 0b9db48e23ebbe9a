// An org's overrides of the default due dates, per cadence.
import * as z from 'zod';
import { addDays, lastDayOfMonth, plainDate, type PlainDate } from './plain-date.js';
import { MAX_DAYS_AFTER } from './year-reach.js';

export const Cadence = z.enum([
  'monthly',
  'quarterly',
  'semiannual',
  'april-september',
  'annual',
  'once',
  'unspecified',
]);
export type Cadence = z.infer<typeof Cadence>;

export { MAX_DAYS_AFTER };

export const DueRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('default') }),
  /** e.g. monthly reports due on the 5th of the next month */
  z.object({ kind: z.literal('day-of-next-month'), day: z.number().int().min(1).max(28) }),
  z.object({ kind: z.literal('days-after'), days: z.number().int().min(0).max(MAX_DAYS_AFTER) }),
]);
export type DueRule = z.infer<typeof DueRule>;

export const DueRules = z.partialRecord(Cadence, DueRule);
export type DueRules = z.infer<typeof DueRules>;

/** Apply an org's rule to a period's default due date. */
export function applyDueRule(defaultDue: PlainDate, rule: DueRule | undefined): PlainDate {
  if (!rule || rule.kind === 'default') return defaultDue;
  if (rule.kind === 'days-after') return addDays(defaultDue, rule.days);
  const year = Number(defaultDue.slice(0, 4));
  const month = Number(defaultDue.slice(5, 7));
  const next = plainDate(year, month + 1, 1);
  const day = Math.min(rule.day, Number(lastDayOfMonth(Number(next.slice(0, 4)), Number(next.slice(5, 7))).slice(8)));
  return `${next.slice(0, 8)}${String(day).padStart(2, '0')}` as PlainDate;
}
