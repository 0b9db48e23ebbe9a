// "Generate the annual report now", "which generations are there", "give me a download link".
import { assertCanReadOrgWide, type Caller } from '../domain/access.js';
import { NotFoundError } from '../domain/errors.js';
import { annualReportKey, type ReportFileName } from '../documents/report-files.js';
import { AnnualReportRepository } from '../store/annual-report-repository.js';
import type { UseCaseContext } from './use-case-context.js';

const LINK_SECONDS = 300;

export async function requestAnnualReport(ctx: UseCaseContext, caller: Caller, fy: number) {
  assertCanReadOrgWide(caller);
  // PDF and DOCX rendering is heavy to load; only this route needs it, so it loads on first use.
  const { generateAnnualReport } = await import('../documents/generate-annual-report.js');
  const result = await generateAnnualReport(
    { store: ctx.store, files: ctx.files },
    { orgId: caller.orgId, fy, trigger: `person:${caller.personId}`, now: ctx.clock() },
  );
  const generation = await new AnnualReportRepository(ctx.store).get(caller.orgId, fy, result.generation);
  return generation!;
}

export async function listAnnualReports(ctx: UseCaseContext, caller: Caller, fy: number) {
  return { items: await new AnnualReportRepository(ctx.store).list(caller.orgId, fy) };
}

export async function annualReportDownload(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  generation: number,
  file: ReportFileName,
) {
  const found = await new AnnualReportRepository(ctx.store).get(caller.orgId, fy, generation);
  if (!found || found.status !== 'complete') {
    throw new NotFoundError('ไม่พบรายงานฉบับนี้', `no complete generation ${generation} for fiscal year ${fy}`);
  }
  return {
    url: await ctx.files.downloadUrl(annualReportKey(caller.orgId, fy, generation, file), LINK_SECONDS),
    expiresAt: new Date(ctx.clock().getTime() + LINK_SECONDS * 1000).toISOString(),
  };
}
