// The document side, composed once per entry point that produces documents: the document function,
// the local system, the job CLI and tests. Loads the PDF and DOCX code.
import { produceGeneration, type GenerationRequest } from '../../shared/documents/document-generation.js';
import { documentRenderers } from '../../shared/documents/document-renderers.js';
import type { ReportFileStore } from '../../shared/documents/report-files.js';
import type { ThaiFonts } from '../../shared/documents/thai-fonts.js';
import { annualReportRun, type AnnualReportRun } from '../../shared/jobs/annual-report-run.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { loadFiscalYear } from '../../shared/store/fiscal-year-repository.js';
import type { Repositories } from '../../shared/store/repositories.js';

export interface DocumentProduction {
  /** produce a claimed generation (from the API's request); failures are recorded on it */
  produce(request: GenerationRequest): ReturnType<typeof produceGeneration>;
  /** the scheduled annual-report run (JobDependencies.annualReport) */
  annualReport: AnnualReportRun;
}

export function documentProduction(deps: {
  store: Store;
  repos: Repositories;
  files: ReportFileStore;
  /** default: the npm package's fonts (the documents function passes its bundled FONT_DIR's) */
  fonts?: ThaiFonts;
}): DocumentProduction {
  const { orgs, generations, plans } = deps.repos;
  const renderers = documentRenderers({
    getOrg: (orgId) => orgs.getOrg(orgId),
    listUnits: (orgId) => orgs.listUnits(orgId),
    loadYear: (orgId, fy) => loadFiscalYear(deps.store, orgId, fy),
    getItaScores: (orgId, fy) => plans.getItaScores(orgId, fy),
    ...(deps.fonts ? { fonts: deps.fonts } : {}),
  });
  const ports = { generations, files: deps.files };
  return {
    produce: (request) => produceGeneration(ports, renderers[request.kind], request),
    annualReport: annualReportRun({
      ...ports,
      plans,
      orgs,
      render: renderers['annual-report'],
    }),
  };
}
