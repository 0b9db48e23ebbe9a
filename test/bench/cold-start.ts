// Cold-start proxy: each function bundled as CDK bundles it; a fresh node process imports the bundle
// and runs one invocation; compared with an empty handler bundled the same way.
import { spawn } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_FILE, esbuildOptions, FUNCTION_ENTRIES, NODE_OPTIONS } from '../../infra/cdk/bundling.js';
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
  const outfile = join(OUT, name, BUNDLE_FILE);
  const result = await build({
    ...esbuildOptions(),
    entryPoints: [join(ROOT, entry)],
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

/** The bundle of test/bench/dynamodb-floor-handler.ts: the AWS SDK's DynamoDB client and one GetItem. */
export const SDK_FLOOR = 'dynamodbFloor';

/**
 * Lower floors, for comparison (session 31), each with its figure in the table: aws-lite's GetItem
 * instead of the SDK's, our route and environment schemas alone, and both together.
 */
export const LOWER_FLOORS = {
  liteFloor: {
    entry: 'test/bench/dynamodb-lite-floor-handler.ts',
    figure: 'floor: aws-lite, the lightest maintained DynamoDB client we found, one GetItem (nothing of ours)',
  },
  schemasFloor: {
    entry: 'test/bench/schemas-floor-handler.ts',
    figure: 'floor: our route and environment zod schemas built, no request, no AWS client',
  },
  liteSchemasFloor: {
    entry: 'test/bench/lite-schemas-floor-handler.ts',
    figure: 'floor: the two above together (aws-lite GetItem and our schemas)',
  },
} as const;

export async function buildBundles(): Promise<BundleResult[]> {
  mkdirSync(join(OUT, 'empty'), { recursive: true });
  // like /var/task: no package.json says "module", so index.js is CommonJS
  writeFileSync(join(OUT, 'package.json'), '{ "type": "commonjs" }\n');
  const emptyEntry = join(OUT, 'empty', 'handler.ts');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200, body: "{}" });\n');
  return Promise.all([
    bundle('empty', emptyEntry.slice(ROOT.length)),
    bundle(SDK_FLOOR, 'test/bench/dynamodb-floor-handler.ts'),
    ...Object.entries(LOWER_FLOORS).map(([name, { entry }]) => bundle(name, entry)),
    ...Object.entries(FUNCTION_ENTRIES).map(([name, entry]) => bundle(name, entry)),
  ]);
}

export interface ColdStart {
  name: string;
  total: Stats;
  importMs: Stats;
  invokeMs: Stats;
  /** the process's user + system CPU time: less swayed by other work on the machine than wall time */
  cpuMs: Stats;
}

// Loaded with require(), as Lambda's runtime loads an index.js that no package.json marks as a
// module (aws-lambda-nodejs-runtime-interface-client, UserFunction.js _tryRequire). import() of a
// CommonJS file would also run Node's CommonJS export scan over the whole bundle (about 50 ms of
// CPU for the API's), which Lambda never pays.
const RUNNER = `
const t0 = performance.now();
const file = process.env.BENCH_BUNDLE;
const mod = (await import('node:module')).createRequire(file)(file);
const t1 = performance.now();
const out = await mod.handler(JSON.parse(process.env.BENCH_EVENT), { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30000 });
const t2 = performance.now();
const cpu = process.resourceUsage();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, invokeMs: t2 - t1, cpuMs: (cpu.userCPUTime + cpu.systemCPUTime) / 1000, status: out && out.statusCode, batchItemFailures: out && out.batchItemFailures ? out.batchItemFailures.length : 0 }));
process.exit(0);
`;

function once(
  bundleFile: string,
  event: unknown,
  env: Record<string, string>,
): Promise<{
  total: number;
  importMs: number;
  invokeMs: number;
  cpuMs: number;
  status?: number;
  batchItemFailures: number;
}> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER], {
      // as Lambda runs it: the source map beside the bundle, parsed at load
      env: { ...process.env, ...env, NODE_OPTIONS, BENCH_BUNDLE: bundleFile, BENCH_EVENT: JSON.stringify(event) },
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

export interface PairedColdStarts {
  timings: ColdStart[];
  /** per function: the median over runs of (this run's time / the empty handler's time in the same round) */
  ratios: Record<string, Stats>;
  /** the same, with CPU time instead of wall time */
  cpuRatios: Record<string, Stats>;
}

/** A function's cold event: the same each round, or made for the round (a fresh claim to produce). */
export type ColdEvent = object | ((round: number) => Promise<object>);

/**
 * Paired runs: each round starts the empty handler and then every function, one after the other,
 * so a busy moment of the machine weighs on both sides of a ratio.
 */
export async function measureColdStarts(
  bundles: BundleResult[],
  events: Record<string, ColdEvent>,
  env: Record<string, string>,
  runs: number,
): Promise<PairedColdStarts> {
  const samples = new Map(bundles.map((b) => [b.name, [] as Awaited<ReturnType<typeof once>>[]]));
  const ratios = new Map(bundles.map((b) => [b.name, [] as number[]]));
  const cpuRatios = new Map(bundles.map((b) => [b.name, [] as number[]]));
  for (let i = 0; i < runs; i++) {
    let empty = { total: 0, cpuMs: 0 };
    for (const b of bundles) {
      const given = events[b.name] ?? {};
      const sample = await once(b.file, typeof given === 'function' ? await given(i) : given, env);
      if ((b.name === 'api' || b.name === 'calendar' || b.name === 'schemas') && sample.status !== 200)
        throw new Error(`the ${b.name} function's cold request answered ${sample.status}, not 200`);
      if (sample.batchItemFailures > 0)
        throw new Error(`the ${b.name} function's cold run failed ${sample.batchItemFailures} of its messages`);
      samples.get(b.name)!.push(sample);
      if (b.name === 'empty') empty = sample;
      else {
        ratios.get(b.name)!.push(sample.total / empty.total);
        cpuRatios.get(b.name)!.push(sample.cpuMs / empty.cpuMs);
      }
    }
  }
  return {
    timings: bundles.map((b) => {
      const s = samples.get(b.name)!;
      return {
        name: b.name,
        total: stats(s.map((x) => x.total)),
        importMs: stats(s.map((x) => x.importMs)),
        invokeMs: stats(s.map((x) => x.invokeMs)),
        cpuMs: stats(s.map((x) => x.cpuMs)),
      };
    }),
    ratios: Object.fromEntries(
      bundles.filter((b) => b.name !== 'empty').map((b) => [b.name, stats(ratios.get(b.name)!)]),
    ),
    cpuRatios: Object.fromEntries(
      bundles.filter((b) => b.name !== 'empty').map((b) => [b.name, stats(cpuRatios.get(b.name)!)]),
    ),
  };
}
