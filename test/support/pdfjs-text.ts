// The text pdf.js (Firefox's viewer, web viewers) gives for a PDF: what its find bar, copy and
// accessibility layer use. pdf.js reads each glyph through its font's ToUnicode map and ignores
// /ActualText (mozilla/pdf.js#12237), unlike pdftotext.
import { pdfjs } from '../../shared/import/pdfjs-library.js';
import { inThreadWorker } from '../../shared/import/pdfjs-port.js';

/** What pdf.js says of a PDF for a reader: its language (catalog /Lang), title, and whether a viewer shows that title. */
export async function pdfjsDocumentInfo(
  pdf: Uint8Array,
): Promise<{ language?: string; title?: string; displayTitle?: boolean }> {
  const { library, worker: entry } = await pdfjs();
  const { worker, done } = inThreadWorker(library, entry);
  const doc = await library.getDocument({ data: new Uint8Array(pdf), worker, verbosity: 0 }).promise;
  try {
    const { info } = (await doc.getMetadata()) as { info: { Language?: string; Title?: string } };
    const preferences: { DisplayDocTitle?: boolean } | null = await doc.getViewerPreferences();
    return { language: info.Language, title: info.Title, displayTitle: preferences?.DisplayDocTitle };
  } finally {
    await doc.destroy();
    done();
  }
}

/** Each page's text items joined as pdf.js lays them out (a line end where it says one), pages by "\f". */
export async function pdfjsText(pdf: Uint8Array): Promise<string> {
  const { library, worker: entry } = await pdfjs();
  const { worker, done } = inThreadWorker(library, entry);
  const doc = await library.getDocument({ data: new Uint8Array(pdf), worker, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      pages.push(content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages.join('\f');
  } finally {
    await doc.destroy();
    done();
  }
}
