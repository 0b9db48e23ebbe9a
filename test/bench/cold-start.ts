// Cold-start proxy: each function bundled as CDK bundles it; a fresh node process imports the bundle
// and runs one invocation; compared with an empty handler bundled the same way.
import { spawn } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLING, FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import { ms, type Stats, stats } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, '.bench');

export interface BundleResult {
  name: string;
  file: string;
  bytes: number;
  /** bytes by package, largest first */
  topInputs: [string, number][];
}

async function bundle(name: string, entry: string): Promise<BundleResult> {
  const outfile = join(OUT, name, 'index.mjs');
  const result = await build({
    ...BUNDLING,
    mainFields: [...BUNDLING.mainFields],
    external: [...BUNDLING.external],
    banner: { js: BUNDLING.banner },
    sourcemap: false, // the .map is a separate file in the zip; the code's bytes are what load
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    outfile,
    metafile: true,
    logLevel: 'silent',
  });
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, info] of Object.entries(output.inputs)) {
      const pkg = path.includes('node_modules/')
        ? path
            .replace(/.*node_modules\//, '')
            .split('/')
            .slice(0, path.replace(/.*node_modules\//, '').startsWith('@') ? 2 : 1)
            .join('/')
        : path.split('/')[0]!;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + info.bytesInOutput);
    }
  }
  return {
    name,
    file: outfile,
    bytes: statSync(outfile).size,
    topInputs: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6),
  };
}

export async function buildBundles(): Promise<BundleResult[]> {
  mkdirSync(join(OUT, 'empty'), { recursive: true });
  const emptyEntry = join(OUT, 'empty', 'handler.ts');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200, body: "{}" });\n');
  return Promise.all([
    bundle('empty', emptyEntry.slice(ROOT.length)),
    ...Object.entries(FUNCTION_ENTRIES).map(([name, entry]) => bundle(name, entry)),
  ]);
}

export interface ColdStart {
  name: string;
  total: Stats;
  importMs: Stats;
  invokeMs: Stats;
}

const RUNNER = `
const t0 = performance.now();
const mod = await import(process.env.BENCH_BUNDLE);
const t1 = performance.now();
const out = await mod.handler(JSON.parse(process.env.BENCH_EVENT), { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30000 });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, invokeMs: t2 - t1, status: out && out.statusCode }));
process.exit(0);
`;

function once(
  bundleFile: string,
  event: unknown,
  env: Record<string, string>,
): Promise<{ total: number; importMs: number; invokeMs: number; status?: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER], {
      env: { ...process.env, ...env, BENCH_BUNDLE: bundleFile, BENCH_EVENT: JSON.stringify(event) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      const total = ms(start);
      if (code !== 0) return reject(new Error(`cold start of ${bundleFile} failed: ${err.slice(-500)}`));
      resolve({ total, ...JSON.parse(out.slice(out.lastIndexOf('{'))) });
    });
  });
}

export async function measureColdStarts(
  bundles: BundleResult[],
  events: Record<string, unknown>,
  env: Record<string, string>,
  runs: number,
): Promise<ColdStart[]> {
  const results: ColdStart[] = [];
  for (const b of bundles) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await once(b.file, events[b.name] ?? {}, env));
    results.push({
      name: b.name,
      total: stats(samples.map((s) => s.total)),
      importMs: stats(samples.map((s) => s.importMs)),
      invokeMs: stats(samples.map((s) => s.invokeMs)),
    });
  }
  return results;
}
