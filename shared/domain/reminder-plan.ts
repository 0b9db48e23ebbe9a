// Which obligations a scheduled run reminds, of whom, at which stage. Pure: no I/O, no clock.
import type { JobKind } from './job-kinds.js';
import type { Obligation, ObligationStatus } from './obligations.js';
import type { PlainDate } from './plain-date.js';
import { type LadderOptions, type LadderStage, stageOn } from './reminder-ladder.js';
import type { Report } from './report.js';

export type ReminderStage = LadderStage | 'returned';

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

/** dueSoonDays, cutoffDays and the working-day calendar: see reminder-ladder.ts */
export type ReminderOptions = LadderOptions;

export { ESCALATE_TO_EXECUTIVES_AFTER_DAYS, ESCALATE_TO_HEAD_AFTER_DAYS } from './reminder-ladder.js';

export function audienceKey(a: Audience): string {
  return a.kind === 'unit' || a.kind === 'unit-head' ? `${a.kind}.${a.unitId}` : a.kind;
}

/** The marker stage: a returned report is announced once per returned version. */
export function markerStage(stage: ReminderStage, item: TrackedObligation): string {
  return stage === 'returned' ? `returned-v${item.report?.version ?? 0}` : stage;
}

/** Unsettled: the status already applies shared/domain/settlement.ts. */
export const isUnsettled = (t: TrackedObligation) => t.status !== 'submitted' && t.status !== 'accepted';
const open = isUnsettled;

function byUnit(stage: ReminderStage, items: TrackedObligation[], audience: 'unit' | 'unit-head'): ReminderBatch[] {
  const units = [...new Set(items.map((t) => t.obligation.unitId))].sort();
  return units.map((unitId) => ({
    stage,
    audience: { kind: audience, unitId },
    items: items.filter((t) => t.obligation.unitId === unitId),
  }));
}

/** The kind runs and the cadence whose openings each announces. */
const CADENCE_OF_RUN: Partial<Record<JobKind, Obligation['cadence']>> = {
  monthly: 'monthly',
  semiannual: 'semiannual',
  'april-september': 'april-september',
};

const atStage = (stage: LadderStage, today: PlainDate, options: ReminderOptions) => (t: TrackedObligation) =>
  open(t) && stageOn(t.obligation, today, options) === stage;

/**
 * Opening reminders: unsettled obligations whose ladder is at "opening" today, of every cadence
 * (the daily pass) or of the given ones.
 */
export function openingReminders(
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
  cadences?: readonly Obligation['cadence'][],
): ReminderBatch[] {
  const inScope = tracked.filter(
    (t) => (!cadences || cadences.includes(t.obligation.cadence)) && atStage('opening', today, options)(t),
  );
  return byUnit('opening', inScope, 'unit');
}

/** A kind's own run: the openings of its cadence. The daily pass catches up any it missed. */
export function periodicReminders(
  kind: JobKind,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
): ReminderBatch[] {
  const cadence = CADENCE_OF_RUN[kind];
  return cadence ? openingReminders(today, tracked, options, [cadence]) : [];
}

/** The daily pass after the opening: due soon, due, overdue, escalations, and returned reports. */
export function dailyReminders(
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
): ReminderBatch[] {
  // each obligation's stage once (a ladder per obligation, not one per stage asked)
  const stages = tracked.filter(open).map((t) => [t, stageOn(t.obligation, today, options)] as const);
  const at = (stage: LadderStage) => stages.filter(([, s]) => s === stage).map(([t]) => t);
  const toHeads = at('escalation-head');
  const toExecutives = at('escalation-executive');
  const returned = tracked.filter((t) => t.status === 'returned');
  return [
    ...byUnit('due-soon', at('due-soon'), 'unit'),
    ...byUnit('due', at('due'), 'unit'),
    ...byUnit('overdue', at('overdue'), 'unit'),
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
