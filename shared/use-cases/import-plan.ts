// The CLI importer's use case: a plan file saved through the same checks and guard as PUT /plan
// (replaceOrgPlan). It loads the importer itself; the API function reaches it through a port.
import { NotFoundError } from '../domain/errors.js';
import type { StoredPlan } from '../domain/plan.js';
import { importPlanDraft } from '../import/import-plan-draft.js';
import type { ImportResult } from '../import/measures-document.js';
import { PLAN_FILE_FIELD } from '../import/plan-file.js';
import { withReplacedPlanNotice } from '../import/replaced-plan-notice.js';
import type { NamedUnit } from '../import/responsibility.js';
import type { SourceDocument } from '../import/source-document.js';
import type { Repositories } from '../store/repositories.js';
import { refuseUnsavableImport, replaceOrgPlan } from './replace-plan.js';

export interface ImportPlanRequest {
  orgId: string;
  fy: number;
  /** the plan file as read by readPlanFile (shared/import/read-plan-file.ts), as for POST /plan-imports */
  document: SourceDocument;
  actor: string;
  now: Date;
}

/**
 * The CLI importer (npm run import): a plan file (read by readPlanFile, as the API's plan-imports
 * route reads it) imported against the org's own units and saved by replaceOrgPlan.
 */
export async function importPlan(
  repos: Pick<Repositories, 'orgs' | 'plans' | 'reports'>,
  request: ImportPlanRequest,
): Promise<ImportResult & { saved: StoredPlan }> {
  const orgs = repos.orgs;
  const org = await orgs.getOrg(request.orgId);
  if (!org) {
    throw new NotFoundError(`ไม่พบองค์กร "${request.orgId}"`, `no organisation "${request.orgId}"`);
  }
  const units: NamedUnit[] = await orgs.listUnits(request.orgId);
  const replaced = await repos.plans.getPlan(request.orgId, request.fy);
  const options = { orgId: request.orgId, fy: request.fy, units, ...(org.name ? { orgName: org.name } : {}) };
  const result = importPlanDraft(request.document, options, replaced);
  refuseUnsavableImport(result, PLAN_FILE_FIELD);
  const saved = await replaceOrgPlan(repos, {
    orgId: request.orgId,
    fy: request.fy,
    plan: result.plan,
    units,
    actor: request.actor,
    now: request.now,
    replaced,
    path: PLAN_FILE_FIELD,
  });
  // said after the save: the CLI has no draft to check first (S14-17)
  return { ...withReplacedPlanNotice(result, replaced, 'file-saved'), saved };
}
