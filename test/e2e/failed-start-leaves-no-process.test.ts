// A start of the local system that fails, or is cut short, left DynamoDB Local's JVM running (review
// of the whole change, session 20): `npm start` exited on a part failing after the JVM was up, or on
// Ctrl-C before its banner, without stopping it; a test's start cut short by its hook timeout went
// on with no one to stop it; and the tests' global setup left the JVM when another emulator failed.
// Each case here is checked by the pids of every process the start ran (the script, its JVM, tsx's
// helpers): none is left. A test's start runs start.ts bundled (test/support/local-start-bundle.ts),
// as the browser files and the README walk start it; `npm start`'s cases run it through tsx.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { type LocalSystemSetup, localSystemSetup, repoRoot, startLocalSystem } from '../support/local-system.js';
import { localStartBundle } from '../support/local-start-bundle.js';
import { startEmulators } from '../global-setup.js';

/** One start's ceiling: DynamoDB Local's JVM alone takes ~3 s quiet and a minute at load ~20. */
const START_MS = 150_000;

/** The process's state letter from /proc (R, S, Z…), or undefined when there is no such process. */
function stateOf(pid: number): string | undefined {
  try {
    return /\) (\w)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}
/** A process that runs: a zombie (ended, not yet reaped by its new parent) has ended. */
const alive = (pid: number) => ![undefined, 'Z', 'X'].includes(stateOf(pid));

/** The live processes whose environment or command line holds `text`. */
function processesHolding(text: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const seen = readFileSync(`/proc/${name}/environ`, 'latin1') + readFileSync(`/proc/${name}/cmdline`, 'latin1');
      if (seen.includes(text) && alive(Number(name))) pids.push(Number(name));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}
const isJvm = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('DynamoDBLocal.jar');
  } catch {
    return false;
  }
};

/**
 * Every process that holds `text` (a start's data folder: the script's environment has it, and its
 * children's), looked for every 50 ms: `jvm` resolves with the JVM's pid once it runs.
 */
function watchProcesses(text: string) {
  const seen = new Set<number>();
  const jvms = new Set<number>();
  let jvmUp: (pid: number) => void = () => undefined;
  const jvm = new Promise<number>((resolve) => (jvmUp = resolve));
  const look = () => {
    for (const pid of processesHolding(text)) {
      seen.add(pid);
      if (isJvm(pid)) {
        jvms.add(pid);
        jvmUp(pid);
      }
    }
  };
  const timer = setInterval(look, 50);
  look();
  return {
    jvm,
    /** Stops looking: the pids seen, and those of them that were a JVM. */
    stop: () => {
      clearInterval(timer);
      return { pids: [...seen], jvms: [...jvms] };
    },
  };
}

/** start.ts as `npm start` runs it, on `setup`'s ports and data folder, its exit code and output once it ends. */
function runStartScript(setup: LocalSystemSetup) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--fresh'], {
    cwd: repoRoot,
    env: setup.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const ended = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
  return { child, ended };
}

/** Holds `port` on 127.0.0.1 (as the emulators listen), as another program would. */
function takePort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

let setup: LocalSystemSetup | undefined;
const taken: Server[] = [];
afterEach(async () => {
  await Promise.all(taken.splice(0).map((s) => new Promise((r) => s.close(r))));
  if (setup) rmSync(setup.dataDir, { recursive: true, force: true });
  setup = undefined;
});

describe('npm start that fails before its banner stops what it had started', () => {
  it.each([
    ['S3 emulator', 's3'],
    ['SES emulator', 'ses'],
  ] as const)(
    'a port taken once the JVM runs (the %s cannot listen): exit 1, saying so, and no process left',
    { timeout: START_MS },
    async (_part, port) => {
      setup = await localSystemSetup();
      const watch = watchProcesses(setup.dataDir);
      const { child, ended } = runStartScript(setup);
      const jvm = await watch.jvm;
      taken.push(await takePort(setup.ports[port]));
      const { code, output } = await ended;
      const { pids } = watch.stop();
      expect(code, output).toBe(1);
      expect(output).toContain('did not start');
      expect(pids).toEqual(expect.arrayContaining([child.pid, jvm]));
      expect(pids.filter(alive)).toEqual([]);
    },
  );

  it('Ctrl-C while the JVM starts: exit 1, saying so, and no process left', { timeout: START_MS }, async () => {
    setup = await localSystemSetup();
    const watch = watchProcesses(setup.dataDir);
    const { child, ended } = runStartScript(setup);
    const jvm = await watch.jvm;
    child.kill('SIGINT');
    const { code, output } = await ended;
    const { pids } = watch.stop();
    expect(code, output).toBe(1);
    expect(output).toContain('SIGINT: stopped while starting');
    expect(pids).toEqual(expect.arrayContaining([child.pid, jvm]));
    expect(pids.filter(alive)).toEqual([]);
  });
});

describe("a test's start of the local system cut short leaves no process", () => {
  it(
    'abandoned once the JVM runs (a hook running out): the start rejects, the script and the JVM are gone',
    {
      timeout: START_MS,
    },
    async () => {
      setup = await localSystemSetup();
      const watch = watchProcesses(setup.dataDir);
      const deadline = new AbortController();
      const start = startLocalSystem(setup, ['--fresh'], deadline.signal, await localStartBundle());
      const jvm = await watch.jvm;
      deadline.abort();
      await expect(start).rejects.toThrow('abandoned before its banner');
      const { pids } = watch.stop();
      expect(pids).toContain(jvm);
      expect(pids.length).toBeGreaterThan(1); // the script too
      expect(pids.filter(alive)).toEqual([]);
    },
  );

  it('an impossible deadline (1 ms): the start rejects and no process is left', { timeout: START_MS }, async () => {
    setup = await localSystemSetup();
    const watch = watchProcesses(setup.dataDir);
    const bundle = await localStartBundle();
    await expect(startLocalSystem(setup, ['--fresh'], AbortSignal.timeout(1), bundle)).rejects.toThrow('abandoned');
    // what the script might still have started is looked for a while longer
    await new Promise((r) => setTimeout(r, 1_000));
    expect(watch.stop().pids.filter(alive)).toEqual([]);
    expect(processesHolding(setup.dataDir)).toEqual([]);
  });

  it(
    'the script failing before its banner: the start rejects with its output, no process left',
    {
      timeout: START_MS,
    },
    async () => {
      setup = await localSystemSetup();
      const watch = watchProcesses(setup.dataDir);
      const start = startLocalSystem(setup, ['--fresh'], undefined, await localStartBundle());
      await watch.jvm;
      taken.push(await takePort(setup.ports.s3));
      await expect(start).rejects.toThrow(/npm start exited \(1\).*did not start/s);
      expect(watch.stop().pids.filter(alive)).toEqual([]);
    },
  );
});

describe("the tests' emulators (global setup) when one fails to start", () => {
  it(
    "the S3 emulator's port taken: the failure is thrown and DynamoDB Local's JVM is stopped",
    {
      timeout: START_MS,
    },
    async () => {
      const ports = { dynamodb: await freePort(), s3: await freePort(), ses: await freePort() };
      taken.push(await takePort(ports.s3));
      const watch = watchProcesses(`-port\0${ports.dynamodb}\0`);
      await expect(startEmulators(ports)).rejects.toThrow(/EADDRINUSE/);
      const { pids, jvms } = watch.stop();
      expect(jvms).toHaveLength(1);
      expect(pids.filter(alive)).toEqual([]);
    },
  );
});
