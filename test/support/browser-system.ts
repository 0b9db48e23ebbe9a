// A browser test file's system: `npm start`'s local system (fresh, its clock on a given day, its own
// table on the run's DynamoDB Local) and the worker's chromium (browser.ts), started together before
// the file's tests; after them the system is stopped and the file's contexts closed. A screenshot of
// each failing test's page.
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { closeContexts, coordinatorPage, screenshotOnFailure, workerChromium } from './browser.js';
import { localStartBundle } from './local-start-bundle.js';
import {
  type LocalSystemSetup,
  localSystemSetup,
  START_HOOK_MS,
  startDeadline,
  startLocalSystemOnFreePorts,
  stopLocalSystem,
} from './local-system.js';

/** What a browser file's `ready` is given once both have started. */
export interface BrowserSystem {
  setup: LocalSystemSetup;
  browser: Browser;
}

/**
 * Registers a browser file's hooks: before its tests, the local system (`--fresh --today <today>`,
 * a CE date "YYYY-MM-DD") started and the worker's chromium got at once, then `ready` (seeding, the
 * page to test), all within START_HOOK_MS; after them, the file's contexts closed and the system
 * stopped (whichever had started, even when the other failed to). `ready` gives the page that a
 * failing test's screenshot is taken of.
 */
export function onBrowserSystem(today: string, ready: (started: BrowserSystem) => Promise<Page>): void {
  let system: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let setup: LocalSystemSetup | undefined;
  beforeAll(async () => {
    // the run's DynamoDB Local (test/global-setup.ts), a table of this file's own: no JVM per file
    const fileSetup = await localSystemSetup({
      endpoint: inject('dynamodbEndpoint'),
      tableName: `ita-browser-${process.pid}-${Date.now()}`,
    });
    setup = fileSetup;
    const args = ['--fresh', '--today', today];
    const deadline = startDeadline(START_HOOK_MS);
    await Promise.all([
      localStartBundle()
        .then((bundle) => startLocalSystemOnFreePorts(fileSetup, args, deadline, bundle))
        .then((s) => (system = s.child)),
      workerChromium().then((b) => (browser = b)),
    ]);
    page = await ready({ setup: fileSetup, browser: browser! });
  }, START_HOOK_MS);
  afterAll(async () => {
    await closeContexts(browser);
    if (system) await stopLocalSystem(system);
    if (setup) await dropTable(setup);
  });
  // A page another test opened (a new context, a popup) leaves this one in the background, where
  // chromium draws no frames: every click then waited ~2 s for Playwright's "stable" check (two
  // frames alike), 8-17 s a test. Each test starts with the file's page in front.
  beforeEach(async () => {
    if (page && !page.isClosed()) await page.bringToFront();
  });
  screenshotOnFailure(() => page);
}

/**
 * onBrowserSystem with the ITA coordinator signed in on a phone page (coordinatorPage): the file's
 * system and page, read once its hooks have run.
 */
export function onCoordinatorSystem(today: string): { setup: () => LocalSystemSetup; page: () => Page } {
  const started: { setup?: LocalSystemSetup; page?: Page } = {};
  onBrowserSystem(today, async ({ setup, browser }) => {
    started.setup = setup;
    return (started.page = await coordinatorPage(browser, setup.api));
  });
  return { setup: () => started.setup!, page: () => started.page! };
}

/** The file's table off the shared DynamoDB Local, once its system has stopped. */
async function dropTable(setup: LocalSystemSetup): Promise<void> {
  const raw = new DynamoDBClient({ endpoint: setup.dynamodbEndpoint, region: 'ap-southeast-1' });
  await raw.send(new DeleteTableCommand({ TableName: setup.tableName })).catch(() => undefined);
  raw.destroy();
}
