// The guard on replacing a plan: reports are filed under `measure.fN.period.unit`, so a new plan may
// not remove a measure, or a follow-up of a kept measure, that units have already reported on, nor
// stop making a reported obligation (a follow-up's cadence changed to other periods, a unit taken
// off the measure, its months narrowed past a reported period): each would leave reports that
// nobody can open. Stopping a follow-up after its last reported month is allowed (S13-3).
import { unitInEnglish } from './active-units.js';
import { clipText } from './text.js';
import type { Cadence } from './due-rules.js';
import { ConflictError, type FieldMessage } from './errors.js';
import { followUpMonthsLabel, LAST_MONTH_WORD, monthsAsStored, periodsPastStop } from './follow-up-months.js';
import { periodsFor } from './periods.js';
import type { Report } from './report.js';
import { expandPlan, parseObligationId } from './obligations.js';
import { CADENCE_LABELS } from './plan-labels.js';
import { periodLabel } from './period-labels.js';
import type { Plan } from './plan.js';
import { toThaiDigits } from './thai-format.js';

/** What the guard needs of a report. */
export interface ReportRef {
  obligationId: string;
  unitId: string;
}

/** What tells a placeholder from a report (the latest version; as listLatestForYear reads it). */
export type ReportContentRef = ReportRef & Partial<Pick<Report, 'progress' | 'evidence' | 'obstacles' | 'suggestions'>>;

/**
 * A placeholder: a latest version "not started" (ยังไม่เริ่มดำเนินการ) with no file or link, no
 * obstacle and no suggestion, whatever its summary ("ร่าง"). It settles nothing (settlement.ts), and
 * it does not hold a measure, follow-up, unit or period in the plan either: a save may remove its
 * obligation; the placeholder stays stored, out of sight, and comes back with the obligation (a
 * plan restored from the history, the item added again). Tester s43 F2.
 */
export function isPlaceholder(report: ReportContentRef): boolean {
  return (
    report.progress === 'not_started' &&
    (report.evidence ?? []).length === 0 &&
    (report.obstacles ?? '').trim() === '' &&
    (report.suggestions ?? '').trim() === ''
  );
}

/**
 * Stamps each stopped follow-up of `plan` (mutated) with the periods past its stop that a unit
 * reported on (`reportedPastStop`, "FY.health"; periodsPastStop), from `reports` (placeholders
 * aside): those stay that unit's obligations, the rest of such periods are no one's. Removed when
 * none: the field is the save's, never a request's.
 */
export function stampReportedPastStop(plan: Pick<Plan, 'fy' | 'measures'>, reports: readonly ReportContentRef[]): void {
  const byFollowUp = new Map<string, string[]>();
  for (const r of reports) {
    const id = parseObligationId(r.obligationId);
    if (!id || isPlaceholder(r)) continue;
    const key = `${id.measureId}.f${id.followUpNo}`;
    byFollowUp.set(key, [...(byFollowUp.get(key) ?? []), `${id.periodId}.${id.unitId}`]);
  }
  for (const m of plan.measures) {
    for (const f of m.followUps) {
      delete f.reportedPastStop;
      const reported = byFollowUp.get(`${m.measureId}.f${f.followUpNo}`);
      if (f.lastMonth === undefined || reported === undefined) continue;
      const past = new Set(periodsPastStop(periodsFor(f.cadence, plan.fy), f).map((p) => p.periodId));
      const kept = reported.filter((k) => past.has(k.slice(0, k.indexOf('.')))).sort();
      if (kept.length > 0) f.reportedPastStop = kept;
    }
  }
}

/** A measure, or one follow-up of it, the new plan removes or changes, and the reports filed under it. */
export interface OrphanedReports {
  measureId: string;
  /** absent: the whole measure is removed */
  followUpNo?: number;
  /** the follow-up is kept, but no longer makes these reports' obligations (its cadence, or the units) */
  obligationsDropped?: true;
  reports: ReportRef[];
}

/** The plan being replaced, and the org's units (those a measure for "all units" means). */
export interface PlanBefore {
  plan: Pick<Plan, 'orgId' | 'fy' | 'measures'>;
  orgUnitIds: readonly string[];
}

/**
 * Reports a new plan would leave without their measure, follow-up or obligation, in obligation-id
 * order (i4 before i10). With `before`, a report on an obligation the old plan made and the new one
 * does not (other periods, a unit taken off) counts too; an obligation the old plan did not make
 * either (e.g. of a unit since removed from the org) is not this replacement's doing.
 */
