// "Restore version N": an earlier version of the year's plan as saved, for the coordinator to load
// as a draft and save again through the guarded PUT /plan (review 17 s14, S14-17).
import { assertCoordinator, type Caller } from '../domain/access.js';
import { NotFoundError, planNotFound } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { KEPT_PLAN_VERSIONS } from '../store/plan-versions.js';
import type { UseCaseContext } from './use-case-context.js';

/**
 * GET /v1/fiscal-years/{fy}/plan/versions/{version} (coordinators): the plan as version `version`
 * saved it: the current plan, or an earlier one kept when a save replaced it (plan-versions.ts).
 * Errors: NotFoundError (no plan this year; a version not yet saved; one not kept: replaced before
 * versions were kept, more than KEPT_PLAN_VERSIONS saves ago, or too large to keep).
 */
export async function planVersion(ctx: Pick<UseCaseContext, 'repos'>, caller: Caller, fy: number, version: number) {
  assertCoordinator(caller);
  const plans = ctx.repos.plans;
  const current = await plans.getPlanVersion(caller.orgId, fy);
  if (current === undefined) throw planNotFound(fy);
  const plan =
    version === current
      ? await plans.getPlan(caller.orgId, fy)
      : version < current
        ? await plans.getKeptVersion(caller.orgId, fy, version)
        : undefined;
  if (!plan) throw versionNotKept(fy, version, current);
  return { fy: plan.fy, version: plan.version, title: plan.title, measures: plan.measures };
}

const versionNotKept = (fy: number, version: number, current: number) =>
  version > current
    ? new NotFoundError(
        `แผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} ยังไม่มีฉบับที่ ${toThaiDigits(version)} (ฉบับล่าสุดคือฉบับที่ ${toThaiDigits(current)})`,
        `the FY${fy} plan has no version ${version} yet (the latest is version ${current})`,
      )
    : new NotFoundError(
        `ระบบไม่ได้เก็บแผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} ฉบับที่ ${toThaiDigits(version)} ไว้: ระบบเก็บฉบับก่อนหน้าไว้ ${toThaiDigits(KEPT_PLAN_VERSIONS)} ฉบับล่าสุด นับจากเมื่อเริ่มเก็บฉบับก่อนหน้า (ฉบับที่ถูกแทนก่อนหน้านั้น หรือแผนที่ใหญ่มาก คืนไม่ได้)`,
        `version ${version} of the FY${fy} plan is not kept: the last ${KEPT_PLAN_VERSIONS} earlier versions are, since versions began to be kept (earlier ones, or a very large plan, cannot be restored)`,
      );
