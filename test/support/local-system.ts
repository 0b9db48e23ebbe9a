// `npm start`'s system as a child process on free ports and its own data folder, for e2e and browser tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const tsx = join(repoRoot, 'node_modules/.bin/tsx');

export interface LocalSystemSetup {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  ports: { api: number; dynamodb: number; ses: number; s3: number };
  api: string;
  sesUrl: string;
  s3Url: string;
}

export async function localSystemSetup(): Promise<LocalSystemSetup> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ita-local-'));
  const ports = { api: await freePort(), dynamodb: await freePort(), ses: await freePort(), s3: await freePort() };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ITA_DATA_DIR: dataDir,
    ITA_API_PORT: String(ports.api),
    ITA_DYNAMODB_PORT: String(ports.dynamodb),
    ITA_SES_PORT: String(ports.ses),
    ITA_S3_PORT: String(ports.s3),
  };
  delete env.TABLE_NAME;
  return {
    dataDir,
    env,
    ports,
    api: `http://localhost:${ports.api}`,
    sesUrl: `http://127.0.0.1:${ports.ses}`,
    s3Url: `http://127.0.0.1:${ports.s3}`,
  };
}

/**
 * Starts infra/local/start.ts and resolves with the child once the banner is out. The script runs in
 * one node process with tsx's loader (`node --import tsx`), as `npm start` runs it but without the
 * `tsx` command's parent process: that parent relays a SIGINT to the script, waits 30 ms twice for
 * the script to say it got it, and else SIGKILLs it and exits 130 (tsx 4's relaySignals). On a
 * loaded machine the script answered later, so a Ctrl-C here ended in 130 and the script's own
 * children (DynamoDB Local's java) were left running (session 19's second two-worker CI).
 */
export async function startLocalSystem(
  setup: LocalSystemSetup,
  ...args: string[]
): Promise<{ child: ChildProcess; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', ...args], {
    cwd: repoRoot,
    env: setup.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('Ctrl-C stops everything')) resolve();
    });
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
  });
  return { child, output };
}

export async function stopLocalSystem(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

/** Processes whose command line names the data folder (DynamoDB Local's java does). */
export function processesUsing(dataDir: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', dataDir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