export function reportsOrphanedBy(
  plan: Pick<Plan, 'orgId' | 'fy' | 'measures'>,
  reports: readonly ReportRef[],
  before?: PlanBefore,
): OrphanedReports[] {
  const followUps = new Map(plan.measures.map((m) => [m.measureId, new Set(m.followUps.map((f) => f.followUpNo))]));
  const made = (p: PlanBefore['plan']) => new Set(expandPlan(p as Plan, before!.orgUnitIds).map((o) => o.obligationId));
  const madeBefore = before ? made(before.plan) : undefined;
  const madeAfter = before ? made(plan) : undefined;
  const orphaned = new Map<string, OrphanedReports>();
  const byId = (x: ReportRef, y: ReportRef) => x.obligationId.localeCompare(y.obligationId, 'en', { numeric: true });
  for (const report of [...reports].sort(byId)) {
    const id = parseObligationId(report.obligationId);
    if (!id) continue;
    const kept = followUps.get(id.measureId);
    const followUpKept = kept?.has(id.followUpNo) ?? false;
    const obligationDropped =
      followUpKept &&
      madeBefore !== undefined &&
      madeBefore.has(report.obligationId) &&
      !madeAfter!.has(report.obligationId);
    if (followUpKept && !obligationDropped) continue;
    const key = kept ? `${id.measureId}.f${id.followUpNo}` : id.measureId;
    const entry = orphaned.get(key) ?? {
      measureId: id.measureId,
      ...(kept ? { followUpNo: id.followUpNo } : {}),
      ...(obligationDropped ? { obligationsDropped: true as const } : {}),
      reports: [],
    };
    entry.reports.push(report);
    orphaned.set(key, entry);
  }
  return [...orphaned.values()];
}

/** How the stored plan names a measure and a follow-up. */
export interface PlanNames {
  measures: readonly {
    measureId: string;
    indicator: number;
    title: string;
    followUps: readonly {
      followUpNo: number;
      text: string;
      cadence?: Cadence;
      firstMonth?: string | undefined;
      lastMonth?: string | undefined;
      unitIds?: readonly string[] | undefined;
    }[];
  }[];
}

const MAX_LISTED = 5;

/** What to do instead of changing a reported follow-up's cadence (S13-3). */
const CHANGE_FROM_A_MONTH = {
  th: 'ให้คงรอบเดิมไว้และตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นเดือนที่รายงานล่าสุด แล้วเพิ่มการติดตามผลข้อใหม่ที่ "เริ่มตั้งแต่เดือน" ถัดไปด้วยรอบใหม่',
  en: 'keep the cadence and stop this follow-up after the last reported month, then add a new follow-up with the new cadence starting the month after',
};
/** What to do instead of taking a unit that reported off a follow-up or a measure (S13-3). */
const UNITS_FROM_A_MONTH = {
  th: 'ถ้าหน่วยงานนี้ไม่ต้องรายงานอีกตั้งแต่เดือนหนึ่ง ให้ตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นเดือนที่รายงานล่าสุด แล้วเพิ่มการติดตามผลข้อใหม่ที่ "เริ่มตั้งแต่เดือน" ถัดไป และเลือก "หน่วยงานที่รายงานข้อนี้" เฉพาะหน่วยงานที่ยังรายงาน',
  en: 'if the unit stops reporting from a month on, stop this follow-up after the last reported month and add a new follow-up starting the month after, choosing only the units that go on reporting',
};
const quote = (s: string) => `"${clipText(s, 60)}"`;

