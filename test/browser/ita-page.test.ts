/// <reference lib="dom" />
// The public ITA page in a real browser (Debian chromium) on a phone (390 px), served by the local
// server's public-area code from a public area holding the published documents.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicArea } from '../../infra/local/public-area.js';
import { renderPlanDocx, renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { plainDate } from '../../shared/domain/plain-date.js';
import { PUBLIC_FORMATS } from '../../shared/domain/public-addresses.js';
import { renderItaPage } from '../../shared/publishing/ita-page.js';
import type { PublicFileStore, PublicObject } from '../../shared/publishing/public-files.js';
import { closeContexts, PHONE, screenshotOnFailure, workerChromium } from '../support/browser.js';
import { sampleAnnualReport, samplePlanDocument } from '../support/document-samples.js';

const objects = new Map<string, PublicObject>();
const area: PublicFileStore = {
  put: (key, body, contentType) => Promise.resolve(void objects.set(key, { body, contentType })),
  get: (key) => Promise.resolve(objects.get(key)),
  remove: (key) => Promise.resolve(void objects.delete(key)),
};
const counts = (onTime: number, late: number, missing: number) => ({
  due: onTime + late + missing,
  onTime,
  late,
  missing,
  notYetDue: 0,
});

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const requested: string[] = [];

beforeAll(async () => {
  const files = {
    'measures.pdf': await renderPlanPdf(samplePlanDocument()),
    'measures.docx': await renderPlanDocx(samplePlanDocument()),
    'results.pdf': await renderPdf(sampleAnnualReport()),
    'results.docx': await renderDocx(sampleAnnualReport()),
  };
  for (const [name, body] of Object.entries(files))
    await area.put(`ita/demo/2566/${name}`, body, PUBLIC_FORMATS[name.split('.')[1] as 'pdf' | 'docx']);
  const published = (name: string) => ({
    generation: 3,
    publishedAt: '2023-10-02T02:00:00.000Z',
    files: (['pdf', 'docx'] as const).map((format) => ({
      format,
      href: `${name}.${format}`,
      size: files[`${name}.${format}` as keyof typeof files].length,
    })),
  });
  const html = renderItaPage({
    orgName: 'เทศบาลตำบลดอนอะระง',
    fy: 2566,
    items: [
      {
        kind: 'plan-document',
        code: 'O42',
        title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        published: published('measures'),
      },
      {
        kind: 'annual-report',
        code: 'O43',
        title: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
        published: published('results'),
      },
    ],
    reporting: {
      asOf: plainDate(2023, 10, 2),
      byIndicator: [
        { indicator: 4, name: 'การใช้ทรัพย์สินของราชการ', counts: counts(18, 12, 30) },
        { indicator: 9, name: 'การเปิดเผยข้อมูล', counts: counts(40, 2, 0) },
      ],
    },
  });
  await area.put('ita/demo/2566/index.html', Buffer.from(html, 'utf8'), 'text/html; charset=utf-8');
  server = createServer((req, res) => {
    const yearsOf = (org: string) =>
      Promise.resolve(
        [...objects.keys()].flatMap((k) =>
          k.startsWith(`ita/${org}/`) && k.endsWith('/index.html') ? [Number(k.split('/')[2])] : [],
        ),
      );
    void publicArea(area, { method: req.method ?? 'GET', url: new URL(req.url ?? '/', 'http://x') }, yearsOf).then(
      (r) => {
        res.writeHead(r.status, r.headers);
        res.end(r.body);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await workerChromium();
  const context = await browser.newContext({ ...PHONE, locale: 'th-TH', acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  context.on('request', (r) => void (/^https?:/.test(r.url()) && requested.push(r.url())));
}, 120_000);

afterAll(async () => {
  await closeContexts(browser);
  await new Promise((r) => server?.close(r));
});

screenshotOnFailure(() => page);

describe("the org's ITA page on a phone, without signing in", () => {
  it('reads at 390 px: the title, both items with dates and sizes, and nothing wider than the screen', async () => {
    const res = await page.goto(`${origin}/ita/demo/2566/`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('body').innerText();
    expect(text).toContain('เทศบาลตำบลดอนอะระง');
    expect(text).toContain('O42');
    expect(text).toContain('O43');
    // the date kept on one line (no-break spaces, tester s43 F11)
    expect(text).toContain('๒\u00a0ตุลาคม\u00a0๒๕๖๖');
    expect(text).toMatch(/KB/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)),
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.widest).toBeLessThanOrEqual(390);
  });

  it('asks nothing of any other host', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  // saved under the item's title, the org and the year, not "results.pdf" (tester s47)
  const MEASURES = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เทศบาลตำบลดอนอะระง 2566';
  const RESULTS = 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เทศบาลตำบลดอนอะระง 2566';
  it.each([
    ['measures.pdf', `${MEASURES}.pdf`],
    ['measures.docx', `${MEASURES}.docx`],
    ['results.pdf', `${RESULTS}.pdf`],
    ['results.docx', `${RESULTS}.docx`],
  ])('the link to %s downloads the published bytes, named %s', async (name, saved) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a[href="${name}"]`).click()]);
    expect(download.suggestedFilename()).toBe(saved);
    const path = await download.path();
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(objects.get(`ita/demo/2566/${name}`)!.body))).toBe(true);
  });
});

describe('a saved link to a withdrawn document, on a phone', () => {
  it("shows the Thai not-found page at 390 px, 404, and its link opens the year's page", async () => {
    const before = requested.length;
    const res = await page.goto(`${origin}/ita/demo/2566/results-half-year.pdf`);
    expect(res?.status()).toBe(404);
    const text = await page.locator('body').innerText();
    expect(text).toContain('ไม่พบเอกสารตามที่อยู่นี้');
    expect(text).toContain('ถอนการเผยแพร่');
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)),
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.widest).toBeLessThanOrEqual(390);
    expect(requested.slice(before).filter((url) => !url.startsWith(origin))).toEqual([]);
    await page.getByRole('link', { name: /ปีงบประมาณ พ\.ศ\. ๒๕๖๖/ }).click();
    await page.waitForURL(`${origin}/ita/demo/2566/`);
    expect(await page.locator('h1').innerText()).toContain('พ.ศ. ๒๕๖๖');
  });
});
