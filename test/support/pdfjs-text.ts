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

/** A text item pdf.js gives: its text, page (1-based) and box in points (x from the left, y from the top). */
export interface PdfjsItem {
  page: number;
  str: string;
  x: number;
  y: number;
  width: number;
}

/** Every non-blank text item of every page with where pdf.js places it. */
export async function pdfjsItems(pdf: Uint8Array): Promise<PdfjsItem[]> {
  const { library, worker: entry } = await pdfjs();
  const { worker, done } = inThreadWorker(library, entry);
  const doc = await library.getDocument({ data: new Uint8Array(pdf), worker, verbosity: 0 }).promise;
  try {
    const items: PdfjsItem[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const height = page.view[3]! - page.view[1]!;
      for (const i of (await page.getTextContent()).items)
        if ('str' in i && i.str.trim())
          items.push({
            page: p,
            str: i.str,
            x: i.transform[4] as number,
            y: height - (i.transform[5] as number),
            width: i.width,
          });
    }
    return items;
  } finally {
    await doc.destroy();
    done();
  }
}

/** A node of a page's structure tree as pdf.js gives it to a screen reader: its role, the text of its own content, its child elements. */
export interface PdfjsStructNode {
  role: string;
  text: string;
  children: PdfjsStructNode[];
}

/**
 * Each page's structure tree (`page.getStructTree()`, what Firefox's accessibility layer reads),
 * each element's content replaced by its text as pdf.js extracts it (the text items inside the
 * marked content of that MCID, joined without separators). A page without a tree gives null.
 */
export async function pdfjsStructure(pdf: Uint8Array): Promise<(PdfjsStructNode | null)[]> {
  const { library, worker: entry } = await pdfjs();
  const { worker, done } = inThreadWorker(library, entry);
  const doc = await library.getDocument({ data: new Uint8Array(pdf), worker, verbosity: 0 }).promise;
  try {
    const pages: (PdfjsStructNode | null)[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent({ includeMarkedContent: true });
      // the text of each marked content id (the innermost one with an id holds the text)
      const texts = new Map<string, string>();
      const open: (string | null)[] = [];
      for (const item of content.items as { type?: string; id?: string; str?: string }[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item.id ?? null);
        else if (item.type === 'endMarkedContent') open.pop();
        else if (item.str !== undefined) {
          const id = open.findLast((i) => i !== null);
          if (id) texts.set(id, (texts.get(id) ?? '') + item.str);
        }
      }
      type Raw = { role?: string; type?: string; id?: string; children?: Raw[] };
      const walk = (node: Raw): PdfjsStructNode => {
        const kids = node.children ?? [];
        return {
          role: node.role ?? '',
          text: kids.map((k) => (k.type === 'content' && k.id ? (texts.get(k.id) ?? '') : '')).join(''),
          children: kids.filter((k) => k.role !== undefined).map(walk),
        };
      };
      const tree = (await page.getStructTree()) as Raw | null;
      pages.push(tree ? walk(tree) : null);
    }
    return pages;
  } finally {
    await doc.destroy();
    done();
  }
}
