// "What must my unit do?": obligations grouped as overdue / due this month / open, due later /
// upcoming (not yet open) / done.
import type { Obligation } from './api-types.js';

export type GroupId = 'overdue' | 'thisMonth' | 'open' | 'upcoming' | 'done';
export const GROUP_ORDER: readonly GroupId[] = ['overdue', 'thisMonth', 'open', 'upcoming', 'done'];

/**
 * By the API's status and `onTimeUntil` (its due date, or for one added late the last day its report
 * is on time), not the due date alone: a late addition within its grace is to do this month, not
 * overdue (tester s38 n2). Work open now (status due: its opening email went out; or returned) but
 * due after this month is `open`, not among the rounds not yet open (session 56: an org's "5th of
 * the next month" rule put April's open reports under รอบต่อไป).
 */
export function groupOf(o: Obligation, today: string): GroupId {
  if (o.status === 'submitted' || o.status === 'accepted') return 'done';
  if (o.status === 'overdue' || o.onTimeUntil < today) return 'overdue';
  if (o.onTimeUntil.slice(0, 7) <= today.slice(0, 7)) return 'thisMonth';
  if (o.status === 'due' || o.status === 'returned') return 'open';
  return 'upcoming';
}

/**
 * Grouped and sorted: returned reports first, then by due date (done work newest first); a date's
 * items as the API lists them, as the plan reads (the sort is stable; by id, i10 came before i2:
 * tester s44).
 */
export function groupObligations(items: readonly Obligation[], today: string): Record<GroupId, Obligation[]> {
  const groups: Record<GroupId, Obligation[]> = { overdue: [], thisMonth: [], open: [], upcoming: [], done: [] };
  for (const o of items) groups[groupOf(o, today)].push(o);
  const order = (a: Obligation, b: Obligation) =>
    Number(b.status === 'returned') - Number(a.status === 'returned') || a.dueDate.localeCompare(b.dueDate);
  for (const id of GROUP_ORDER) groups[id].sort(order);
  groups.done.sort((a, b) => b.dueDate.localeCompare(a.dueDate));
  return groups;
}
