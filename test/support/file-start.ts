// Setup file: the time this test file started, in whole seconds, kept on the worker's global. In a
// shared process (the 'unit', 'api' and 'system' projects) setup files run before each test file,
// while the support modules are loaded once: test/support/mailbox.ts reads mail sent since this.
const worker = globalThis as { itaFileStartedAt?: number };
worker.itaFileStartedAt = Math.floor(Date.now() / 1000);
