// Every document kind's renderer, for the places that generate documents (the document function,
// the local system, the CLIs, tests). Importing this loads the PDF and DOCX code.
import type { DocumentKind } from '../domain/document-kinds.js';
import { type AnnualReportOutput, type AnnualReportSources, annualReportRenderer } from './annual-report-renderer.js';
import type { DocumentRenderer } from './document-generation.js';
import type { PlanDocumentModel } from './plan-document-model.js';
import { planDocumentRenderer, type PlanDocumentSources } from './plan-document-renderer.js';

/** What the renderers read; one object per entry point, built in its composition root. */
export type DocumentSources = AnnualReportSources & PlanDocumentSources;

/** One renderer per kind (a new kind: add its renderer here, its name in domain/document-kinds). */
export function documentRenderers(sources: DocumentSources) {
  return {
    'annual-report': annualReportRenderer(sources),
    'plan-document': planDocumentRenderer(sources),
  } satisfies Record<DocumentKind, DocumentRenderer> as {
    'annual-report': DocumentRenderer<AnnualReportOutput>;
    'plan-document': DocumentRenderer<PlanDocumentModel>;
  } & Record<DocumentKind, DocumentRenderer>;
}
