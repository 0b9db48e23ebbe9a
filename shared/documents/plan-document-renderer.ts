// The plan document (เอกสารมาตรการ) of one org's fiscal year as files: PDF, DOCX and the model as JSON.
// Heavy to load (pdfkit, fontkit, docx): only the document function and the local system import it.
import { planNotFound } from '../domain/errors.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import type { StoredItaScores } from '../domain/ita-scores.js';
import type { AnnualReportSources } from './annual-report-renderer.js';
import type { DocumentRenderer } from './document-generation.js';
import { buildPlanDocument, type PlanDocumentModel } from './plan-document-model.js';
import { renderPlanDocx, renderPlanPdf } from './render-plan-document.js';

/** The plan document reads what the results report reads (the org, its units, the year's plan) and the
 * ITA scores entered beside the plan (`PUT /v1/fiscal-years/{fy}/ita-scores`: last year's results). */
export type PlanDocumentSources = AnnualReportSources & {
  getItaScores(orgId: string, fy: number): Promise<StoredItaScores | undefined>;
};

/**
 * Renders plan.pdf, plan.docx and plan.json (the model), in that order; the manifest's fact is the
 * plan version. When the coordinator entered last year's ITA scores for the year, the introduction
 * names the indicators below 85 (buildPlanDocument); without them it is the general one.
 * Throws NotFoundError (Thai first) when the org has no plan for the year.
 */
export function planDocumentRenderer(sources: PlanDocumentSources): DocumentRenderer<PlanDocumentModel> {
  return async ({ orgId, fy, now, announcedOn }) => {
    const [org, units, year, scores] = await Promise.all([
      sources.getOrg(orgId),
      sources.listUnits(orgId),
      sources.loadYear(orgId, fy),
      sources.getItaScores(orgId, fy),
    ]);
    if (!org || !year.plan) throw planNotFound(fy);
    const model = buildPlanDocument({
      org,
      units,
      plan: year.plan,
      ...(scores ? { previousScores: scores.indicators } : {}),
      madeOn: bangkokDate(now),
      ...(announcedOn ? { announcedOn: announcedOn as PlainDate } : {}),
    });
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
