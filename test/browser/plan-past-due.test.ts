/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Tester s48 (P2): an org adopting the system mid-year saved the year's first plan and every past
// round fell due at once (the heads told a week after the grace, the executives a fortnight), with
// nothing said before or at the save. On `npm start`'s system on 14 February 2567 (fiscal year
// 2567, no plan yet), the seed's 2566 plan copied into 2567: the save bar says how many past
// reports the save makes due, until when they are on time and when the heads and executives hear;
// the saved message says it again. docs/web.md "Past rounds made due by a save".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';

const WAIT = { timeout: 15_000 };

let setup: LocalSystemSetup;
let page: Page;

const heading = () => page.locator('main h1').textContent();
const status = () => page.locator('#status').textContent();
const note = () => page.locator('#plan-past-due');

onBrowserSystem('2024-02-14', async (started) => {
  setup = started.setup;
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

describe('a plan saved mid-year, as the ITA coordinator on a phone', () => {
  it('the save bar tells the past reports the save makes due and the escalation days; the saved message again', async () => {
    await page.goto(`${setup.api}/#/fy/2567/plan`);
    await expect.poll(heading, WAIT).toBe('แผนมาตรการ ปีงบประมาณ ๒๕๖๗');
    await page.getByLabel('คัดลอกแผนจากปีก่อน').selectOption('2566');
    await page.getByRole('button', { name: 'คัดลอกเป็นร่างของปีนี้' }).click();
    await page.locator('.draft-source[data-source="copy"]').waitFor();
    // the server's figure once POST …/plan-checks answers ("กำลังตรวจ…" until then: tester s51)
    await expect
      .poll(async () => (await note().isVisible()) && (await note().textContent()), WAIT)
      .toMatch(
        /^การบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้ว [๐-๙]+ รายการ \(๕ หน่วยงาน\) ถึงกำหนดส่งทันที หน่วยงานส่งได้ตรงเวลาถึง ๑๙ กุมภาพันธ์ ๒๕๖๗ หลังจากนั้นระบบแจ้งเตือนว่าเลยกำหนด แจ้งหัวหน้าหน่วยงานเมื่อค้างเกิน ๗ วัน \(๒๗ กุมภาพันธ์ ๒๕๖๗\) และแจ้งผู้บริหารเมื่อค้างเกิน ๑๔ วัน \(๔ มีนาคม ๒๕๖๗\) หากไม่ต้องติดตามรอบที่ผ่านมา/,
      );
    const before = (await note().textContent())!;
    const count = /แล้ว ([๐-๙]+) รายการ/.exec(before)![1]!;
    // the save button names it
    const save = page.getByRole('button', { name: 'บันทึกแผนมาตรการ' });
    expect(await save.getAttribute('aria-describedby')).toContain('plan-past-due');
    await save.click();
    await expect.poll(status, WAIT).toContain('บันทึกแผนมาตรการปีงบประมาณ ๒๕๖๗ แล้ว (ฉบับที่ ๑)');
    expect(await status()).toContain(
      `การบันทึกนี้ทำให้รายงานของรอบที่ผ่านมาแล้ว ${count} รายการ (๕ หน่วยงาน) ถึงกำหนดส่งทันที หน่วยงานส่งได้ตรงเวลาถึง ๑๙ กุมภาพันธ์ ๒๕๖๗`,
    );
    // the saved plan, saved again, makes nothing new due: the bar says nothing
    await page.locator('.draft-source[data-source="saved"]').waitFor();
    expect(await note().isHidden(), (await note().textContent()) ?? '').toBe(true);
  });
});
