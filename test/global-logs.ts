// The run's log capture folder (test/support/log-capture.ts copies every line a worker writes
// there); the last project to finish checks it for personal data. Both projects (vitest.config.ts)
// list this file: they share one folder, made by the first and checked once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { scanLogs } from './support/log-leaks.js';

declare module 'vitest' {
  export interface ProvidedContext {
    logCaptureDir: string;
  }
}

/** Kept on the main process's global: vitest loads this file once per project. */
const shared = globalThis as { itaLogCapture?: { dir: string; users: number } };

export default function setup(project: TestProject): () => void {
  shared.itaLogCapture ??= { dir: mkdtempSync(join(tmpdir(), 'ita-logs-')), users: 0 };
  const capture = shared.itaLogCapture;
  capture.users++;
  project.provide('logCaptureDir', capture.dir);
  return () => {
    if (--capture.users > 0) return;
    delete shared.itaLogCapture;
    const { lines, leaks } = scanLogs(capture.dir);
    rmSync(capture.dir, { recursive: true, force: true });
    process.stdout.write(`logs: ${lines.toLocaleString('en')} lines captured, ${leaks.length} leaks\n`);
    if (leaks.length > 0) throw new Error(`personal data in logs:\n${leaks.slice(0, 20).join('\n')}`);
  };
}
