import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { esbuildOptions, FUNCTION_ENTRIES } from './bundling.js';
const out = await build({ ...esbuildOptions(), entryPoints: [FUNCTION_ENTRIES.api], write: false, outfile: 'index.js' });
writeFileSync(process.argv[2]!, out.outputFiles.find((f) => f.path.endsWith('index.js'))!.contents);
