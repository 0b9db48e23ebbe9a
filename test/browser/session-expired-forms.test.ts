/// <reference lib="dom" />
// A session that runs out while a form is being filled in (tester s54): what was typed is kept in
// the tab, the sign-in page says so, and the same person's next sign-in opens the same screen with
// the form filled in again, not sent. A report, a review's comment and a new person, signed out by
// the page (the token's time is up) or by the API (401).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { attachEvidencePdf, phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;
onBrowserSystem('2023-04-20', async (started) => {
  [setup, page] = [started.setup, await phonePage(started.browser, (dialog) => void dialog.accept())];
  return page;
});

const STAFF = 'staff.finance@demo.example.org';
const REPORT = '/v1/fiscal-years/2566/obligations/i5.f1.2023-04.finance/report';
const KEPT_ON_SIGN_IN = /^หมดเวลาการเข้าสู่ระบบ ข้อมูลที่กรอกไว้แต่ยังไม่ได้ส่งเก็บไว้แล้ว/;
const KEPT_IN_FORM = /^นี่คือข้อมูลที่กรอกไว้ก่อนหมดเวลาการเข้าสู่ระบบ ยังไม่ได้ส่งหรือบันทึก/;

/** The tab's token, as if its hour were up (the page finds it so before sending). */
const expireToken = () =>
  page.evaluate(() => {
    const [head, payload, sig] = sessionStorage.getItem('ita.token')!.split('.');
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number };
    claims.exp = Math.floor(Date.now() / 1000) - 60;
    const encoded = btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    sessionStorage.setItem('ita.token', [head, encoded, sig].join('.'));
  });

/** The sign-in page says the work was kept; the same person signs in again from it. */
async function signInAgain(email: string) {
  await page.locator('button[data-email]').first().waitFor();
  expect(await page.locator('main .kept-draft').textContent()).toMatch(KEPT_ON_SIGN_IN);
  await page.locator(`button[data-email="${email}"]`).click();
  await page.locator('main form .kept-draft').waitFor();
  expect(await page.locator('main form .kept-draft').textContent()).toMatch(KEPT_IN_FORM);
}

