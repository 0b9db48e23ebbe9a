// The published PDFs keep their pages until `finish` numbers them ("หน้า ๑ / ๓"). pdfkit holds
// each drawing operation of a page as its own small array until then; a finished page is held as
// one chunk, so a long document does not fill the heap with millions of them (the large annual
// report spent more time collecting garbage than drawing: docs/performance.md, session 20).
import { describe, expect, it } from 'vitest';
import { createPdfPages, type PdfPages } from '../../shared/documents/pdf-pages.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

/** The chunks each earlier page holds, read when the next page starts (pdfkit 0.20's page content). */
function heldChunksPerPage(pages: PdfPages): number[] {
  const held: number[] = [];
  let previous: { content: { buffer: unknown[] } } | undefined;
  pages.doc.on('pageAdded', () => {
    if (previous) held.push(previous.content.buffer.length);
    previous = pages.doc.page as unknown as typeof previous;
  });
  previous = pages.doc.page as unknown as typeof previous;
  return held;
}

const LINE_TEXT = 'รายงานผลการดำเนินงานตามมาตรการประจำงวด จัดประชุมชี้แจงและเผยแพร่ข้อมูลแล้ว';

describe('a finished page of a published PDF', () => {
  it.each([
    [
      'rows of a table split across pages',
      (pages: PdfPages) =>
        pages.table({
          columns: ['มาตรการ', 'การติดตามผล'],
          widths: [300, 470],
          rows: Array.from({ length: 40 }, (_, i) => [[`มาตรการที่ ${i + 1}`], Array<string>(6).fill(LINE_TEXT)]),
        }),
    ],
    [
      'paragraphs running over pages',
      (pages: PdfPages) => {
        for (let i = 0; i < 120; i++) pages.paragraph(`${i + 1} ${LINE_TEXT}`, 12);
      },
    ],
    [
      'lines drawn between page breaks of its own',
      (pages: PdfPages) => {
        for (let page = 0; page < 4; page++) {
          for (let i = 0; i < 30; i++) pages.line(`${page}-${i} ${LINE_TEXT}`, 40, 40 + i * 14);
          pages.pageBreak();
        }
      },
    ],
  ])('is held as one chunk until the pages are numbered: %s', async (_, draw) => {
    const pages = createPdfPages({ title: 'ทดสอบ', author: 'ทดสอบ' });
    const held = heldChunksPerPage(pages);
    draw(pages);
    expect(held.length).toBeGreaterThanOrEqual(3);
    expect(held).toEqual(held.map(() => 1));
    // the same text comes back, numbered pages included
    const text = squeeze(pdfText(await pages.finish()));
    expect(text).toContain(squeeze(LINE_TEXT));
    expect(text).toContain(squeeze(`หน้า ๑ / `));
  });
});