/** What the guard says of each orphaned entry: the measure or follow-up (as the stored plan calls it) and its reports. */
function describeOrphaned(
  orphaned: readonly OrphanedReports[],
  stored: PlanNames | undefined,
  fy: number,
  unitName: (unitId: string) => string,
): { o: OrphanedReports; th: string; en: string }[] {
  return orphaned.map((o) => {
    const measure = stored?.measures.find((m) => m.measureId === o.measureId);
    const followUp = measure?.followUps.find((f) => f.followUpNo === o.followUpNo);
    const what = {
      th: measure ? `ตัวชี้วัดที่ ${toThaiDigits(measure.indicator)} (${o.measureId})` : `มาตรการ ${o.measureId}`,
      en: measure ? `indicator ${measure.indicator} (${o.measureId})` : `measure ${o.measureId}`,
    };
    if (o.followUpNo !== undefined) {
      what.th += ` การติดตามผลข้อ ${toThaiDigits(o.followUpNo)}${followUp ? ` ${quote(followUp.text)}` : ''}`;
      what.en += `, follow-up ${o.followUpNo}`;
    }
    // a measure's reports of more than one follow-up: each says its follow-up, or two read alike (tester s37 #5)
    const ids = o.reports.map((r) => parseObligationId(r.obligationId)!);
    const byFollowUp = new Set(ids.map((id) => id.followUpNo)).size > 1;
    const listed = o.reports.slice(0, MAX_LISTED).map((r, i) => {
      const id = ids[i]!;
      const unit = { unitId: r.unitId, name: unitName(r.unitId) };
      const no = byFollowUp
        ? { th: `ข้อ ${toThaiDigits(id.followUpNo)} `, en: `no. ${id.followUpNo} ` }
        : { th: '', en: '' };
      return {
        th: `${no.th}${unit.name} ${periodLabel(id.periodId, fy)}`,
        en: `${no.en}${unitInEnglish(unit)} ${id.periodId}`,
      };
    });
    const more = o.reports.length - listed.length;
    const th = `${what.th} มีรายงานผลแล้ว ${toThaiDigits(o.reports.length)} ฉบับ (${listed.map((l) => l.th).join(', ')}${more > 0 ? ` และอีก ${toThaiDigits(more)} ฉบับ` : ''})`;
    const en = `${what.en} has ${o.reports.length} report${o.reports.length === 1 ? '' : 's'} (${listed.map((l) => l.en).join(', ')}${more > 0 ? `, and ${more} more` : ''})`;
    return { o, th, en };
  });
}

/**
 * What the guard's words name things by: the stored plan (the measures and follow-ups as saved),
 * the plan being saved (its year, and the indexes of the fields' paths), each unit's name, and the
 * plan's place in the caller's input, for the fields' paths ("body", "file").
 */
export interface GuardWords {
  stored: PlanNames | undefined;
  newPlan: Pick<Plan, 'fy' | 'measures'>;
  unitName: (unitId: string) => string;
  path: string;
}

/**
 * One field of the guard's 409 for each of `orphaned`, in its order: the list the item was removed
 * from (`{path}.measures`, or `{path}.measures.N.followUps` of the kept measure), or the kept
 * follow-up's cadence, months or units that no longer make the reported obligations; Thai first,
 * naming the measure, follow-up, units and periods reported, and what to do instead. The 409 says
 * these, and so does the preview of a file that the save would refuse (S21-3).
 */
export function orphanedReportsFields(orphaned: readonly OrphanedReports[], words: GuardWords): FieldMessage[] {
  const { stored, newPlan, unitName, path } = words;
  return describeOrphaned(orphaned, stored, newPlan.fy, unitName).map(({ o, th, en }) => {
    const i = newPlan.measures.findIndex((m) => m.measureId === o.measureId);
    if (o.obligationsDropped) return obligationsDroppedField(o, th, en, i, words);
    const advice = cancelAdvice(o, stored, path === PLAN_FILE_PATH, newPlan.fy);
    return {
      path: o.followUpNo !== undefined && i >= 0 ? `${path}.measures.${i}.followUps` : `${path}.measures`,
      message_th: `${th}: ลบออกจากแผนไม่ได้ ${advice.th}`,
      message_en: `${en}: it cannot be removed from the plan; ${advice.en}`,
    };
  });
}

/** The CLI importer's path (plan-file.ts PLAN_FILE_FIELD): its advice names the file's note, not the page's field. */
const PLAN_FILE_PATH = 'file';

/**
 * How to cancel a reported measure or follow-up instead of removing it (tester s43 F3: "keep it and
 * edit its text" stopped nothing, its reminders went on): stop each reported follow-up after the
 * last month it is owed ("หยุดการติดตามผลข้อนี้หลังเดือน" in the page; the note "(ถึงเดือน…)" after
 * its text in a file, which the importer reads as that month) and delete those without reports.
 */
