/// <reference lib="dom" />
// A member of staff of two units (Person.alsoStaffOf, tester s45 #1): the coordinator ticks the
// other unit on the person's screen, and the officer finds its work from home and reports for it as
// its own staff do (no "(รักษาราชการแทน)").
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;
onBrowserSystem('2023-04-20', async (started) => {
  [setup, page] = [started.setup, await phonePage(started.browser, (dialog) => void dialog.accept())];
  return page;
});

const OFFICER = 'staff.finance@demo.example.org';

describe('staff of another unit as well, as the ITA coordinator', () => {
  it('ticking กองการศึกษา makes กองคลัง’s officer its staff as well; their own unit is not offered; the screens and history say so', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/people/demo-staff-finance`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('เจ้าหน้าที่กองคลัง');
    expect(await page.locator('#person-alsoStaffOf legend').textContent()).toBe('ปฏิบัติงานในหน่วยงานอื่นด้วย');
    expect(await page.locator('#person-also-staff-finance').isVisible()).toBe(false);
    await page.locator('#person-also-staff-education').check();
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('ปฏิบัติงานในหน่วยงานอื่นด้วยกองการศึกษา');
    expect(await page.locator('#person-also-staff-education').isChecked()).toBe(true);
    // the acting boxes are untouched
    expect(await page.locator('#person-acting-education').isChecked()).toBe(false);
    const people = await apiAs(setup.api, COORDINATOR, 'GET', '/v1/people');
    const officer = (
      people.body as { items: { personId: string; alsoStaffOf: string[]; actingHeadOf: string[] }[] }
    ).items.find((p) => p.personId === 'demo-staff-finance');
    expect(officer).toMatchObject({ alsoStaffOf: ['education'], actingHeadOf: [] });
    await expect
      .poll(() => page.locator('.audit-list .audit-summary').first().textContent())
      .toBe('เจ้าหน้าที่กองคลัง: ปฏิบัติงานใน กองการศึกษา ด้วย');
    await page.goto(`${setup.api}/#/people`);
    await expect
      .poll(() => page.locator(`[data-person="${OFFICER}"] .hint`).first().textContent())
      .toBe('เจ้าหน้าที่ · กองคลัง · ปฏิบัติงานในกองการศึกษาด้วย');
  });
});

describe('staff of another unit as well, as that officer', () => {
  it('finds กองการศึกษา’s work from home, opens an obligation and reports for it, and comes back to its list', async () => {
    await signInAs(page, setup.api, OFFICER);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    expect(await page.locator('main .acting-units a').allTextContents()).toEqual(['งานที่ต้องรายงานของกองการศึกษา']);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองการศึกษา' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองการศึกษา');
    expect(await page.locator('main .acting-note').textContent()).toBe('คุณปฏิบัติงานในกองการศึกษาด้วย');
    const overdue = page.locator('.group-overdue .card');
    await overdue.first().waitFor();
    const ids = await overdue.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-obligation') ?? ''));
    expect(ids.every((id) => id.endsWith('.education'))).toBe(true);
    await overdue.first().locator('a').click();
    await page.getByLabel('อยู่ระหว่างดำเนินการ').check();
    await page.locator('#f-summary').fill('เจ้าหน้าที่กองคลังรายงานความคืบหน้าของกองการศึกษา');
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    await expect.poll(() => page.getByTestId('done-note').textContent()).toBe('ส่งรายงานฉบับที่ ๑ เรียบร้อยแล้ว');
    const report = await apiAs(setup.api, COORDINATOR, 'GET', `/v1/fiscal-years/2566/obligations/${ids[0]}`);
    expect(report.body).toMatchObject({
      unitId: 'education',
      status: 'submitted',
      latestReport: { submittedBy: 'demo-staff-finance' },
    });
    await page.getByRole('link', { name: '‹ กลับไปหน้ารายการ' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองการศึกษา');
  });

  // s46 re-check P3: the link read "งานของงานห้องสมุด" for a unit whose name starts with งาน
  it('each link is worded as the screen it opens is headed, whatever the unit’s name', async () => {
    const unit = await apiAs(setup.api, COORDINATOR, 'POST', '/v1/units', { unitId: 'library', name: 'งานห้องสมุด' });
    expect(unit.status).toBe(201);
    const put = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-finance', {
      alsoStaffOf: ['education', 'library'],
      actingHeadOf: ['engineering'],
    });
    expect(put.status).toBe(200);
    await page.goto(`${setup.api}/#/`);
    await page.reload();
    await expect
      .poll(() => page.locator('main .acting-units a').allTextContents())
      .toEqual(['งานที่ต้องรายงานของกองการศึกษา', 'งานที่ต้องรายงานของงานห้องสมุด', 'งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)']);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของงานห้องสมุด' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของงานห้องสมุด');
    expect(
      (
        await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-finance', {
          alsoStaffOf: ['education'],
          actingHeadOf: [],
        })
      ).status,
    ).toBe(200);
  });

  it('a unit not on the list says at its address, in Thai, whose list it is and links the officer’s own', async () => {
    await page.goto(`${setup.api}/#/fy/2566/unit/engineering`);
    await page.reload();
    // tester s51: in the page's words, whose list it is, and the units the officer is in linked
    await expect.poll(() => page.locator('main h1').textContent()).toBe('รายการนี้เป็นของหน่วยงานอื่น');
    expect(await page.getByTestId('other-unit-lists').locator('a').allTextContents()).toEqual([
      'งานที่ต้องรายงานของกองคลัง ปีงบประมาณ ๒๕๖๖',
      'งานที่ต้องรายงานของกองการศึกษา ปีงบประมาณ ๒๕๖๖',
    ]);
  });
});
