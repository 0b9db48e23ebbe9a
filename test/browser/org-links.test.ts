/// <reference lib="dom" />
// Links from emails and calendars name their org ("#/org/{orgId}/…", break 18 s28, F4): the page
// opens them in that org, or says the account is not in it, and never shows the form of the
// same id in the tab's org.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { signInAs } from '../support/local-sign-in.js';

const STAFF = 'staff.finance@demo.example.org';
let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await phonePage(started.browser, (dialog) => void dialog.accept());
  return page;
});

describe("a link naming an org, as กองคลัง's staff", () => {
  it("a link naming the person's own org opens the obligation there", async () => {
    await signInAs(page, setup.api, STAFF);
    await page.goto(`${setup.api}/#/org/demo/fy/2566/o/i4.f2.2023-04.finance`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain('มีการรายงานผล');
    expect(await page.evaluate(() => location.hash)).toMatch(
      /^#(\/org\/demo)?\/fy\/2566\/o\/i4\.f2\.2023-04\.finance$/,
    );
  });

  it.each(['nongbua', 'other'])(
    'a link naming org "%s", which the person is not in: a Thai message, no report form',
    async (org) => {
      await page.goto(`${setup.api}/#/fy/2566`);
      await page.locator('main h1').waitFor();
      await page.goto(`${setup.api}/#/org/${org}/fy/2566/o/i4.f2.2023-04.finance`);
      await expect.poll(() => page.locator('main h1').textContent()).toBe('ลิงก์นี้เป็นขององค์กรที่บัญชีนี้ใช้งานไม่ได้');
      expect(await page.locator('main [role=alert]').textContent()).toContain(`"${org}"`);
      expect(await page.locator('main form').count()).toBe(0);
      // the tab stays in its org: home still works
      await page.getByRole('link', { name: 'กลับหน้าแรก' }).click();
      await expect.poll(() => page.locator('header [data-testid="who"]').count()).toBe(1);
    },
  );
});
