/// <reference lib="dom" />
// s45 re-check: text a screen sets after it is drawn (a hint under a changed control, a badge) was
// written with `textContent =` and did not get the spans that keep a date or a month with its year
// on one line, as everything the element builder writes does (web/src/dom.ts): at 320 px "๓๐ กันยายน"
// could part from "๒๕๖๖". The page now sets such text with setText. On `npm start`'s system on 20
// April 2566, the coordinator edits the 2566 plan on a 320 px phone.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { COORDINATOR, signInAs } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2023-04-20', async (started) => {
  ({ setup } = started);
  page = await phonePage(started.browser);
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, setup.api, COORDINATOR);
  await page.goto(`${setup.api}/#/fy/2566/plan`);
  // a saved plan's measures are folded: open the first
  await page.locator('.measure-card summary').first().click();
  await page.locator('#plan-measures-0-followUps-0-cadence').waitFor();
  return page;
});

/** The parts of `el`'s text kept on one line (span.whole), and how many lines each lies on. */
const keptWhole = (el: Locator) =>
  el.evaluate((node) =>
    [...node.querySelectorAll('span.whole')].map((s) => ({
      text: s.textContent,
      lines: new Set([...s.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size,
    })),
  );

describe('text set after the plan editor is drawn keeps its dates and months whole (320 px)', () => {
  it('a follow-up set to no cadence: the hint\'s "ครบกำหนด ๓๐ กันยายน ๒๕๖๖" is one piece on one line', async () => {
    await page.locator('#plan-measures-0-followUps-0-cadence').selectOption('unspecified');
    const hint = page
      .locator('#plan-measures-0-followUps-0-cadence')
      .locator('xpath=ancestor::*[.//p[contains(@class,"cadence-hint")]][1]//p[contains(@class,"cadence-hint")]');
    await expect.poll(() => hint.textContent()).toContain('ครบกำหนด ๓๐ กันยายน ๒๕๖๖');
    expect(await keptWhole(hint)).toEqual([{ text: '๓๐ กันยายน ๒๕๖๖', lines: 1 }]);
  });

  it("set to once (neighbour): the due hint's default date, then the date typed, each whole", async () => {
    await page.locator('#plan-measures-0-followUps-0-cadence').selectOption('once');
    const due = page.locator('#plan-measures-0-followUps-0-dueDate');
    const hint = due.locator('xpath=..').locator('p.hint').last();
    await expect.poll(() => hint.textContent()).toBe('ไม่ระบุ: ครบกำหนด ๓๑ ธันวาคม ๒๕๖๕');
    expect(await keptWhole(hint)).toEqual([{ text: '๓๑ ธันวาคม ๒๕๖๕', lines: 1 }]);
    await due.fill('2023-03-31');
    await expect.poll(() => hint.textContent()).toBe('ครบกำหนด ๓๑ มีนาคม ๒๕๖๖');
    expect(await keptWhole(hint)).toEqual([{ text: '๓๑ มีนาคม ๒๕๖๖', lines: 1 }]);
  });

  it("every follow-up of a measure stopped after February (neighbour): its badge's month with its year whole", async () => {
    const card = page.locator('.measure-card').first();
    const stops = card.locator('select[id$="-lastMonth"]');
    for (const stop of await stops.all()) await stop.selectOption('2023-02');
    const badge = card.locator('[data-testid="measure-stopped"]');
    await expect.poll(() => badge.textContent()).toBe('หยุดดำเนินการหลังเดือนกุมภาพันธ์ ๒๕๖๖');
    expect(await keptWhole(badge)).toEqual([{ text: 'กุมภาพันธ์ ๒๕๖๖', lines: 1 }]);
  });
});
