/// <reference lib="dom" />
// Session 56, tester B, in a real browser on `npm start`'s system on 29 September 2565: the demo's
// FY2566 plan is saved, its year begins on 1 October. The results report's screen says its report
// cannot be made yet before the coordinator presses anything, and neither button asks the API for a
// generation (before, each made a report of nothing: "ปีงบประมาณยังไม่สิ้นสุด", ครบกำหนด ๐). The
// plan document's screen says nothing of it: a plan is announced ahead.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;
const NOT_YET =
  'ปีงบประมาณ พ.ศ. ๒๕๖๖ ยังไม่เริ่ม (เริ่ม ๑ ตุลาคม ๒๕๖๕) จึงยังไม่มีผลการดำเนินการให้รายงาน จัดทำรายงานผลของปีนี้ได้ตั้งแต่วันที่ ๑ ตุลาคม ๒๕๖๕';
const note = () => page.locator('main [data-note="year-not-begun"]');
const statusLine = () => page.locator('main p[aria-live="polite"]').first();
const generations = async () => {
  const res = await apiAs(setup.api, COORDINATOR, 'GET', '/v1/fiscal-years/2566/annual-report');
  return (res.body as { items: unknown[] }).items;
};

onBrowserSystem('2022-09-29', async (started) => {
  ({ setup } = started);
  page = await phonePage(started.browser);
  return page;
});

describe('the results report of a fiscal year not begun, on its screen', () => {
  it('says so before anything is pressed', { timeout: 60_000 }, async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.getByRole('link', { name: 'รายงานผลประจำปี' }).click();
    await page.getByRole('button', { name: 'จัดทำรายงานผลประจำปี' }).waitFor();
    expect(await note().textContent()).toBe(NOT_YET);
  });

  it.each(['จัดทำรายงานผลประจำปี', 'จัดทำรายงานผลรอบ ๖ เดือน'])(
    '"%s" says why in the status line and asks the API for nothing',
    async (label) => {
      await page.getByRole('button', { name: label }).click();
      await expect.poll(() => statusLine().textContent()).toBe(NOT_YET);
      expect(await generations()).toEqual([]);
    },
  );

  it('the plan document screen says nothing of it', async () => {
    await page.getByRole('link', { name: 'เอกสารมาตรการ' }).click();
    await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).waitFor();
    expect(await note().count()).toBe(0);
  });
});
