/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// A file imported over the year's saved plan, in a real browser on `npm start`'s system on 20 April
// 2566 (fiscal year 2566, the seed's seven measures i4 … i10, version 1). Review 17 s14, S14-17:
// before, a file whose table the importer read only in part (one measure) showed one measure and
// nothing about the six saved measures the save would delete; now a notice above the measures names
// them, and the save waits until the coordinator marks it ตรวจแล้ว.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { coordinatorPage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { type LocalSystemSetup, repoRoot } from '../support/local-system.js';
import { apiAs as callApiAs, COORDINATOR } from '../support/local-sign-in.js';

const SEED = readFileSync(join(repoRoot, 'test', 'fixtures', 'measures-fy2566-don-arang.txt'), 'utf8').split('\n');
/** The seed's plan table row of its measure numbered `no` ("๑. ตัวชี้วัดที่๔ …", "<b>๒. ตัวชี้วัดที่ ๕ …"). */
const rowOf = (no: string) => SEED.findIndex((l) => new RegExp(`^(<b>)?${no}\\. `).test(l) && l.includes('ตัวชี้วัด'));
const file = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(lines.join('\n')),
});
const WAIT = { timeout: 15_000 };

let setup: LocalSystemSetup;
let page: Page;

const heading = () => page.locator('main h1').textContent();
const savedPlan = async () => {
  const res = await callApiAs(setup.api, COORDINATOR, 'GET', '/v1/fiscal-years/2566/measures');
  return res.body as { version: number; measures: { measureId: string; followUps: { firstMonth?: string }[] }[] };
};
const save = () => page.getByRole('button', { name: 'บันทึกแผนมาตรการ' });
const notice = () => page.locator('.document-warnings .import-warning[data-code="file-over-saved-plan"]');
const upload = async (f: ReturnType<typeof file>) => {
  await page.goto(`${setup.api}/#/fy/2566/plan`);
  await expect.poll(heading, WAIT).toBe('แผนมาตรการ ปีงบประมาณ ๒๕๖๖');
  await page.locator('.draft-source[data-source="saved"]').waitFor();
  await page.locator('.plan-file-import input[type="file"]').setInputFiles(f);
  // upload, read and preview: a minute under the load of a shared machine
  await page.locator('.draft-source[data-source="file"]').waitFor({ timeout: 60_000 });
};
const discard = async () => {
  await page.getByRole('button', { name: 'ยกเลิกร่างนี้' }).click();
  await page.locator('.draft-source[data-source="saved"]').waitFor();
};

onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await coordinatorPage(started.browser, setup.api);
  return page;
});

