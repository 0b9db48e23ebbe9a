/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Session 56, tester E: an org whose monthly reports are due on the 5th of the next month. On 20
// April 2566 its units had April's opening email ("ถึงรอบรายงานผล ประจำเดือนเมษายน", sent 3 April) and
// each April report read รอรายงาน, but the unit's page folded them under รอบต่อไป beside May's rounds,
// not yet open. On `npm start`'s system on that day, the org given that rule, staff of กองคลัง on a
// phone: April's reports are under their own open group, unfolded, each with its due date.
// docs/web.md "Open work due after this month".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { setDemoOrgSettings } from '../support/demo-org-settings.js';
import { signInAs } from '../support/local-sign-in.js';
import type { LocalSystemSetup } from '../support/local-system.js';

const WAIT = { timeout: 15_000 };
const STAFF = 'staff.finance@demo.example.org';
const APRIL = 'i4.f2.2023-04.finance';
const MAY = 'i4.f2.2023-05.finance';

let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  await setDemoOrgSettings(setup, { dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } } });
  page = await phonePage(started.browser);
  await signInAs(page, setup.api, STAFF);
  return page;
});

describe("a unit's work on a phone, its org's monthly reports due on the 5th of the next month", () => {
  it("lists April's open reports under เปิดรอบแล้ว, shown, each with its due date; May's under รอบต่อไป", async () => {
    const open = page.locator('section.group-open');
    await expect.poll(() => open.locator('h2').textContent(), WAIT).toMatch(/^เปิดรอบแล้ว \(กำหนดส่งหลังเดือนนี้\) /);
    // a long group shows five cards and "แสดงอีก … รายการ" for the rest
    const more = open.locator('button.more');
    if (await more.count()) await more.click();
    const april = open.locator(`[data-obligation="${APRIL}"]`);
    expect(await april.isVisible()).toBe(true);
    expect(await april.textContent()).toContain('กำหนดส่ง ๕ พฤษภาคม ๒๕๖๖');
    expect(await april.textContent()).toContain('รอรายงาน');
    // none of April's reports among the rounds not yet open; May's are there
    const upcoming = page.locator('section.group-upcoming');
    expect(await upcoming.locator('[data-obligation*=".2023-04."]').count()).toBe(0);
    expect(await upcoming.locator(`[data-obligation="${MAY}"]`).count()).toBe(1);
    // the open group is not folded (no details) and comes before รอบต่อไป
    expect(await open.locator('details').count()).toBe(0);
    const order = await page.locator('main section.group').evaluateAll((s) => s.map((e) => e.className));
    expect(order.indexOf('group group-open')).toBe(order.indexOf('group group-thisMonth') + 1);
    expect(order.indexOf('group group-upcoming')).toBe(order.indexOf('group group-open') + 1);
  });
});
