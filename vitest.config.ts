import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Unit files run isolated: entry points loaded afresh under a stubbed environment
 * (vi.resetModules), and the PDF text budget's 100-page files (heavy on the heap).
 */
const ISOLATED_UNIT = ['test/unit/entry-point-environment.test.ts', 'test/unit/pdf-content-budget.test.ts'];
/** Every other test folder. */
const SYSTEM_FOLDERS = readdirSync(new URL('test', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'unit')
  .map((entry) => `test/${entry.name}/**/*.test.ts`);

export default defineConfig({
  test: {
    setupFiles: ['test/support/log-capture.ts'],
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'WARN',
      AWS_REGION: 'ap-southeast-1',
    },
    projects: [
      {
        // Pure functions of their input (no emulator, no process environment): one process for all
        // their files, so the importer, pdfjs, exceljs and the rest load once, not once a file.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ISOLATED_UNIT,
          isolate: false,
          globalSetup: ['test/global-logs.ts'],
        },
      },
      {
        // DynamoDB Local, the S3 and SES emulators (started once), processes, the browser: a fresh
        // process per file.
        extends: true,
        test: {
          name: 'system',
          include: [...SYSTEM_FOLDERS, ...ISOLATED_UNIT],
          globalSetup: ['test/global-logs.ts', 'test/global-setup.ts'],
        },
      },
    ],
  },
});
