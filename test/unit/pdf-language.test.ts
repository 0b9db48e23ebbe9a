// The published PDFs say they are Thai (catalog /Lang th-TH) so a screen reader reads them with a
// Thai voice, and a viewer's title bar shows the document's title, not the file name (break 19 s28, F12).
import { describe, expect, it } from 'vitest';
import { renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { sampleAnnualReport, samplePlanDocument } from '../support/document-samples.js';
import { pdfjsDocumentInfo } from '../support/pdfjs-text.js';

describe('a published PDF tells readers its language and title', () => {
  it.each([
    ['results report', async () => renderPdf(sampleAnnualReport()), sampleAnnualReport().title],
    ['plan document', async () => renderPlanPdf(samplePlanDocument()), samplePlanDocument().title],
  ])('the %s is Thai (th-TH) and shows its title', async (_, render, title) => {
    expect(await pdfjsDocumentInfo(await render())).toEqual({ language: 'th-TH', title, displayTitle: true });
  });
});
