/// <reference lib="dom" />
// The signed copy (ฉบับลงนาม) on the plan document's screen, in a real browser on `npm start`'s
// system: the coordinator attaches the signed scan (a file that is no PDF is refused in Thai),
// publishes the generation and the public PDF is the scan; a scan replaced after publishing is said
// not public yet until "เผยแพร่ฉบับที่ ๑ อีกครั้ง".
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { COORDINATOR, signInAs } from '../support/local-sign-in.js';
import { onePagePdf } from '../support/pdf-file.js';

let setup: LocalSystemSetup;
let page: Page;

const measuresPdf = () => `http://localhost:${setup.ports.api}/ita/demo/2566/measures.pdf`;
const section = () => page.locator('li.generation[data-generation="1"] .signed-copy');
const scan = (label: string) => onePagePdf(`signed by the mayor: ${label}`);
const choose = (name: string, buffer: Buffer, mimeType = 'application/pdf') =>
  section().locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
const served = async () => Buffer.from(await (await fetch(measuresPdf())).arrayBuffer());

function nextDialog(): Promise<string> {
  return new Promise((resolve) =>
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
}

onBrowserSystem('2023-10-02', async (started) => {
  ({ setup } = started);
  page = await phonePage(started.browser);
  return page;
});

describe('the signed copy of the plan document, as the ITA coordinator', () => {
  it('a generation ready says it has no signed copy and offers to attach one', { timeout: 120_000 }, async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/2566/plan-document`);
    await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).click();
    await page.getByRole('link', { name: 'ดาวน์โหลดเอกสาร PDF' }).waitFor({ timeout: 60_000 });
    expect(await section().textContent()).toContain('ยังไม่ได้แนบฉบับลงนาม');
    expect(await section().locator('label.file-button').textContent()).toBe('แนบฉบับลงนาม (PDF)');
  });

  it('a scan saved as an image is refused in Thai, and nothing is attached', async () => {
    await choose(
      'ลงนาม.png',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(200, 1)]),
      'image/png',
    );
    await expect.poll(() => section().locator('p[role="status"]').textContent()).toContain('ไฟล์ฉบับลงนามต้องเป็นไฟล์ PDF');
    expect(await section().getAttribute('data-signed')).toBe('false');
  });

  it('a PDF is attached: the row says so with a link to it', async () => {
    await choose('ลงนามแล้ว.pdf', scan('first'));
    await expect.poll(() => section().getAttribute('data-signed')).toBe('true');
    expect(await section().getByRole('link', { name: 'ดาวน์โหลดฉบับลงนาม PDF' }).count()).toBe(1);
    expect(await section().textContent()).toContain('แนบเมื่อ');
    expect(await section().locator('label.file-button').textContent()).toBe('แนบฉบับลงนามใหม่แทน');
  });

  it('published, the public PDF is the signed scan, saved under its Thai name', async () => {
    const asked = nextDialog();
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๑' }).click();
    expect(await asked).toContain('ไฟล์ PDF (ฉบับลงนาม) และ Word');
    await expect.poll(() => page.locator('section.publication').textContent()).toContain('เผยแพร่อยู่: ฉบับที่ ๑');
    expect((await served()).equals(scan('first'))).toBe(true);
    const res = await fetch(measuresPdf(), { method: 'HEAD' });
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เทศบาลตำบลดอนอะระง 2566.pdf')}`,
    );
    expect(await section().locator('.stale').count()).toBe(0);
  });

  it('replaced after publishing, the row says the public PDF is not it yet, and publishing again serves it', async () => {
    await choose('ลงนามฉบับแก้.pdf', scan('second'));
    await expect.poll(() => section().locator('.stale').textContent()).toContain('ที่อยู่สาธารณะยังไม่แสดงฉบับลงนามนี้');
    expect((await served()).equals(scan('first'))).toBe(true);
    await section().getByRole('button', { name: 'เผยแพร่ฉบับที่ ๑ อีกครั้ง' }).click();
    await expect.poll(() => section().locator('.stale').count()).toBe(0);
    expect((await served()).equals(scan('second'))).toBe(true);
  });
});
