// The document side, composed once per entry point that produces documents: the document function,
// the local system, the job CLI and tests. Loads the PDF and DOCX code.
import { produceGeneration, type GenerationRequest } from '../../shared/documents/document-generation.js';
import { documentRenderers } from '../../shared/documents/document-renderers.js';
import type { ReportFileStore } from '../../shared/documents/report-files.js';
import { annualReportRun, type AnnualReportRun } from '../../shared/jobs/annual-report-run.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import type { Store } from '../../shared/store/dynamo-client.js';
import { loadFiscalYear } from '../../shared/store/fiscal-year-repository.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';

export interface DocumentProduction {
  /** produce a claimed generation (from the API's request); failures are recorded on it */
  produce(request: GenerationRequest): ReturnType<typeof produceGeneration>;
  /** the scheduled annual-report run (JobDependencies.annualReport) */
  annualReport: AnnualReportRun;
}

export function documentProduction(deps: { store: Store; files: ReportFileStore }): DocumentProduction {
  const orgs = new OrgRepository(deps.store);
  const generations = new DocumentGenerationRepository(deps.store);
  const renderers = documentRenderers({
    getOrg: (orgId) => orgs.getOrg(orgId),
    listUnits: (orgId) => orgs.listUnits(orgId),
    loadYear: (orgId, fy) => loadFiscalYear(deps.store, orgId, fy),
  });
  const ports = { generations, files: deps.files };
  return {
    produce: (request) => produceGeneration(ports, renderers[request.kind], request),
    annualReport: annualReportRun({
      ...ports,
      plans: new PlanRepository(deps.store),
      orgs,
      render: renderers['annual-report'],
    }),
  };
}
