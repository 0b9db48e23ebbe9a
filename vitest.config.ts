import { readdirSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Unit files run isolated: entry points loaded afresh under a stubbed environment
 * (vi.resetModules), and the PDF text budget's 100-page files (heavy on the heap).
 */
const ISOLATED_UNIT = ['test/unit/entry-point-environment.test.ts', 'test/unit/pdf-content-budget.test.ts'];
/** Every other test folder, the unit files' too. */
const SYSTEM_FOLDERS = readdirSync(new URL('test', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'infra')
  .map((entry) => `test/${entry.name}/**/*.test.ts`);
/**
 * The form API's files (requests through the API handler on the shared emulators, each file its
 * own table) share the system files' processes, but for those that change the process:
 * origin-secret stubs the environment the handler reads at load.
 */
const API_FOLDER = 'test/integration/form-api';
const ISOLATED_API = ['origin-secret.test.ts'];
/**
 * The IAM conformance file runs the functions on the emulators and checks their calls against the
 * synthesised CDK app: with the infra files, so the app is synthesised once a worker. Its SDK
 * wrapper (test/support/aws-call-recorder.ts) records and stubs only calls made inside its `runAs`.
 */
const IAM_CONFORMANCE = 'test/integration/iam-conformance.test.ts';
/**
 * Files that change their process for the files after them. Every other system file shares its
 * worker's process (the 'system' project); fuzz too, which sets the log level to DEBUG for its own
 * handler and puts it back (session 52: a process of its own cost its imports again).
 */
const ISOLATED_SYSTEM = [...ISOLATED_API.map((name) => `${API_FOLDER}/${name}`), ...ISOLATED_UNIT];

export default defineConfig({
  test: {
    setupFiles: ['test/support/log-capture.ts', 'test/support/file-start.ts'],
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    // Ceilings, not budgets: a test's time on this 2-core machine grows with what runs beside it (the
    // other sessions, the other worker), and no test asserts a speed by its timeout.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll's default is 1 s: a browser test's click, the API's answer and the page's change
    // took longer at load ~17 with two workers ('Matcher did not succeed in time'). The browser
    // tests' Playwright actions have 15 s (page.setDefaultTimeout); their polls get the same.
    expect: { poll: { timeout: 15_000 } },
    // Two files at a time (vitest's default on 2 cores is one): the quiet CI went from 889 to 688 s
    // (session 19). The next CI's failure was tsx's SIGINT relay (exit 130), not a timeout: the
    // e2e walk runs the local system without the tsx command now (test/support/local-system.ts).
    maxWorkers: 2,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      POWERTOOLS_LOG_LEVEL: 'WARN',
      AWS_REGION: 'ap-southeast-1',
    },
    projects: [
      {
        // The CDK app's synthesised templates and the functions' bundles, and the IAM conformance
        // file (the emulators): one process a worker for their files, so aws-cdk-lib loads once and
        // an app several files read is synthesised once (test/support/synthesized-app.ts).
        extends: true,
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts', IAM_CONFORMANCE],
          isolate: false,
          // a deprecated aws-cdk-lib API throws (jsii's DeprecationError) instead of a synth warning
          env: { JSII_DEPRECATED: 'fail' },
          globalSetup: ['test/global-tmp.ts', 'test/global-logs.ts', 'test/global-setup.ts'],
        },
      },
      {
        // DynamoDB Local, the S3 and SES emulators (started once), processes, the browser, and the
        // form API's files: the files share their worker's process, so the AWS SDK, the API
        // handler, playwright and our modules load once a worker, not once a file (each file still
        // has its own tables, org ids and processes). The unit files (pure functions of their input:
        // no emulator, no process environment) run in the same processes, so the importer, pdfjs,
        // exceljs and the rest load once a worker too. One project, not one for the form API and
        // one for the unit files as before: each project transforms the modules it loads in its own
        // vite server and starts its own workers, which load them again (session 51: 9 files, 3 of
        // each kind, 71.6 -> 53.1 s CPU as one project). A unit file run alone starts the emulators.
        extends: true,
        test: {
          name: 'system',
          include: SYSTEM_FOLDERS,
          exclude: [...configDefaults.exclude, ...ISOLATED_SYSTEM, IAM_CONFORMANCE],
          isolate: false,
          globalSetup: ['test/global-tmp.ts', 'test/global-logs.ts', 'test/global-setup.ts'],
        },
      },
      {
        // The files above that change their process: a fresh process per file.
        extends: true,
        test: {
          name: 'isolated',
          include: ISOLATED_SYSTEM,
          globalSetup: ['test/global-tmp.ts', 'test/global-logs.ts', 'test/global-setup.ts'],
        },
      },
    ],
  },
});
