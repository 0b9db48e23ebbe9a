// The port between pdf.js and its worker when both run in this thread. pdf.js's own in-thread
// port (LoopbackPort) structuredClones every message: the text content and the operator list,
// every glyph of every showText included (~10% of a dense page's read, docs/performance.md s25-d).
// Nothing needs the copy in one thread but the chunks the worker reuses after sending them: the
// text content object (its items replaced) and the operator list (its arrays emptied in place).
import type { PDFWorker as PdfWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfjsLibrary } from './pdfjs-library.js';

type Listener = (event: { data: unknown }) => void;

/**
 * A stream chunk as it is when sent: the chunk object and its arrays copied (shallow), so that the
 * worker's reuse of them after sending does not reach the reader; anything else is passed as is.
 */
function sentNow(message: unknown): unknown {
  if (typeof message !== 'object' || message === null || !('chunk' in message)) return message;
  const { chunk } = message;
  if (typeof chunk !== 'object' || chunk === null || Array.isArray(chunk) || ArrayBuffer.isView(chunk)) return message;
  const copy: Record<string, unknown> = { ...chunk };
  for (const key of Object.keys(copy)) {
    const value = copy[key];
    if (Array.isArray(value)) copy[key] = value.slice();
  }
  return { ...message, chunk: copy };
}

/** An in-thread message port (pdf.js's LoopbackPort) delivering messages uncloned, later in order. */
class InThreadPort {
  readonly #listeners = new Set<Listener>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown): void {
    const event = { data: sentNow(message) };
    void this.#deferred.then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_name: string, listener: Listener): void {
    this.#listeners.add(listener);
  }

  removeEventListener(_name: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

/** The worker module's entry (pdf.worker.mjs's WorkerMessageHandler): serves a port. */
export interface WorkerEntry {
  initializeFromPort(port: unknown): void;
}

/**
 * A pdf.js worker in this thread on an uncloned port, for one document: pass it as getDocument's
 * `worker` and call `done()` after the document's destroy (getDocument leaves a given worker alone).
 * Quiet (verbosity 0) as the readers' getDocument: pdf.js's warnings are not the coordinator's.
 */
export function inThreadWorker(library: PdfjsLibrary, entry: WorkerEntry): { worker: PdfWorker; done: () => void } {
  const port = new InThreadPort();
  entry.initializeFromPort(port);
  const worker = new library.PDFWorker({ port: port as never, verbosity: 0 });
  return {
    worker,
    done: () => {
      worker.destroy();
      port.terminate();
    },
  };
}
