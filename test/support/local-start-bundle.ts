// infra/local/start.ts bundled once for the browser files' local systems, not loaded through tsx's
// hooks by each: node --import tsx spent ~5.2 s of CPU to the banner, node <bundle> ~3.7 s (our
// modules in one file, the packages left in node_modules as node loads them). Built with esbuild
// (what tsx compiles with); reused while none of its input files changed (their size and mtime,
// kept beside it), so one run of the suite builds it at most once, whichever worker asks first.
// Two more things a start did that the bundle does once (session 52):
// - the modules start.ts imports when first needed (the document, plan-file and PDF code) are chunks
//   loaded when needed, as under tsx: in one file their packages (exceljs, docx, pdfkit, pdf-lib...)
//   were imported at the top, ~0.8 s of CPU a start whether the file made a document or not;
// - the web page (web/build-web.ts, esbuild in a child process a start) is built here and its files
//   kept in the bundle, the web page's sources among the bundle's inputs.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildWeb } from '../../web/build-web.js';
import { repoRoot } from './local-system.js';

const dir = join(repoRoot, 'test-results', 'local-start');
const bundle = join(dir, 'start.mjs');
const chunks = join(dir, 'chunks');
const manifest = join(dir, 'start.json');
const lock = join(dir, 'building');
/** A lock older than this is left from a worker that died while building. */
const STALE_LOCK_MS = 60_000;
/** Chunks no bundle of the last hour loads are deleted (a system started before a rebuild loads its own on demand). */
const OLD_CHUNK_MS = 3_600_000;

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
  const web = buildWeb();
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: ['infra/local/start.ts'],
    outdir: dir,
    entryNames: 'start',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
    plugins: [
      {
        name: 'web-files-built',
        setup(b) {
          b.onLoad({ filter: /[\\/]web[\\/]build-web\.ts$/ }, () => ({ contents: webModule(web.files), loader: 'js' }));
        },
      },
      {
        // each module's import.meta.url stays its own file's: paths next to it (the demo plan, the
        // DynamoDB launcher's source, the fonts) resolve as they do under tsx
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
  // the chunks first (named by their content: one there already is the same), the entry last
  const entry = result.outputFiles.find((f) => f.path === bundle)!;
  mkdirSync(chunks, { recursive: true });
  const written = (path: string, contents: Uint8Array) => {
    writeFileSync(`${path}.${process.pid}`, contents);
    renameSync(`${path}.${process.pid}`, path);
  };
  for (const file of result.outputFiles)
    if (file !== entry && !existsSync(file.path)) written(file.path, file.contents);
  const inputs: Inputs = [...Object.keys(result.metafile.inputs), ...web.inputs.map((path) => relative(repoRoot, path))]
    .filter((path, index, all) => all.indexOf(path) === index)
    .map((path) => [path, ...stamp(path)!]);
  written(bundle, entry.contents);
  written(manifest, Buffer.from(JSON.stringify(inputs)));
  const built = new Set(result.outputFiles.map((f) => basename(f.path)));
  for (const name of readdirSync(chunks)) {
    const path = join(chunks, name);
    if (!built.has(name) && Date.now() - statSync(path).mtimeMs > OLD_CHUNK_MS) rmSync(path, { force: true });
  }
}

/** web/build-web.ts as the bundle has it: the files built (by the module itself, here), not a build a start. */
function webModule(files: ReturnType<typeof buildWeb>['files']): string {
  const kept = files.map((file) => ({ ...file, body: Buffer.from(file.body).toString('base64') }));
  return `const files = ${JSON.stringify(kept)};
export function buildWebSync() {
  return files.map((file) => ({ ...file, body: Buffer.from(file.body, 'base64') }));
}
`;
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
