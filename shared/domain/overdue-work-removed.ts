// What a plan change removes of overdue, unsent work (tester s56 D): a follow-up's cadence changed,
// its months narrowed, a unit taken off, a follow-up or measure removed mid-year: the obligations the
// saved plan made, overdue and never reported, leave the units' lists, the reminders, the digests
// and the results report's missed count. Not refused while the year runs (an executive may really
// cancel them): said, per follow-up and unit, with the documented way to change from a month on.
import { unitInEnglish } from './active-units.js';
import type { DueRules } from './due-rules.js';
import { fiscalYearBounds } from './fiscal-calendar.js';
import { expandPlan, type Obligation } from './obligations.js';
import type { Plan } from './plan.js';
import { isPlaceholder, type ReportContentRef } from './plan-reports-guard.js';
import { periodLabel } from './period-labels.js';
import type { PlainDate } from './plain-date.js';
import { overdueAfter } from './settlement.js';
import { clipText } from './text.js';
import { formatThaiMonth, toThaiDigits } from './thai-format.js';
import { unitKeepsObligation, type UnitLifetime } from './unit-lifetime.js';
import type { ImportWarning } from '../import/import-warning.js';

type PlanLike = Pick<Plan, 'orgId' | 'fy' | 'measures'>;

/** One follow-up's overdue, unsent obligations a save removes, by unit (in the org's unit order). */
export interface OverdueRemoved {
  measureId: string;
  followUpNo: number;
  byUnit: { unitId: string; periodIds: string[] }[];
  count: number;
}

/**
 * The obligations `before` made that are overdue on `today` (overdueAfter: a late addition's grace
 * over), that the year counts (unitKeepsObligation), that no report holds (a placeholder holds
 * none; a real report is the reports guard's: plan-reports-guard.ts) and that `after` (as the save
 * stores it) no longer makes, grouped by follow-up in plan order.
 */
export function overdueUnsentRemoved(s: {
  before: PlanLike;
  after: PlanLike;
  units: readonly (UnitLifetime & { name?: string })[];
  dueRules: DueRules | undefined;
  today: PlainDate;
  reports: readonly ReportContentRef[];
}): OverdueRemoved[] {
  const unitIds = s.units.map((u) => u.unitId);
  const unitById = new Map(s.units.map((u) => [u.unitId, u]));
  const kept = new Set(expandPlan(s.after as Plan, unitIds, s.dueRules ?? {}).map((o) => o.obligationId));
  const held = new Set(s.reports.filter((r) => !isPlaceholder(r)).map((r) => r.obligationId));
  const removed = expandPlan(s.before as Plan, unitIds, s.dueRules ?? {}).filter(
    (o: Obligation) =>
      !kept.has(o.obligationId) &&
      !held.has(o.obligationId) &&
      overdueAfter(o, s.today) < s.today &&
      unitKeepsObligation(unitById.get(o.unitId), o, undefined, s.today),
  );
  const entries = new Map<string, OverdueRemoved>();
  for (const o of removed) {
    const key = `${o.measureId}.f${o.followUpNo}`;
    const e = entries.get(key) ?? { measureId: o.measureId, followUpNo: o.followUpNo, byUnit: [], count: 0 };
    const unit = e.byUnit.find((u) => u.unitId === o.unitId) ?? { unitId: o.unitId, periodIds: [] };
    if (!e.byUnit.includes(unit)) e.byUnit.push(unit);
    unit.periodIds.push(o.periodId);
    e.count++;
    entries.set(key, e);
  }
  const order = (id: string) => unitIds.indexOf(id);
  for (const e of entries.values()) e.byUnit.sort((a, b) => order(a.unitId) - order(b.unitId));
  return [...entries.values()];
}

