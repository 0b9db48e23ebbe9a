// The CLI importer's use case: a plan file saved through the same checks and guard as PUT /plan
// (replaceOrgPlan). It loads the importer itself; the API function reaches it through a port.
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { StoredPlan } from '../domain/plan.js';
import { importPlanDraft } from '../import/import-plan-draft.js';
import type { ImportResult } from '../import/measures-document.js';
import { PLAN_FILE_FIELD } from '../import/plan-file.js';
import { measuresNamed, replacedMeasures, withReplacedPlanNotice } from '../import/replaced-plan-notice.js';
import type { NamedUnit } from '../import/responsibility.js';
import type { SourceDocument } from '../import/source-document.js';
import type { Repositories } from '../store/repositories.js';
import { refuseOtherYearFirstSave } from './other-year-first-save.js';
import { refuseOtherYearDocument } from './other-year-guard.js';
import { refuseUnsavableImport, replaceOrgPlan, samePlan } from './replace-plan.js';

export interface ImportPlanRequest {
  orgId: string;
  fy: number;
  /** the plan file as read by readPlanFile (shared/import/read-plan-file.ts), as for POST /plan-imports */
  document: SourceDocument;
  actor: string;
  now: Date;
  /** save a document naming another fiscal year as the year's plan, first or over the saved one (--confirm-other-year) */
  confirmOtherFiscalYear?: boolean;
  /** save a document that lacks saved measures, removing them (--replace) */
  confirmRemovals?: boolean;
  /** save over an ended year's plan even though missed reports leave (--confirm-remove-missed) */
  confirmRemoveMissedReports?: boolean;
}

/**
 * 409 when saving `draft` would remove saved measures of the year: the CLI has no draft for the
 * administrator to check first (the page blocks such a save until ตรวจแล้ว: S14-17), so it names
 * them and asks for --replace.
 */
function refuseRemovals(fy: number, saved: StoredPlan, draft: readonly { measureId: string }[]): void {
  const { removed } = replacedMeasures(draft, saved.measures);
  if (removed.length === 0) return;
  const [y, n] = [toThaiDigits(fy), toThaiDigits(removed.length)];
  const named = measuresNamed(removed, (t) => `"${t}"`);
  throw new ConflictError(
    `ไฟล์นี้ไม่มีมาตรการที่บันทึกไว้ของปีงบประมาณ ${y} ${n} ข้อ (${named}) ถ้าบันทึก มาตรการเหล่านี้จะถูกลบพร้อมงานที่ต้องรายงาน จึงยังไม่บันทึก: ตรวจว่าอ่านมาตรการจากไฟล์ได้ครบ (ดูด้วย --dry-run) ถ้าตั้งใจลบจริง ให้สั่งใหม่พร้อม --replace`,
    `this file lacks ${removed.length} measures saved for fiscal year ${fy} (${named}); saving would remove them with their obligations, so nothing was saved: check that the file was read whole (--dry-run), and to remove them, run again with --replace`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `ไม่มีมาตรการที่บันทึกไว้ ${removed.map((m) => m.measureId).join(', ')}`,
        message_en: `lacks the saved measures ${removed.map((m) => m.measureId).join(', ')}`,
      },
    ],
    { removedMeasureIds: removed.map((m) => m.measureId) },
  );
}

/**
 * The CLI importer (npm run import): a plan file (read by readPlanFile, as the API's plan-imports
 * route reads it) imported against the org's own units and saved by replaceOrgPlan.
 */
export async function importPlan(
  repos: Pick<Repositories, 'orgs' | 'plans' | 'reports'>,
  request: ImportPlanRequest,
): Promise<ImportResult & { saved: StoredPlan; unchanged?: true }> {
  const read = await readAgainstOrg(repos, request);
  if (!read) {
    throw new NotFoundError(`ไม่พบองค์กร "${request.orgId}"`, `no organisation "${request.orgId}"`);
  }
  const { org, units, replaced, result } = read;
  refuseUnsavableImport(result, PLAN_FILE_FIELD);
  // the API's guards (review 17 s15, S15-2): another year's document, saved measures removed
  const otherYear = {
    fy: request.fy,
    confirmed: request.confirmOtherFiscalYear === true,
    path: PLAN_FILE_FIELD,
    confirmWith: '--confirm-other-year',
  };
  if (replaced) refuseOtherYearDocument(result, { ...otherYear, saved: replaced });
  else refuseOtherYearFirstSave(result, otherYear);
  if (replaced && request.confirmRemovals !== true) refuseRemovals(request.fy, replaced, result.plan.measures);
  // the same plan as the saved version: no new version (tester h, session 33)
  if (
    replaced &&
    samePlan(result.plan, replaced, {
      now: request.now,
      orgUnitIds: units.map((u) => u.unitId),
      dueRules: org.dueRules ?? {},
    })
  )
    return { ...result, saved: replaced, unchanged: true };
  const saved = await replaceOrgPlan(repos, {
    orgId: request.orgId,
    fy: request.fy,
    plan: result.plan,
    units,
    actor: request.actor,
    now: request.now,
    replaced,
    path: PLAN_FILE_FIELD,
    dueRules: org.dueRules,
    confirmRemoveMissedReports: request.confirmRemoveMissedReports === true,
    confirmRemoveMissedWith: '--confirm-remove-missed',
  });
  // said after the save: the CLI has no draft to check first (S14-17)
  return { ...withReplacedPlanNotice(result, replaced, 'file-saved'), saved };
}

/**
 * The file read as the saving run reads it: against the org's name, units and saved plan of the
 * year (undefined: no such org). The dry run (--dry-run) and the save give the same warnings.
 */
async function readAgainstOrg(
  repos: Pick<Repositories, 'orgs' | 'plans'>,
  request: Pick<ImportPlanRequest, 'orgId' | 'fy' | 'document' | 'confirmOtherFiscalYear'>,
) {
  const org = await repos.orgs.getOrg(request.orgId);
  if (!org) return undefined;
  const units: NamedUnit[] = await repos.orgs.listUnits(request.orgId);
  const replaced = await repos.plans.getPlan(request.orgId, request.fy);
  // the CLI importer's: its warnings name the file and the CLI's options, not the page's buttons
  const options = {
    orgId: request.orgId,
    fy: request.fy,
    units,
    reader: 'cli' as const,
    otherYearConfirmed: request.confirmOtherFiscalYear === true,
    // an earlier year's document confirmed as this year's has its years moved (tester s42 F8)
    moveEarlierYears: request.confirmOtherFiscalYear === true,
    ...(org.name ? { orgName: org.name } : {}),
  };
  return { org, units, replaced, result: importPlanDraft(request.document, options, replaced) };
}

/**
 * npm run import --dry-run against an org in the table: what the saving run would read, warnings
 * included, with the notice of the saved plan it would replace; writes nothing. Undefined when the
 * table has no such org.
 */
export async function previewPlanImport(
  repos: Pick<Repositories, 'orgs' | 'plans'>,
  request: Pick<ImportPlanRequest, 'orgId' | 'fy' | 'document' | 'now' | 'confirmOtherFiscalYear'>,
): Promise<(ImportResult & { unchanged?: true }) | undefined> {
  const read = await readAgainstOrg(repos, request);
  if (!read) return undefined;
  const { org, units, replaced, result } = read;
  const at = { now: request.now, orgUnitIds: units.map((u) => u.unitId), dueRules: org.dueRules ?? {} };
  if (replaced && samePlan(result.plan, replaced, at)) return { ...result, unchanged: true };
  return withReplacedPlanNotice(result, replaced, 'file-cli');
}
