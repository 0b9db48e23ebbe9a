// Units whose reminders reach nobody (break s31 F8): the runs count such a batch as "no
// recipients" and send nothing, so the coordinators' summaries name each unit, once, with what to
// do (docs/reminders.md "Summaries"). Worked out from the day's data, not from what runs recorded:
// a rerun or a retried summary says the same, and a unit fixed since is no longer listed. A closed
// unit is never listed (tester s44): it owes nothing new and takes no people; its earlier reports
// are escalated to nobody and counted in the summaries under its closed name.
import type { Person, Unit } from '../domain/organisation.js';
import type { OrgYear } from '../domain/org-year.js';
import type { PlainDate } from '../domain/plain-date.js';
import { cutoffDate, DEFAULT_CUTOFF_DAYS, type LadderOptions, ladderOf } from '../domain/reminder-ladder.js';
import { isUnsettled, ladderSubject } from '../domain/reminder-plan.js';
import { inUnitOrder } from '../domain/unit-order.js';
import { reminderYears } from './org-year.js';
import { recipients } from './recipients.js';
import type { UnreachableUnit } from '../mail/summary-email.js';

export type { UnreachableUnit };

/**
 * The units with unsettled obligations on the reminder ladder on `today` (a stage reached, the
 * cut-off not passed; every fiscal year the runs read) whose staff stages have no active staff to
 * go to, or whose unit-head escalation has come with no active head. In the order units are listed
 * to a reader (unit-order.ts); deactivated units left out.
 */
export async function unreachableUnits(input: {
  units: readonly Unit[];
  /** active people only */
  people: Person[];
  today: PlainDate;
  year: (fy: number) => Promise<OrgYear | undefined>;
  ladder: LadderOptions;
}): Promise<UnreachableUnit[]> {
  const { today, ladder } = input;
  const fys = reminderYears(today, ladder.cutoffDays ?? DEFAULT_CUTOFF_DAYS);
  const tracked = (await Promise.all(fys.map(input.year))).flatMap((y) => y?.tracked ?? []);
  // open: the unit's reports on the ladder; atHead: those whose unit-head escalation has come
  const reached = new Map<string, { staff: boolean; open: number; atHead: number }>();
  for (const t of tracked) {
    if (!isUnsettled(t)) continue;
    const subject = ladderSubject(t, today);
    if (today > cutoffDate(subject, ladder)) continue;
    const steps = ladderOf(subject, ladder).filter((s) => s.on <= today);
    if (steps.length === 0) continue;
    const r = reached.get(t.obligation.unitId) ?? { staff: false, open: 0, atHead: 0 };
    r.open++;
    r.staff ||= steps.some((s) => s.stage !== 'escalation-head' && s.stage !== 'escalation-executive');
    if (steps.some((s) => s.stage === 'escalation-head')) r.atHead++;
    reached.set(t.obligation.unitId, r);
  }
  return inUnitOrder(input.units).flatMap((u) => {
    const r = reached.get(u.unitId);
    if (!r || u.active === false) return [];
    const noStaff = r.staff && recipients({ kind: 'unit', unitId: u.unitId }, input.people).length === 0;
    const noHead = r.atHead > 0 && recipients({ kind: 'unit-head', unitId: u.unitId }, input.people).length === 0;
    // a unit with staff but no head: the reports its head would hear of, not those still on the staff ladder (s48)
    const open = noStaff ? r.open : r.atHead;
    return noStaff || noHead ? [{ unitId: u.unitId, name: u.name, noStaff, noHead, open }] : [];
  });
}
