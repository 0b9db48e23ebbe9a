/// <reference lib="dom" />
// Evidence is state outside the report form's fields (tester s54): a link added with เพิ่มลิงก์, a
// file uploaded or an earlier piece of evidence taken out, and nothing else changed, is unsent work,
// and leaving the screen asks first, as typed text does. Once sent, leaving does not ask.
import type { Dialog, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { attachEvidencePdf, phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, signInAs } from '../support/local-sign-in.js';
import { UNSAVED_FORM } from '../../web/src/leave-guard.js';

let setup: LocalSystemSetup;
let page: Page;
/** The confirm questions asked in a test, each answered "stay" (dismissed). */
const asked: string[] = [];
/** Between tests: the last test's unsent screen is left ("leave"). */
let between = false;
onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await phonePage(started.browser, (dialog: Dialog) => {
    if (between) return void dialog.accept();
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAs(page, setup.api, STAFF);
  return page;
});
beforeEach(async () => {
  between = true;
  await page.goto(`${setup.api}/#/fy/2566`);
  await page.locator('main h1').waitFor();
  between = false;
  asked.length = 0;
});

const STAFF = 'staff.finance@demo.example.org';
const screenOf = (obligationId: string) => `${setup.api}/#/fy/2566/o/${obligationId}`;

/** Leaves by the menu's link; true when the page stayed after asking. */
async function leaveByMenu(address: string) {
  await page.getByRole('link', { name: 'งานของหน่วยงาน' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toBe(UNSAVED_FORM);
  // the page puts the address back once the question is answered (after `asked` has it)
  await expect.poll(() => page.url()).toBe(address);
}

describe('evidence changed and not sent', () => {
  it('a link added with เพิ่มลิงก์ and nothing typed: the menu link asks first, and staying keeps the link', async () => {
    const address = screenOf('i10.f1.2023-04.finance');
    await page.goto(address);
    await page.locator('#f-evidence-link-url').fill('https://example.org/minutes.pdf');
    await page.locator('#f-evidence-link-title').fill('รายงานการประชุม');
    await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    await leaveByMenu(address);
    expect(await page.locator('.evidence-list').textContent()).toContain('รายงานการประชุม');
  });

  it("a file uploaded and nothing typed: the browser's back button asks first", async () => {
    const address = screenOf('i10.f4.2023-04.finance');
    await page.goto(address);
    await attachEvidencePdf(page, 'ภาพกิจกรรม.pdf');
    await page.goBack();
    await expect.poll(() => asked).toEqual([UNSAVED_FORM]);
    // the page puts the address back once the question is answered (after `asked` has it)
    await expect.poll(() => page.url()).toBe(address);
  });

  it('evidence of the sent report taken out while revising asks first; sent, leaving does not ask', async () => {
    const sent = await apiAs(
      setup.api,
      STAFF,
      'PUT',
      '/v1/fiscal-years/2566/obligations/i5.f1.2023-04.finance/report',
      {
        progress: 'done',
        summary: 'เผยแพร่ประกาศแล้ว',
        evidence: [{ url: 'https://example.org/notice', title: 'ประกาศ' }],
      },
    );
    expect(sent.status).toBeLessThan(300);
    const address = screenOf('i5.f1.2023-04.finance');
    await page.goto(address);
    await page.getByRole('button', { name: 'นำ "ประกาศ" ออก' }).click();
    await leaveByMenu(address);
    await page.getByRole('button', { name: 'ส่งรายงานฉบับแก้ไข' }).click();
    await expect
      .poll(async () => {
        const path = '/v1/fiscal-years/2566/obligations/i5.f1.2023-04.finance/report/versions';
        const { items } = (await apiAs(setup.api, STAFF, 'GET', path)).body as { items: { version: number }[] };
        return items.find((v) => v.version === 2);
      })
      .toMatchObject({ evidence: [] });
    await page.getByRole('link', { name: 'งานของหน่วยงาน' }).click();
    // a same-document (hash) navigation: its address, polled (waitForURL waited on a load that had come)
    await expect.poll(() => page.url()).toBe(`${setup.api}/#/fy/2566`);
    await page.getByRole('heading', { name: 'งานที่ต้องรายงานของกองคลัง' }).waitFor();
    expect(asked).toEqual([UNSAVED_FORM]);
  });
});
