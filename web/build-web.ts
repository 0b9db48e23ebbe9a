// Builds the web page into memory: index.html, one JS bundle, one stylesheet, the Sarabun fonts.
// The local server serves these; CDK uploads them to the site bucket. /config.json is added by each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface WebFile {
  path: string;
  contentType: string;
  body: Uint8Array;
  /** a chunk only a screen loaded on first use imports (the plan's): not part of the first load */
  onDemand?: true;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const font = (weight: string) =>
  readFileSync(require.resolve(`@expo-google-fonts/sarabun/${weight}/Sarabun_${weight}.ttf`));

export function buildWebSync(): WebFile[] {
  return buildWeb().files;
}

/** The web page's files, and the files they were built from (absolute paths). */
export function buildWeb(): { files: WebFile[]; inputs: string[] } {
  const result = buildSync({
    entryPoints: [here('./src/main.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'safari15'],
    legalComments: 'none',
    // Thai as UTF-8 (3 bytes a letter), not \uXXXX escapes (6): the page is served as UTF-8
    charset: 'utf8',
    write: false,
    // screens loaded on first use (the plan's) become chunks under /chunks/, named by their content
    splitting: true,
    outdir: 'out',
    entryNames: 'app',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('/out/app.js'))!;
  // the chunks app.js loads at once: those its import statements reach, transitively
  const outputs = result.metafile.outputs;
  const atOnce = new Set<string>();
  const reach = (out: string) => {
    for (const i of outputs[out]?.imports ?? []) {
      if (i.kind !== 'import-statement' || atOnce.has(i.path)) continue;
      atOnce.add(i.path);
      reach(i.path);
    }
  };
  reach('out/app.js');
  const chunks = result.outputFiles
    .filter((f) => f.path.includes('/out/chunks/'))
    .map((f): WebFile => {
      const path = f.path.slice(f.path.indexOf('/chunks/'));
      return {
        path,
        contentType: 'text/javascript; charset=utf-8',
        body: f.contents,
        ...(atOnce.has(`out${path}`) ? {} : { onDemand: true as const }),
      };
    });
  const files: WebFile[] = [
    { path: '/index.html', contentType: 'text/html; charset=utf-8', body: readFileSync(here('./public/index.html')) },
    { path: '/app.css', contentType: 'text/css; charset=utf-8', body: readFileSync(here('./public/app.css')) },
    { path: '/app.js', contentType: 'text/javascript; charset=utf-8', body: js.contents },
    ...chunks,
    { path: '/fonts/sarabun-400.ttf', contentType: 'font/ttf', body: font('400Regular') },
    { path: '/fonts/sarabun-700.ttf', contentType: 'font/ttf', body: font('700Bold') },
  ];
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((path) => resolve(path)),
    here('./public/index.html'),
    here('./public/app.css'),
  ];
  return { files, inputs };
}
