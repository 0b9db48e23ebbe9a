// Debian's chromium driven by playwright-core (no browser download), with a screenshot of any failing test.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Dialog, type Locator, type Page } from 'playwright-core';
import { afterEach, expect, type TestContext } from 'vitest';
import { repoRoot } from './local-system.js';
import { COORDINATOR, signInAs } from './local-sign-in.js';

/**
 * The two builds of Debian's chromium 156 the tests drive. `browser` (package chromium) is the browser
 * people run, headless; `headless-shell` (package chromium-headless-shell) is the same Blink and V8
 * without the browser's UI, at about half the CPU (web-page.test.ts: chromium 58.5 -> 29.4 s, session
 * 59). Every browser file passes in both; the shell wraps some Thai lines at another word, so files
 * whose subject is line layout, and the docs' screenshots, use `browser`.
 */
export type ChromiumBuild = 'browser' | 'headless-shell';
export const CHROMIUM_PATHS: Record<ChromiumBuild, string> = {
  browser: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  'headless-shell': process.env.HEADLESS_SHELL_PATH ?? '/usr/lib/chromium/chromium-headless-shell',
};
export const failureShots = join(repoRoot, 'test-results', 'browser');

/**
 * `npm run screenshots` (DOCS_SCREENSHOTS=1): the files that take the docs' screenshots write them to
 * docs/screenshots, in the `browser` build. Otherwise a test run writes nothing under docs/.
 */
export const DOCS_SCREENSHOTS = process.env.DOCS_SCREENSHOTS === '1';
const docsShots = join(repoRoot, 'docs', 'screenshots');

/** `target`'s screenshot as docs/screenshots/`name` (a PNG) when DOCS_SCREENSHOTS is set; else nothing. */
export async function docsScreenshot(target: Page | Locator, name: string, fullPage = false): Promise<void> {
  if (!DOCS_SCREENSHOTS) return;
  await target.screenshot({ path: join(docsShots, name), ...(fullPage ? { fullPage } : {}) });
}

/** The build a browser file gets unless it asks: the browser's while the docs' screenshots are taken. */
export const DEFAULT_BUILD: ChromiumBuild = DOCS_SCREENSHOTS ? 'browser' : 'headless-shell';

export function launchChromium(build: ChromiumBuild = DEFAULT_BUILD): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATHS[build],
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

/**
 * The worker process's chromium of `build`, launched on first use and again when it is gone (closed,
 * crashed): the 'system' project's files run one after another in their worker's process (isolate:
 * false), and a chromium a file cost ~2-3 s of CPU to launch. The files share the browser, never a
 * context or a page: each file closes the contexts it opened (`closeContexts`, in its afterAll).
 * Chromium ends with the process (playwright kills what it launched on exit; a killed worker's pipe
 * closes, and chromium exits on that). Kept on globalThis, which a shared process keeps whatever
 * vitest does with its modules.
 */
export function workerChromium(build: ChromiumBuild = DEFAULT_BUILD): Promise<Browser> {
  const holder = globalThis as { [key: symbol]: Promise<Browser> | undefined };
  const key = Symbol.for(`ita-measures.test.worker-chromium.${build}`);
  const before = holder[key];
  // each call after the one before: a launch under way is the one the next caller gets
  const browser = (async () => {
    const known = await before?.catch(() => undefined);
    return known?.isConnected() ? known : launchChromium(build);
  })();
  holder[key] = browser;
  return browser;
}

/**
 * Closes every context of the worker's chromium: a file's, after its tests (one file at a time runs
 * in a worker's process, so they are all its own, and whatever an earlier file left).
 */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close().catch(() => undefined)));
}

/** A phone-sized viewport (iPhone 12-ish), where the page must work first. */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

/** The page's questions (window.confirm) answered yes. */
export const acceptDialog = (dialog: Dialog) => void dialog.accept();

/**
 * A new page at phone width (PHONE) in Thai on Bangkok time, whose actions wait up to 15 s (the page
 * answers after API calls on a shared machine), its dialogs answered by `onDialog` (none: Playwright
 * dismisses them).
 */
export async function phonePage(browser: Browser, onDialog?: (dialog: Dialog) => void): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: 'th-TH', timezoneId: 'Asia/Bangkok' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (onDialog) page.on('dialog', onDialog);
  return page;
}

/** A phonePage signed in as the ITA coordinator on `apiUrl` (npm start's system), its dialogs accepted. */
export async function coordinatorPage(browser: Browser, apiUrl: string): Promise<Page> {
  const page = await phonePage(browser, acceptDialog);
  await signInAs(page, apiUrl, COORDINATOR);
  return page;
}

export function screenshotOnFailure(page: () => Page | undefined): void {
  afterEach(async (context: TestContext) => {
    const current = page();
    if (context.task.result?.state !== 'fail' || !current || current.isClosed()) return;
    mkdirSync(failureShots, { recursive: true });
    const name = context.task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80);
    await current.screenshot({ path: join(failureShots, `${name}.png`), fullPage: true }).catch(() => undefined);
  });
}

/**
 * Attaches a small PDF named `name` as evidence on the report form shown and waits until the
 * evidence list names it (uploaded to the S3 emulator).
 */
export async function attachEvidencePdf(page: Page, name: string): Promise<void> {
  await page.locator('#f-evidence-file').setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await expect.poll(() => page.locator('.evidence-list').textContent()).toContain(name);
}
