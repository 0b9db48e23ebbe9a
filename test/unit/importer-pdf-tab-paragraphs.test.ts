// Review 17 s12, S12-14 (the PDF part): a Word plan laid out with tab stops instead of a table (each
// measure one paragraph, its columns separated by tabs) saved as PDF read as "no measures table":
// the paragraph wraps at the margin, so its cells are not under the header's labels. Such a PDF is
// read paragraph by paragraph now, a tab being a gap wider than a space, with a notice.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { previewFile, SARABUN } from '../support/plan-pdf.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf } from '../support/plan-table-files.js';

interface Layout {
  /** tab stops, points from the page's left edge */
  stops: number[];
  left: number;
  right: number;
  /** space between paragraphs, points */
  after: number;
  size?: 'A4';
  landscape?: boolean;
}

const LINE = 15;

/**
 * Paragraphs of cells as Word lays them out with tab stops: each cell after a tab starts at the
 * next stop past the text before (the line wraps when none is left), words wrap at the right margin
 * to the left one, each word drawn on its own (the gap between two words is a space).
 */
async function tabbedPdf(paragraphs: string[][], layout: Layout): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: layout.landscape ? 'landscape' : 'portrait', margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(SARABUN).fontSize(10);
  const space = doc.widthOfString(' ');
  let y = 30;
  for (const cells of paragraphs) {
    let x = layout.left;
    cells.forEach((cell, k) => {
      if (k > 0) {
        let stop = layout.stops.find((s) => s > x + 1);
        if (stop === undefined) {
          y += LINE;
          stop = layout.stops[0]!;
        }
        x = stop;
      }
      cell.split(' ').forEach((word, w) => {
        const width = doc.widthOfString(word);
        if (w > 0) x += space;
        if (x + width > layout.right) {
          y += LINE;
          x = layout.left;
        }
        doc.text(word, x, y, { lineBreak: false });
        x += width;
      });
    });
    y += LINE + layout.after;
  }
  doc.end();
  return new Uint8Array(await done);
}

/** A row's cells as one line each (a cell's items joined by a space, as typed in one paragraph). */
const flat = (row: readonly string[]) => row.map((c) => c.replace(/\n/g, ' '));
const TITLE_LINES = TITLE.map((t) => [t]);

describe('a PDF of a Word plan laid out with tab stops (each measure one paragraph)', () => {
  it('paragraphs wrapping at the margin, spaced apart: each measure reads with its cells, and a notice says how', async () => {
    const layout = { stops: [200, 330, 450, 600], left: 40, right: 780, after: 10, landscape: true };
    const result = await previewFile(await tabbedPdf([...TITLE_LINES, ...[HEADER, M4, M5, M9].map(flat)], layout));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.measures.map((m) => m.methods.length)).toEqual([1, 1, 1]);
    const notice = result.warnings.find((w) => w.code === 'pdf-layout-guessed');
    expect(notice?.message_th).toContain('แบ่งคอลัมน์ด้วยแท็บ');
    expect(notice?.where).toMatchObject({ page: 1 });
  });

  it('paragraphs without space between them (parted by each measure heading), tabs wrapping to a new line', async () => {
    const layout = { stops: [160, 260, 360, 460], left: 40, right: 560, after: 0 };
    const result = await previewFile(await tabbedPdf([...TITLE_LINES, ...[HEADER, M4, M5, M9].map(flat)], layout));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
  });

  it('another column order (units first) on a portrait page', async () => {
    const order = [4, 0, 3, 2, 1];
    const rows = [HEADER, M4, M5, M9].map((r) => order.map((c) => flat(r)[c]!));
    const layout = { stops: [120, 300, 420, 500], left: 40, right: 560, after: 8 };
    const result = await previewFile(await tabbedPdf([...TITLE_LINES, ...rows], layout));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
  });
});
