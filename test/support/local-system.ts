// `npm start`'s system as a child process on free ports and its own data folder, for e2e and browser tests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentClient, type Store } from '../../shared/store/dynamo-client.js';
import { freePort } from './free-port.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const tsx = join(repoRoot, 'node_modules/.bin/tsx');

export interface LocalSystemSetup {
  dataDir: string;
  env: NodeJS.ProcessEnv;
  ports: { api: number; dynamodb: number; ses: number; s3: number };
  /** the system's DynamoDB (its own on ports.dynamodb, or the one it was given) and its table */
  dynamodbEndpoint: string;
  tableName: string;
  api: string;
  sesUrl: string;
  s3Url: string;
}

/**
 * Free ports and a fresh data folder. `dynamodb`: a DynamoDB Local already running (the tests'
 * shared one) and a table of its own there (ITA_DYNAMODB_ENDPOINT, ITA_TABLE_NAME); else the
 * system starts its own DynamoDB Local, as npm start does.
 */
export async function localSystemSetup(dynamodb?: { endpoint: string; tableName: string }): Promise<LocalSystemSetup> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ita-local-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ITA_DATA_DIR: dataDir,
    ...(dynamodb ? { ITA_DYNAMODB_ENDPOINT: dynamodb.endpoint, ITA_TABLE_NAME: dynamodb.tableName } : {}),
  };
  delete env.TABLE_NAME;
  const setup = { dataDir, env, tableName: dynamodb?.tableName ?? 'ita-measures-local' } as LocalSystemSetup;
  await choosePorts(setup, dynamodb?.endpoint);
  return setup;
}

/** The store of a local system (its table on its DynamoDB), to read or seed what a test needs. */
export const localSystemStore = (setup: LocalSystemSetup): Store => ({
  doc: createDocumentClient({ endpoint: setup.dynamodbEndpoint, region: 'ap-southeast-1' }),
  tableName: setup.tableName,
});

/** Gives `setup` four free ports (its env, addresses); `dynamodbEndpoint`: a DynamoDB Local given. */
async function choosePorts(setup: LocalSystemSetup, dynamodbEndpoint?: string): Promise<void> {
  const ports = { api: await freePort(), dynamodb: await freePort(), ses: await freePort(), s3: await freePort() };
  Object.assign(setup.env, {
    ITA_API_PORT: String(ports.api),
    ITA_DYNAMODB_PORT: String(ports.dynamodb),
    ITA_SES_PORT: String(ports.ses),
    ITA_S3_PORT: String(ports.s3),
  });
  Object.assign(setup, {
    ports,
    dynamodbEndpoint: dynamodbEndpoint ?? `http://127.0.0.1:${ports.dynamodb}`,
    api: `http://localhost:${ports.api}`,
    sesUrl: `http://127.0.0.1:${ports.ses}`,
    s3Url: `http://127.0.0.1:${ports.s3}`,
  });
}

/** How many times a start whose port was taken meanwhile is tried on other ports. */
const PORT_ATTEMPTS = 3;

/**
 * startLocalSystem, again on other free ports (`setup` changed in place) when a port chosen free
 * was taken before the system listened on it (its busy-port message, or EADDRINUSE): a port is
 * free only "a moment ago", and a browser file's start waits seconds for its bundle and chromium.
 * A start given up (`abandon`) or failing otherwise rejects as startLocalSystem does.
 */
export async function startLocalSystemOnFreePorts(
  setup: LocalSystemSetup,
  args: readonly string[] = [],
  abandon?: AbortSignal,
  bundle?: string,
): Promise<{ child: ChildProcess; output: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startLocalSystem(setup, args, abandon, bundle);
    } catch (error) {
      const portTaken = /is in use|EADDRINUSE/.test((error as Error).message);
      if (!portTaken || abandon?.aborted || attempt >= PORT_ATTEMPTS) throw error;
      await choosePorts(setup, setup.env.ITA_DYNAMODB_ENDPOINT);
    }
  }
}

/**
 * Starts infra/local/start.ts (or its `bundle`) and resolves with the child once the banner is out. The script runs in
 * one node process with tsx's loader (`node --import tsx`), as `npm start` runs it but without the
 * `tsx` command's parent process: that parent relays a SIGINT to the script, waits 30 ms twice for
 * the script to say it got it, and else SIGKILLs it and exits 130 (tsx 4's relaySignals). On a
 * loaded machine the script answered later, so a Ctrl-C here ended in 130 and the script's own
 * children (DynamoDB Local's java) were left running (session 19's second two-worker CI).
 *
 * A start that does not reach the banner leaves nothing running: when the script exits first, or
 * when `abandon` is aborted (give the hook's deadline: `AbortSignal.timeout(ms)` a little under its
 * timeout, which else leaves the start running with no one to stop it), the script and its
 * children are stopped, and the start rejects.
 */
export async function startLocalSystem(
  setup: LocalSystemSetup,
  args: readonly string[] = [],
  abandon?: AbortSignal,
  bundle?: string,
): Promise<{ child: ChildProcess; output: string }> {
  // `bundle`: start.ts bundled (local-start-bundle.ts), run without tsx
  const script = bundle ? [bundle] : ['--import', 'tsx', 'infra/local/start.ts'];
  // a process group of its own, so that a start gone wrong can be ended with all its children
  const child = spawn(process.execPath, [...script, ...args], {
    cwd: repoRoot,
    env: setup.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let stopWaiting: (error: Error) => void = () => undefined;
  const onAbort = () => stopWaiting(new Error(`npm start abandoned before its banner: ${output}`));
  try {
    await new Promise<void>((resolve, reject) => {
      stopWaiting = reject;
      child.stdout.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('Ctrl-C stops everything')) resolve();
      });
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
      if (abandon?.aborted) onAbort();
      else abandon?.addEventListener('abort', onAbort, { once: true });
    });
  } catch (error) {
    await endStart(child);
    throw error;
  } finally {
    abandon?.removeEventListener('abort', onAbort);
  }
  return { child, output };
}

/** The browser files' start hook (the local system and Chromium): ~10 s on a quiet machine, a minute at load ~20. */
export const START_HOOK_MS = 120_000;

/**
 * The signal that abandons a start hook's start of the system in time for it to stop what it had
 * started (SIGINT, then STOP_GRACE_MS at most) before the hook's `hookMs` run out.
 */
export const startDeadline = (hookMs: number): AbortSignal => AbortSignal.timeout(hookMs - STOP_GRACE_MS - 5_000);

/** How long a start cut short has to stop its parts on SIGINT before its process group is killed. */
const STOP_GRACE_MS = 15_000;

/** Ends a start that did not reach its banner: SIGINT (the script stops what it started), then SIGKILL to its group. */
async function endStart(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    const timer = new Promise<void>((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
    await Promise.race([exited, timer]);
  }
  killGroup(child);
}

/** SIGKILL to whatever is left of the child's process group (its JVM, should the script have died first). */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // no process left in the group
  }
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
