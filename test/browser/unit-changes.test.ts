/// <reference lib="dom" />
// Units and people that changed (tester s50): a unit made and closed the same day, never in any plan,
// on the overview; a member of staff moved to another unit opening an old email's link to their
// former unit's report.
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

/** The names in the overview's by-unit table, in order. */
const unitRows = () => page.locator('main table').first().locator('tbody th').allTextContents();

describe('the overview of a unit closed without ever being in a plan', () => {
  it.each([
    ['this month (April 2566)', '#/fy/2566/overview'],
    ['the whole year', '#/fy/2566/overview/all'],
    ['another month (October 2565)', '#/fy/2566/overview/2022-10'],
  ])('%s: no row for กองยุทธศาสตร์; an active unit with no work keeps its row of zeros', async (_n, address) => {
    const made = await apiAs(setup.api, COORDINATOR, 'POST', '/v1/units', { name: 'กองยุทธศาสตร์', unitId: 'strategy' });
    expect([201, 409]).toContain(made.status);
    expect((await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/units/strategy', { active: false })).status).toBe(200);
    const library = await apiAs(setup.api, COORDINATOR, 'POST', '/v1/units', { name: 'งานห้องสมุด', unitId: 'library' });
    expect([201, 409]).toContain(library.status);
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/${address}`);
    await page.reload();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    await expect.poll(unitRows).toContain('กองคลัง');
    const rows = await unitRows();
    expect(rows.filter((r) => r.includes('กองยุทธศาสตร์'))).toEqual([]);
    expect(rows).toContain('งานห้องสมุด');
  });
});

const OLD_LINK = '#/org/demo/fy/2566/o/i4.f2.2022-10.finance';

/** Opens `link` signed in as `email`, recording the API's paths it asks for. */
async function openAs(email: string, link: string): Promise<string[]> {
  await signInAs(page, setup.api, email);
  const asked: string[] = [];
  const record = (r: { url(): string }) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/v1/')) asked.push(url.pathname);
  };
  page.on('request', record);
  await page.goto(`${setup.api}/${link}`);
  await page.reload();
  await expect.poll(() => page.locator('main h1').textContent()).toBe('รายงานนี้เป็นของหน่วยงานอื่น');
  page.off('request', record);
  return asked;
}

describe("an old email's link to another unit's report", () => {
  it('staff moved from กองคลัง to กองช่าง: it says the report is กองคลัง’s, not theirs, and links their own list, asking nothing more of the API', async () => {
    const moved = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-finance', {
      unitId: 'engineering',
    });
    expect(moved.status).toBe(200);
    const asked = await openAs('staff.finance@demo.example.org', OLD_LINK);
    const alert = page.getByTestId('other-unit');
    expect(await alert.locator('p').first().textContent()).toBe(
      'รายงานนี้เป็นของกองคลัง ไม่ใช่ของหน่วยงานของท่าน (กองช่าง) บัญชีของท่านจึงเปิดดูรายงานนี้ไม่ได้ หากท่านย้ายหน่วยงานแล้ว ลิงก์ในอีเมลที่ได้รับก่อนย้ายจะเปิดรายงานของหน่วยงานเดิม',
    );
    expect(await page.locator('main').textContent()).not.toContain('เกิดข้อผิดพลาด');
    const own = page.getByRole('link', { name: 'งานที่ต้องรายงานของกองช่าง ปีงบประมาณ ๒๕๖๖' });
    expect(await own.getAttribute('href')).toBe('#/fy/2566');
    // only what the page asked before (/me, the report and its history): no request to name the units
    expect(asked.filter((p) => !p.startsWith('/v1/me') && !p.includes('/obligations/i4.f2.2022-10.finance'))).toEqual(
      [],
    );
    await own.click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองช่าง');
  });

  it('staff of กองการศึกษา who never were กองคลัง’s: the same words, their own unit named', async () => {
    await openAs('staff.education@demo.example.org', OLD_LINK);
    expect(await page.getByTestId('other-unit').locator('p').first().textContent()).toContain(
      'รายงานนี้เป็นของกองคลัง ไม่ใช่ของหน่วยงานของท่าน (กองการศึกษา)',
    );
    expect(
      await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองการศึกษา ปีงบประมาณ ๒๕๖๖' }).getAttribute('href'),
    ).toBe('#/fy/2566');
  });

  it('staff of กองช่าง acting head of กองการศึกษา too: both their lists are linked', async () => {
    const acting = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-engineering', {
      actingHeadOf: ['education'],
    });
    expect(acting.status).toBe(200);
    await openAs('staff.engineering@demo.example.org', OLD_LINK);
    const links = page.getByTestId('other-unit-lists').locator('a');
    expect(await links.allTextContents()).toEqual([
      'งานที่ต้องรายงานของกองช่าง ปีงบประมาณ ๒๕๖๖',
      'งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน) ปีงบประมาณ ๒๕๖๖',
    ]);
    expect(await links.nth(1).getAttribute('href')).toBe('#/fy/2566/unit/education');
  });
});

/** Opens `address` signed in as `email`, recording the API's paths it asks for once /me is read. */
async function openListAs(email: string, address: string, heading: string): Promise<string[]> {
  await signInAs(page, setup.api, email);
  const asked: string[] = [];
  const record = (r: { url(): string }) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/v1/me')) asked.push(url.pathname);
  };
  page.on('request', record);
  await page.goto(`${setup.api}/${address}`);
  await page.reload();
  await expect.poll(() => page.locator('main h1').textContent()).toBe(heading);
  page.off('request', record);
  return asked;
}

describe("another unit's list (#/fy/{fy}/unit/{unit}) opened by staff not in it (tester s51)", () => {
  const NOT_THEIRS = 'รายการนี้เป็นของหน่วยงานอื่น';

  it('staff of กองสาธารณสุขฯ opening กองคลัง’s list: whose list it is, not theirs, their own list linked; no API request, no API words', async () => {
    const asked = await openListAs('staff.health@demo.example.org', '#/fy/2566/unit/finance', NOT_THEIRS);
    const alert = page.getByTestId('other-unit');
    expect(await alert.locator('p').first().textContent()).toBe(
      'รายการงานที่ต้องรายงานนี้เป็นของกองคลัง ไม่ใช่ของหน่วยงานของท่าน (กองสาธารณสุขและสิ่งแวดล้อม) บัญชีของท่านจึงเปิดดูรายการนี้ไม่ได้ หากท่านย้ายหน่วยงานแล้ว ลิงก์ที่ได้รับก่อนย้ายจะเปิดรายการของหน่วยงานเดิม',
    );
    const main = await page.locator('main').textContent();
    expect(main).not.toContain('คุณดูข้อมูลได้เฉพาะของหน่วยงานตนเอง');
    expect(main).not.toContain('ลองอีกครั้ง');
    expect(asked.filter((p) => p.includes('/obligations'))).toEqual([]);
    const own = page.getByRole('link', { name: 'งานที่ต้องรายงานของกองสาธารณสุขและสิ่งแวดล้อม ปีงบประมาณ ๒๕๖๖' });
    expect(await own.getAttribute('href')).toBe('#/fy/2566');
    await own.click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองสาธารณสุขและสิ่งแวดล้อม');
  });

  it('the head of กองคลัง opening สำนักปลัดเทศบาล’s list: the same words, their own unit named', async () => {
    await openListAs('head.finance@demo.example.org', '#/fy/2566/unit/clerk', NOT_THEIRS);
    expect(await page.getByTestId('other-unit').locator('p').first().textContent()).toContain(
      'รายการงานที่ต้องรายงานนี้เป็นของสำนักปลัดเทศบาล ไม่ใช่ของหน่วยงานของท่าน (กองคลัง)',
    );
    expect(await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองคลัง ปีงบประมาณ ๒๕๖๖' }).getAttribute('href')).toBe(
      '#/fy/2566',
    );
  });

  it('staff of กองสาธารณสุขฯ who also works in กองการศึกษา, opening กองช่าง’s list: both their lists linked; กองการศึกษา’s opens', async () => {
    const also = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-health', {
      alsoStaffOf: ['education'],
    });
    expect(also.status).toBe(200);
    await openListAs('staff.health@demo.example.org', '#/fy/2566/unit/engineering', NOT_THEIRS);
    const links = page.getByTestId('other-unit-lists').locator('a');
    expect(await links.allTextContents()).toEqual([
      'งานที่ต้องรายงานของกองสาธารณสุขและสิ่งแวดล้อม ปีงบประมาณ ๒๕๖๖',
      'งานที่ต้องรายงานของกองการศึกษา ปีงบประมาณ ๒๕๖๖',
    ]);
    expect(await links.nth(1).getAttribute('href')).toBe('#/fy/2566/unit/education');
    await links.nth(1).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองการศึกษา');
  });

  it('staff of สำนักปลัดฯ given กองคลัง since the page read them: told their rights changed, and กองคลัง’s list then opens', async () => {
    await openListAs('staff.clerk@demo.example.org', '#/fy/2566', 'งานที่ต้องรายงานของสำนักปลัดเทศบาล');
    const also = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-clerk', {
      alsoStaffOf: ['finance'],
    });
    expect(also.status).toBe(200);
    // the page's copy of them is from before the change (no reload)
    await page.evaluate(() => (location.hash = '#/fy/2566/unit/finance'));
    await expect
      .poll(() => page.locator('[data-testid="caller-changed"]').textContent())
      .toContain('สิทธิ์ของท่านเปลี่ยนแล้ว');
    await page.evaluate(() => (location.hash = '#/fy/2566/unit/finance'));
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
  });

  it.each([
    ['the coordinator', COORDINATOR],
    ['an executive (the mayor)', 'mayor@demo.example.org'],
  ])('%s still sees กองคลัง’s list', async (_who, email) => {
    await openListAs(email, '#/fy/2566/unit/finance', 'งานที่ต้องรายงานของกองคลัง');
    await expect.poll(() => page.locator('main').textContent()).toContain('ปีงบประมาณ ๒๕๖๖');
    expect(await page.getByTestId('other-unit').count()).toBe(0);
  });
});
