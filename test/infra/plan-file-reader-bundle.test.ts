// The plan readers read PDFs when bundled as Lambda runs them (review 17 s19). pdfjs-dist loads its
// worker in this thread by importing "./pdf.worker.mjs" next to itself: the bundle had no such
// file, so every PDF failed as "a damaged or protected PDF" in the plan-import function while the
// tests, run from node_modules, passed. shared/import/pdfjs-library.ts imports the worker by name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, esbuildOptions, FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import { filesIn } from '../support/cdk-functions.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-reader-'));
  // like /var/task: no node_modules, and no package.json says "module", so index.js is CommonJS
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  bundle = join(dir, BUNDLE_FILE);
  await build({
    ...esbuildOptions(),
    entryPoints: [join(ROOT, 'test/fixtures/functions/plan-file-reader.ts')],
    outfile: bundle,
    logLevel: 'silent',
  });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the bundled readers make of corpus files, read in one process of its own from the bundle's folder. */
function readBundled(names: string[]): ({ kind: string; rows: number } | { error: string })[] {
  const paths = names.map((name) => join(ROOT, 'test/fixtures/plans', name));
  const script = `const { read } = require(${JSON.stringify(bundle)});
  Promise.all(${JSON.stringify(paths)}.map((p) => read(p).catch((e) => ({ error: e.message })))).then((r) =>
    process.stdout.write('\\n' + JSON.stringify(r)),
  );`;
  // the last line: pdf.js writes warnings (no canvas package) to stdout before it
  const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(out.split('\n').at(-1)!) as never;
}

describe('the plan readers, bundled as the plan-import function is', () => {
  it('bundle pdf.js and its worker', async () => {
    const files = await filesIn(FUNCTION_ENTRIES.planImport);
    expect(files.filter((f) => f.endsWith('node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'))).toHaveLength(1);
  });

  it('read PDFs: a ruled table, two pages, a centred grouped header', () => {
    const names = ['11-standard.pdf', '12-two-pages.pdf', '21-grouped-header-centred.pdf'];
    const read = readBundled(names);
    names.forEach((name, i) => expect(read[i], name).toEqual({ kind: 'pdf', rows: expect.any(Number) }));
    for (const r of read) expect((r as { rows: number }).rows).toBeGreaterThan(1);
  });
});
