// pdf.js's one opening of a PDF, for the plan readers (pdf-page-content.ts) and the signed copy's
// check (shared/use-cases/signed-copy.ts): its worker in this thread, no eval, no system fonts,
// images over MAX_PDF_IMAGE_PIXELS left undecoded, quiet. The document is destroyed after `use`.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_PDF_IMAGE_PIXELS } from './pdf-image-pixels.js';
import { pdfjs, type PdfjsLibrary } from './pdfjs-library.js';
import { inThreadWorker } from './pdfjs-port.js';

/** `use` on the opened document; pdf.js's own errors (InvalidPDFException, PasswordException) as thrown. */
export async function withPdfDocument<T>(
  bytes: Uint8Array,
  use: (doc: PDFDocumentProxy, library: PdfjsLibrary) => Promise<T>,
): Promise<T> {
  const { library, worker: entry } = await pdfjs();
  const { worker, done } = inThreadWorker(library, entry);
  try {
    const doc = await library.getDocument({
      data: new Uint8Array(bytes),
      worker,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      // an image over this is left out undecoded: its pixels are never read (S22-f, image bombs)
      maxImageSize: MAX_PDF_IMAGE_PIXELS,
      verbosity: 0,
    }).promise;
    try {
      return await use(doc, library);
    } finally {
      await doc.destroy();
    }
  } finally {
    done();
  }
}

/** pdf.js refusing a PDF that needs a password to open (a permissions password alone is read). */
export const needsPassword = (error: unknown) => error instanceof Error && error.name === 'PasswordException';
