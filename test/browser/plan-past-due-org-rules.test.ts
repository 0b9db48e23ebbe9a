/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Session 50: the save bar's past-due note was the page's own count with the API's default due dates:
// for an org whose monthly reports are due on the 5th of the next month, with its own closure day,
// it told January's reports due on 2 February 2567 and the unit heads told on 14 February, when the
// save made neither so. On `npm start`'s system on 2 February 2567, the org given those rules, the
// seed's 2566 plan copied into 2567: the note says what the save then makes due (POST …/plan-checks'
// pastDue), and the saved message the same. docs/web.md "Past rounds made due by a save".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expandPlan } from '../../shared/domain/obligations.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { setDemoOrgSettings } from '../support/demo-org-settings.js';
import { type LocalSystemSetup, localSystemStore } from '../support/local-system.js';

const WAIT = { timeout: 15_000 };
const DUE_RULES = { monthly: { kind: 'day-of-next-month' as const, day: 5 } };

let setup: LocalSystemSetup;
let page: Page;

const store = () => localSystemStore(setup);
const heading = () => page.locator('main h1').textContent();
const status = () => page.locator('#status').textContent();
const note = () => page.locator('#plan-past-due');

onBrowserSystem('2024-02-02', async (started) => {
  setup = started.setup;
  // the org's own rules and closure day, before its coordinator signs in
  await setDemoOrgSettings(setup, { dueRules: DUE_RULES, closureDays: ['2024-02-14'] });
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

describe('a plan saved mid-year by an org with its own due rules and closure day, as the ITA coordinator on a phone', () => {
  it("the save bar tells what the save makes due by the org's rules: January not yet due, the heads told on the 15th", async () => {
    await page.goto(`${setup.api}/#/fy/2567/plan`);
    await expect.poll(heading, WAIT).toBe('แผนมาตรการ ปีงบประมาณ ๒๕๖๗');
    await page.getByLabel('คัดลอกแผนจากปีก่อน').selectOption('2566');
    await page.getByRole('button', { name: 'คัดลอกเป็นร่างของปีนี้' }).click();
    await page.locator('.draft-source[data-source="copy"]').waitFor();
    // the server's figure replaces the page's own once it answers: the heads' day moved off the closure day
    await expect
      .poll(async () => (await note().isVisible()) && (await note().textContent()), WAIT)
      .toContain('(๑๕ กุมภาพันธ์ ๒๕๖๗)');
    const before = (await note().textContent())!;
    await page.getByRole('button', { name: 'บันทึกแผนมาตรการ' }).click();
    await expect.poll(status, WAIT).toContain('บันทึกแผนมาตรการปีงบประมาณ ๒๕๖๗ แล้ว (ฉบับที่ ๑)');
    // what the save made due, as the jobs remind it: the stored plan's reports added today, by the org's rules
    const stored = (await new PlanRepository(store()).getPlan('demo', 2567))!;
    const units = (await new OrgRepository(store()).listUnits('demo')).map((u) => u.unitId);
    const all = expandPlan(stored, units, DUE_RULES);
    const made = all.filter((o) => o.addedOn === '2024-02-02');
    // January's monthly reports, due 5 February by the org's rule, are not among them
    expect(all.filter((o) => o.cadence === 'monthly' && o.dueDate === '2024-02-05').length).toBeGreaterThan(0);
    expect(made.filter((o) => o.dueDate >= '2024-02-05')).toEqual([]);
    const told = `รายงานของรอบที่ผ่านมาแล้ว ${toThaiDigits(made.length)} รายการ (${toThaiDigits(new Set(made.map((o) => o.unitId)).size)} หน่วยงาน) ถึงกำหนดส่งทันที หน่วยงานส่งได้ตรงเวลาถึง ๗ กุมภาพันธ์ ๒๕๖๗ หลังจากนั้นระบบแจ้งเตือนว่าเลยกำหนด แจ้งหัวหน้าหน่วยงานเมื่อค้างเกิน ๗ วัน (๑๕ กุมภาพันธ์ ๒๕๖๗) และแจ้งผู้บริหารเมื่อค้างเกิน ๑๔ วัน (๒๑ กุมภาพันธ์ ๒๕๖๗)`;
    expect(before).toBe(
      `การบันทึกแผนนี้จะทำให้${told} หากไม่ต้องติดตามรอบที่ผ่านมา ให้เลือก "เริ่มตั้งแต่เดือน" ของการติดตามผลเป็นเดือนนี้ก่อนบันทึก`,
    );
    expect(await status()).toContain(`การบันทึกนี้ทำให้${told}`);
  });
});