function cancelAdvice(
  o: OrphanedReports,
  stored: PlanNames | undefined,
  inFile: boolean,
  fy: number,
): { th: string; en: string } {
  const reported = [...new Set(o.reports.map((r) => parseObligationId(r.obligationId)!.followUpNo))].sort(
    (a, b) => a - b,
  );
  const stop = inFile
    ? {
        th: `เขียน "(${LAST_MONTH_WORD}…)" เช่น "(${LAST_MONTH_WORD}มีนาคม ${toThaiDigits(fy)})" ต่อท้ายข้อความการติดตามผล`,
        en: `write "(${LAST_MONTH_WORD}…)" (until the month) after the follow-up's text in the file`,
      }
    : { th: 'ตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" ของการติดตามผล', en: 'set "stop this follow-up after" on' };
  const after = {
    th: 'เป็นเดือนสุดท้ายที่ต้องรายงาน (รายงานที่ส่งแล้วยังเปิดดูได้ และไม่มีการเตือนรอบหลังจากนั้น)',
    en: 'the last month it is owed (the reports stay readable; no period after it is reminded)',
  };
  if (o.followUpNo !== undefined)
    return {
      th: `ถ้ายกเลิกการติดตามผลข้อนี้ ให้คงไว้และ${stop.th}ข้อนี้${after.th}`,
      en: `to cancel it, keep it and ${stop.en} it, ${after.en}`,
    };
  const measure = stored?.measures.find((m) => m.measureId === o.measureId);
  const unreported = (measure?.followUps ?? []).map((f) => f.followUpNo).filter((n) => !reported.includes(n));
  const nos = (ns: readonly number[]) => ns.map((n) => toThaiDigits(n)).join(', ');
  return {
    th: `ถ้ามาตรการนี้ยกเลิก ให้คงมาตรการไว้ ${stop.th}ข้อ ${nos(reported)} ที่มีรายงานแล้ว${after.th}${unreported.length > 0 ? ` และลบการติดตามผลข้อ ${nos(unreported)} ที่ยังไม่มีรายงาน` : ''}`,
    en: `to cancel the measure, keep it, ${stop.en} follow-up${reported.length === 1 ? '' : 's'} ${reported.join(', ')} (reported), ${after.en}${unreported.length > 0 ? `, and delete follow-up${unreported.length === 1 ? '' : 's'} ${unreported.join(', ')} (no reports)` : ''}`,
  };
}

/**
 * 409 naming each removed measure or follow-up (as the stored plan calls it) and its reports
 * (how many, which units and periods), Thai first; the summary says each item's refusal and advice
 * as its field does (a cadence change is not summed up as a removal). `details.droppedMeasures` / `droppedFollowUps`
 * list the ids ("i4,i9" / "i4.f2") for the page to put them back; `fields` are orphanedReportsFields.
 */
export function orphanedReportsConflict(orphaned: readonly OrphanedReports[], words: GuardWords): ConflictError {
  const fields = orphanedReportsFields(orphaned, words);
  const measures = orphaned.filter((o) => o.followUpNo === undefined).map((o) => o.measureId);
  const followUpId = (o: OrphanedReports) => `${o.measureId}.f${o.followUpNo}`;
  const followUps = orphaned.filter((o) => o.followUpNo !== undefined && !o.obligationsDropped).map(followUpId);
  const changed = orphaned.filter((o) => o.obligationsDropped).map(followUpId);
  const kinds = [
    measures.length > 0 && { th: 'มาตรการ', en: 'measures' },
    followUps.length > 0 && { th: 'การติดตามผล', en: 'follow-ups' },
    changed.length > 0 && { th: 'รอบการรายงานหรือหน่วยงาน', en: 'reporting periods or units' },
  ].filter((k) => k !== false);
  const noun = { th: kinds.map((k) => k.th).join('และ'), en: kinds.map((k) => k.en).join(' and ') };
  return new ConflictError(
    // each item with its own refusal and advice: a cadence change is no removal (closing note s27)
    `แผนใหม่ตัด${noun.th}ที่หน่วยงานรายงานผลไปแล้ว จึงบันทึกไม่ได้ รายงานเหล่านั้นจะไม่มีที่อ้างถึง: ${fields.map((f) => f.message_th).join('; ')}`,
    `the new plan removes ${noun.en} that already have reports: ${fields.map((f) => f.message_en).join('; ')}`,
    fields,
    {
      ...(measures.length > 0 ? { droppedMeasures: measures.join(',') } : {}),
      ...(followUps.length > 0 ? { droppedFollowUps: followUps.join(',') } : {}),
      ...(changed.length > 0 ? { changedFollowUps: changed.join(',') } : {}),
    },
  );
}

