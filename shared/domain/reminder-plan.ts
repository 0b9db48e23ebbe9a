// Which obligations a scheduled run reminds, of whom, at which stage. Pure: no I/O, no clock.
import type { JobKind } from './job-kinds.js';
import type { Obligation, ObligationStatus } from './obligations.js';
import { daysBetween, type PlainDate } from './plain-date.js';
import type { Report } from './report.js';

export type ReminderStage =
  'opening' | 'due-soon' | 'overdue' | 'escalation-head' | 'escalation-executive' | 'returned';

export type Audience =
  | { kind: 'unit'; unitId: string }
  | { kind: 'unit-head'; unitId: string }
  | { kind: 'coordinators' }
  | { kind: 'executives' };

export interface TrackedObligation {
  obligation: Obligation;
  status: ObligationStatus;
  report?: Report;
}

export interface ReminderBatch {
  stage: ReminderStage;
  audience: Audience;
  items: TrackedObligation[];
}

export interface ReminderOptions {
  /** "due soon" goes out this many days before the due date (default 3) */
  dueSoonDays?: number;
}

export const ESCALATE_TO_HEAD_AFTER_DAYS = 7;
export const ESCALATE_TO_EXECUTIVES_AFTER_DAYS = 14;

export function audienceKey(a: Audience): string {
  return a.kind === 'unit' || a.kind === 'unit-head' ? `${a.kind}.${a.unitId}` : a.kind;
}

/** The marker stage: a returned report is announced once per returned version. */
export function markerStage(stage: ReminderStage, item: TrackedObligation): string {
  return stage === 'returned' ? `returned-v${item.report?.version ?? 0}` : stage;
}

const open = (t: TrackedObligation) => t.status !== 'submitted' && t.status !== 'accepted';

function byUnit(stage: ReminderStage, items: TrackedObligation[], audience: 'unit' | 'unit-head'): ReminderBatch[] {
  const units = [...new Set(items.map((t) => t.obligation.unitId))].sort();
  return units.map((unitId) => ({
    stage,
    audience: { kind: audience, unitId },
    items: items.filter((t) => t.obligation.unitId === unitId),
  }));
}

const CADENCE_OF_RUN: Partial<Record<JobKind, Obligation['cadence']>> = {
  monthly: 'monthly',
  semiannual: 'semiannual',
  'april-september': 'april-september',
};

/** A kind's own run: its cadence's obligations that open or fall due in the run's month. */
export function periodicReminders(kind: JobKind, today: PlainDate, tracked: TrackedObligation[]): ReminderBatch[] {
  const cadence = CADENCE_OF_RUN[kind];
  if (!cadence) return [];
  const month = today.slice(0, 7);
  const inScope = tracked.filter(
    (t) =>
      t.obligation.cadence === cadence &&
      open(t) &&
      (t.obligation.opensOn.slice(0, 7) === month || t.obligation.dueDate.slice(0, 7) === month),
  );
  return byUnit('opening', inScope, 'unit');
}

/** The daily pass: due soon, overdue, escalations, returned reports. */
export function dailyReminders(
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
): ReminderBatch[] {
  const dueSoonDays = options.dueSoonDays ?? 3;
  const late = (t: TrackedObligation) => daysBetween(t.obligation.dueDate, today);
  const pending = tracked.filter(open);
  const dueSoon = pending.filter((t) => -late(t) >= 1 && -late(t) <= dueSoonDays);
  const overdue = pending.filter((t) => late(t) >= 1 && late(t) < ESCALATE_TO_HEAD_AFTER_DAYS);
  const toHeads = pending.filter(
    (t) => late(t) >= ESCALATE_TO_HEAD_AFTER_DAYS && late(t) < ESCALATE_TO_EXECUTIVES_AFTER_DAYS,
  );
  const toExecutives = pending.filter((t) => late(t) >= ESCALATE_TO_EXECUTIVES_AFTER_DAYS);
  const returned = tracked.filter((t) => t.status === 'returned');
  return [
    ...byUnit('due-soon', dueSoon, 'unit'),
    ...byUnit('overdue', overdue, 'unit'),
    ...byUnit('escalation-head', toHeads, 'unit-head'),
    ...(toHeads.length
      ? [{ stage: 'escalation-head' as const, audience: { kind: 'coordinators' as const }, items: toHeads }]
      : []),
    ...(toExecutives.length
      ? [{ stage: 'escalation-executive' as const, audience: { kind: 'executives' as const }, items: toExecutives }]
      : []),
    ...byUnit('returned', returned, 'unit'),
  ];
}
