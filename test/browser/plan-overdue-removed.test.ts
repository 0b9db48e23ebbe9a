/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Tester s56 D: on 15 April 2566 the coordinator made i4's monthly follow-up 2 quarterly in the plan
// editor and saved: October-March, overdue and never reported by any unit, left the record without a
// word. The save bar now says it before the save (POST …/plan-checks' overdue-removed), with what to
// do instead, and the saved message says what the save removed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';

const WAIT = { timeout: 15_000 };

let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2023-04-15', async (started) => {
  setup = started.setup;
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

const note = () => page.locator('#plan-overdue-removed');
const status = () => page.locator('#status').textContent();

describe('i4 follow-up 2 made quarterly on 15 April, as the ITA coordinator', () => {
  it('the save bar says 30 overdue unsent reports leave the record and how to change from April; the saved message says so', async () => {
    await page.goto(`${setup.api}/#/fy/2566/plan`);
    await page.locator('.draft-source[data-source="saved"]').waitFor(WAIT);
    const place = await page.evaluate(() =>
      [...document.querySelectorAll('.measure-card')].findIndex((c) => c.getAttribute('data-measure') === 'i4'),
    );
    const card = page.locator('.measure-card[data-measure="i4"]');
    if ((await card.locator('details').getAttribute('open')) === null) await card.locator('summary').first().click();
    expect(await note().isVisible()).toBe(false);
    await page.locator(`#plan-measures-${place}-followUps-1-cadence`).selectOption('quarterly');
    await expect
      .poll(async () => (await note().isVisible()) && (await note().textContent()), WAIT)
      .toContain('ลบรายงานที่เลยกำหนดแล้วแต่ยังไม่ได้ส่ง ๓๐ รายการ');
    const said = (await note().textContent())!;
    expect(said).toContain('กองช่าง ๖ รายการ');
    expect(said).toContain('ตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นมีนาคม ๒๕๖๖');
    expect(await page.getByRole('button', { name: 'บันทึกแผนมาตรการ' }).isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'บันทึกแผนมาตรการ' }).click();
    await expect.poll(status, WAIT).toContain('บันทึกแผนมาตรการปีงบประมาณ ๒๕๖๖ แล้ว');
    expect(await status()).toContain('การบันทึกนี้ลบรายงานที่เลยกำหนดแล้วแต่ยังไม่ได้ส่ง ๓๐ รายการออกจากระบบแล้ว');
  });
});
