// Pasting into the box with the focus as a person does (Control+V), through the page's clipboard.
import type { Page } from 'playwright-core';

/** Pastes `text` into the focused element, the clipboard permissions granted for `origin` first. */
export async function pasteText(page: Page, origin: string, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}
