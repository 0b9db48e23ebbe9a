// What a plan's save makes due at once: the reports of rounds already past that the save brings
// into the plan (a plan saved mid-year by an org adopting the system, a measure added from
// October), and when their ladder reaches the heads and the executives (docs/reminders.md "Added
// late"). Told before and at the save on the plan screen (tester s48 P2: 125 past reports fell due
// on 12 May with no word to the coordinator; docs/web.md).
import type { DueRules } from './due-rules.js';
import { markLateAdditions, startAdditionsAtSave } from './mid-year-additions.js';
import { expandPlan } from './obligations.js';
import type { Plan, StoredPlan } from './plan.js';
import type { PlainDate } from './plain-date.js';
import { ladderOf } from './reminder-ladder.js';
import { graceWorkingDay, onTimeUntil } from './settlement.js';
import { formatThaiDate, toThaiDigits } from './thai-format.js';
import type { WorkingDays } from './working-days.js';

/** The org a plan is saved for, as pastDueAtSave reads it. */
export interface SavingOrg {
  unitIds: readonly string[];
  dueRules?: DueRules;
  /** its working days (the jobs' calendar); default: the grace's, without the org's closure days */
  calendar?: WorkingDays;
}

export interface PastDue {
  /** reports the save brings in already due, which the jobs remind */
  count: number;
  units: number;
  /** the last day they count as on time (settlement.ts onTimeUntil) */
  onTimeUntil: PlainDate;
  /** the days the ladder tells the unit heads and the executives, if still unreported */
  headsOn: PlainDate;
  executivesOn: PlainDate;
}

/**
 * The reports `plan` (as stored, its late additions marked: markLateAdditions) has added on `day`
 * and already due then, which the ladder reminds (an addition after the fiscal year is never
 * reminded); undefined for none. The escalation days are the ladder's on `calendar`: the jobs' (the
 * org's closure days off too: closureCalendar) where the server tells it, by default weekends and
 * government holidays only (graceWorkingDay). The last on-time day is always graceWorkingDay's.
 */
export function pastDueAddedOn(
  plan: Plan,
  day: PlainDate,
  orgUnitIds: readonly string[],
  dueRules: DueRules = {},
  already: ReadonlySet<string> = new Set(),
  calendar: WorkingDays = { isWorkingDay: graceWorkingDay },
) {
  const added = expandPlan(plan, orgUnitIds, dueRules).filter(
    (o) => o.addedOn === day && onTimeUntil(o) > o.dueDate && !already.has(o.obligationId),
  );
  const [first] = added;
  if (!first) return undefined;
  const ladder = ladderOf(first, { calendar });
  const on = (stage: string) => ladder.find((s) => s.stage === stage)?.on ?? onTimeUntil(first);
  return {
    count: added.length,
    units: new Set(added.map((o) => o.unitId)).size,
    onTimeUntil: onTimeUntil(first),
    headsOn: on('escalation-head'),
    executivesOn: on('escalation-executive'),
  } satisfies PastDue;
}

/**
 * The jobs' working days for a ladder ahead of a save: graceWorkingDay's (the holiday dates of
 * thaiWorkingDays' tables, light enough for any function) less the org's own closure days.
 */
export function closureCalendar(closureDays: readonly string[] = []): WorkingDays {
  const closed = new Set(closureDays);
  return { isWorkingDay: (date) => graceWorkingDay(date) && !closed.has(date) };
}

/**
 * What saving `draft` over `stored` on `today` would make due at once: the save's own marks
 * (startAdditionsAtSave, markLateAdditions) on a copy, read by pastDueAddedOn, less what `stored`
 * marked today already (saved again the same day: nothing new). Writes nothing. `org`: its units,
 * due rules (default: none) and working days (`calendar`, as pastDueAddedOn's).
 */
export function pastDueAtSave(
  draft: Plan,
  stored: Pick<StoredPlan, 'measures'> | undefined,
  today: PlainDate,
  org: SavingOrg,
): PastDue | undefined {
  const plan = structuredClone(draft);
  startAdditionsAtSave(plan, stored, new Date(`${today}T12:00:00+07:00`), org.unitIds);
  return pastDueOfStamped(plan, stored, today, org);
}

/**
 * pastDueAtSave of a copy of the draft stamped already (startAdditionsAtSave on `today`), which it
 * marks (markLateAdditions: mutated): the plan check stamps its copy once for every warning.
 */
export function pastDueOfStamped(
  plan: Plan,
  stored: Pick<StoredPlan, 'measures'> | undefined,
  today: PlainDate,
  org: SavingOrg,
): PastDue | undefined {
  const { unitIds: orgUnitIds, dueRules = {}, calendar } = org;
  const now = new Date(`${today}T12:00:00+07:00`);
  markLateAdditions(plan, stored, now, orgUnitIds, dueRules);
  // a plan saved earlier the same day keeps its marks of today: those are not this save's
  const already = stored && markedOn({ ...plan, measures: stored.measures }, today, orgUnitIds, dueRules);
  return pastDueAddedOn(plan, today, orgUnitIds, dueRules, already, calendar);
}

/** The obligations `plan` (stored, marked) has added on `day`: a later save that day is told only the rest. */
export function markedOn(
  plan: Plan,
  day: PlainDate,
  orgUnitIds: readonly string[],
  dueRules: DueRules = {},
): ReadonlySet<string> {
  return new Set(
    expandPlan(plan, orgUnitIds, dueRules)
      .filter((o) => o.addedOn === day)
      .map((o) => o.obligationId),
  );
}

/**
 * "การบันทึกนี้ทำให้รายงานของรอบที่ผ่านมาแล้ว ๑๒๕ รายการ (๔ หน่วยงาน) ถึงกำหนดส่งทันที …": the count,
 * the last on-time day, the escalations' days, and the way out (a follow-up's first month).
 */
export function pastDueTh(p: PastDue, saved: boolean): string {
  return [
    `${saved ? 'การบันทึกนี้ทำให้' : 'การบันทึกแผนนี้จะทำให้'}รายงานของรอบที่ผ่านมาแล้ว ${toThaiDigits(p.count)} รายการ (${toThaiDigits(p.units)} หน่วยงาน) ถึงกำหนดส่งทันที`,
    `หน่วยงานส่งได้ตรงเวลาถึง ${formatThaiDate(p.onTimeUntil)}`,
    `หลังจากนั้นระบบแจ้งเตือนว่าเลยกำหนด แจ้งหัวหน้าหน่วยงานเมื่อค้างเกิน ๗ วัน (${formatThaiDate(p.headsOn)}) และแจ้งผู้บริหารเมื่อค้างเกิน ๑๔ วัน (${formatThaiDate(p.executivesOn)})`,
    saved ? '' : 'หากไม่ต้องติดตามรอบที่ผ่านมา ให้เลือก "เริ่มตั้งแต่เดือน" ของการติดตามผลเป็นเดือนนี้ก่อนบันทึก',
  ]
    .filter(Boolean)
    .join(' ');
}
