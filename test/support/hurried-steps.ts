/// <reference lib="dom" />
// A person faster than the page: steps taken in one task of the page, so the screen of the first is
// not drawn yet when the next is taken (what a loaded phone or CI machine does between two taps).
import type { Page } from 'playwright-core';

/** A menu link followed (by its text), or a year chosen in the year select. */
export type HurriedStep = { link: string } | { year: number };

/** Takes `steps` one after the other in one task of the page, on the menu and year select shown. */
export async function hurry(page: Page, steps: readonly HurriedStep[]): Promise<void> {
  await page.evaluate((steps) => {
    for (const step of steps) {
      if ('link' in step) {
        const links = [...document.querySelectorAll<HTMLAnchorElement>('header nav a')];
        const link = links.find((a) => a.textContent === step.link);
        if (!link) throw new Error(`no menu link "${step.link}"`);
        link.click();
      } else {
        const select = document.querySelector<HTMLSelectElement>('#fy');
        if (!select) throw new Error('no year select');
        select.value = String(step.year);
        select.dispatchEvent(new Event('change'));
      }
    }
  }, steps);
}
