// infra/local/start.ts bundled once for the browser files' local systems, not loaded through tsx's
// hooks by each: node --import tsx spent ~5.2 s of CPU to the banner, node <bundle> ~3.7 s (our
// modules in one file, the packages left in node_modules as node loads them). Built with esbuild
// (what tsx compiles with); reused while none of its input files changed (their size and mtime,
// kept beside it), so one run of the suite builds it at most once, whichever worker asks first.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from './local-system.js';

const dir = join(repoRoot, 'test-results', 'local-start');
const bundle = join(dir, 'start.mjs');
const manifest = join(dir, 'start.json');
const lock = join(dir, 'building');
/** A lock older than this is left from a worker that died while building. */
const STALE_LOCK_MS = 60_000;

type Inputs = [path: string, size: number, mtimeMs: number][];

const stamp = (path: string): [number, number] | undefined => {
  try {
    const s = statSync(join(repoRoot, path));
    return [s.size, s.mtimeMs];
  } catch {
    return undefined;
  }
};

/** Whether the bundle on disk was built from the files as they are now. */
function current(): boolean {
  try {
    const inputs = JSON.parse(readFileSync(manifest, 'utf8')) as Inputs;
    statSync(bundle);
    return inputs.every(([path, size, mtimeMs]) => {
      const now = stamp(path);
      return now !== undefined && now[0] === size && now[1] === mtimeMs;
    });
  } catch {
    return false;
  }
}

async function buildBundle(): Promise<void> {
  const tmp = `${bundle}.${process.pid}`;
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ['infra/local/start.ts'],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    // each module's import.meta.url stays its own file's: paths next to it (the web page's sources,
    // the demo plan, the DynamoDB launcher's source) resolve as they do under tsx
    plugins: [
      {
        name: 'own-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
            contents: (await readFile(path, 'utf8')).replaceAll(
              'import.meta.url',
              JSON.stringify(pathToFileURL(path).href),
            ),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  const inputs: Inputs = Object.keys(result.metafile.inputs).map((path) => [path, ...stamp(path)!]);
  renameSync(tmp, bundle);
  writeFileSync(`${manifest}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${manifest}.${process.pid}`, manifest);
}

/** The path of the bundle of infra/local/start.ts, built now if it is missing or out of date. */
export async function localStartBundle(): Promise<string> {
  mkdirSync(dir, { recursive: true });
  for (;;) {
    if (current()) return bundle;
    try {
      mkdirSync(lock);
    } catch {
      // another worker is building it: wait for it (or for its lock to go stale)
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!current()) await buildBundle();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
