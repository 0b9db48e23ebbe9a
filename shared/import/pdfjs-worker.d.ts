// pdfjs-dist ships no types for its worker module: it is imported for its effect (it registers
// itself as globalThis.pdfjsWorker), see pdfjs-library.ts.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}
