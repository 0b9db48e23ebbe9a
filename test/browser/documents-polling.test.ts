/// <reference lib="dom" />
// While a generation is pending the documents screen reads the list again every 2 s (session 29
// leftover): a coordinator who opened older generations ("แสดงฉบับก่อนหน้า") stays where they are,
// the pending row turns ready in place, an open confirmation is answered as asked, and the status
// line keeps its message. Generations are written straight to the table: the screen is tested here.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';
import { keys } from '../../shared/store/keys.js';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { COORDINATOR, signInAs } from '../support/local-sign-in.js';

/** Generations 1-24 failed or ready, 25 pending: the first page is 25-6, the second 5-1. */
const NEWEST = 25;
/** The results report's list, which the screen reads again to poll. */
const LIST = '/v1/fiscal-years/2566/annual-report';

let setup: LocalSystemSetup;
let page: Page;

const db = () => createDocumentClient({ endpoint: setup.dynamodbEndpoint, region: 'ap-southeast-1' });
const putGeneration = (generation: number, status: 'pending' | 'ready' | 'failed') =>
  db().send(
    new PutCommand({
      TableName: setup.tableName,
      Item: {
        ...keys.generation('annual-report', 'demo', 2566, generation),
        type: 'annual-report',
        generation,
        status,
        startedAt: '2023-10-02T02:00:00.000Z',
        trigger: 'person:demo-coordinator',
        ...(status === 'ready' ? { generatedAt: '2023-10-02T02:05:00.000Z' } : {}),
        ...(status === 'failed' ? { failure: { message_th: 'ทดสอบ', message_en: 'test' } } : {}),
      },
    }),
  );
const rows = () => page.locator('li.generation');
const shownGenerations = () => rows().evaluateAll((li) => li.map((r) => Number(r.getAttribute('data-generation'))));
const stateOf = (generation: number) =>
  page.locator(`li.generation[data-generation="${generation}"] p[data-state]`).getAttribute('data-state');
/**
 * Until a poll asked after this call has been answered and drawn: each read of the list draws the
 * publication section anew (refresh), so the one shown once the poll is asked leaving the page says
 * that poll is over. Waited for, not slept (an answer drawn before the section is taken: the next poll's).
 */
const pastAPoll = async () => {
  await page.waitForRequest(
    (r) => r.method() === 'GET' && new URL(r.url()).pathname === LIST && !r.url().includes('?'),
  );
  const shown = await page.locator('section.publication').elementHandle();
  await page.waitForFunction((section) => !section?.isConnected, shown, { polling: 100, timeout: 15_000 });
  await shown?.dispose();
};
/** The page's poll interval (POLL_MS, 2 s) and a margin: with a dialog open the page runs no timer. */
const aPollsTime = () => new Promise((resolve) => setTimeout(resolve, 2_500));
const every = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

onBrowserSystem('2023-10-02', async (started) => {
  ({ setup } = started);
  page = await phonePage(started.browser);
  return page;
});

/** Generation `newest` pending, then the results report screen drawn afresh with its older page opened. */
async function olderPageWith(newest: number): Promise<void> {
  await putGeneration(newest, 'pending');
  await page.goto(`${setup.api}/#/fy/2566/annual-report`);
  await page.reload();
  await expect.poll(() => rows().count()).toBe(20);
  await page.getByRole('button', { name: 'แสดงฉบับก่อนหน้า' }).click();
  await expect.poll(() => rows().count()).toBe(newest);
}

/** The coordinator on the results report screen with generation 25 pending, older ones opened. */
async function onSecondPage(): Promise<void> {
  for (let g = 1; g < NEWEST; g++) await putGeneration(g, g % 2 ? 'failed' : 'ready');
  await signInAs(page, setup.api, COORDINATOR);
  await olderPageWith(NEWEST);
}

describe('the documents screen while a generation is pending', () => {
  it('the older page stays open across polls and the pending row turns ready in place', async () => {
    await onSecondPage();
    expect(await stateOf(NEWEST)).toBe('pending');
    await pastAPoll();
    expect(await shownGenerations()).toEqual(every(NEWEST, 1));
    await putGeneration(NEWEST, 'ready');
    await expect.poll(() => stateOf(NEWEST)).toBe('ready');
    expect(await shownGenerations()).toEqual(every(NEWEST, 1));
    expect(await page.getByRole('button', { name: 'แสดงฉบับก่อนหน้า' }).isHidden()).toBe(true);
    await expect.poll(() => page.locator('#status').textContent()).toContain('ฉบับที่ ๒๕ ประจำปี จัดทำเสร็จแล้ว');
  });

  it('a confirmation opened on the older page is answered as asked, and the page stays', async () => {
    await olderPageWith(NEWEST + 1);
    // the question stays open past a poll; the generation turns ready meanwhile
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog: Dialog) => {
        const question = dialog.message();
        // the poll set before the question is due while it is open (the page's timers wait for it)
        void aPollsTime()
          .then(() => putGeneration(NEWEST + 1, 'ready'))
          .then(() => dialog.dismiss())
          .then(() => resolve(question));
      }),
    );
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๒', exact: true }).click();
    expect(await asked).toContain('ประจำปี ฉบับที่ ๒ ต่อสาธารณะหรือไม่');
    await expect.poll(() => stateOf(NEWEST + 1)).toBe('ready');
    expect(await shownGenerations()).toEqual(every(NEWEST + 1, 1));
    expect(await page.locator('section.publication').textContent()).toContain('ยังไม่เผยแพร่');
  });

  it('a refusal in the status line stays across a poll, and so does the older page', async () => {
    await olderPageWith(NEWEST + 2);
    // another publish holds the document: the API refuses (409) before anything changes
    const lease = keys.publishingLease('demo', 2566, 'annual-report');
    await db().send(
      new PutCommand({
        TableName: setup.tableName,
        Item: { ...lease, type: 'lease', holder: 'someone-else', expiresAt: Math.floor(Date.now() / 1000) + 60 },
      }),
    );
    page.once('dialog', (dialog: Dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๔', exact: true }).click();
    const status = () => page.locator('main p[aria-live]').textContent();
    await expect.poll(status).toContain('กำลังเผยแพร่หรือถอนการเผยแพร่ตามคำขออื่นอยู่');
    await pastAPoll();
    expect(await status()).toContain('กำลังเผยแพร่หรือถอนการเผยแพร่ตามคำขออื่นอยู่');
    expect(await shownGenerations()).toEqual(every(NEWEST + 2, 1));
    expect(await stateOf(NEWEST + 2)).toBe('pending');
  });
});
