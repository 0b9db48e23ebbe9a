// The API function's bundle size as Lambda gets it (esbuildOptions(), the CDK's own options), against
// the 400 KB budget (README, Performance): `npx tsx infra/cdk/api-bundle-size.mts` prints the bytes and
// exits 1 over the budget.
import { build } from 'esbuild';
import { esbuildOptions, FUNCTION_ENTRIES } from './bundling.js';

const BUDGET = 400 * 1024;
const out = await build({
  ...esbuildOptions(),
  entryPoints: [FUNCTION_ENTRIES.api],
  write: false,
  outfile: 'index.js',
});
const bytes = out.outputFiles.find((f) => f.path.endsWith('index.js'))!.contents.byteLength;
console.log(`api bundle: ${bytes} bytes (budget ${BUDGET}, ${BUDGET - bytes} left)`);
if (bytes > BUDGET) process.exit(1);
