/// <reference lib="dom" />
// Tester s45 P2, in a real browser on `npm start`'s system on 26 April 2566: the coordinator makes
// the รอบ ๖ เดือน results report from the results report screen, sees it labelled as such, publishes
// it at its own address (results-half-year.pdf), then makes and publishes the year's report
// (results.pdf), and the half-year one stays published: both addresses serve, the public ITA page
// lists both.
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;

const publication = () => page.locator('section.publication');
const publicAddress = (file: string) => `http://localhost:${setup.ports.api}/ita/demo/2566/${file}`;
const row = (generation: number) => page.locator(`li.generation[data-generation="${generation}"]`);
const HALF = 'รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)';

/** Answers the next confirm() with OK, giving back what it asked. */
function nextDialog(): Promise<string> {
  return new Promise((resolve) =>
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void dialog.accept();
    }),
  );
}

onBrowserSystem('2023-04-26', async (started) => {
  ({ setup } = started);
  page = await phonePage(started.browser);
  return page;
});

describe('the รอบ ๖ เดือน results report on the documents screen', () => {
  it('the coordinator makes it with its own button; its row says รอบ ๖ เดือน', { timeout: 120_000 }, async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.getByRole('link', { name: 'รายงานผลประจำปี' }).click();
    await page.getByRole('button', { name: 'จัดทำรายงานผลรอบ ๖ เดือน' }).click();
    // the first document loads the PDF code and the fonts: up to 60 s
    await row(1).getByRole('link', { name: 'ดาวน์โหลดรายงาน PDF' }).waitFor({ timeout: 60_000 });
    expect(await row(1).locator('h3').textContent()).toContain(`ฉบับที่ ๑ ${HALF}`);
    // before it is published the screen names its own address, apart from the year's
    expect(await publication().textContent()).toContain(publicAddress('results-half-year.pdf'));
  });

  it('publishes it at results-half-year.pdf after a confirmation naming that address', async () => {
    const asked = nextDialog();
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๑' }).click();
    const question = await asked;
    expect(question).toContain(`รายงานผลการดำเนินการตามมาตรการ ${HALF} ฉบับที่ ๑ ต่อสาธารณะหรือไม่`);
    expect(question).toContain(publicAddress('results-half-year.pdf'));
    expect(question).not.toContain(publicAddress('results.pdf'));
    await expect
      .poll(() => page.locator('.half-year-publication').textContent())
      .toContain('เผยแพร่อยู่: ฉบับที่ ๑ เผยแพร่เมื่อ');
    expect((await fetch(publicAddress('results-half-year.pdf'))).status).toBe(200);
    expect((await fetch(publicAddress('results.pdf'))).status).toBe(404);
    // the ITA page shows its figures, as the รอบ ๖ เดือน report's, while the year's is not published
    await page.goto(publicAddress(''));
    const figures = page.locator('section.reporting');
    expect(await figures.locator('h2').textContent()).toBe('ผลการรายงานตามมาตรการ รอบ ๖ เดือน');
    // (its dates kept whole with no-break spaces)
    expect((await figures.locator('p').first().innerText()).replaceAll('\u00a0', ' ')).toBe(
      'ภาระการรายงานของการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ (ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๖๖) ตามรายงานผลการดำเนินการรอบ ๖ เดือนที่เผยแพร่',
    );
    await page.goBack();
    await row(1).waitFor();
  });

  it(
    "the year's report, made and published after it, leaves it published; the ITA page lists both",
    {
      timeout: 120_000,
    },
    async () => {
      await page.getByRole('button', { name: 'จัดทำรายงานผลประจำปี' }).click();
      await row(2).getByRole('link', { name: 'ดาวน์โหลดรายงาน PDF' }).waitFor({ timeout: 60_000 });
      expect(await row(2).locator('h3').textContent()).not.toContain('รอบ ๖ เดือน');
      const asked = nextDialog();
      await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๒' }).click();
      const question = await asked;
      // it names the year's report as the half-year's names its own (re-check P3)
      expect(question).toContain('เผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๒ ต่อสาธารณะหรือไม่');
      expect(question).toContain(publicAddress('results.pdf'));
      // it does not replace the half-year report
      expect(question).not.toContain('แทนฉบับที่ ๑');
      await expect.poll(() => page.locator('li.generation[data-published]').count()).toBe(2);
      expect(await publication().textContent()).toContain('เผยแพร่อยู่: ฉบับที่ ๒');
      expect(await page.locator('.half-year-publication').textContent()).toContain('เผยแพร่อยู่: ฉบับที่ ๑');
      for (const file of ['results.pdf', 'results-half-year.pdf', 'results-half-year.docx'])
        expect((await fetch(publicAddress(file))).status).toBe(200);
      const ita = await (await fetch(publicAddress(''))).text();
      expect(ita).toContain('data-kind="half-year-report" data-generation="1"');
      expect(ita).toContain('data-kind="annual-report" data-generation="2"');
      expect(ita).toContain('รอบ ๖ เดือน');
      // the figures are the year's now
      expect(ita).toContain('data-generation="2"><h2>ผลการรายงานตามมาตรการ</h2>');
    },
  );

  // re-check P3 (s46): the year's generation, block and history entries said nothing of which report
  it('each generation card and each publication block says which report it is: ประจำปี or รอบ ๖ เดือน', async () => {
    expect(await row(2).locator('h3').textContent()).toBe('ฉบับที่ ๒ ประจำปี เผยแพร่อยู่');
    expect(await row(1).locator('h3').textContent()).toBe(`ฉบับที่ ๑ ${HALF} เผยแพร่อยู่`);
    expect(await publication().locator('h3').allTextContents()).toEqual(['รายงานผลประจำปี', `รายงานผล${HALF}`]);
    // the year's block: its heading, then what is published at results.pdf
    expect(await publication().textContent()).toContain(`รายงานผลประจำปีเผยแพร่อยู่: ฉบับที่ ๒ เผยแพร่เมื่อ`);
  });

  // s57: reports sent after the published reports were made; nothing said they were out of date
  it('a report sent after both were made is said under each published report, the half-year one in its scope', async () => {
    const yearNote = page.locator('section.publication [data-note="stale-year"]');
    const halfNote = page.locator('.half-year-publication [data-note="stale-half-year"]');
    const stale = (count: string) =>
      `มีรายงาน ${count} รายการที่ส่งหรือตรวจหลังจัดทำฉบับที่เผยแพร่อยู่ จึงยังไม่อยู่ในฉบับนี้ สั่งจัดทำฉบับใหม่แล้วเผยแพร่แทน`;
    // before any later report: both counted against their generation's time, no note
    await page.reload();
    for (const note of [yearNote, halfNote])
      await note.and(page.locator('[data-generated-at]')).waitFor({ state: 'attached' });
    expect([await yearNote.textContent(), await halfNote.textContent()]).toEqual(['', '']);
    // March's report (in the half-year), then April's (the year's only), by staff of กองคลัง
    for (const id of ['i4.f2.2023-03.finance', 'i4.f2.2023-04.finance']) {
      const sent = await apiAs(
        setup.api,
        'staff.finance@demo.example.org',
        'PUT',
        `/v1/fiscal-years/2566/obligations/${id}/report`,
        {
          progress: 'done',
          summary: 'จัดประชุมชี้แจงการใช้ทรัพย์สินของราชการแล้ว',
        },
      );
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    }
    await page.reload();
    await expect.poll(() => yearNote.textContent()).toBe(stale('๒'));
    expect(await halfNote.textContent()).toBe(stale('๑'));
  });

  it("withdrawing asks about the year's report by name, and the half-year's by its own", async () => {
    for (const [g, which] of [
      [2, 'ประจำปี'],
      [1, HALF],
    ] as const) {
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (dialog: Dialog) => {
          resolve(dialog.message());
          void dialog.dismiss();
        }),
      );
      await page.getByRole('button', { name: `ถอนการเผยแพร่ฉบับที่ ${g === 2 ? '๒' : '๑'}` }).click();
      expect(await asked).toContain(
        `ถอนการเผยแพร่รายงานผลการดำเนินการตามมาตรการ ${which} ฉบับที่ ${g === 2 ? '๒' : '๑'} หรือไม่`,
      );
    }
    expect(await page.locator('li.generation[data-published]').count()).toBe(2);
  });

  it('the documents history names the รอบ ๖ เดือน and the ประจำปี report of each generation and publication', async () => {
    await page.getByRole('link', { name: 'ประวัติเอกสาร' }).click();
    const summaries = () => page.locator('.audit-summary').allTextContents();
    await expect.poll(summaries).toContain(`เผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๒`);
    expect(await summaries()).toEqual([
      'เผยแพร่รายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๒',
      'จัดทำรายงานผลการดำเนินการตามมาตรการ ประจำปี ฉบับที่ ๒',
      'เผยแพร่รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน ฉบับที่ ๑',
      'จัดทำรายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือน ฉบับที่ ๑',
    ]);
  });
});
