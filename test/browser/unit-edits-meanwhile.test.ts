/// <reference lib="dom" />
// A unit changed on the page while another coordinator changed another of its fields (break s60-E):
// the page saves what its coordinator changed and keeps the other's change, not the stale form.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;
onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

/** The people screen, the unit's form opened; then `meanwhile` (the other coordinator) changes it. */
async function openUnit(unitId: string, meanwhile: Record<string, unknown>) {
  await page.goto(`${setup.api}/#/people`);
  await page.reload();
  await page.locator(`li[data-unit="${unitId}"] summary`).click();
  expect((await apiAs(setup.api, COORDINATOR, 'PUT', `/v1/units/${unitId}`, meanwhile)).status).toBe(200);
}

async function save(unitId: string) {
  await page.locator(`li[data-unit="${unitId}"] form button[type="submit"]`).click();
  await expect
    .poll(() => page.locator('[aria-live]').allTextContents())
    .toContainEqual(expect.stringContaining('บันทึกหน่วยงาน'));
}

async function stored(unitId: string) {
  const { body } = await apiAs(setup.api, COORDINATOR, 'GET', '/v1/units');
  const unit = (body.items as { unitId: string; name: string; aliases: string[] }[]).find((u) => u.unitId === unitId)!;
  return { name: unit.name, aliases: unit.aliases };
}

describe('a unit saved on the page after another coordinator changed it', () => {
  it('renamed on the page, aliases added meanwhile: the unit has the new name and the added aliases', async () => {
    await openUnit('education', { aliases: ['กองการศึกษาฯ'] });
    await page.locator('#unit-education-name').fill('กองการศึกษา ศาสนาและวัฒนธรรม');
    await save('education');
    expect(await stored('education')).toEqual({ name: 'กองการศึกษา ศาสนาและวัฒนธรรม', aliases: ['กองการศึกษาฯ'] });
  });

  it('aliases changed on the page, renamed meanwhile: the unit keeps the other rename', async () => {
    await openUnit('engineering', { name: 'กองช่างโยธา' });
    await page.locator('#unit-engineering-aliases').fill('กองช่าง\nงานโยธา');
    await save('engineering');
    expect(await stored('engineering')).toEqual({ name: 'กองช่างโยธา', aliases: ['กองช่าง', 'งานโยธา'] });
  });

  it('renamed on the page, aliases removed meanwhile: the removed aliases do not come back', async () => {
    await openUnit('health', { aliases: [] });
    await page.locator('#unit-health-name').fill('กองสาธารณสุข');
    await save('health');
    expect(await stored('health')).toEqual({ name: 'กองสาธารณสุข', aliases: [] });
  });
});
