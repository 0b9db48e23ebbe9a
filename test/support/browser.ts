// Debian's chromium driven by playwright-core (no browser download), with a screenshot of any failing test.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, type TestContext } from 'vitest';
import { repoRoot } from './local-system.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const failureShots = join(repoRoot, 'test-results', 'browser');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized viewport (iPhone 12-ish), where the page must work first. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

export function screenshotOnFailure(page: () => Page | undefined): void {
  afterEach(async (context: TestContext) => {
    const current = page();
    if (context.task.result?.state !== 'fail' || !current || current.isClosed()) return;
    mkdirSync(failureShots, { recursive: true });
    const name = context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
    await current.screenshot({ path: join(failureShots, `${name}.png`), fullPage: true }).catch(() => undefined);
  });
}
