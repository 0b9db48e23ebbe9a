// How every function is bundled: read by the CDK function construct and by the benchmarks and
// tests (through `esbuildOptions`), so the bench measures exactly what Lambda runs.
//
// CommonJS output: the runtime's AWS SDK is then loaded with require(), which reads each package's
// dist-cjs (one file per package) instead of dist-es (hundreds of small ES modules): in the bench
// this took about a quarter off the API's cold start (README, Performance).
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** `import.meta.url` in bundled code (used to find package files when running from source). */
export const IMPORT_META_URL_BANNER = "const __importMetaUrl=require('node:url').pathToFileURL(__filename).href;";

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const BUNDLING = {
  format: 'cjs',
  target: 'node22',
  platform: 'node',
  minify: true,
  sourcemap: true,
  /** maps without the sources: stack traces need only the mappings (1.7 MB with sources, 0.5 MB
   * without: Node's --enable-source-maps parsed it at load, about 80 vs 20 ms CPU) */
  sourcesContent: false,
  /** first in every bundle: stack traces mapped through the source map when one is first written,
   * instead of Node's --enable-source-maps reading the map at every cold start (relative to the
   * project root, where CDK runs esbuild) */
  inject: ['functions/source-mapped-stacks.ts'],
  /** Thai text as UTF-8 rather than \uXXXX escapes (Node reads sources as UTF-8): the API bundle
   * is 33 KB smaller (412 -> 379 KB) */
  charset: 'utf8',
  /** license notices of bundled packages in index.js.LEGAL.txt beside the bundle (still deployed
   * with it), not appended to it: 300 bytes of the API's budget (session 55) */
  legalComments: 'external',
  mainFields: ['module', 'main'],
  banner: IMPORT_META_URL_BANNER,
  define: { 'import.meta.url': '__importMetaUrl' },
  /** `import()` of an external becomes require(): lazy still, and the SDK's dist-cjs like above */
  supported: { 'dynamic-import': false },
  /** the Lambda runtime provides the AWS SDK v3 */
  external: ['@aws-sdk/*'],
} as const;

/**
 * Node options of every function: none. Stack traces in logs point at the TypeScript sources
 * through functions/source-mapped-stacks.ts (injected, above), which reads the map on the first
 * stack written; `--enable-source-maps` read and parsed it at every cold start (session 17).
 */
export const NODE_OPTIONS = '';

/**
 * The Thai fonts (Sarabun, from its npm package; paths from the project root) that CDK copies into
 * `fonts/` beside the documents function's bundle (FONT_DIR). Nothing else is read from files: pdfkit's
 * built-in fonts are never loaded (shared/documents/pdf-pages.ts, `font: null`).
 */
export const FONT_FILES = [
  'node_modules/@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf',
  'node_modules/@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf',
] as const;

/** The bundle's file name, as Lambda loads it (`index.handler`). */
export const BUNDLE_FILE = 'index.js';

/** esbuild options for one function's bundle, as CDK builds it (entry and output left to the caller). */
export function esbuildOptions(): BuildOptions {
  return {
    format: BUNDLING.format,
    target: BUNDLING.target,
    platform: BUNDLING.platform,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourcemap,
    sourcesContent: BUNDLING.sourcesContent,
    inject: BUNDLING.inject.map((file) => `${ROOT}${file}`),
    charset: BUNDLING.charset,
    legalComments: BUNDLING.legalComments,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    define: { ...BUNDLING.define },
    supported: { ...BUNDLING.supported },
    external: [...BUNDLING.external],
    bundle: true,
  };
}

/** The functions, by entry. */
export const FUNCTION_ENTRIES = {
  api: 'functions/api/handler.ts',
  scheduledJob: 'functions/jobs/scheduled-job.ts',
  orgWorker: 'functions/jobs/org-worker.ts',
  documents: 'functions/documents/handler.ts',
  planImport: 'functions/plan-import/handler.ts',
  calendar: 'functions/calendar/handler.ts',
  schemas: 'functions/schemas/handler.ts',
  mailEvents: 'functions/mail-events/handler.ts',
  publicNotFound: 'functions/public-not-found/handler.ts',
} as const;
