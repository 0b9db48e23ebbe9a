/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Tester s52 (P2): in the plan editor on 10 January 2566, "ต้นปีงบประมาณ (ตุลาคม)" chosen for a new
// follow-up, or for one whose cadence changed, was saved from January: the page took the choice for
// its default and sent no month, and the save starts what is added at its own month. The default of
// an addition now says what happens ("ตั้งแต่เดือนที่บันทึก (มกราคม ๒๕๖๖)"), and October is a choice
// of its own, sent as chosen: the follow-up owes the whole year (stored as no first month).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs as callApiAs, COORDINATOR } from '../support/local-sign-in.js';

const WAIT = { timeout: 15_000 };
const YEAR_START = 'ต้นปีงบประมาณ (ตุลาคม)';
const AT_SAVE = 'ตั้งแต่เดือนที่บันทึก (มกราคม ๒๕๖๖)';

let setup: LocalSystemSetup;
let page: Page;

interface SavedFollowUp {
  followUpNo: number;
  cadence: string;
  firstMonth?: string;
}
const savedPlan = async () => {
  const res = await callApiAs(setup.api, COORDINATOR, 'GET', '/v1/fiscal-years/2566/measures');
  return res.body as { version: number; measures: { measureId: string; followUps: SavedFollowUp[] }[] };
};
const savedFollowUp = async (measureId: string, no: number) =>
  (await savedPlan()).measures.find((m) => m.measureId === measureId)!.followUps.find((f) => f.followUpNo === no);
const save = () => page.getByRole('button', { name: 'บันทึกแผนมาตรการ' });
/** The plan screen with measure `measureId`'s card open; its place in the list ("measures.N"). */
const openCard = async (measureId: string) => {
  await page.goto(`${setup.api}/#/fy/2566/plan`);
  await page.locator('.draft-source[data-source="saved"]').waitFor(WAIT);
  const place = await page.evaluate(
    (id) => [...document.querySelectorAll('.measure-card')].findIndex((c) => c.getAttribute('data-measure') === id),
    measureId,
  );
  const card = page.locator(`.measure-card[data-measure="${measureId}"]`);
  if (
    !(await card
      .locator('details')
      .getAttribute('open')
      .then((v) => v !== null))
  )
    await card.locator('summary').first().click();
  return `#plan-measures-${place}-followUps`;
};
const optionsOf = (select: string) => page.locator(`${select} option`).allTextContents();
const checked = (select: string) => page.locator(`${select} option:checked`).textContent();
const savedAs = async (version: number) => {
  await save().click();
  await expect.poll(async () => (await savedPlan()).version, WAIT).toBe(version);
};

onBrowserSystem('2023-01-10', async (started) => {
  setup = started.setup;
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

describe('a follow-up’s first month in the plan editor on 10 January 2566', () => {
  it('a kept follow-up left as it is: the default is the year’s start, as before', async () => {
    const followUps = await openCard('i6');
    expect(await checked(`${followUps}-0-firstMonth`)).toBe(YEAR_START);
  });

  it('a follow-up added to i6: the default says January, the save’s month; "ต้นปีงบประมาณ (ตุลาคม)" chosen is saved as the whole year', async () => {
    const followUps = await openCard('i6');
    await page.getByRole('button', { name: 'เพิ่มการติดตามผล' }).first().click();
    await page.locator(`${followUps}-1-text`).fill('รายงานผลการตรวจสอบประจำเดือน');
    const first = `${followUps}-1-firstMonth`;
    expect(await checked(first)).toBe(AT_SAVE);
    const options = await optionsOf(first);
    expect(options.slice(0, 3)).toEqual([AT_SAVE, YEAR_START, 'พฤศจิกายน ๒๕๖๕']);
    await page.locator(first).selectOption({ label: YEAR_START });
    await savedAs(2);
    expect(await savedFollowUp('i6', 2)).toMatchObject({ cadence: 'monthly' });
    expect((await savedFollowUp('i6', 2))!.firstMonth).toBeUndefined();
    // drawn again from the saved plan: a kept follow-up of the whole year
    await expect.poll(() => checked(first), WAIT).toBe(YEAR_START);
  });

  it('a follow-up added and left at the default: saved from January, shown so', async () => {
    const followUps = await openCard('i6');
    await page.getByRole('button', { name: 'เพิ่มการติดตามผล' }).first().click();
    await page.locator(`${followUps}-2-text`).fill('รายงานผลการเบิกจ่ายประจำเดือน');
    expect(await checked(`${followUps}-2-firstMonth`)).toBe(AT_SAVE);
    await savedAs(3);
    expect((await savedFollowUp('i6', 3))!.firstMonth).toBe('2023-01');
    await expect.poll(() => checked(`${followUps}-2-firstMonth`), WAIT).toBe('มกราคม ๒๕๖๖');
  });

  it('i6 f1’s cadence changed (April–September to monthly): the default turns to January; "ต้นปีงบประมาณ (ตุลาคม)" chosen is saved as the whole year', async () => {
    const followUps = await openCard('i6');
    const first = `${followUps}-0-firstMonth`;
    expect(await checked(first)).toBe(YEAR_START);
    await page.locator(`${followUps}-0-cadence`).selectOption('monthly');
    await expect.poll(() => checked(first), WAIT).toBe(AT_SAVE);
    await page.locator(first).selectOption({ label: YEAR_START });
    await savedAs(4);
    expect(await savedFollowUp('i6', 1)).toMatchObject({ cadence: 'monthly' });
    expect((await savedFollowUp('i6', 1))!.firstMonth).toBeUndefined();
  });
});
