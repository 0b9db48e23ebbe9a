// Generate the annual results report of one org's fiscal year into S3: five files and a manifest,
// under a new generation that is never overwritten.
import { createHash } from 'node:crypto';
import { NotFoundError } from '../domain/errors.js';
import { bangkokDate } from '../domain/plain-date.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { Store } from '../store/dynamo-client.js';
import { AnnualReportRepository, type GeneratedFile } from '../store/annual-report-repository.js';
import { loadFiscalYear } from '../store/fiscal-year-repository.js';
import { OrgRepository } from '../store/org-repository.js';
import { buildAnnualReport } from './annual-report-model.js';
import { annualReportKey, REPORT_FILES, type ReportFileName, type ReportFileStore } from './report-files.js';
import { renderCsv } from './render-csv.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

export interface GenerationResult {
  generation: number;
  /** false when a scheduled run was delivered again and found its generation */
  fresh: boolean;
  files: GeneratedFile[];
  pdf?: Uint8Array;
}

export async function generateAnnualReport(
  deps: { store: Store; files: ReportFileStore },
  input: { orgId: string; fy: number; trigger: string; now: Date; scheduledTime?: string },
): Promise<GenerationResult> {
  const orgs = new OrgRepository(deps.store);
  const [org, units, year] = await Promise.all([
    orgs.getOrg(input.orgId),
    orgs.listUnits(input.orgId),
    loadFiscalYear(deps.store, input.orgId, input.fy),
  ]);
  if (!org || !year.plan) {
    throw new NotFoundError(
      `ยังไม่มีแผนมาตรการของปีงบประมาณ ${toThaiDigits(input.fy)}`,
      `there is no plan for fiscal year ${input.fy}`,
    );
  }
  const generations = new AnnualReportRepository(deps.store);
  const claim = await generations.claim(input);
  const existing = await generations.get(input.orgId, input.fy, claim.generation);
  if (!claim.fresh && existing?.status === 'complete') {
    return { generation: claim.generation, fresh: false, files: existing.files ?? [] };
  }

  const model = buildAnnualReport({ org, units, plan: year.plan, reports: year.reports, asOf: bangkokDate(input.now) });
  const json = Buffer.from(JSON.stringify(model, null, 2), 'utf8');
  // one after the other: rendering both at once doubles the peak memory of a large year
  const pdf = await renderPdf(model);
  const docx = await renderDocx(model);
  const bodies: [ReportFileName, Uint8Array][] = [
    ['report.pdf', pdf],
    ['report.docx', docx],
    ['report.csv', renderCsv(model)],
    ['report.json', json],
  ];
  const files: GeneratedFile[] = bodies.map(([name, body]) => ({
    name,
    contentType: REPORT_FILES[name],
    size: body.length,
    sha256: sha256(body),
  }));
  const reportsHash = sha256(
    [...year.reports.values()]
      .map((r) => `${r.obligationId}:${r.version}`)
      .sort()
      .join('\n'),
  );
  const manifest = Buffer.from(
    JSON.stringify(
      {
        orgId: input.orgId,
        fy: input.fy,
        generation: claim.generation,
        generatedAt: input.now.toISOString(),
        trigger: input.trigger,
        planVersion: year.plan.version,
        reportCount: year.reports.size,
        reportsHash,
        files,
      },
      null,
      2,
    ),
    'utf8',
  );
  for (const [name, body] of [...bodies, ['manifest.json', manifest] as [ReportFileName, Uint8Array]]) {
    await deps.files.put(annualReportKey(input.orgId, input.fy, claim.generation, name), body, REPORT_FILES[name]);
  }
  const all = [
    ...files,
    {
      name: 'manifest.json',
      contentType: REPORT_FILES['manifest.json'],
      size: manifest.length,
      sha256: sha256(manifest),
    },
  ];
  await generations.complete(input.orgId, input.fy, claim.generation, all, input.now);
  return { generation: claim.generation, fresh: claim.fresh, files: all, pdf };
}
