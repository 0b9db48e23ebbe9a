// The structure tree of a tagged PDF (ISO 32000-1 14.8, "Tagged PDF"): what a screen reader reads,
// in reading order. Document -> H1, H2, H3, P, Table -> TR -> TH / TD (-> P, L -> LI -> LBody); the text of each element
// is marked content with an MCID; rules, fills, repeated table headers and page numbers are
// Artifacts, which readers skip. The line's /Span ActualText (pdf-text-line.ts) sits inside.
import type PDFDocument from 'pdfkit';

/** The structure types the published documents use (ISO 32000-1 14.8.4). */
export type PdfRole = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD';

/** A structure element and its type (pdfkit keeps the type in a dictionary it does not type). */
export interface PdfTag {
  role: PdfRole;
  element: PDFKit.PDFStructureElement;
}

export type PdfStructure = ReturnType<typeof createPdfStructure>;

/**
 * The structure of `doc` (created with `tagged: true`): a Document element at the root, and the
 * calls that add elements, mark drawn text as an element's content, and mark furniture.
 */
export function createPdfStructure(doc: InstanceType<typeof PDFDocument>) {
  const root: PdfTag = { role: 'Document', element: doc.struct('Document') };
  doc.addStructure(root.element);

  /** A new element as the last child of `parent` (a TH gets Scope Column: it heads its column). */
  const element = (role: PdfRole, parent: PdfTag = root): PdfTag => {
    const options = role === 'TH' ? ({ scope: 'Column' } as Parameters<typeof doc.struct>[1]) : {};
    const tag = { role, element: doc.struct(role, options) };
    parent.element.add(tag.element);
    return tag;
  };

  /** What `draw` draws (on one page, no page break inside) is the next content of `tag`. */
  const content = (tag: PdfTag, draw: () => void): void => {
    const marked = doc.markStructureContent(tag.role);
    draw();
    doc.endMarkedContent();
    tag.element.add(marked);
  };

  /** What `draw` draws is furniture a reader skips: rules and fills (Layout), repeats and page numbers (Pagination). */
  const artifact = (draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void => {
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  };

  /** The element is complete: pdfkit writes it (and its children) out and lets go of them. */
  const end = (tag: PdfTag): void => tag.element.end();

  return { root, element, content, artifact, end };
}