describe('a session that runs out while a form is filled in', () => {
  it('staff: a report typed when the session ran out comes back after the sign-in, on its screen, and is sent from there', async () => {
    const address = `${setup.api}/#/fy/2566/o/i5.f1.2023-04.finance`;
    await signInAs(page, setup.api, STAFF);
    await page.goto(address);
    await page.locator('input[name="progress"][value="done"]').check();
    await page.locator('#f-summary').fill('รายงานผลต่อที่ประชุมหัวหน้าส่วนราชการเมื่อ ๘ เมษายน ๒๕๖๖ แล้ว');
    await page.locator('#f-obstacles').fill('ผู้เข้าประชุมไม่ครบ');
    await expireToken();
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await signInAgain(STAFF);
    expect(page.url()).toBe(address);
    expect(await page.locator('input[name="progress"][value="done"]').isChecked()).toBe(true);
    expect(await page.locator('#f-summary').inputValue()).toBe('รายงานผลต่อที่ประชุมหัวหน้าส่วนราชการเมื่อ ๘ เมษายน ๒๕๖๖ แล้ว');
    expect(await page.locator('#f-obstacles').inputValue()).toBe('ผู้เข้าประชุมไม่ครบ');
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await expect
      .poll(async () => (await apiAs(setup.api, STAFF, 'GET', `${REPORT}/versions`)).body)
      .toMatchObject({
        items: [{ progress: 'done', summary: 'รายงานผลต่อที่ประชุมหัวหน้าส่วนราชการเมื่อ ๘ เมษายน ๒๕๖๖ แล้ว' }],
      });
  });

  // session 56: the evidence attached (a file uploaded, a link added) was lost: uploaded again on a phone
  it('staff: a file uploaded and a link added before the session ran out come back with the report, and are sent with it', async () => {
    const address = `${setup.api}/#/fy/2566/o/i10.f1.2023-04.finance`;
    await signInAs(page, setup.api, STAFF);
    await page.goto(address);
    await attachEvidencePdf(page, 'ภาพกิจกรรม.pdf');
    await page.locator('#f-evidence-link-url').fill('https://example.org/minutes.pdf');
    await page.locator('#f-evidence-link-title').fill('รายงานการประชุม');
    await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    await page.locator('input[name="progress"][value="in_progress"]').check();
    await page.locator('#f-summary').fill('จัดกิจกรรมแล้ว ๑ ครั้ง');
    await expireToken();
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await signInAgain(STAFF);
    expect(page.url()).toBe(address);
    const titles = await page.locator('.evidence-list .evidence-title').allTextContents();
    expect(titles).toEqual(['ภาพกิจกรรม.pdf', 'รายงานการประชุม']);
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await expect
      .poll(
        async () =>
          (
            await apiAs(
              setup.api,
              STAFF,
              'GET',
              '/v1/fiscal-years/2566/obligations/i10.f1.2023-04.finance/report/versions',
            )
          ).body,
      )
      .toMatchObject({
        items: [
          {
            progress: 'in_progress',
            summary: 'จัดกิจกรรมแล้ว ๑ ครั้ง',
            evidence: [
              { title: 'ภาพกิจกรรม.pdf', key: expect.stringContaining('i10.f1.2023-04.finance') },
              { title: 'รายงานการประชุม', url: 'https://example.org/minutes.pdf' },
            ],
          },
        ],
      });
  });

  it('staff: evidence alone, nothing typed, is kept too; a link taken out before the session ran out stays out', async () => {
    const address = `${setup.api}/#/fy/2566/o/i10.f4.2023-04.finance`;
    await signInAs(page, setup.api, STAFF);
    await page.goto(address);
    for (const [url, title] of [
      ['https://example.org/a.pdf', 'คำสั่งแต่งตั้ง'],
      ['https://example.org/b.pdf', 'ประกาศ'],
    ] as const) {
      await page.locator('#f-evidence-link-url').fill(url);
      await page.locator('#f-evidence-link-title').fill(title);
      await page.getByRole('button', { name: 'เพิ่มลิงก์' }).click();
    }
    await page.getByRole('button', { name: 'นำ "คำสั่งแต่งตั้ง" ออก' }).click();
    await expireToken();
    await page.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await signInAgain(STAFF);
    expect(await page.locator('.evidence-list .evidence-title').allTextContents()).toEqual(['ประกาศ']);
    expect(await page.locator('.evidence-list .evidence-url').allTextContents()).toEqual(['https://example.org/b.pdf']);
  });

  it("the coordinator: a return's comment refused with 401 by the API comes back after the sign-in", async () => {
    const sent = await apiAs(
      setup.api,
      STAFF,
      'PUT',
      '/v1/fiscal-years/2566/obligations/i4.f2.2023-04.finance/report',
      {
        progress: 'done',
        summary: 'รายงานต่อที่ประชุมแล้ว',
      },
    );
    expect(sent.status).toBeLessThan(300);
    await signInAs(page, setup.api, COORDINATOR);
    const address = `${setup.api}/#/fy/2566/o/i4.f2.2023-04.finance`;
    await page.goto(address);
    await page.locator('input[name="decision"][value="return"]').check();
    await page.locator('#f-comment').fill('กรุณาแนบรายงานการประชุม');
    // the API finds the session over (Cognito's hour), once
    await page.route('**/review', (route) => route.fulfill({ status: 401, json: { message: 'Unauthorized' } }), {
      times: 1,
    });
    await page.getByRole('button', { name: 'บันทึกผลการตรวจ' }).click();
    await signInAgain(COORDINATOR);
    expect(page.url()).toBe(address);
    expect(await page.locator('input[name="decision"][value="return"]').isChecked()).toBe(true);
    expect(await page.locator('#f-comment').inputValue()).toBe('กรุณาแนบรายงานการประชุม');
  });

  it('the coordinator: a new person typed in the folded add form comes back opened; another person signing in gets nothing of it', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/people`);
    await page.getByText('เพิ่มผู้ใช้งาน', { exact: true }).first().click();
    await page.locator('#new-person-email').fill('somchai@demo.example.org');
    await page.locator('#new-person-name').fill('นายสมชาย ใจดี');
    await expireToken();
    await page.locator('form[aria-label="เพิ่มผู้ใช้งาน"] button[type="submit"]').click();
    await signInAgain(COORDINATOR);
    expect(await page.locator('#new-person-email').isVisible()).toBe(true);
    expect(await page.locator('#new-person-email').inputValue()).toBe('somchai@demo.example.org');
    expect(await page.locator('#new-person-name').inputValue()).toBe('นายสมชาย ใจดี');
    // kept again, then someone else signs in on this tab: not theirs, not shown, and forgotten
    await expireToken();
    await page.locator('form[aria-label="เพิ่มผู้ใช้งาน"] button[type="submit"]').click();
    await page.locator('button[data-email="admin@demo.example.org"]').click();
    await page.locator('main h1').waitFor();
    await page.goto(`${setup.api}/#/people`);
    await page.locator('#new-person-email').waitFor({ state: 'attached' });
    expect(await page.locator('#new-person-email').inputValue()).toBe('');
    expect(await page.locator('main .kept-draft').count()).toBe(0);
  });
});
