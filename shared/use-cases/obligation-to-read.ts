// An obligation read through a route of its own (its history, a cited evidence file): who may read
// it follows its unit, which is looked up only when access is checked.
import { assertCanReadUnit, type Caller } from '../domain/access.js';
import { planObligation } from './plan-obligation.js';
import type { UseCaseContext } from './use-case-context.js';

export interface ObligationToRead {
  fy: number;
  obligationId: string;
  /** the obligation's unit; NotFoundError when the plan has no such obligation */
  unitId: () => Promise<string>;
}

/** Obligation `obligationId` of `fy` in the caller's org; its unit is read from the plan when asked. */
export function obligationToRead(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  obligationId: string,
): ObligationToRead {
  return { fy, obligationId, unitId: async () => (await planObligation(ctx, caller.orgId, fy, obligationId)).unitId };
}

/** ForbiddenError unless the caller may read the obligation's unit (access.ts); NotFoundError if unknown. */
export async function assertCanReadObligation(caller: Caller, obligation: ObligationToRead): Promise<void> {
  assertCanReadUnit(caller, await obligation.unitId());
}
