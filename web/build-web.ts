// Builds the web page into memory: index.html, one JS bundle, one stylesheet, the Sarabun fonts.
// The local server serves these; CDK uploads them to the site bucket. /config.json is added by each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface WebFile {
  path: string;
  contentType: string;
  body: Uint8Array;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(import.meta.url);
const font = (weight: string) =>
  readFileSync(require.resolve(`@expo-google-fonts/sarabun/${weight}/Sarabun_${weight}.ttf`));

export function buildWebSync(): WebFile[] {
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
    outfile: 'app.js',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('app.js'))!;
  return [
    { path: '/index.html', contentType: 'text/html; charset=utf-8', body: readFileSync(here('./public/index.html')) },
    { path: '/app.css', contentType: 'text/css; charset=utf-8', body: readFileSync(here('./public/app.css')) },
    { path: '/app.js', contentType: 'text/javascript; charset=utf-8', body: js.contents },
    { path: '/fonts/sarabun-400.ttf', contentType: 'font/ttf', body: font('400Regular') },
    { path: '/fonts/sarabun-700.ttf', contentType: 'font/ttf', body: font('700Bold') },
  ];
}
