/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Tester s51: on the plan screen (a draft copied from last year) the save bar showed the page's own
// count of past-due reports, by the API's default due dates, for the moment POST …/plan-checks took
// to answer, then the org's figure: for an org with its own rules a figure that was wrong. Now it
// says "กำลังตรวจ…" until the answer, and the answer after; a check that fails shows no figure.
// `npm start`'s system on 2 February 2567, the org's monthly reports due on the 5th of the next
// month and a closure day on 14 February (plan-past-due-org-rules.test.ts), the route's answers delayed.
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { setDemoOrgSettings } from '../support/demo-org-settings.js';
import type { LocalSystemSetup } from '../support/local-system.js';

const WAIT = { timeout: 15_000 };
const CHECKS = '**/v1/fiscal-years/2567/plan-checks';
const CHECKING = 'กำลังตรวจว่าการบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้วถึงกำหนดส่งทันทีหรือไม่…';
/** the heads' day by the API's default dates: on the org's closure day, which its emails skip */
const DEFAULT_HEADS_DAY = '(๑๔ กุมภาพันธ์ ๒๕๖๗)';
const ORG_HEADS_DAY = '(๑๕ กุมภาพันธ์ ๒๕๖๗)';

let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2024-02-02', async (started) => {
  setup = started.setup;
  await setDemoOrgSettings(setup, {
    dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } },
    closureDays: ['2024-02-14'],
  });
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});
afterEach(async () => page.unroute(CHECKS));

/** Every text the save bar's past-due note showed (visible) from now on, in order, each once. */
async function watchNote(): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenNotes: string[] }).seenNotes = seen;
    const look = () => {
      const note = document.getElementById('plan-past-due');
      const text = note && !note.hidden ? (note.textContent ?? '') : '';
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  return () => page.evaluate(() => [...(window as unknown as { seenNotes: string[] }).seenNotes]);
}

/** POST …/plan-checks answered `ms` late (or refused by the network). */
const delayChecks = (ms: number, fail = false) =>
  page.route(CHECKS, async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await (fail ? route.abort('internetdisconnected') : route.continue());
  });

/** The plan screen of 2567, afresh. */
async function openPlan(): Promise<void> {
  await page.goto(`${setup.api}/#/fy/2567/plan`);
  await page.reload();
  await expect.poll(() => page.locator('main h1').textContent(), WAIT).toBe('แผนมาตรการ ปีงบประมาณ ๒๕๖๗');
}

/** The seed's 2566 plan copied into 2567, unsaved. */
async function copyLastYear(): Promise<void> {
  await page.getByLabel('คัดลอกแผนจากปีก่อน').selectOption('2566');
  await page.getByRole('button', { name: 'คัดลอกเป็นร่างของปีนี้' }).click();
  await page.locator('.draft-source[data-source="copy"]').waitFor();
}

const noteText = async () => {
  const note = page.locator('#plan-past-due');
  return (await note.isVisible()) ? await note.textContent() : '';
};

describe("the save bar's past-due note while POST …/plan-checks is asked, as the ITA coordinator on a phone", () => {
  // session 53: the copy's own check (its warnings) answered the figure too; the editor asked again,
  // so "กำลังตรวจ…" showed for the second check's ~0.4 s (carried since session 51)
  it('a copied draft: the org’s figure as soon as it shows, from the copy’s own check; never "กำลังตรวจ…" nor the page’s own', async () => {
    await openPlan();
    await delayChecks(1500);
    const asked: string[] = [];
    const onRequest = (r: { url(): string }) => void (r.url().endsWith('/plan-checks') && asked.push(r.url()));
    page.on('request', onRequest);
    try {
      const seen = await watchNote();
      await copyLastYear();
      expect(await noteText()).toContain(ORG_HEADS_DAY);
      // the editor asks 400 ms after it shows: a page timer set now for later fires after that one
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 450)));
      expect(await noteText()).toContain(ORG_HEADS_DAY);
      const shown = await seen();
      expect(shown.join('\n')).not.toContain(DEFAULT_HEADS_DAY);
      expect(shown).not.toContain(CHECKING);
      expect(shown.every((t) => t.includes(ORG_HEADS_DAY))).toBe(true);
      expect(asked).toHaveLength(1);
    } finally {
      page.off('request', onRequest);
    }
  });

  it('the draft changed (i4’s monthly follow-up begun in February): "กำลังตรวจ…" again, never the figure of the draft before or the page’s own', async () => {
    await openPlan();
    await copyLastYear();
    await expect.poll(noteText, WAIT).toContain(ORG_HEADS_DAY);
    const before = await noteText();
    // i4's monthly follow-up (its second) begun this month: its past rounds are no longer made due
    const i4 = page.locator('.measure-card[data-measure="i4"]');
    await i4.locator('summary').click();
    const place = await page.evaluate(() =>
      [...document.querySelectorAll('.measure-card')].findIndex((c) => c.getAttribute('data-measure') === 'i4'),
    );
    await delayChecks(1500);
    const seen = await watchNote();
    await page.locator(`#plan-measures-${place}-followUps-1-firstMonth`).selectOption({ label: 'กุมภาพันธ์ ๒๕๖๗' });
    await expect.poll(noteText, WAIT).not.toBe(CHECKING);
    await expect.poll(async () => (await seen()).length, WAIT).toBeGreaterThan(1);
    const shown = await seen();
    expect(shown[0]).toBe(CHECKING);
    const after = (await noteText())!;
    expect(after).toContain(ORG_HEADS_DAY);
    expect(after).not.toBe(before);
    expect(shown.slice(1)).toEqual([after]);
    expect(shown.join('\n')).not.toContain(DEFAULT_HEADS_DAY);
  });

  it('the check fails (offline): no figure at all, the note says it could not be checked', async () => {
    await openPlan();
    await delayChecks(300, true);
    const seen = await watchNote();
    await copyLastYear();
    await expect
      .poll(noteText, WAIT)
      .toBe('ตรวจไม่ได้ในตอนนี้ว่าการบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้วถึงกำหนดส่งทันทีกี่รายการ ข้อความหลังบันทึกจะบอก');
    const shown = await seen();
    expect(shown.join('\n')).not.toMatch(/รายการ \([๐-๙]+ หน่วยงาน\)/);
  });
});
