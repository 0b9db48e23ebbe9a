// "The coordinator accepts a report, returns it to the unit with a comment, or reopens an accepted one."
import type { ReviewBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { NotFoundError } from '../domain/errors.js';
import type { Report } from '../domain/report.js';
import { notStartedCannotBeAccepted } from '../domain/report-rules.js';
import { multiLine } from '../domain/text.js';
import { planObligation } from './plan-obligation.js';
import { ifMatchVersion } from './submit-report.js';
import type { UseCaseContext } from './use-case-context.js';

export async function reviewReport(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  obligationId: string,
  body: ReviewBody,
  ifMatch?: string,
): Promise<Report> {
  assertCoordinator(caller);
  await planObligation(ctx, caller.orgId, fy, obligationId);
  const reports = ctx.repos.reports;
  const ref = { orgId: caller.orgId, fy, obligationId };
  const latest = await reports.getLatest(ref);
  if (!latest) throw new NotFoundError('หน่วยงานยังไม่ได้ส่งรายงานนี้', 'no report has been submitted for this obligation');
  // If-Match names the version reviewed, as PUT …/report's (412 when not current; break s60-G)
  const named = ifMatch === undefined ? undefined : await ifMatchVersion(ctx, ref, ifMatch, undefined);
  if (body.decision === 'accept' && latest.progress === 'not_started') throw notStartedCannotBeAccepted(latest.version);
  return reports.review(
    ref,
    {
      decision: body.decision,
      // as saved: multiLine, as a report's texts
      comment: multiLine(body.comment),
      version: body.version ?? named ?? latest.version,
    },
    { actor: caller.personId, actorName: caller.name, now: ctx.clock() },
  );
}
