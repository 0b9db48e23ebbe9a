/// <reference lib="dom" />
// A file sent to storage (S3, through its presigned PUT) that does not get there says why in Thai
// (tester s54): a connection lost on the way is the page's "no connection" message, not "ระบบขัดข้อง
// กรุณาลองอีกครั้งภายหลัง" as if the system had failed; storage refusing it says to choose it again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { COORDINATOR, signInAs } from '../support/local-sign-in.js';
import { NO_CONNECTION_TH } from '../../web/src/api-client.js';
import { UPLOAD_REFUSED_TH } from '../../web/src/upload-file.js';

let setup: LocalSystemSetup;
let page: Page;
onBrowserSystem('2023-04-20', async (started) => {
  [setup, page] = [started.setup, await phonePage(started.browser, (dialog) => void dialog.accept())];
  return page;
});

const STAFF = 'staff.finance@demo.example.org';
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
/** The S3 emulator's PUTs, answered by `answer` from now on. */
const storage = (answer: Parameters<Page['route']>[1]) =>
  page.route((url) => url.origin === new URL(setup.s3Url).origin, answer);

describe('a file that does not reach storage', () => {
  it('evidence: a connection lost on the way says to check the internet, beside the file field', async () => {
    await signInAs(page, setup.api, STAFF);
    await page.goto(`${setup.api}/#/fy/2566/o/i10.f1.2023-04.finance`);
    await storage((route) => route.abort('internetdisconnected'));
    await page.locator('#f-evidence-file').setInputFiles(pdf('รายงานการประชุม.pdf'));
    await expect
      .poll(() => page.locator('#err-evidence-file').textContent())
      .toBe(`รายงานการประชุม.pdf: ${NO_CONNECTION_TH}`);
    await page.unrouteAll();
  });

  it('evidence: storage refusing the file (its link expired) says to choose it again', async () => {
    await page.goto(`${setup.api}/#/fy/2566/o/i10.f4.2023-04.finance`);
    await storage((route) => route.fulfill({ status: 403, body: '<Error><Code>AccessDenied</Code></Error>' }));
    await page.locator('#f-evidence-file').setInputFiles(pdf('ภาพกิจกรรม.pdf'));
    await expect
      .poll(() => page.locator('#err-evidence-file').textContent())
      .toBe(`ภาพกิจกรรม.pdf: ${UPLOAD_REFUSED_TH}`);
    expect(await page.locator('.evidence-list').textContent()).not.toContain('ภาพกิจกรรม.pdf');
    await page.unrouteAll();
  });

  it("the coordinator's plan file: a connection lost on the way says to check the internet", async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/2566/plan`);
    await storage((route) => route.abort('internetdisconnected'));
    await page.locator('main input[type="file"]').first().setInputFiles(pdf('แผนมาตรการ.pdf'));
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain(`อ่านไฟล์ แผนมาตรการ.pdf ไม่ได้: ${NO_CONNECTION_TH}`);
    await page.unrouteAll();
  });
});
