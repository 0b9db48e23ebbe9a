// How every function is bundled: read by the CDK function construct and by the benchmarks, so the
// bench measures exactly what Lambda runs.

// ESM bundles of CommonJS packages need require, __filename and __dirname.
export const ESM_BANNER = [
  "import { createRequire as __cr } from 'node:module';",
  "import { fileURLToPath as __fu } from 'node:url';",
  "import { dirname as __dn } from 'node:path';",
  'const require = __cr(import.meta.url);',
  'const __filename = __fu(import.meta.url);',
  'const __dirname = __dn(__filename);',
].join(' ');

export const BUNDLING = {
  format: 'esm',
  target: 'node22',
  platform: 'node',
  minify: true,
  sourcemap: true,
  mainFields: ['module', 'main'],
  banner: ESM_BANNER,
  /** the Lambda runtime provides the AWS SDK v3 */
  external: ['@aws-sdk/*'],
} as const;

/** The functions, by entry. */
export const FUNCTION_ENTRIES = {
  api: 'functions/api/handler.ts',
  scheduledJob: 'functions/jobs/scheduled-job.ts',
  orgWorker: 'functions/jobs/org-worker.ts',
  documents: 'functions/documents/handler.ts',
  planImport: 'functions/plan-import/handler.ts',
} as const;
