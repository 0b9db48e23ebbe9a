// A CLI script (infra/cli/*.ts) run as its own process, as `npm run <name>` does, without tsx's
// start-up on every run: tsx starts two node processes and compiles the script's modules each time
// (5-8 s a run on a busy 2-core machine). The script is bundled once per test worker with esbuild
// (what tsx compiles with) and each run is `node <bundle> ...args`: the same code, arguments,
// environment, stdout, stderr and exit code. The packages are bundled too: node then reads one
// file, not the AWS SDK's hundreds of modules (a run that stops at the usage: 0.4-0.6 s of CPU
// against 0.9-1.1 s with the packages left in node_modules).
// Most cases need no process at all: runCliEntry calls the script's own entry function (jobCli,
// adminCli, ...: what its script runs with the process's arguments, environment and streams) in
// the test's process. A file keeps process runs for what only a process shows: the exit code the
// shell sees, a closed pipe (EPIPE), the script started by its name.
import { type ExecFileOptions, execFile, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import type { CliEntry } from '../../infra/cli/run-cli.js';
import { repoRoot } from './local-system.js';

const run = promisify(execFile);
const bundles = new Map<string, Promise<string>>();

/**
 * The bundle of `script` (a path from the repository root), with the packages `external` names
 * left in node_modules (those that find their files from __dirname). It sits two folders deep, as the
 * scripts do, so their `import.meta.url`-relative paths name the same files. The global teardown
 * (test/global-setup.ts) removes the folder.
 */
export function cliBundle(script: string, external: readonly string[] = []): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    const dir = join(repoRoot, 'test-results', 'cli');
    const outfile = join(dir, `${basename(script, '.ts')}-${process.pid}.mjs`);
    mkdirSync(dir, { recursive: true });
    bundle = build({
      entryPoints: [join(repoRoot, script)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // pdfjs-dist finds its worker next to itself: it stays in node_modules
      external: ['pdfjs-dist', ...external],
      // the packages' CommonJS modules call require(): the bundle, an ES module, makes one
      banner: {
        js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
      },
      logLevel: 'error',
    }).then(() => outfile);
    bundles.set(script, bundle);
  }
  return bundle;
}

/** Runs `script` with `args` from the repository root; rejects as execFile does (error.code, .stdout, .stderr). */
export async function runCliScript(
  script: string,
  args: readonly string[],
  options: Omit<ExecFileOptions, 'cwd'> = {},
): Promise<{ stdout: string; stderr: string }> {
  const { stdout, stderr } = await run(process.execPath, [await cliBundle(script), ...args], {
    ...options,
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { stdout, stderr };
}

/**
 * Runs `script` with `args` as `... | head -0` would: the reading end of stdout (and of stderr
 * with `closed: 'both'`, as `2>&1 | head -0`) is closed before the script starts, so its first
 * write there finds no reader (EPIPE). Resolves with the exit code and what it said on stderr.
 */
export async function runCliScriptUnread(
  script: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; closed?: 'stdout' | 'both' } = {},
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [await cliBundle(script), ...args], {
    cwd: repoRoot,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // closed at once, long before node has loaded the bundle and written anything
  child.stdout.destroy();
  if (options.closed === 'both') child.stderr.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) =>
    child.on('error', reject).on('close', (exitCode) => resolve(exitCode)),
  );
  return { code, stderr };
}

/** What runCliEntry rejects with: as execFile's error, the exit code and what the CLI said. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`the CLI exited ${code}: ${stderr}`);
    this.name = 'CliExit';
  }
}

/**
 * Runs the CLI entry function `cli` (e.g. jobCli of infra/cli/run-job.ts) in this process with
 * `args` and `env` (a copy of it: the CLI may fill in the local system's variables), collecting
 * its stdout and stderr. Resolves and rejects as runCliScript does: exit code 0, { stdout, stderr };
 * any other, a CliExit (.code, .stdout, .stderr).
 */
export async function runCliEntry(
  cli: CliEntry,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cli({
    args,
    env: { ...(options.env ?? process.env) },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  if (code !== 0) throw new CliExit(code, stdout, stderr);
  return { stdout, stderr };
}
