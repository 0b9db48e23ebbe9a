// A browser test file's system: `npm start`'s local system (fresh, its clock on a given day) and
// Debian's chromium, started together before the file's tests and both stopped after them, with a
// screenshot of each failing test's page (browser.ts).
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, screenshotOnFailure } from './browser.js';
import {
  type LocalSystemSetup,
  localSystemSetup,
  START_HOOK_MS,
  startDeadline,
  startLocalSystem,
  stopLocalSystem,
} from './local-system.js';

/** What a browser file's `ready` is given once both have started. */
export interface BrowserSystem {
  setup: LocalSystemSetup;
  browser: Browser;
}

/**
 * Registers a browser file's hooks: before its tests, the local system (`--fresh --today <today>`,
 * a CE date "YYYY-MM-DD") and chromium started at once, then `ready` (seeding, the page to test),
 * all within START_HOOK_MS; after them, chromium closed and the system stopped (whichever had
 * started, even when the other failed to). `ready` gives the page that a failing test's screenshot
 * is taken of.
 */
export function onBrowserSystem(today: string, ready: (started: BrowserSystem) => Promise<Page>): void {
  let system: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    const setup = await localSystemSetup();
    const args = ['--fresh', '--today', today];
    await Promise.all([
      startLocalSystem(setup, args, startDeadline(START_HOOK_MS)).then((s) => (system = s.child)),
      launchChromium().then((b) => (browser = b)),
    ]);
    page = await ready({ setup, browser: browser! });
  }, START_HOOK_MS);
  afterAll(async () => {
    await browser?.close();
    if (system) await stopLocalSystem(system);
  });
  screenshotOnFailure(() => page);
}