/** "2023-03": the month before `today`'s. */
function monthBefore(today: PlainDate): string {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** How the saved plan names a measure and its follow-ups, and what the draft changed of it. */
type Named = PlanLike['measures'][number];

/** The plans before and after, the save's day, unit names; `done`: said after the save (PUT /plan's answer). */
export interface OverdueWordsContext {
  before: PlanLike;
  after: PlanLike;
  today: PlainDate;
  unitName: (unitId: string) => string;
  done?: boolean;
}

/**
 * The warning's words for `e` (Thai first): the follow-up as the saved plan names it, how many
 * overdue unsent reports it removes from the record and of which units and periods, what they leave
 * (lists, reminders, summaries, the results report's missed count), and what to do instead: keep
 * the follow-up as it was, stop it after the month before the save's and add a new one from the
 * save's month (docs/domain.md "A follow-up's months"); saving as it is stays allowed.
 */
export function overdueRemovedWords(e: OverdueRemoved, c: OverdueWordsContext): { th: string; en: string } {
  const fy = c.before.fy;
  const measure: Named | undefined = c.before.measures.find((m) => m.measureId === e.measureId);
  const followUp = measure?.followUps.find((f) => f.followUpNo === e.followUpNo);
  const now = c.after.measures
    .find((m) => m.measureId === e.measureId)
    ?.followUps.find((f) => f.followUpNo === e.followUpNo);
  const what = {
    th: `${measure ? `ตัวชี้วัดที่ ${toThaiDigits(measure.indicator)} ` : ''}(${e.measureId}) การติดตามผลข้อ ${toThaiDigits(e.followUpNo)}${followUp ? ` "${clipText(followUp.text.trim(), 60)}"` : ''}`,
    en: `${measure ? `indicator ${measure.indicator} ` : ''}(${e.measureId}), follow-up ${e.followUpNo}`,
  };
  const periods = [...new Set(e.byUnit.flatMap((u) => u.periodIds))];
  const span = (label: (p: string) => string) =>
    periods.length === 1 ? label(periods[0]!) : `${label(periods[0]!)} - ${label(periods.at(-1)!)}`;
  const units = {
    th: e.byUnit.map((u) => `${c.unitName(u.unitId)} ${toThaiDigits(u.periodIds.length)} รายการ`).join(', '),
    en: e.byUnit
      .map((u) => `${unitInEnglish({ unitId: u.unitId, name: c.unitName(u.unitId) })} ${u.periodIds.length}`)
      .join(', '),
  };
  const n = e.count;
  const facts = {
    th: `${what.th}: การบันทึกนี้${c.done ? '' : 'จะ'}ลบรายงานที่เลยกำหนดแล้วแต่ยังไม่ได้ส่ง ${toThaiDigits(n)} รายการออกจากระบบ${c.done ? 'แล้ว' : ''} (${units.th}; รอบ${span((p) => periodLabel(p, fy))}) รายการเหล่านี้${c.done ? '' : 'จะ'}หายไปจากรายการของหน่วยงาน การเตือน อีเมลสรุป และจำนวน "ไม่ได้ส่ง" ในรายงานผลการดำเนินงาน`,
    en: `${what.en}: ${c.done ? 'this save removed' : 'saving removes'} ${n} overdue, unsent report${n === 1 ? '' : 's'} from the record (${units.en}; ${span((p) => p)}): they leave the units' lists, the reminders, the summaries and the results report's missed count`,
  };
  const cadenceChanged = followUp?.cadence !== undefined && now !== undefined && now.cadence !== followUp.cadence;
  const advice = changeAdvice(cadenceChanged, c.today, fy, c.done === true);
  return { th: `${facts.th} ${advice.th}`, en: `${facts.en}; ${advice.en}` };
}

/** What to do instead, from the save's month on; after the year's end, only to keep it as it was. */
function changeAdvice(
  cadenceChanged: boolean,
  today: PlainDate,
  fy: number,
  done: boolean,
): { th: string; en: string } {
  const anyway = done
    ? {
        th: 'ถ้าไม่ได้ตั้งใจ ให้แก้แผนตามนี้แล้วบันทึกอีกครั้ง รายงานที่ค้างจะกลับมา',
        en: 'if not meant, change the plan so and save again: the overdue reports come back',
      }
    : {
        th: 'ถ้าผู้บริหารยกเลิกรายงานที่ค้างเหล่านี้จริง บันทึกตามนี้ได้',
        en: 'if the executives really cancelled these reports, save as it is',
      };
  if (today > fiscalYearBounds(fy).end)
    return {
      th: `ถ้าไม่ได้ตั้งใจ ให้คงการติดตามผลข้อนี้ไว้ตามเดิม${done ? 'แล้วบันทึกอีกครั้ง' : ` ${anyway.th}`}`,
      en: `if not meant, keep this follow-up as it was${done ? ' and save again' : `; ${anyway.en}`}`,
    };
  const [stop, from] = [monthBefore(today), today.slice(0, 7)];
  const change = cadenceChanged
    ? { th: 'จะเปลี่ยนรอบการรายงาน', en: 'to change the cadence', newOne: 'ด้วยรอบใหม่', newEn: 'with the new cadence' }
    : {
        th: 'จะเปลี่ยนหรือยกเลิกการติดตามผลข้อนี้',
        en: 'to change or cancel this follow-up',
        newOne: 'ถ้ายังมีการรายงานต่อ',
        newEn: 'if reporting goes on',
      };
  return {
    th: `ถ้า${change.th}ตั้งแต่เดือน${formatThaiMonth(from)} ให้คงข้อนี้ไว้ตามเดิม ตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" เป็น${formatThaiMonth(stop)} แล้วเพิ่มการติดตามผลข้อใหม่ที่ "เริ่มตั้งแต่เดือน" ${formatThaiMonth(from)} ${change.newOne} รายงานที่ค้างจะยังต้องส่ง ${anyway.th}`,
    en: `${change.en} from ${from}, keep this follow-up as it was, stop it after ${stop} and add a new follow-up starting ${from} ${change.newEn}: the overdue reports stay owed; ${anyway.en}`,
  };
}

/**
 * One `overdue-removed` warning per follow-up of overdueUnsentRemoved, beside its measure and
 * follow-up when the draft keeps them (as `reports-cut`'s are); `source` quotes the saved follow-up.
 * POST …/plan-checks and PUT /plan's answer say them alike.
 */
export function overdueRemovedNotices(removed: readonly OverdueRemoved[], c: OverdueWordsContext): ImportWarning[] {
  return removed.map((e) => {
    const words = overdueRemovedWords(e, c);
    const measure = c.after.measures.find((m) => m.measureId === e.measureId);
    const followUpKept = measure?.followUps.some((f) => f.followUpNo === e.followUpNo) ?? false;
    const saved = c.before.measures
      .find((m) => m.measureId === e.measureId)
      ?.followUps.find((f) => f.followUpNo === e.followUpNo);
    return {
      where: {},
      code: 'overdue-removed' as const,
      message_th: words.th,
      message_en: words.en,
      source: clipText((saved?.text ?? '').trim(), 500),
      ...(measure ? { measureId: e.measureId } : {}),
      ...(followUpKept ? { followUpNo: e.followUpNo } : {}),
    };
  });
}
