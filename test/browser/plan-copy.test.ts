/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Last year's plan copied into this year, in a real browser on `npm start`'s system on 20 October
// 2566 (fiscal year 2567, no plan yet; 2566 has the seed's plan, 2565 a three-measure plan saved
// here, whose หน่วยตรวจสอบภายใน was deactivated since). Review 17 s22, S22-4: before, the copy
// carried the deactivated unit without a word (the draft had no warning; the save was refused with a
// 400 while the status line still said "คัดลอก… แล้ว ยังไม่บันทึก"); the copy list offered later
// years too; and a copy over a saved plan whose units reported said nothing of what the guard on
// reports would refuse. Now the copy is checked as a file's preview is (POST …/plan-checks).
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs as callApiAs, COORDINATOR } from '../support/local-sign-in.js';

const WAIT = { timeout: 15_000 };

let setup: LocalSystemSetup;
let page: Page;

const apiAs = (email: string, method: string, path: string, body?: unknown) =>
  callApiAs(setup.api, email, method, path, body);
const asCoordinator = async (method: string, path: string, body?: unknown) => {
  const res = await apiAs(COORDINATOR, method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res;
};
/** A measure of one quarterly follow-up, reported by `unitIds`. */
const measure = (no: number, title: string, unitIds: string[]) => ({
  measureId: `i${no}`,
  order: no,
  indicator: no,
  title,
  subMeasures: [],
  methods: [],
  timeframe: 'ตลอดปีงบประมาณ',
  followUps: [{ followUpNo: 1, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [] }],
  responsible: { allUnits: false, unitIds, text: '' },
  recommendations: [],
});
const PLAN_2565 = [
  measure(1, 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', ['audit']),
  measure(2, 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', ['finance', 'audit']),
  measure(3, 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', ['archives']),
];
const setActive = (unitId: string, active: boolean) => asCoordinator('PUT', `/v1/units/${unitId}`, { active });
const savedPlan = async (fy: number) => {
  const res = await apiAs(COORDINATOR, 'GET', `/v1/fiscal-years/${fy}/measures`);
  return {
    status: res.status,
    plan: res.body as { version: number; measures: { measureId: string; responsible: { unitIds: string[] } }[] },
  };
};

const heading = () => page.locator('main h1').textContent();
const status = () => page.locator('#status').textContent();
const card = (measureId: string) => page.locator(`.measure-card[data-measure="${measureId}"]`);
const warningOf = (measureId: string, code: string) => card(measureId).locator(`.import-warning[data-code="${code}"]`);
const save = () => page.getByRole('button', { name: 'บันทึกแผนมาตรการ' });
const copyList = () => page.getByLabel('คัดลอกแผนจากปีก่อน');
const openPlan = async (fy: number, thaiYear: string) => {
  await page.goto(`${setup.api}/#/fy/${fy}/plan`);
  await expect.poll(heading, WAIT).toBe(`แผนมาตรการ ปีงบประมาณ ${thaiYear}`);
};
const copyFrom = async (fy: string) => {
  await copyList().selectOption(fy);
  await page.getByRole('button', { name: 'คัดลอกเป็นร่างของปีนี้' }).click();
  await page.locator('.draft-source[data-source="copy"]').waitFor();
};

onBrowserSystem('2023-10-20', async (started) => {
  setup = started.setup;
  await asCoordinator('POST', '/v1/units', { unitId: 'audit', name: 'หน่วยตรวจสอบภายใน' });
  await asCoordinator('POST', '/v1/units', { unitId: 'archives', name: 'งานสารบรรณกลาง' });
  await asCoordinator('PUT', '/v1/fiscal-years/2565/plan', { format: 'json', measures: PLAN_2565 });
  // next year's plan is prepared already
  await asCoordinator('PUT', '/v1/fiscal-years/2568/plan', {
    format: 'json',
    measures: [measure(2, 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', ['finance'])],
  });
  await setActive('audit', false);
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

describe("last year's plan copied into this year, as the ITA coordinator on a phone", () => {
  it('offers only earlier years to copy from: not next year, whose plan is saved', async () => {
    await openPlan(2567, '๒๕๖๗');
    expect(await copyList().locator('option').allTextContents()).toEqual(['ปีงบประมาณ ๒๕๖๖', 'ปีงบประมาณ ๒๕๖๕']);
    expect(await copyList().inputValue()).toBe('2566');
    await openPlan(2568, '๒๕๖๘');
    expect(await copyList().locator('option').allTextContents()).toEqual(['ปีงบประมาณ ๒๕๖๖', 'ปีงบประมาณ ๒๕๖๕']);
    await openPlan(2566, '๒๕๖๖');
    expect(await copyList().locator('option').allTextContents()).toEqual(['ปีงบประมาณ ๒๕๖๕']);
  });

  // tester s37 #7: this year without a plan carried no word of it in the year select
  it('the year select says this year has no plan yet, and names next year, last year and the one before', async () => {
    await openPlan(2567, '๒๕๖๗');
    expect(await page.locator('#fy option').allTextContents()).toEqual([
      '๒๕๖๘ (ปีหน้า)',
      '๒๕๖๗ (ปีนี้: ยังไม่มีแผน)',
      '๒๕๖๖',
      '๒๕๖๕',
    ]);
  });

  it('flags a unit deactivated since on its measure before saving: cannot be saved when it was the only unit, named beside an active one', async () => {
    await openPlan(2567, '๒๕๖๗');
    await copyFrom('2565');
    // its only unit deactivated: the measure cannot be saved until another is chosen
    const only = warningOf('i1', 'cannot-save');
    expect(await only.getAttribute('data-stands')).toBe('true');
    expect(await only.locator('.warning-message').textContent()).toMatch(
      /^บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: มาตรการลำดับที่ ๑ \(i1\): หน่วยงานที่เลือก \(หน่วยตรวจสอบภายใน\) ปิดการใช้งานแล้วทั้งหมด/,
    );
    // beside an active unit: named, the measure saves
    const beside = warningOf('i2', 'unit-inactive');
    expect(await beside.locator('.warning-message').textContent()).toContain(
      'หน่วยงาน หน่วยตรวจสอบภายใน ปิดการใช้งานแล้ว จึงไม่มีภาระการรายงานของมาตรการนี้',
    );
    expect(await warningOf('i2', 'cannot-save').count()).toBe(0);
    expect(await card('i3').locator('.import-warning').count()).toBe(0);
    expect(await save().isDisabled()).toBe(true);
    expect(await page.locator('#plan-save-blocked').textContent()).toContain(
      'ยังบันทึกไม่ได้: มาตรการ ๑ ข้อบันทึกไม่ได้ตามที่คัดลอกมา',
    );
    // another unit chosen: the save is open again
    await page.locator('#plan-measures-0-responsible-unitIds-finance').check();
    expect(await only.getAttribute('data-stands')).toBe('false');
    expect(await save().isDisabled()).toBe(false);
    expect((await savedPlan(2567)).status).toBe(404);
  });

  it('a save refused with a 400 says so on the status line, not "คัดลอก… แล้ว ยังไม่บันทึก"', async () => {
    // งานสารบรรณกลาง, i3's only unit, deactivated while the draft is open
    await setActive('archives', false);
    await save().click();
    await expect.poll(status, WAIT).toBe('บันทึกไม่ได้: แผนมีมาตรการที่หน่วยงานผู้รับผิดชอบปิดการใช้งานแล้วทั้งหมด');
    expect(await page.locator('.error-summary').textContent()).toContain(
      'มาตรการลำดับที่ ๓ (i3): หน่วยงานที่เลือก (งานสารบรรณกลาง) ปิดการใช้งานแล้วทั้งหมด',
    );
    // the same 400 with other measures refused alike: still said
    await page.locator('#plan-measures-0-responsible-unitIds-finance').uncheck();
    await page.locator('#plan-measures-0-responsible-unitIds-archives').check();
    await save().click();
    await expect.poll(() => page.locator('.error-summary').textContent(), WAIT).toContain('มาตรการลำดับที่ ๑ (i1)');
    expect(await status()).toBe('บันทึกไม่ได้: แผนมีมาตรการที่หน่วยงานผู้รับผิดชอบปิดการใช้งานแล้วทั้งหมด');
    // and a save refused in the page (no indicator) too
    await page.locator('#plan-measures-2-indicator').selectOption('');
    await save().click();
    await expect.poll(status, WAIT).toBe('ยังบันทึกไม่ได้ กรุณาแก้ไขรายการที่แจ้งไว้');
    await page.locator('#plan-measures-2-indicator').selectOption('3');
    // active units chosen: saved
    await page.locator('#plan-measures-0-responsible-unitIds-finance').check();
    await page.locator('#plan-measures-2-responsible-unitIds-engineering').check();
    await save().click();
    await expect.poll(async () => (await savedPlan(2567)).status, WAIT).toBe(200);
    // the units ticked in the page in the order the page lists them (tester s44 F4: the usual five
    // first, then the others by Thai name: กองคลัง, กองช่าง before งานสารบรรณกลาง, หน่วยตรวจสอบภายใน)
    expect((await savedPlan(2567)).plan.measures.map((m) => [m.measureId, m.responsible.unitIds])).toEqual([
      ['i1', ['finance', 'archives', 'audit']],
      ['i2', ['finance', 'audit']],
      ['i3', ['engineering', 'archives']],
    ]);
  });
});

describe('a copy over a saved plan whose units reported, as the ITA coordinator', () => {
  beforeAll(async () => {
    // the plan the tests above saved in the page (saved here when they did not: this file alone)
    if ((await savedPlan(2567)).status === 404) {
      await asCoordinator('PUT', '/v1/fiscal-years/2567/plan', {
        format: 'json',
        measures: [
          { ...PLAN_2565[0]!, responsible: { allUnits: false, unitIds: ['archives', 'audit', 'finance'], text: '' } },
          PLAN_2565[1],
          { ...PLAN_2565[2]!, responsible: { allUnits: false, unitIds: ['archives', 'engineering'], text: '' } },
        ],
      });
    }
    for (const [email, obligationId] of [
      ['staff.finance@demo.example.org', 'i2.f1.Q1.finance'],
      ['staff.engineering@demo.example.org', 'i3.f1.Q1.engineering'],
    ] as const) {
      const res = await apiAs(email, 'PUT', `/v1/fiscal-years/2567/obligations/${obligationId}/report`, {
        progress: 'in_progress',
        summary: 'ดำเนินการแล้วบางส่วน',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  });

  it("says beside the measure that the copy takes off a unit that reported (i3's กองช่าง), before saving", async () => {
    await openPlan(2567, '๒๕๖๗');
    await page.locator('.draft-source[data-source="saved"]').waitFor();
    await copyFrom('2565');
    const cut = warningOf('i3', 'reports-cut');
    expect(await cut.locator('.warning-message').textContent()).toMatch(/^ถ้าบันทึกแผนที่คัดลอกนี้ ระบบจะไม่ให้บันทึก: .*กองช่าง/);
    expect(await warningOf('i2', 'reports-cut').count()).toBe(0);
    await page.getByRole('button', { name: 'ยกเลิกร่างนี้' }).click();
    await page.locator('.draft-source[data-source="saved"]').waitFor();
  });

  it('says of the whole plan that the copy drops the measures that have reports (i2, i3), before saving', async () => {
    const before = await savedPlan(2567);
    await copyFrom('2566');
    const cut = page.locator('.document-warnings .import-warning[data-code="reports-cut"]');
    await expect.poll(() => cut.count(), WAIT).toBe(2);
    for (const text of await cut.locator('.warning-message').allTextContents()) {
      expect(text).toMatch(/^ถ้าบันทึกแผนที่คัดลอกนี้ ระบบจะไม่ให้บันทึก: /);
    }
    expect(await cut.locator('q').allTextContents()).toEqual(['เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน']);
    expect((await savedPlan(2567)).plan).toEqual(before.plan);
  });
});
