// The plan document (เอกสารมาตรการ) of one org's fiscal year as files: PDF, DOCX and the model as JSON.
// Heavy to load (pdfkit, fontkit, docx): only the document function and the local system import it.
import { planNotFound } from '../domain/errors.js';
import type { AnnualReportSources } from './annual-report-renderer.js';
import type { DocumentRenderer } from './document-generation.js';
import { buildPlanDocument, type PlanDocumentModel } from './plan-document-model.js';
import { renderPlanDocx, renderPlanPdf } from './render-plan-document.js';

/** The plan document reads what the results report reads: the org, its units and the year's plan. */
export type PlanDocumentSources = AnnualReportSources;

/**
 * Renders plan.pdf, plan.docx and plan.json (the model), in that order; the manifest's fact is the
 * plan version. Last year's ITA scores are not entered anywhere yet, so the introduction is the
 * general one (buildPlanDocument names the indicators below 85 once scores are given).
 * Throws NotFoundError (Thai first) when the org has no plan for the year.
 */
export function planDocumentRenderer(sources: PlanDocumentSources): DocumentRenderer<PlanDocumentModel> {
  return async ({ orgId, fy }) => {
    const [org, units, year] = await Promise.all([
      sources.getOrg(orgId),
      sources.listUnits(orgId),
      sources.loadYear(orgId, fy),
    ]);
    if (!org || !year.plan) throw planNotFound(fy);
    const model = buildPlanDocument({ org, units, plan: year.plan });
    const pdf = await renderPlanPdf(model, sources.fonts);
    const docx = await renderPlanDocx(model);
    return {
      files: [
        ['plan.pdf', pdf],
        ['plan.docx', docx],
        ['plan.json', Buffer.from(JSON.stringify(model, null, 2), 'utf8')],
      ],
      facts: { planVersion: year.plan.version, measureCount: model.measures.length },
      output: model,
    };
  };
}
