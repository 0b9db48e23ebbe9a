// Break 19 s28, F10: a row that ran over a page break split a phrase ("…ตลอดจน" / "การใช้ดุลพินิจ"),
// so a search for it found nothing. A row that fits on a page now starts one: every phrase of such
// a row (each whitespace-separated word of the model, the acceptance's wording) is on one page.
import { describe, expect, it } from 'vitest';
import { type PlanDocumentModel, planMeasureCells } from '../../shared/documents/plan-document-model.js';
import { renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { samplePlanDocument } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

const planParagraphs = (m: PlanDocumentModel) => m.measures.flatMap((x) => planMeasureCells(x).flat());

const plan = samplePlanDocument();
// the sample, and two neighbours whose page breaks fall elsewhere (a row fewer, a row more)
const plans: [string, PlanDocumentModel][] = [
  ['the sample plan', plan],
  ['its first measure left out', { ...plan, measures: plan.measures.slice(1) }],
  ['its first measure twice', { ...plan, measures: [plan.measures[0]!, ...plan.measures] }],
];

describe('a phrase of a row that fits on a page is found on one page', () => {
  it.each(plans)('plan document, %s: every whitespace-separated word of its rows', async (_, model) => {
    const pages = pdfText(await renderPlanPdf(model))
      .split('\f')
      .map(squeeze);
    expect(pages.length).toBeGreaterThan(1);
    const phrases = planParagraphs(model).flatMap((p) => p.split(/\s+/).filter((w) => w.length > 1));
    expect(phrases.filter((w) => !pages.some((page) => page.includes(squeeze(w))))).toEqual([]);
  });
});
