// A plan being prepared in the page: read from a file, copied from last year or loaded to edit.
// Pure: builds the PUT /plan body, the measure ids, next year's copy and the draft's own checks.
import type { ImportWarning } from '../../shared/import/import-warning.js';
import type { DraftMeasure } from '../../shared/import/measures-document.js';
import type { FollowUp, Plan } from '../../shared/domain/plan.js';
import { type PastDue, pastDueAtSave } from '../../shared/domain/past-due-at-save.js';
import { monthGivenAtSave, sameDuty } from '../../shared/domain/mid-year-additions.js';
import { BE_OFFSET } from '../../shared/domain/fiscal-calendar.js';
import { titleForIndicator } from '../../shared/domain/indicator-title.js';
import { hasVisibleCharacter } from '../../shared/domain/visible-text.js';
import { type PlainDate, plainDate } from '../../shared/domain/plain-date.js';
import { formatThaiDate, toThaiDigits } from '../../shared/domain/thai-format.js';
import { MAX_PLAN_SAVE_BODY_BYTES, planSaveBodyBytes } from '../../shared/domain/plan-upload-rules.js';
import { fiscalYearOfTitle } from '../../shared/import/fiscal-year-names.js';
import { shiftBeYears } from '../../shared/import/be-years.js';
import { copyPlanToYear } from '../../shared/import/plan-copy.js';
import { copyAlignedWithSaved } from './copy-over-saved.js';
import type { FieldError } from './api-types.js';
import { WARNING_KINDS } from './import-warning-kinds.js';

export type { DraftMeasure };
export { copyPlanToYear, shiftBeYears };
export type DraftFollowUp = FollowUp;

export type DraftSource =
  | { kind: 'saved'; version: number }
  | { kind: 'file'; fileName: string }
  | { kind: 'copy'; fromFy: number }
  /** an earlier version of the year's plan, restored from the plan's history (S14-17) */
  | { kind: 'version'; version: number }
  | { kind: 'new' };

export interface PlanDraft {
  fy: number;
  title: string;
  measures: DraftMeasure[];
  source: DraftSource;
  /** the stored plan's version this draft replaces (none: the year has no plan yet) */
  baseVersion?: number;
  /** the stored plan's measures: their ids are kept, and restored if the guard refuses a removal */
  saved: DraftMeasure[];
  /** what the importer could not read with certainty (file drafts) */
  warnings: ImportWarning[];
  /** warnings the coordinator marked ตรวจแล้ว (checked), for those the draft cannot settle itself */
  acknowledged?: ImportWarning[];
  /** a file's measures as the importer read them: a warning settled by an edit compares with these */
  imported?: DraftMeasure[];
  /** the stored plan's title: a plan already saved naming another year asks no confirmation again */
  savedTitle?: string;
  /** the coordinator confirmed saving a plan of another fiscal year over the year's saved plan (S13-8) */
  confirmOtherYear?: boolean;
  /** the coordinator confirmed removing an ended year's missed reports (break s30-u F3) */
  confirmRemoveMissed?: boolean;
}

export interface StoredPlanView {
  fy: number;
  version: number;
  title: string;
  measures: DraftMeasure[];
}

const clone = <T>(value: T): T => structuredClone(value);

/** The year's stored plan, ready to edit. */
export function draftFromStored(plan: StoredPlanView): PlanDraft {
  return {
    fy: plan.fy,
    title: plan.title,
    measures: clone(plan.measures),
    source: { kind: 'saved', version: plan.version },
    baseVersion: plan.version,
    saved: clone(plan.measures),
    savedTitle: plan.title,
    warnings: [],
  };
}

/**
 * A draft from outside (a file, a copy) that will replace the year's plan `current`, if any. A
 * copy's measures are aligned against `current` (copyAlignedWithSaved: last year's ids are not this
 * year's); a file's were by the importer.
 */
export function draftReplacing(
  current: StoredPlanView | undefined,
  outside: Pick<PlanDraft, 'fy' | 'title' | 'measures' | 'source' | 'warnings'>,
): PlanDraft {
  const draft =
    current && outside.source.kind === 'copy' ? { ...outside, ...copyAlignedWithSaved(outside, current) } : outside;
  return {
    ...draft,
    ...(current ? { baseVersion: current.version, savedTitle: current.title } : {}),
    ...(draft.source.kind === 'file' ? { imported: clone(draft.measures) } : {}),
    saved: current ? clone(current.measures) : [],
  };
}