describe('a file imported over the saved plan, as the ITA coordinator', () => {
  it('a file that keeps every saved measure and adds one: no removal notice, the save is free', async () => {
    const i4 = rowOf('๑');
    const added = 'ตัวชี้วัดที่ ๔ การใช้รถยนต์ส่วนกลาง\tจัดทำสมุดบันทึกการใช้รถ\tตลอดปี\tรายงานผลต่อผู้บริหารทุกเดือน\tกองคลัง';
    await upload(file('แผน-เพิ่ม.txt', [...SEED.slice(0, i4), added, ...SEED.slice(i4)]));
    expect(await page.locator('.measure-card').count()).toBe(8);
    expect(await notice().count()).toBe(0);
    expect(await save().isDisabled()).toBe(false);
    await discard();
  });

  it('a file without one saved measure names it, and the save waits for ตรวจแล้ว', async () => {
    const i8 = rowOf('๕');
    await upload(
      file(
        'แผน-ขาด.txt',
        SEED.filter((_, i) => i !== i8 && i !== i8 - 1),
      ),
    );
    expect(await notice().textContent()).toMatch(/มาตรการที่บันทึกไว้ ๑ ข้อไม่มีในไฟล์นี้ \(i8 "[^"]+"\) จะถูกลบเมื่อบันทึก/);
    expect(await save().isDisabled()).toBe(true);
    await discard();
    expect((await savedPlan()).version).toBe(1);
  });

  it('a file read as one measure: the six saved measures it would delete are named; saved only after ตรวจแล้ว', async () => {
    await upload(file('แผน-หน้าแรก.txt', SEED.slice(0, rowOf('๒') - 1)));
    expect(await page.locator('.measure-card').count()).toBe(1);
    const text = await notice().locator('.warning-message').textContent();
    expect(text).toContain('ปีงบประมาณ ๒๕๖๖ มีแผนที่บันทึกไว้แล้ว (ฉบับที่ ๑, ๗ มาตรการ) แผนจากไฟล์นี้จะแทนแผนนั้นเมื่อบันทึก');
    expect(text).toContain('มาตรการ ๑ ข้อตรงกับที่บันทึกไว้จึงใช้รหัสเดิม (i4)');
    expect(text).toMatch(/มาตรการที่บันทึกไว้ ๖ ข้อไม่มีในไฟล์นี้ \(i5 "[^"]+"; i6 .*; i10 "[^"]+"\) จะถูกลบเมื่อบันทึก/);
    // the save waits, and says why beside the button
    expect(await save().isDisabled()).toBe(true);
    const blocked = page.locator('#plan-save-blocked');
    expect(await blocked.textContent()).toContain('ยังบันทึกไม่ได้: ตรวจรายการต่อไปนี้ แล้วกด "ตรวจแล้ว ถูกต้อง"');
    expect(await blocked.textContent()).toContain('มาตรการที่บันทึกไว้ ๖ ข้อไม่มีในไฟล์นี้');
    expect((await savedPlan()).measures).toHaveLength(7);

    await notice().getByRole('button', { name: 'ตรวจแล้ว ถูกต้อง' }).click();
    expect(await notice().getAttribute('data-stands')).toBe('false');
    expect(await save().isDisabled()).toBe(false);
    await save().click();
    await expect.poll(async () => (await savedPlan()).version, WAIT).toBe(2);
    expect((await savedPlan()).measures.map((m) => m.measureId)).toEqual(['i4']);
  });

  it('the wrong replacement undone: "คืนฉบับที่ ๑" in the plan history opens version 1 as a draft, saved as version 3', async () => {
    await page.goto(`${setup.api}/#/fy/2566/plan`);
    await page.getByRole('link', { name: 'ประวัติแผน' }).click();
    await expect.poll(heading, WAIT).toBe('ประวัติแผนมาตรการ ปีงบประมาณ ๒๕๖๖');
    const saves = page.locator('.audit-item[data-action="plan.save"]');
    await expect.poll(() => saves.count(), WAIT).toBe(2);
    expect(await saves.nth(0).textContent()).toContain('ฉบับปัจจุบัน');
    expect(await saves.nth(0).getByRole('button').count()).toBe(0);
    await saves.nth(1).getByRole('button', { name: 'คืนฉบับที่ ๑' }).click();

    await expect.poll(heading, WAIT).toBe('แผนมาตรการ ปีงบประมาณ ๒๕๖๖');
    await page.locator('.draft-source[data-source="version"]').waitFor();
    expect(await page.locator('.draft-source').textContent()).toContain(
      'ร่างจากแผนฉบับที่ ๑ ที่บันทึกไว้ก่อนหน้า ยังไม่บันทึก: ตรวจแล้วกด "บันทึกแผนมาตรการ" เพื่อใช้แทนแผนฉบับที่ ๒',
    );
    expect(await page.locator('.measure-card').count()).toBe(7);
    expect((await savedPlan()).version).toBe(2);
    await save().click();
    await expect.poll(async () => (await savedPlan()).version, WAIT).toBe(3);
    const plan = await savedPlan();
    expect(plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10']);
    // the measures back owe their periods from the restore's month (April), like any measure added
    // mid-year: not the months since October, when no one was asked to report on them
    expect(plan.measures[1]!.followUps[0]!.firstMonth).toBe('2023-04');
  });
  // tester s43a F5: the history said who saved and when, not what each save changed
  it('each save in the history lists what it changed: version 2 took six measures out, version 3 put them back', async () => {
    await page.goto(`${setup.api}/#/fy/2566/plan/history`);
    await expect.poll(heading, WAIT).toBe('ประวัติแผนมาตรการ ปีงบประมาณ ๒๕๖๖');
    const saves = page.locator('.audit-item[data-action="plan.save"]');
    await expect.poll(() => saves.count(), WAIT).toBe(3);
    const changes = async (nth: number) => {
      await saves.nth(nth).locator('summary').click();
      const items = saves.nth(nth).locator('ul.plan-changes li');
      await expect.poll(() => items.first().textContent(), WAIT).not.toBe('กำลังโหลด…');
      return items.allTextContents();
    };
    expect(await saves.nth(1).locator('summary').textContent()).toBe('สิ่งที่เปลี่ยนจากฉบับที่ ๑');
    const v2 = await changes(1);
    expect(v2.filter((l) => l.startsWith('ลบมาตรการที่'))).toHaveLength(6);
    expect(v2.some((l) => l.startsWith('ลบมาตรการที่ ๕ (ตัวชี้วัดที่ ๘) "'))).toBe(true);
    const v3 = await changes(0);
    expect(v3.filter((l) => l.startsWith('เพิ่มมาตรการที่'))).toHaveLength(6);
    // the restored measures start from April (the restore's month): said on their follow-ups
    expect(v3.join('\n')).toContain('ตั้งแต่เดือนเมษายน ๒๕๖๖');
  });

  // tester s51: a first month left out is kept from the saved plan, so the page's "ต้นปีงบประมาณ"
  // must say October to make the whole year owed again (stored as no first month)
  it('"ต้นปีงบประมาณ (ตุลาคม)" chosen for i5’s follow-up begun in April: saved as the whole year, said so, the same plan again saves nothing', async () => {
    await page.goto(`${setup.api}/#/fy/2566/plan`);
    await expect.poll(heading, WAIT).toBe('แผนมาตรการ ปีงบประมาณ ๒๕๖๖');
    await page.locator('.draft-source[data-source="saved"]').waitFor();
    const place = await page.evaluate(() =>
      [...document.querySelectorAll('.measure-card')].findIndex((c) => c.getAttribute('data-measure') === 'i5'),
    );
    const card = page.locator('.measure-card[data-measure="i5"]');
    if (!(await card.locator(`#plan-measures-${place}-followUps-0-firstMonth`).isVisible()))
      await card.locator('summary').first().click();
    const firstMonth = page.locator(`#plan-measures-${place}-followUps-0-firstMonth`);
    expect(await firstMonth.locator('option:checked').textContent()).toBe('เมษายน ๒๕๖๖');
    await firstMonth.selectOption({ label: 'ต้นปีงบประมาณ (ตุลาคม)' });
    await save().click();
    await expect.poll(async () => (await savedPlan()).version, WAIT).toBe(4);
    expect((await savedPlan()).measures[1]!.followUps[0]!.firstMonth).toBeUndefined();
    await page.locator('#status').filter({ hasText: 'บันทึกแผนมาตรการปีงบประมาณ ๒๕๖๖ แล้ว (ฉบับที่ ๔)' }).waitFor(WAIT);
    // shown from the year's start again
    await expect
      .poll(() => page.locator(`#plan-measures-${place}-followUps-0-firstMonth option:checked`).textContent(), WAIT)
      .toBe('ต้นปีงบประมาณ (ตุลาคม)');
    // saved again unchanged: no version 5
    await save().click();
    await page
      .locator('#status')
      .filter({ hasText: 'ไม่ได้บันทึกฉบับใหม่: ร่างนี้เหมือนแผนมาตรการปีงบประมาณ ๒๕๖๖ ฉบับที่ ๔ ที่บันทึกไว้แล้วทุกประการ' })
      .waitFor(WAIT);
    expect((await savedPlan()).version).toBe(4);
  });
});
