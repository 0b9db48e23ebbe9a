// pdfjs-dist for the PDF readers, loaded once per process, with two fixes to how it loads:
// - its worker runs in this thread (Node has no web workers): pdf.js finds it as the module it
//   imports by a file name next to itself, "./pdf.worker.mjs", which the Lambda bundle does not
//   have (every PDF read there failed as "a damaged or protected PDF"). Imported here by name, the
//   bundler includes it, and the module registers itself (globalThis.pdfjsWorker) before pdf.js looks.
// - its legacy build carries core-js, which replaces built-ins it finds non-conforming in an edge
//   case: Array.prototype.push (a non-writable length does not throw in Node 20), JSON.parse (the
//   reviver's source text) and more, with functions written in JavaScript, for the whole process.
//   Array.prototype.push alone took ~7% of the CPU of a 1 MB PDF's import, and every other
//   import and request the process ran after the first PDF paid it too. The built-ins it replaced
//   are put back once it has loaded; what it added (missing in this Node) stays.
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { WorkerEntry } from './pdfjs-port.js';

export type PdfjsLibrary = typeof PdfjsModule;

/** The built-ins whose methods core-js may replace. */
const builtins = (): object[] => [
  Array,
  Array.prototype,
  Object,
  Function.prototype,
  JSON,
  Promise,
  Map,
  Map.prototype,
  Set.prototype,
  String.prototype,
  Number,
  Math,
  ArrayBuffer.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array,
  RegExp.prototype,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object,
  globalThis,
];

type Methods = { target: object; key: string | symbol; descriptor: PropertyDescriptor }[];

/** Every method (data property holding a function) of the built-ins, as it is now. */
function methods(): Methods {
  return builtins().flatMap((target) =>
    Reflect.ownKeys(target).flatMap((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      return descriptor && 'value' in descriptor && typeof descriptor.value === 'function'
        ? [{ target, key, descriptor }]
        : [];
    }),
  );
}

/** Each method of `before` replaced since put back. */
function restoreReplaced(before: Methods): void {
  for (const { target, key, descriptor } of before) {
    if (Object.getOwnPropertyDescriptor(target, key)?.value !== descriptor.value)
      Object.defineProperty(target, key, descriptor);
  }
}

/** pdfjs-dist and its worker's entry (which serves a port: pdfjs-port.ts). */
export interface Pdfjs {
  library: PdfjsLibrary;
  worker: WorkerEntry;
}

let loaded: Promise<Pdfjs> | undefined;

async function load(): Promise<Pdfjs> {
  const before = methods();
  try {
    const library = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return { library, worker: WorkerMessageHandler };
  } finally {
    restoreReplaced(before);
  }
}

/** pdfjs-dist, its worker loaded in this thread, the built-ins it replaced put back. */
export const pdfjs = (): Promise<Pdfjs> =>
  (loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  }));
