// "The coordinator replaces the year's plan": one use case, with one guard, for the API (plan JSON
// or the measures document) and the CLI importer alike.
import { isDeepStrictEqual } from 'node:util';
import { clipText } from '../domain/text.js';
import { type UnitState, unitNameOf, unitlessPlaces } from '../domain/active-units.js';
import type { ReplacePlanBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { ConflictError, type FieldMessage, ValidationError } from '../domain/errors.js';
import { currentVersionIs, ifMatchVersions } from '../domain/if-match.js';
import { planPlace } from '../domain/field-labels.js';
import { MAX_PLAN_OBLIGATIONS, obligationCount } from '../domain/obligations.js';
import {
  orphanedReportsConflict,
  orphanedReportsFields,
  type OrphanedReports,
  isPlaceholder,
  reportsOrphanedBy,
  stampReportedPastStop,
} from '../domain/plan-reports-guard.js';
import { headingNumberOf, titleForIndicator } from '../domain/indicator-title.js';
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { planDocumentTitle } from '../domain/plan-labels.js';
import {
  dueDatesOutsideFiscalYear,
  MAX_MEASURES,
  MAX_TITLE_LENGTH,
  type Measure,
  Plan,
  type StoredPlan,
} from '../domain/plan.js';
import { markLateAdditions, startAdditionsAtSave, yearBoundsAsNone } from '../domain/mid-year-additions.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { DueRules } from '../domain/due-rules.js';
import { refuseRemovingMissedReports } from '../domain/ended-year-guard.js';
import { bangkokDate } from '../domain/plain-date.js';
import { closureCalendar, markedOn, pastDueAddedOn } from '../domain/past-due-at-save.js';
import { parseOrThrow } from '../domain/validation-messages.js';
import type { DraftPlan, ImportResult } from '../import/measures-document.js';
import type { ImportWarning } from '../import/import-warning.js';
import { parseIndicatorHeading } from '../import/indicator-heading.js';
import type { Repositories } from '../store/repositories.js';
import type { UseCaseContext } from './use-case-context.js';
import { otherFiscalYearNamed } from '../import/fiscal-year-names.js';
import { refuseOtherYearDocument, refuseOtherYearOverSaved } from './other-year-guard.js';
import { overdueRemovedAtSave } from './overdue-removed-at-save.js';

export interface PlanReplacement {
  orgId: string;
  fy: number;
  /** the new plan's title and measures, not yet validated */
  plan: { title?: unknown; measures: unknown };
  /** the org's units: a measure may name only these, and not only deactivated ones (names are used in messages) */
  units: readonly UnitState[];
  actor: string;
  now: Date;
  /** the version being replaced; default the current one */
  expectedVersion?: number;
  /** the plan being replaced, when the caller has read it already (else read here, when reports need it) */
  replaced?: StoredPlan | undefined;
  /** the org's due rules (an ended year's missed reports are counted with them) */
  dueRules?: DueRules | undefined;
  /**
   * the rules the plan replaced was due by, when they differ from `dueRules` (a due-rule change:
   * administer-org.ts setDueRule); default `dueRules`
   */
  savedDueRules?: DueRules | undefined;
  /** save over an ended year's plan even though missed reports leave (refuseRemovingMissedReports) */
  confirmRemoveMissedReports?: boolean;
  /** how the caller confirms that (default the API's field; the CLI's option) */
  confirmRemoveMissedWith?: string;
  /** where the plan sits in the caller's input, for field paths ("body"; "body.text" or the CLI's "file" for a plan read from a document) */
  path: string;
}

/**
 * Validate and save a new plan for (org, fy). Errors: ValidationError (400: bad fields, duplicate
 * ids, a due date outside the fiscal year, a measure over 100 KB, malformed Unicode, unknown
 * units, a measure naming only deactivated units, more than MAX_PLAN_OBLIGATIONS obligations in the year), ConflictError (409: the plan was saved by someone else since `expectedVersion`, or it
 * removes a measure, or a follow-up of a kept measure, that already has reports, or stops making an
 * obligation that has one (a cadence changed, a unit taken off): see orphanedReportsConflict; or
 * the year has ended and it removes missed reports, unconfirmed: refuseRemovingMissedReports).
 * Writes nothing unless it succeeds; the save is all or nothing (PlanRepository.savePlan). A plan
 * that stores what the saved one holds (samePlan's rule), sent at its version or at none, is not
 * saved: the saved plan itself is returned (no new version pushing history out).
 */
export async function replaceOrgPlan(
  repos: Pick<Repositories, 'plans' | 'reports'>,
  r: PlanReplacement,
): Promise<StoredPlan> {
  const unitNamed = unitNameOf(r.units);
  // a message naming the org's units names them as the org calls them (กองช่าง, not engineering)
  const plan = parseOrThrow(Plan, { orgId: r.orgId, fy: r.fy, ...r.plan }, r.path, unitNamed);
  // a title's leading "ตัวชี้วัดที่ N" is its indicator's heading: a plan whose indicator was changed
  // (by an API client, or the page before S11-40) is saved with the heading of its new indicator
  for (const m of plan.measures) {
    const title = titleForIndicator(m.title, m.indicator);
    if (title.length <= MAX_TITLE_LENGTH) m.title = title;
  }
  const lateOrEarly = dueDatesOutsideFiscalYear(plan, r.path, unitNamed);
  if (lateOrEarly.length > 0) {
    throw new ValidationError(
      'วันครบกำหนดและเดือนของการติดตามผลในแผนต้องอยู่ในปีงบประมาณของแผน',
      "the plan's due dates and follow-up months must fall inside its fiscal year",
      lateOrEarly,
    );
  }
  refuseUnknownUnits(plan, r.units, r.path);
  const unstaffed = unitlessPlaces(plan, r.units, (at) => planPlace(at, plan)!);
  if (unstaffed.length > 0) {
    // a follow-up's own units (the measure's may all be open): said so (re-check s47)
    const followUp = unstaffed.some((u) => u.followUpIndex !== undefined);
    throw new ValidationError(
      followUp
        ? 'แผนมีมาตรการหรือการติดตามผลที่หน่วยงานที่เลือกปิดการใช้งานแล้วทั้งหมด'
        : 'แผนมีมาตรการที่หน่วยงานผู้รับผิดชอบปิดการใช้งานแล้วทั้งหมด',
      followUp
        ? 'the plan has measures or follow-ups whose chosen units are all deactivated'
        : 'the plan has measures whose responsible units are all deactivated',
      unstaffed.map(({ field, message }) => ({
        path: `${r.path}.${field}`,
        message_th: message.th,
        message_en: message.en,
      })),
    );
  }
  const orgUnitIds = r.units.map((u) => u.unitId);
  refuseTooManyObligations(plan, orgUnitIds, r.path);
  let stored: StoredPlan | undefined = 'replaced' in r ? r.replaced : undefined;
  // what is added to a saved plan during its year owes the periods from now on (S14-8)
  stored ??= await repos.plans.getPlan(r.orgId, r.fy);
  stampAsSaved(plan, stored, r.now, orgUnitIds, r.dueRules ?? {}, r.savedDueRules ?? r.dueRules ?? {});
  // the saved plan sent again (at its version, or at none): no new version (tester s51 P3)
  const atSaved = r.expectedVersion === undefined || r.expectedVersion === stored?.version;
  if (stored && atSaved && storesAsSaved(plan, stored)) return stored;
  /** 409 when the plan would stop making an obligation that has a report (read now) */
  const guardReports = async () => {
    const orphaned = await reportsOrphanedBySave(repos, { orgId: r.orgId, fy: r.fy, plan, stored, orgUnitIds });
    if (orphaned.length > 0)
      throw orphanedReportsConflict(orphaned, {
        stored,
        newPlan: plan,
        unitName: unitNamed,
        path: r.path,
      });
  };
  // refused as it stands: nothing written
  await guardReports();
  if (stored)
    refuseRemovingMissedReports({
      fy: r.fy,
      before: stored,
      after: plan,
      units: r.units,
      dueRules: r.dueRules,
      today: bangkokDate(r.now),
      confirmed: r.confirmRemoveMissedReports === true,
      path: r.path,
      confirmWith: r.confirmRemoveMissedWith ?? 'confirmRemoveMissedReports: true',
    });
  const plans = repos.plans;
  const current = r.expectedVersion ?? (await plans.getPlanVersion(r.orgId, r.fy));
  if (current === undefined) return plans.savePlan(plan, { actor: r.actor, now: r.now });
  // A report sent meanwhile would escape the guard: hold the plan against new reports, read them
  // again, then save (the save's switch ends the hold). Review 17 s11, S11-1.
  await plans.holdForSave(r.orgId, r.fy, current, r.now);
  try {
    await guardReports();
    // the plan replaced is kept for the history to restore (review 17 s14, S14-17)
    return await plans.savePlan(plan, { actor: r.actor, now: r.now, expectedVersion: current, replaced: stored });
  } catch (error) {
    await plans.releaseSaveHold(r.orgId, r.fy, current).catch(() => undefined);
    throw error;
  }
}

/**
 * 400 for a plan naming units the org does not have (quoted as sent): responsible units, the lead
 * unit, units' first months, a follow-up's units. PUT /plan's rule, and POST …/plan-checks' (tester
 * s52: the check answered 200 for a draft the save refuses).
 */
export function refuseUnknownUnits(plan: Pick<Plan, 'measures'>, units: readonly UnitState[], path: string): void {
  const known = new Set(units.map((u) => u.unitId));
  const unknown = plan.measures.flatMap((m, i) => [
    ...[...m.responsible.unitIds, ...(m.responsible.leadUnitId ? [m.responsible.leadUnitId] : [])]
      .filter((u) => !known.has(u))
      .map((u) => ({ i, u, field: 'responsible.unitIds' })),
    ...Object.keys(m.responsible.unitFirstMonths ?? {})
      .filter((u) => !known.has(u))
      .map((u) => ({ i, u, field: `responsible.unitFirstMonths.${u}` })),
    ...m.followUps.flatMap((f, j) => [
      ...(f.unitIds ?? []).filter((u) => !known.has(u)).map((u) => ({ i, u, field: `followUps.${j}.unitIds` })),
      ...Object.keys(f.unitFirstMonths ?? {})
        .filter((u) => !known.has(u))
        .map((u) => ({ i, u, field: `followUps.${j}.unitFirstMonths.${u}` })),
    ]),
  ]);
  if (unknown.length > 0) {
    throw new ValidationError(
      'แผนระบุหน่วยงานที่ไม่มีในองค์กร',
      'the plan names units the organisation does not have',
      unknown.map(({ i, u, field }) => ({
        path: `${path}.measures.${i}.${field}`,
        message_th: `${planPlace(['measures', i], plan)!.th}: องค์กรไม่มีหน่วยงาน "${u}" (เลือกจากหน่วยงานขององค์กร)`,
        message_en: `${planPlace(['measures', i], plan)!.en}: the organisation has no unit "${u}" (choose one of its units)`,
      })),
    );
  }
}

/** 400 for a plan making more than MAX_PLAN_OBLIGATIONS obligations in its year: PUT /plan's and the check's. */
export function refuseTooManyObligations(plan: Plan, orgUnitIds: readonly string[], path: string): void {
  const count = obligationCount(plan, orgUnitIds);
  if (count > MAX_PLAN_OBLIGATIONS) {
    const th = `แผนนี้ทำให้หน่วยงานมีงานที่ต้องรายงาน ${toThaiDigits(count)} รายการในปีเดียว เกินกว่าที่ระบบรองรับ (${toThaiDigits(MAX_PLAN_OBLIGATIONS)} รายการ) กรุณาลดจำนวนการติดตามผล รอบการรายงานที่ถี่ หรือหน่วยงานที่รับผิดชอบ`;
    const en = `this plan makes ${count} obligations in one year; at most ${MAX_PLAN_OBLIGATIONS} are supported: use fewer follow-ups, less frequent cadences or fewer responsible units`;
    throw new ValidationError(th, en, [{ path: `${path}.measures`, message_th: th, message_en: en }]);
  }
}

/**
 * The save's own stamps on `plan` (mutated) over `stored`: what is added during the year starts at the
 * save (S14-8), what comes in already due is reminded from now (break s31-u F4).
 */
export function stampAsSaved(
  plan: Plan,
  stored: StoredPlan | undefined,
  now: Date,
  orgUnitIds: readonly string[],
  dueRules: DueRules,
  savedDueRules: DueRules = dueRules,
): void {
  startAdditionsAtSave(plan, stored, now, orgUnitIds);
  markLateAdditions(plan, stored, now, orgUnitIds, dueRules, savedDueRules);
}

/**
 * Whether `draft` saved now over `saved` would store what `saved` holds (its version and who saved it
 * aside): the save's parse, indicator headings and stamps (replaceOrgPlan) applied to a copy. The
 * one rule of PUT /plan and the CLI importer: such a plan is not saved again (no new version).
 */
export function samePlan(
  draft: PlanReplacement['plan'] & { orgId?: string; fy?: number },
  saved: StoredPlan,
  at: { now: Date; orgUnitIds: readonly string[]; dueRules: DueRules },
): boolean {
  const parsed = Plan.safeParse({ ...draft, orgId: saved.orgId, fy: saved.fy });
  if (!parsed.success) return false;
  const plan = parsed.data;
  for (const m of plan.measures) {
    const title = titleForIndicator(m.title, m.indicator);
    if (title.length <= MAX_TITLE_LENGTH) m.title = title;
  }
  stampAsSaved(plan, saved, at.now, at.orgUnitIds, at.dueRules);
  return storesAsSaved(plan, saved);
}

/** Whether `plan` (parsed and stamped as the save stores it) holds what `saved` does. */
function storesAsSaved(stamped: Plan, saved: StoredPlan): boolean {
  const plan = structuredClone(stamped);
  // the periods a stop keeps for reports (stamped by the save from the reports): as saved, while the stop is
  for (const m of plan.measures) {
    const was = saved.measures.find((s) => s.measureId === m.measureId);
    for (const f of m.followUps) {
      const sf = was?.followUps.find((x) => x.followUpNo === f.followUpNo);
      if (sf?.reportedPastStop && sf.cadence === f.cadence && sf.lastMonth === f.lastMonth)
        f.reportedPastStop = sf.reportedPastStop;
    }
  }
  const plain = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T;
  const { version: _v, updatedAt: _a, updatedBy: _b, ...kept } = plain(saved);
  // a plan saved before the year's bounds were stored as none holds them as sent: the same plan
  yearBoundsAsNone(kept);
  return isDeepStrictEqual(plain(plan), kept);
}

/** What the guard on reports decides from: the plan as the save stores it, and the one it replaces. */
interface GuardedSave {
  orgId: string;
  fy: number;
  /** with what is added during the year started at the save (startAdditionsAtSave) */
  plan: Plan;
  stored: StoredPlan | undefined;
  orgUnitIds: readonly string[];
}

/**
 * The guard's decision: the reports units filed in (org, fy), read now, that saving `plan` over
 * `stored` would leave without their measure, follow-up or obligation (reportsOrphanedBy). The save
 * refuses with 409 when there are any; the preview of a file says them first (foreseenReportsRefusal).
 */
async function reportsOrphanedBySave(repos: Pick<Repositories, 'reports'>, g: GuardedSave): Promise<OrphanedReports[]> {
  const reports = await repos.reports.listLatestForYear(g.orgId, g.fy);
  // a stopped follow-up keeps the later periods units reported on (tester s43 F2)
  stampReportedPastStop(g.plan, reports);
  // a placeholder holds nothing in the plan: removed with its obligation, kept stored (tester s43 F2)
  const held = reports.filter((r) => !isPlaceholder(r));
  return reportsOrphanedBy(g.plan, held, g.stored ? { plan: g.stored, orgUnitIds: g.orgUnitIds } : undefined);
}

/** A draft the save would refuse for reports: each entry the guard names, with its field of the 409. */
export interface ForeseenRefusal {
  orphaned: OrphanedReports;
  field: FieldMessage;
}

/**
 * What saving a file's draft over the year's saved plan now would refuse for reports, said before
 * the save (review 17 s21, S21-3: a reported unit taken off, a cadence changed, a follow-up or a
 * measure dropped): the save's own decision (reportsOrphanedBySave) on the draft as the save would
 * store it (startAdditionsAtSave at `now`), each entry with the 409's field message, in its order.
 * The guard reads no indicator of the new plan: a measure still without one is guarded as it is.
 * No saved plan: nothing to refuse. Writes nothing.
 */
export async function foreseenReportsRefusal(
  repos: Pick<Repositories, 'reports'>,
  f: {
    orgId: string;
    fy: number;
    draft: DraftPlan;
    stored: StoredPlan | undefined;
    units: readonly UnitState[];
    now: Date;
  },
): Promise<ForeseenRefusal[]> {
  if (!f.stored) return [];
  const orgUnitIds = f.units.map((u) => u.unitId);
  const plan: Plan = {
    ...f.draft,
    measures: f.draft.measures.map((m) => ({ ...structuredClone(m), indicator: m.indicator ?? 0 })),
  };
  startAdditionsAtSave(plan, f.stored, f.now, orgUnitIds);
  const orphaned = await reportsOrphanedBySave(repos, { orgId: f.orgId, fy: f.fy, plan, stored: f.stored, orgUnitIds });
  const fields = orphanedReportsFields(orphaned, {
    stored: f.stored,
    newPlan: plan,
    unitName: unitNameOf(f.units),
    path: 'body',
  });
  return orphaned.map((o, k) => ({ orphaned: o, field: fields[k]! }));
}

/** A document with more measure rows than a plan holds is not saved cut short: 400 with the importer's words. */
function refuseDroppedMeasures(result: ImportResult, path: string): void {
  const dropped = result.warnings.find((w) => w.code === 'measures-dropped');
  if (!dropped) return;
  throw new ValidationError(
    `เอกสารมีมาตรการเกิน ${toThaiDigits(MAX_MEASURES)} ข้อ จึงไม่บันทึก`,
    `the document has more than ${MAX_MEASURES} measures; nothing was saved`,
    [{ path, message_th: dropped.message_th, message_en: dropped.message_en }],
  );
}

/** The importer's warnings that stop a document's plan from being saved as it is. */
const UNSAVABLE: readonly ImportWarning['code'][] = ['no-indicator', 'cannot-save'];

/**
 * A document whose measures cannot be saved as read is refused with the importer's own words (where
 * in the document, what was read, what to do), not the schema's message about the plan made from
 * it ("ค่าที่ส่งมา: null" for an indicator the document lacks): one field per warning, on `path`.
 */
function refuseUnsavableDocument(result: ImportResult, path: string): void {
  const blocking = result.warnings.filter((w) => UNSAVABLE.includes(w.code));
  if (blocking.length === 0) return;
  throw new ValidationError(
    `เอกสารนี้ยังบันทึกเป็นแผนไม่ได้ มาตรการ ${toThaiDigits(new Set(blocking.map((w) => w.measureId ?? w.source)).size)} ข้อต้องแก้ก่อน: แก้ในเอกสารแล้วส่งใหม่ หรือนำเข้าผ่านหน้าแผนมาตรการเพื่อแก้ในร่าง`,
    `this document cannot be saved as a plan yet: fix the measures named (in the document, or import it in the plan page and fix the draft)`,
    blocking.map((w) => {
      // the importer's message already opens with its place ("ตาราง ๑ แถว ๒ คอลัมน์ ๑: …")
      const read = w.source
        ? { th: ` (อ่านได้: "${clipText(w.source, 120)}")`, en: ` (read: "${clipText(w.source, 120)}")` }
        : { th: '', en: '' };
      return {
        path,
        message_th: `${w.message_th}${read.th}`,
        message_en: `${w.message_en}${read.en}`,
      };
    }),
  );
}

/**
 * A document's draft that is not saved as it is: more measures than a plan holds, no measures table,
 * or measures the importer could not complete (refuseUnsavableDocument). ValidationError (400) on
 * `path` ("body.text", or the CLI's PLAN_FILE_FIELD), with the importer's own words.
 */
export function refuseUnsavableImport(result: ImportResult, path: string): void {
  refuseDroppedMeasures(result, path);
  if (result.plan.measures.length === 0) {
    throw new ValidationError('ไม่พบตารางมาตรการในเอกสาร', 'no measures table was found in the document', [
      { path, message_th: 'ไม่พบตารางมาตรการ', message_en: 'no measures table found' },
    ]);
  }
  refuseUnsavableDocument(result, path);
}

/**
 * Plan JSON whose measure title opens with "ตัวชี้วัดที่ N" and then another indicator's catalog name
 * ("ตัวชี้วัดที่ ๔ คุณภาพการดำเนินงาน": 6's) is 400 on that title, naming N's name (tester s44). The
 * importer's rule (parseIndicatorHeading's `nameOf`, its 'indicator-name-differs' warning), read
 * on the title as the save writes it for the measure's indicator (titleForIndicator). What the
 * importer takes as it is passes: a slip in N's own name, a name of another indicator the heading
 * lists too ("ตัวชี้วัดที่ ๔-๕ การแก้ไขปัญหาการทุจริต"), a title that only contains a name, and a title
 * that does not open with a heading (the importer's title of a heading it refused so).
 */
export function refuseIndicatorNamesDiffering(measures: readonly Measure[], path: string): void {
  const fields = measures.flatMap((m, i): FieldMessage[] => {
    const title = titleForIndicator(m.title, m.indicator);
    const heading = headingNumberOf(title) === m.indicator ? parseIndicatorHeading(title) : undefined;
    const named = heading?.nameOf;
    if (!named || named.numberRead !== m.indicator || heading.alsoNames?.indicators.includes(named.indicator))
      return [];
    const place = planPlace(['measures', i], { measures })!;
    const n = toThaiDigits(m.indicator);
    const other = toThaiDigits(named.indicator);
    const own = catalogIndicator(m.indicator);
    return [
      {
        path: `${path}.measures.${i}.title`,
        message_th: `${place.th}: ชื่อมาตรการขึ้นต้นด้วย "ตัวชี้วัดที่ ${n}" แต่ "${named.name}" เป็นชื่อของตัวชี้วัดที่ ${other} ชื่อของตัวชี้วัดที่ ${n} คือ "${own.nameTh}" กรุณาแก้ชื่อมาตรการให้ตรงกับตัวชี้วัด หรือเลือกตัวชี้วัดที่ ${other}`,
        message_en: `${place.en}: the title opens with indicator ${m.indicator}'s heading but "${named.name}" is indicator ${named.indicator}'s name; indicator ${m.indicator} is "${own.nameTh}" (${own.nameEn}): make the title match the indicator, or choose indicator ${named.indicator}`,
      },
    ];
  });
  if (fields.length === 0) return;
  throw new ValidationError(
    'ชื่อตัวชี้วัดในชื่อมาตรการไม่ตรงกับเลขตัวชี้วัด',
    "a measure title names another indicator than the measure's",
    fields,
  );
}

/** PUT /plan's answer to a plan the same as the saved version `version`: nothing saved. */
const unchangedNote = (version: number) => ({
  message_th: `ไม่ได้บันทึก: แผนที่ส่งมาเหมือนแผนฉบับที่ ${toThaiDigits(version)} ที่บันทึกไว้แล้วทุกประการ จึงไม่สร้างฉบับใหม่`,
  message_en: `not saved: the plan sent is the same as the saved version ${version}; no new version was made`,
});

/**
 * The version PUT /plan's If-Match (RFC 9110 §13.1.1) names, read as body.expectedVersion (tester
 * s52: ignored): a plan's entity tag is its version quoted ("3"; a bare 3 too). Of several, the
 * current one when named, else the highest (stale: the save's 409); `*`, the current one. A body
 * version it does not name is 400 on both (ifMatchVersions); a body version it names is the one.
 * Errors: ValidationError (400) for a tag naming no version; ConflictError (409) for `*` with no plan.
 */
function ifMatchedVersion(ifMatch: string, sent: number | undefined, current: number | undefined, fy: number): number {
  const [any, versions] = ifMatchVersions(ifMatch, sent);
  if (sent !== undefined) return sent;
  if (current !== undefined && (any || versions.includes(current))) return current;
  if (versions.length > 0) return Math.max(...versions);
  const now = current ?? 0;
  if (any) {
    const th = `ปีงบประมาณ ${toThaiDigits(fy)} ยังไม่มีแผนมาตรการ If-Match: * จึงไม่ตรงกับแผนใด ส่งแผนฉบับแรกโดยไม่ใส่ If-Match`;
    const en = `FY${fy} has no plan yet, so If-Match: * matches none; send the first plan without If-Match`;
    throw new ConflictError(th, en, [{ path: 'headers.if-match', message_th: th, message_en: en }], {
      currentVersion: now,
    });
  }
  const [isTh, isEn] = currentVersionIs(now);
  const th = `If-Match ของแผนคือหมายเลขฉบับในเครื่องหมายคำพูด เช่น "${Math.max(now, 1)}" ${now > 0 ? isTh : 'ปีนี้ยังไม่มีแผน'}`;
  const en = `a plan's If-Match is its version in quotes, e.g. "${Math.max(now, 1)}"; ${now > 0 ? isEn : 'the year has no plan yet'}`;
  throw new ValidationError(th, en, [{ path: 'headers.if-match', message_th: th, message_en: en }]);
}

/**
 * PUT /v1/fiscal-years/{fy}/plan (coordinators). A plan the same as the saved one (replaceOrgPlan
 * saves nothing) answers the saved plan with `unchanged`. `ifMatch`: the request's If-Match, as
 * body.expectedVersion (ifMatchedVersion).
 */
export async function replacePlan(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  body: ReplacePlanBody,
  ifMatch?: string,
) {
  assertCoordinator(caller);
  const { org, units } = await ctx.directory.orgWithUnits(caller.orgId);
  let plan: PlanReplacement['plan'];
  let warnings: ImportWarning[] = [];
  const confirmed = body.confirmOtherFiscalYear === true;
  // read once: the document's importer and the answer's pastDue read it (replaceOrgPlan too, as given)
  const replaced = await ctx.repos.plans.getPlan(caller.orgId, fy);
  const expectedVersion =
    ifMatch === undefined
      ? body.expectedVersion
      : ifMatchedVersion(ifMatch, body.expectedVersion, replaced?.version, fy);
  if (body.format === 'document') {
    const options = { orgId: caller.orgId, fy, units, ...(org?.name ? { orgName: org.name } : {}) };
    const result = ctx.planImporter(body.text, options, replaced);
    refuseUnsavableImport(result, 'body.text');
    plan = result.plan;
    warnings = result.warnings;
    refuseOtherYearDocument(result, { fy, saved: replaced, confirmed, path: 'body.text' });
  } else {
    refuseIndicatorNamesDiffering(body.measures, 'body');
    // no title, or one with nothing visible (spaces, U+200B, U+FEFF: tester s52; read as empty by
    // shownText): the one the plan's document prints, not an empty or invisible title (tester s44)
    const title = body.title || planDocumentTitle(org?.name ?? caller.orgId, fy);
    plan = { title, measures: body.measures };
    if (!confirmed && otherFiscalYearNamed(title, fy) !== undefined)
      refuseOtherYearOverSaved({ fy, named: title, saved: replaced, confirmed, path: 'body.title' });
  }
  const now = ctx.clock();
  const saved = await replaceOrgPlan(ctx.repos, {
    orgId: caller.orgId,
    fy,
    plan,
    units,
    actor: caller.personId,
    now,
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
    replaced,
    dueRules: org?.dueRules,
    confirmRemoveMissedReports: body.confirmRemoveMissedReports === true,
    path: body.format === 'document' ? 'body.text' : 'body',
  });
  // the saved plan sent again: nothing saved (replaceOrgPlan), said so
  if (saved === replaced) return { plan: saved, warnings, unchanged: unchangedNote(saved.version) };
  // the past rounds this save made due at once (tester s48 P2; docs/api.md)
  const today = bangkokDate(now);
  const ids = units.map((u) => u.unitId);
  const rules = org?.dueRules ?? {};
  const already = replaced && markedOn(replaced, today, ids, rules);
  // the escalation days on the jobs' calendar: the org's closure days off too
  const pastDue = pastDueAddedOn(saved, today, ids, rules, already, closureCalendar(org?.closureDays));
  // the overdue work no report held that this save removed: said, as the check foresaw it (tester s56 D)
  const overdue = await overdueRemovedAtSave(ctx.repos, {
    before: replaced,
    after: saved,
    units,
    dueRules: rules,
    now,
    done: true,
  });
  return { plan: saved, warnings: [...warnings, ...overdue], ...(pastDue ? { pastDue } : {}) };
}
