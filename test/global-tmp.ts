// The run's own temp folder: every worker, browser, CLI and emulator the run starts writes its temp
// files (CDK's cdk.out*, the local systems' data, PDFs, screenshots) under it through TMPDIR, and the
// last project to finish removes it, so a run leaves nothing in the machine's temp folder (session 58:
// /tmp held 13 GB from earlier runs). Listed first in each project's globalSetup (vitest.config.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runTempDir: string;
  }
}

/** Kept on the main process's global: vitest loads this file once per project. */
const shared = globalThis as { itaRunTemp?: { dir: string; before: string | undefined; users: number } };

export default function setup(project: TestProject): () => void {
  if (!shared.itaRunTemp) {
    const dir = mkdtempSync(join(tmpdir(), 'ita-test-run-'));
    shared.itaRunTemp = { dir, before: process.env.TMPDIR, users: 0 };
    // os.tmpdir() reads TMPDIR on each call; workers and child processes inherit it
    process.env.TMPDIR = dir;
  }
  const run = shared.itaRunTemp;
  run.users++;
  project.provide('runTempDir', run.dir);
  return () => {
    if (--run.users > 0) return;
    delete shared.itaRunTemp;
    if (run.before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = run.before;
    rmSync(run.dir, { recursive: true, force: true });
  };
}