/**
 * The field of a kept follow-up that no longer makes reported obligations: its cadence when that
 * changed (`…followUps.N.cadence`), else the measure's units (`…responsible.unitIds`, a unit that
 * reported was taken off), with what to do instead.
 */
function obligationsDroppedField(
  o: OrphanedReports,
  th: string,
  en: string,
  i: number,
  { stored, newPlan, unitName, path }: GuardWords,
): FieldMessage {
  const measure = newPlan.measures[i]!;
  const j = measure.followUps.findIndex((f) => f.followUpNo === o.followUpNo);
  const before = stored?.measures
    .find((m) => m.measureId === o.measureId)
    ?.followUps.find((f) => f.followUpNo === o.followUpNo);
  const after = measure.followUps[j]!;
  // a plan stored before may hold a September stop that stops nothing
  const was = before && monthsAsStored(before);
  if (before?.cadence !== undefined && before.cadence !== after.cadence) {
    return {
      path: `${path}.measures.${i}.followUps.${j}.cadence`,
      message_th: `${th}: เปลี่ยนรอบการรายงานจาก "${CADENCE_LABELS[before.cadence]}" เป็น "${CADENCE_LABELS[after.cadence]}" ไม่ได้ เพราะรายงานเหล่านั้นจะหาไม่พบ ${CHANGE_FROM_A_MONTH.th}`,
      message_en: `${en}: its cadence cannot change from ${before.cadence} to ${after.cadence}, or those reports could not be found; ${CHANGE_FROM_A_MONTH.en}`,
    };
  }
  if (was && (was.firstMonth !== after.firstMonth || was.lastMonth !== after.lastMonth)) {
    const key = was.firstMonth !== after.firstMonth ? 'firstMonth' : 'lastMonth';
    const months = followUpMonthsLabel(after);
    return {
      path: `${path}.measures.${i}.followUps.${j}.${key}`,
      message_th: `${th}: ${months ? `ช่วงเดือน "${months.th}"` : 'ช่วงเดือนใหม่'}ไม่ครอบคลุมรอบที่รายงานผลแล้ว เพราะรายงานเหล่านั้นจะหาไม่พบ ให้เริ่มไม่ช้ากว่าและหยุดไม่เร็วกว่ารอบที่รายงานแล้ว (หยุดหลังเดือนที่รายงานล่าสุดได้)`,
      message_en: `${en}: its months${months ? ` (${months.en})` : ''} leave out periods already reported, or those reports could not be found; start no later and stop no earlier than the reported periods (stopping after the last reported month is fine)`,
    };
  }
  const reported = [...new Set(o.reports.map((r) => r.unitId))];
  const inEnglish = (unitId: string) => unitInEnglish({ unitId, name: unitName(unitId) });
  const offFollowUp = reported.filter((u) => after.unitIds !== undefined && !after.unitIds.includes(u));
  if (offFollowUp.length > 0) {
    return {
      path: `${path}.measures.${i}.followUps.${j}.unitIds`,
      message_th: `${th}: เอา${offFollowUp.map(unitName).join(', ')}ออกจากหน่วยงานที่รายงานข้อนี้ไม่ได้ เพราะรายงานเหล่านั้นจะหาไม่พบ ${UNITS_FROM_A_MONTH.th}`,
      message_en: `${en}: ${offFollowUp.map(inEnglish).join(', ')} cannot be taken off the units reporting on this follow-up, or those reports could not be found; ${UNITS_FROM_A_MONTH.en}`,
    };
  }
  const gone = reported.filter((u) => !measure.responsible.allUnits && !measure.responsible.unitIds.includes(u));
  return {
    path: `${path}.measures.${i}.responsible.unitIds`,
    message_th: `${th}: เอา${gone.map(unitName).join(', ') || 'หน่วยงานที่รายงานแล้ว'}ออกจากผู้รับผิดชอบไม่ได้ เพราะรายงานเหล่านั้นจะหาไม่พบ คงหน่วยงานไว้ (${UNITS_FROM_A_MONTH.th})`,
    message_en: `${en}: ${gone.map(inEnglish).join(', ') || 'a unit that reported'} cannot be taken off this measure, or those reports could not be found; keep the unit (${UNITS_FROM_A_MONTH.en})`,
  };
}
