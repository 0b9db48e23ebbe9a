// Setup file: every line a test worker writes (console and process streams, so Powertools' logger
// too) is copied to the run's capture folder; the global teardown (test/global-logs.ts) checks it
// for leaks. Without isolation (the 'unit' project) this file runs before each test file in the
// same process: the streams are wrapped once.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

const worker = globalThis as { itaLogsWrapped?: boolean };
if (!worker.itaLogsWrapped) {
  worker.itaLogsWrapped = true;
  const file = join(inject('logCaptureDir'), `${process.pid}.log`);
  const keep = (chunk: unknown) => {
    try {
      appendFileSync(file, typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk : `${String(chunk)}\n`);
    } catch {
      // the folder is gone after teardown
    }
  };

  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    (stream as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
      keep(chunk);
      return write(chunk, ...rest);
    };
  }
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      keep(`${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`);
      original(...args);
    };
  }
}
