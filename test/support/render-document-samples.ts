// Renders the pages of the published PDFs that hold the hard Thai words to PNGs in docs/, for people
// to look at (the tests check the same pages by their text and pixels):
//   npx tsx test/support/render-document-samples.ts
import { copyFileSync } from 'node:fs';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { HARD_WORDS, sampleAnnualReport, samplePlanDocument } from './document-samples.js';
import { pagesContaining, renderPages } from './pdf-tools.js';

const samples: [string, () => Promise<Uint8Array>][] = [
  ['results-report', () => renderPdf(sampleAnnualReport())],
  ['plan-document', () => renderPlanPdf(samplePlanDocument())],
];

for (const [name, render] of samples) {
  const pdf = await render();
  // the fewest pages that hold every hard word (greedy: the first page holding each word not yet shown)
  const pages: number[] = [1];
  for (const w of HARD_WORDS) {
    const holding = pagesContaining(pdf, w);
    if (!holding.some((p) => pages.includes(p))) pages.push(holding[0]!);
  }
  for (const page of pages) {
    const [png] = renderPages(pdf, { first: page, last: page, dpi: 110 });
    const out = new URL(`../../docs/thai-text-${name}-page${page}.png`, import.meta.url).pathname;
    copyFileSync(png!, out);
    if (page === pages[0] && name === 'results-report') {
      // the first table row, twice the size: where the mixed Latin-Thai runs are
      const [close] = renderPages(pdf, { first: page, last: page, dpi: 220, crop: [100, 520, 1300, 260] });
      copyFileSync(close!, out.replace('.png', '-close-up.png'));
    }
    console.log(`${out}: ${HARD_WORDS.filter((w) => pagesContaining(pdf, w).includes(page)).join(' ')}`);
  }
}
