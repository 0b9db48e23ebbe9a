// Stack traces of a bundled function name the TypeScript sources without Node's
// --enable-source-maps (which read and parsed the map at every cold start): the bundle's map is
// read when a stack is first written (functions/source-mapped-stacks.ts, injected by bundling.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, esbuildOptions, NODE_OPTIONS } from '../../infra/cdk/bundling.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(ROOT, 'test/fixtures/functions/failing-handler.ts');
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stacks-'));
  // like /var/task: no package.json says "module", so index.js is CommonJS
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  bundle = join(dir, BUNDLE_FILE);
  await build({ ...esbuildOptions(), entryPoints: [SOURCE], outfile: bundle, logLevel: 'silent' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first frames of the stack of the bundled handler's failure, run as Lambda runs it. */
function failure(kind: string, options: { mapMovedAfterLoad?: boolean } = {}): string[] {
  const script = `
    const fs = require('node:fs');
    const f = ${JSON.stringify(bundle)};
    const m = require(f);
    if (${Boolean(options.mapMovedAfterLoad)}) fs.renameSync(f + '.map', f + '.map.away');
    m.handler({ kind: ${JSON.stringify(kind)} }).then(
      () => process.stdout.write('no failure'),
      (e) => process.stdout.write(e.stack),
    );`;
  try {
    return execFileSync(process.execPath, ['-e', script], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS },
      encoding: 'utf8',
    })
      .split('\n')
      .filter((line) => line.startsWith('    at '));
  } finally {
    execFileSync(process.execPath, [
      '-e',
      `try { require('node:fs').renameSync(${JSON.stringify(`${bundle}.map.away`)}, ${JSON.stringify(`${bundle}.map`)}) } catch {}`,
    ]);
  }
}

describe('stack traces of a bundled function', () => {
  it('run without --enable-source-maps', () => {
    expect(NODE_OPTIONS).not.toContain('--enable-source-maps');
  });

  /** the source file and line of each frame, in order */
  const lines = (frames: string[]) => frames.map((f) => /\(([^()]+):(\d+):\d+\)$/.exec(f)?.slice(1, 3).join(':'));

  it('name the source line of an error our code throws, and of its callers', () => {
    expect(lines(failure('own')).slice(0, 2)).toEqual([`${SOURCE}:7`, `${SOURCE}:14`]);
  });

  it('name the source line where a library (zod) was called when it throws', () => {
    expect(lines(failure('library'))[0]).toBe(`${SOURCE}:18`);
  });

  it('name the source line of a runtime TypeError', () => {
    expect(lines(failure('runtime'))[0]).toBe(`${SOURCE}:19`);
  });

  it('read the source map only when a stack is written, not when the bundle loads', () => {
    // the map moved away after load: had it been read at load, the frames would still be mapped
    const frames = failure('own', { mapMovedAfterLoad: true });
    expect(lines(frames)[0]).toMatch(new RegExp(`^${bundle}:\\d+$`));
    expect(frames.some((f) => f.includes(SOURCE))).toBe(false);
  });
});