/**
 * A copy's draft with what POST /plan-checks found in it (cannot-save, unit-inactive, reports-cut:
 * the file preview's own checks, review 17 s22, S22-4). The check read the draft as the save sends
 * it (`sentIds`: planBody's ids, in the draft's order), so each warning goes beside the draft's
 * measure in that place; the copy as checked is what an edit settles `cannot-save` against.
 */
export function withCheckWarnings(draft: PlanDraft, sentIds: readonly string[], found: ImportWarning[]): PlanDraft {
  const draftId = new Map(sentIds.map((id, i) => [id, draft.measures[i]?.measureId ?? id]));
  const beside = (w: ImportWarning) =>
    w.measureId === undefined ? w : { ...w, measureId: draftId.get(w.measureId) ?? w.measureId };
  return { ...draft, warnings: [...draft.warnings, ...found.map(beside)], imported: clone(draft.measures) };
}

/**
 * An earlier version of the year's plan (from the plan's history) as a draft replacing `current`
 * (review 17 s14, S14-17: a wrong replacement undone). Its measures keep their ids, so reports
 * filed under them stay theirs. A follow-up the current plan lacks (its measure removed by the
 * replacement), or whose cadence the replacement changed, is an edit like any other: the save
 * gives it the save's month as its first month (S14-8, mid-year-additions.ts), so restoring in
 * April does not make units owe, overdue at once, the months since October that no one was asked
 * to report (session 15's closing note).
 */
export function draftFromVersion(current: StoredPlanView | undefined, earlier: StoredPlanView): PlanDraft {
  return {
    fy: earlier.fy,
    title: earlier.title,
    measures: clone(earlier.measures),
    source: { kind: 'version', version: earlier.version },
    ...(current ? { baseVersion: current.version, savedTitle: current.title } : {}),
    saved: current ? clone(current.measures) : [],
    warnings: [],
  };
}

export function newMeasure(): DraftMeasure {
  return {
    measureId: '',
    order: 0,
    indicator: null,
    title: '',
    subMeasures: [],
    methods: [],
    timeframe: '',
    followUps: [newFollowUp([])],
    responsible: { allUnits: false, unitIds: [], text: '' },
    recommendations: [],
  };
}

/**
 * A new follow-up numbered after the measure's others, and after every number the saved measure
 * has (a follow-up removed from the draft keeps its number: reports may be filed under it). Numbers
 * are never reused or renumbered: obligation ids (and the reports filed under them) carry them.
 */
export function newFollowUp(existing: readonly DraftFollowUp[], saved: readonly DraftFollowUp[] = []): DraftFollowUp {
  const no = Math.max(0, ...existing.map((f) => f.followUpNo), ...saved.map((f) => f.followUpNo)) + 1;
  return { followUpNo: no, text: '', cadence: 'monthly', audience: [] };
}

/** An id the importer gave a measure it found no indicator for ("m2", "m2-3"). */
const PLACEHOLDER_ID = /^m\d+(?:-\d+)?$/;

/**
 * Each measure's id as it will be saved: a saved measure keeps its id (its reports are filed under
 * it), as does any id the importer derived from the indicator; a new measure, or one the importer
 * found no indicator for, gets "i<indicator>" (then "-2", "-3" ...), like the importer's ids.
 */
