// The documents function makes its PDFs when bundled as Lambda runs it. pdfkit loads its default
// font, Helvetica, when a document is made, with require('#standard-fonts/Helvetica') through
// createRequire: a name only pdfkit's own package.json maps, so in the bundle (no node_modules, no
// such package.json, as in /var/task) every PDF failed with "Cannot find module
// '#standard-fonts/Helvetica'", while the tests, run from node_modules, passed (the plan readers'
// pdf.js worker was the same kind: plan-file-reader-bundle.test.ts).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, esbuildOptions, FONT_FILES } from '../../infra/cdk/bundling.js';
import { sampleAnnualReport, samplePlanDocument } from '../support/document-samples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'document-renderers-'));
  // like /var/task: no node_modules, and no package.json says "module", so index.js is CommonJS
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  bundle = join(dir, BUNDLE_FILE);
  await build({
    ...esbuildOptions(),
    entryPoints: [join(ROOT, 'test/fixtures/functions/document-renderers.ts')],
    outfile: bundle,
    logLevel: 'silent',
  });
  // the fonts folder CDK copies beside the documents function's bundle (FONT_DIR)
  mkdirSync(join(dir, 'fonts'));
  for (const file of FONT_FILES) copyFileSync(join(ROOT, file), join(dir, 'fonts', basename(file)));
  writeFileSync(join(dir, 'models.json'), JSON.stringify({ report: sampleAnnualReport(), plan: samplePlanDocument() }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the bundled renderers make, in one process of its own from the bundle's folder. */
function renderBundled(): Record<string, { head: string; bytes: number } | { error: string }> {
  const script = `require(${JSON.stringify(bundle)}).render(${JSON.stringify(join(dir, 'fonts'))}, 'models.json').then((r) =>
    process.stdout.write('\\n' + JSON.stringify(r)));`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(out.split('\n').at(-1)!) as never;
}

describe('the document renderers, bundled as the documents function is', () => {
  it('make the results report and the plan as PDF and DOCX', () => {
    const made = renderBundled();
    expect(made['report.pdf']).toEqual({ head: '%PDF-', bytes: expect.any(Number) });
    expect(made['plan.pdf']).toEqual({ head: '%PDF-', bytes: expect.any(Number) });
    // DOCX is a zip
    expect(made['report.docx']).toEqual({ head: expect.stringMatching(/^PK/), bytes: expect.any(Number) });
    expect(made['plan.docx']).toEqual({ head: expect.stringMatching(/^PK/), bytes: expect.any(Number) });
    for (const name of ['report.pdf', 'plan.pdf'])
      expect((made[name] as { bytes: number }).bytes).toBeGreaterThan(20_000);
  });
});