export function measureIdsFor(measures: readonly DraftMeasure[], saved: readonly DraftMeasure[]): string[] {
  const savedIds = new Set(saved.map((m) => m.measureId));
  const keeps = (m: DraftMeasure) =>
    m.measureId !== '' && (savedIds.has(m.measureId) || !PLACEHOLDER_ID.test(m.measureId));
  // a new measure never takes a saved id: the reports filed under it belong to that measure
  const used = new Set([...savedIds, ...measures.filter(keeps).map((m) => m.measureId)]);
  return measures.map((m, i) => {
    if (keeps(m)) return m.measureId;
    const base = m.indicator === null ? `m${i + 1}` : `i${m.indicator}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** What must be fixed before the API is asked: measures without an indicator, or without a title (nothing visible: the API's rule, hasVisibleCharacter). */
export function draftProblems(draft: Pick<PlanDraft, 'measures'>): FieldError[] {
  return draft.measures.flatMap((m, i) => [
    ...(m.indicator === null
      ? [
          {
            path: `body.measures.${i}.indicator`,
            message_th: `มาตรการที่ ${toThaiDigits(i + 1)}: กรุณาเลือกตัวชี้วัด`,
            message_en: `measure ${i + 1}: choose its indicator`,
          },
        ]
      : []),
    ...(!hasVisibleCharacter(m.title)
      ? [
          {
            path: `body.measures.${i}.title`,
            message_th: `มาตรการที่ ${toThaiDigits(i + 1)}: กรุณากรอกชื่อมาตรการ`,
            message_en: `measure ${i + 1}: give it a title`,
          },
        ]
      : []),
  ]);
}

/**
 * The month the save gives follow-up `f` of draft measure `m` when the draft names no first month,
 * saved on the server's day `today` (Me.today): a follow-up the saved plan lacks, or whose cadence
 * changed, saved after October in its year (monthGivenAtSave, the save's own rule). Undefined: it
 * owes from the year's start. The editor's default says it, "ตั้งแต่เดือนที่บันทึก (มกราคม ๒๕๖๖)", so
 * "ต้นปีงบประมาณ (ตุลาคม)" is a choice of its own (tester s52: chosen, it was saved from January).
 */
export function firstMonthAtSave(
  draft: Pick<PlanDraft, 'fy' | 'saved' | 'baseVersion'>,
  m: Pick<DraftMeasure, 'measureId'>,
  f: DraftFollowUp,
  today: string | undefined,
): string | undefined {
  // no saved plan: a first save gives no month (a new measure never takes a saved id: measureIdsFor)
  if (today === undefined || draft.baseVersion === undefined) return undefined;
  const saved = m.measureId === '' ? undefined : draft.saved.find((s) => s.measureId === m.measureId);
  const was = saved?.followUps.find((x) => x.followUpNo === f.followUpNo);
  return monthGivenAtSave(draft.fy, f, was?.cadence, today as PlainDate);
}

/**
 * The PUT /v1/fiscal-years/{fy}/plan body (plan JSON), measures in the draft's order. A follow-up
 * shown from the year's start ("ต้นปีงบประมาณ") whose saved one, the same duty, has a first month
 * says October: a first month left out keeps the saved one (docs/api.md; the save stores October
 * as none). A new follow-up, or a cadence changed, says none unless October was chosen (then
 * October, sent as chosen): the save gives it its month (firstMonthAtSave).
 */
export function planBody(draft: PlanDraft) {
  const ids = measureIdsFor(draft.measures, draft.saved);
  const yearStart = `${draft.fy - BE_OFFSET - 1}-10`;
  const savedFollowUps = (measureId: string) => draft.saved.find((m) => m.measureId === measureId)?.followUps ?? [];
  const fromYearStart = (f: DraftFollowUp, saved: readonly DraftFollowUp[]): DraftFollowUp => {
    const was = saved.find((x) => x.followUpNo === f.followUpNo);
    const widened = f.firstMonth === undefined && was?.firstMonth !== undefined && sameDuty(was.cadence, f.cadence);
    return widened ? { ...f, firstMonth: yearStart } : f;
  };
  return {
    format: 'json' as const,
    title: draft.title,
    measures: draft.measures.map((m, i) => {
      const saved = savedFollowUps(ids[i]!);
      return { ...m, measureId: ids[i]!, order: i + 1, followUps: m.followUps.map((f) => fromYearStart(f, saved)) };
    }),
    ...(draft.baseVersion === undefined ? {} : { expectedVersion: draft.baseVersion }),
    ...(draft.confirmOtherYear ? { confirmOtherFiscalYear: true } : {}),
    ...(draft.confirmRemoveMissed ? { confirmRemoveMissedReports: true } : {}),
  };
}

/** Draft measures as the save reads them (an indicator not chosen yet: 0, as the guard reads it). */
const asPlanMeasures = (measures: readonly DraftMeasure[]) =>
  measures.map((m) => ({ ...m, indicator: m.indicator ?? 0 })) as Plan['measures'];

/**
 * What saving `draft` on `today` (the server's, Me.today) would make due at once with the org's
 * units `unitIds` (pastDueAtSave: reports of rounds already past), or undefined: none, or a draft
 * the save would refuse anyway. The org's due rules and closure days are not known here (the API's
 * default dates), so the editor never shows this figure where POST /plan-checks is asked: it only
 * says "กำลังตรวจ…" while a count is likely (plan-editor.ts checkPastDue; tester s51).
 */
export function draftPastDue(draft: PlanDraft, today: string, unitIds: readonly string[]): PastDue | undefined {
  const body = planBody(draft);
  const plan = { orgId: '', fy: draft.fy, title: body.title, measures: asPlanMeasures(body.measures) };
  const stored = draft.baseVersion === undefined ? undefined : { measures: asPlanMeasures(draft.saved) };
  try {
    return pastDueAtSave(plan, stored, today as PlainDate, { unitIds });
  } catch {
    return undefined;
  }
}

/**
 * The other fiscal year the draft's plan names: its title's year, else (a file's) the year the
 * importer's fiscal-year-differs warning read; undefined when it names none or the draft's own.
 */
export function otherYearNamed(draft: Pick<PlanDraft, 'fy' | 'title' | 'warnings'>): number | undefined {
  const differs = draft.warnings.find((w) => w.code === 'fiscal-year-differs');
  const named = fiscalYearOfTitle(draft.title) ?? (differs ? fiscalYearOfTitle(differs.source) : undefined);
  return named !== undefined && named !== draft.fy ? named : undefined;
}

/**
 * Whether saving needs the coordinator's confirmation: the draft names another fiscal year, and the
 * year has no saved plan, or a saved plan that does not name that year (PUT /plan's
 * confirmOtherFiscalYear is sent then; the API asks it only over a saved plan). A year without a
 * plan asks too: last year's file picked by mistake was saved, dates and all, as this year's plan in
 * one click (break attempt s27, L-3).
 */
export function otherYearNeedsConfirming(
  draft: Pick<PlanDraft, 'fy' | 'title' | 'warnings' | 'baseVersion' | 'savedTitle'>,
): boolean {
  const other = otherYearNamed(draft);
  if (other === undefined) return false;
  return draft.baseVersion === undefined || fiscalYearOfTitle(draft.savedTitle ?? '') !== other;
}

/**
 * The stored follow-ups the guard refused to drop (409 droppedFollowUps "i4.f2,i10.f1"), each with
 * the draft measure it goes back into (the one saved under the same measure id).
 */
export function droppedFollowUps(
  draft: PlanDraft,
  dropped: string,
): { measure: DraftMeasure; followUp: DraftFollowUp }[] {
  const ids = measureIdsFor(draft.measures, draft.saved);
  return dropped.split(',').flatMap((key) => {
    const parts = /^(.+)\.f(\d+)$/.exec(key);
    if (!parts) return [];
    const measure = draft.measures[ids.indexOf(parts[1]!)];
    const saved = draft.saved.find((m) => m.measureId === parts[1]);
    const followUp = saved?.followUps.find((f) => f.followUpNo === Number(parts[2]));
    return measure && followUp ? [{ measure, followUp }] : [];
  });
}

/** Put refused follow-ups back into their measures, in follow-up number order. */
export function restoreFollowUps(dropped: { measure: DraftMeasure; followUp: DraftFollowUp }[]): void {
  for (const { measure, followUp } of dropped) {
    measure.followUps = [...measure.followUps.filter((f) => f.followUpNo !== followUp.followUpNo), clone(followUp)];
    measure.followUps.sort((a, b) => a.followUpNo - b.followUpNo);
  }
}

/** A kept follow-up whose change the guard refused (409 changedFollowUps), with what was saved. */
export interface RefusedChange {
  measure: DraftMeasure;
  followUp: DraftFollowUp;
  saved: { measure: DraftMeasure; followUp: DraftFollowUp };
}

/**
 * The follow-ups the guard refused to change (409 changedFollowUps "i4.f2": a cadence moved to
 * other periods, or a unit that reported taken off), each with the draft's and the saved version.
 */
export function changedFollowUps(draft: PlanDraft, changed: string): RefusedChange[] {
  const ids = measureIdsFor(draft.measures, draft.saved);
  return changed.split(',').flatMap((key) => {
    const parts = /^(.+)\.f(\d+)$/.exec(key);
    if (!parts) return [];
    const measure = draft.measures[ids.indexOf(parts[1]!)];
    const followUp = measure?.followUps.find((f) => f.followUpNo === Number(parts[2]));
    const savedMeasure = draft.saved.find((m) => m.measureId === parts[1]);
    const savedFollowUp = savedMeasure?.followUps.find((f) => f.followUpNo === Number(parts[2]));
    return measure && followUp && savedMeasure && savedFollowUp
      ? [{ measure, followUp, saved: { measure: savedMeasure, followUp: savedFollowUp } }]
      : [];
  });
}

/**
 * Put back what the reports need, other edits kept: each follow-up's saved cadence (due date, months,
 * its saved units added back), and its measure's saved units added back to the draft's ("every unit" if it was).
 */
export function restoreReportedObligations(changes: RefusedChange[]): void {
  for (const { measure, followUp, saved } of changes) {
    followUp.cadence = saved.followUp.cadence;
    if (saved.followUp.dueDate === undefined) delete followUp.dueDate;
    else followUp.dueDate = saved.followUp.dueDate;
    for (const key of ['firstMonth', 'lastMonth'] as const) {
      if (saved.followUp[key] === undefined) delete followUp[key];
      else followUp[key] = saved.followUp[key];
    }
    const savedUnits = saved.followUp.unitIds;
    if (savedUnits === undefined) delete followUp.unitIds;
    else followUp.unitIds = [...new Set([...(followUp.unitIds ?? []), ...savedUnits])];
    const was = saved.measure.responsible;
    if (was.allUnits) measure.responsible.allUnits = true;
    else measure.responsible.unitIds = [...new Set([...measure.responsible.unitIds, ...was.unitIds])];
  }
}

/** The stored measures the guard refused to drop (409 droppedMeasures "i4,i9"), to put back. */
export function droppedMeasures(draft: PlanDraft, droppedIds: string): DraftMeasure[] {
  const ids = new Set(droppedIds.split(',').filter(Boolean));
  return draft.saved.filter((m) => ids.has(m.measureId));
}

/**
 * The label of a warning's ตรวจแล้ว button: pressed, it takes the mark back, and says so (tester s38b:
 * it still read "ตรวจแล้ว ถูกต้อง" after it was pressed).
 */
export const checkedToggleLabel = (checked: boolean) => (checked ? 'ยกเลิก "ตรวจแล้ว"' : 'ตรวจแล้ว ถูกต้อง');

/**
 * What a warning's note says before its message (plan-fields warningNote): nothing while it stands,
 * else how it stopped: ตรวจแล้ว (marked), ยืนยันแล้ว (another fiscal year, confirmed by the tick beside
 * the save button or with the saved plan that names it; tester s38b: it said แก้ไขแล้ว), แก้ไขแล้ว
 * (the draft changed; a measure the save checks again says so).
 */
export function warningNotePrefix(warning: ImportWarning, draft: Parameters<typeof warningStands>[1]): string {
  if (warningStands(warning, draft)) return '';
  if (warning.code === 'fiscal-year-differs') {
    const named = { fy: draft.fy ?? 0, title: draft.title ?? '', warnings: draft.warnings ?? [] };
    return otherYearNamed(named) === undefined ? 'แก้ไขแล้ว: ' : 'ยืนยันแล้ว: ';
  }
  const settles = WARNING_KINDS[warning.code].settles;
  return settles === 'checked' ? 'ตรวจแล้ว: ' : settles === 'edit' ? 'แก้ไขแล้ว (ตรวจอีกครั้งเมื่อบันทึก): ' : 'แก้ไขแล้ว: ';
}

/**
 * Whether the draft settles a warning by itself (WARNING_KINDS: a choice, or an edit of its
 * measure); the others the coordinator marks as checked.
 */
export const settledByDraft = (warning: ImportWarning) => WARNING_KINDS[warning.code].settles !== 'checked';

/** The same measure as the file gave it, whatever its indicator (no-indicator asks for one: choosing it fixes nothing else). */
const sameMeasure = (a: DraftMeasure, b: DraftMeasure | undefined) =>
  b !== undefined && JSON.stringify({ ...a, indicator: null }) === JSON.stringify({ ...b, indicator: null });

/**
 * Whether a warning still stands in the draft: a chosen indicator, cadence or unit settles the
 * warnings about them; a measure the save would refuse (cannot-save) stands until it is changed
 * from what the file gave, or removed; any other (a unit or heading read by similarity, another
 * fiscal year) stands until the coordinator marks it ตรวจแล้ว.
 */
export function warningStands(
  warning: ImportWarning,
  draft: Pick<PlanDraft, 'measures' | 'acknowledged' | 'imported'> &
    Partial<Pick<PlanDraft, 'title' | 'fy' | 'warnings' | 'baseVersion' | 'savedTitle' | 'confirmOtherYear'>>,
): boolean {
  // the plan is too large to save until it is made smaller, whichever measures shrink
  if (warning.code === 'plan-too-large') return planTooLarge(draft);
  // another fiscal year: settled by the one confirmation beside the save button, which says both
  // years (tester s38 #3: it asked for ตรวจแล้ว here as well)
  if (warning.code === 'fiscal-year-differs')
    return (
      draft.fy !== undefined &&
      otherYearNeedsConfirming({ ...draft, fy: draft.fy, title: draft.title ?? '', warnings: draft.warnings ?? [] }) &&
      !draft.confirmOtherYear
    );
  // a repeated measure deleted settles its warning (kept, the coordinator marks both meant: ตรวจแล้ว)
  if (warning.code === 'measure-repeated' && !draft.measures.some((m) => m.measureId === warning.measureId))
    return false;
  const settles = WARNING_KINDS[warning.code].settles;
  if (settles === 'checked') return !(draft.acknowledged ?? []).includes(warning);
  const measure = draft.measures.find((m) => m.measureId === warning.measureId);
  if (settles === 'edit') {
    if (!measure) return warning.measureId === undefined;
    return sameMeasure(
      measure,
      draft.imported?.find((m) => m.measureId === warning.measureId),
    );
  }
  if (!measure) return true;
  switch (warning.code) {
    case 'no-indicator':
      return measure.indicator === null;
    case 'unspecified-cadence':
      return measure.followUps.find((f) => f.followUpNo === warning.followUpNo)?.cadence === 'unspecified';
    default:
      return !measure.responsible.allUnits && measure.responsible.unitIds.length === 0;
  }
}

/** Whether PUT /plan would refuse the draft as too large (413): its body over MAX_PLAN_SAVE_BODY_BYTES. */
export const planTooLarge = (draft: Pick<PlanDraft, 'measures'> & Partial<Pick<PlanDraft, 'title'>>) =>
  planSaveBodyBytes({ title: draft.title ?? '', measures: draft.measures }) > MAX_PLAN_SAVE_BODY_BYTES;

/**
 * Why the draft cannot be saved now, in Thai, or undefined when it can: the text beside the save
 * button whenever it is disabled (tester s38 #3: it was empty while only the other year's
 * confirmation was missing). `saving`: a save is on its way.
 */
export function saveBlockedReason(draft: PlanDraft, saving = false): string | undefined {
  if (saving) return 'กำลังบันทึกแผนมาตรการ กรุณารอสักครู่';
  const blocking = warningsBlockingSave(draft);
  if (blocking.length > 0) {
    const measures = new Set(blocking.flatMap((w) => (w.measureId ? [w.measureId] : [])));
    if (measures.size > 0)
      return `ยังบันทึกไม่ได้: มาตรการ ${toThaiDigits(measures.size)} ข้อบันทึกไม่ได้ตามที่${draft.source.kind === 'copy' ? 'คัดลอกมา' : 'อ่านจากไฟล์'} แก้ไขหรือลบมาตรการเหล่านี้ก่อน`;
    return blocking.some((w) => WARNING_KINDS[w.code].settles === 'checked')
      ? 'ยังบันทึกไม่ได้: ตรวจรายการต่อไปนี้ แล้วกด "ตรวจแล้ว ถูกต้อง" ที่คำเตือนนั้นก่อน'
      : 'ยังบันทึกไม่ได้: แก้ไขตามรายการต่อไปนี้ก่อน';
  }
  const other = otherYearNamed(draft);
  if (other !== undefined && otherYearNeedsConfirming(draft) && !draft.confirmOtherYear) {
    const [o, y] = [toThaiDigits(other), toThaiDigits(draft.fy)];
    return `ยังบันทึกไม่ได้: แผนนี้ระบุปีงบประมาณ ${o} แต่จะบันทึกเป็นแผนปีงบประมาณ ${y} ติ๊กช่องยืนยันด้านล่างก่อน${draft.source.kind === 'file' ? ` หรือนำเข้าเป็นแผนปี ${o}` : ''}`;
  }
  return undefined;
}

/** The standing warnings that keep the draft from being saved (cannot-save, plan-too-large), in draft order. */
export const warningsBlockingSave = (
  draft: Pick<PlanDraft, 'measures' | 'acknowledged' | 'imported' | 'warnings'> & Partial<Pick<PlanDraft, 'title'>>,
) => draft.warnings.filter((w) => WARNING_KINDS[w.code].blocksSave && warningStands(w, draft));

/** The measure of the draft a warning is about, and its place. */
const measureOfWarning = (draft: Pick<PlanDraft, 'measures'>, warning: ImportWarning) => {
  const index = draft.measures.findIndex((m) => m.measureId === warning.measureId && m.measureId !== '');
  return index < 0 ? undefined : { index, measure: draft.measures[index]! };
};

/**
 * Takes an indicator a warning offers (indicator-name-differs: the other reading of the heading)
 * for its measure, and marks the warning checked. Whether it was taken.
 */
export function chooseOfferedIndicator(draft: PlanDraft, warning: ImportWarning, indicator: number): boolean {
  const found = measureOfWarning(draft, warning);
  if (!found || !warning.indicators?.includes(indicator)) return false;
  found.measure.indicator = indicator;
  found.measure.title = titleForIndicator(found.measure.title, indicator);
  acknowledge(draft, warning, true);
  return true;
}

/**
 * A copy of the warning's measure for another indicator its heading names (several-indicators),
 * placed after it as a new measure (its id is given on saving, like any new measure's); the warning
 * is checked once every indicator it offers has its copy. The copy's place, or undefined.
 */
export function copyMeasureForIndicator(
  draft: PlanDraft,
  warning: ImportWarning,
  indicator: number,
): number | undefined {
  const found = measureOfWarning(draft, warning);
  if (!found || !warning.indicators?.includes(indicator)) return undefined;
  const copy: DraftMeasure = {
    ...clone(found.measure),
    measureId: '',
    indicator,
    title: titleForIndicator(found.measure.title, indicator),
  };
  const at = found.index + 1;
  draft.measures.splice(at, 0, copy);
  const copied = new Set(draft.measures.map((m) => m.indicator));
  if (warning.indicators.every((no) => copied.has(no))) acknowledge(draft, warning, true);
  return at;
}

/** Marks a warning checked, or not. */
export function acknowledge(draft: PlanDraft, warning: ImportWarning, checked: boolean): void {
  const rest = (draft.acknowledged ?? []).filter((w) => w !== warning);
  draft.acknowledged = checked ? [...rest, warning] : rest;
}

/**
 * The text beside a once follow-up's date input: the browser's date picker shows Gregorian (CE)
 * years, so the page says the date with its BE year ("ครบกำหนด ๓๑ มีนาคม ๒๕๖๗"); without a date,
 * the default, 31 December in the fiscal year `fy` (shared/domain/periods.ts), with its year too.
 */
export function onceDueHint(fy: number, dueDate: string | undefined): string {
  if (dueDate) return `ครบกำหนด ${formatThaiDate(dueDate as PlainDate)}`;
  return `ไม่ระบุ: ครบกำหนด ${formatThaiDate(plainDate(fy - BE_OFFSET - 1, 12, 31))}`;
}
