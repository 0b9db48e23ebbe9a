/// <reference lib="dom" />
// Deactivating someone says, before it is done, what the org is left without (session 56, task A):
// a unit's only head retired and nothing on the page said that กองช่าง's 7-day escalations would from
// then on reach nobody, nor, for the last executive, that the 14-day ones and the summaries would.
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

const NO_HEAD =
  'เมื่อปิดการใช้งาน กองช่างจะไม่มีหัวหน้าหน่วยงาน อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันของกองช่างจะไม่ถึงผู้ใด จนกว่าจะกำหนดหัวหน้าหน่วยงานหรือผู้รักษาราชการแทน';
const NO_EXECUTIVE =
  'เมื่อปิดการใช้งาน องค์กรจะไม่มีผู้บริหารที่ใช้งานอยู่ อีเมลแจ้งรายงานค้างส่งเกิน ๑๔ วันและอีเมลสรุปผลจะไม่ถึงผู้บริหาร จนกว่าจะเพิ่มผู้บริหาร';
const LAST_COORDINATOR = 'นี่คือคณะทำงาน ITA คนสุดท้ายที่ใช้งานอยู่ ปิดการใช้งานไม่ได้จนกว่าจะเพิ่มคณะทำงาน ITA คนอื่น';

/** What the status section says of the consequences ('' when nothing). */
async function leaves(personId: string, name: string): Promise<string> {
  await page.goto(`${setup.api}/#/people/${personId}`);
  // the same address again changes no hash: drawn again from what the API says now
  await page.reload();
  await expect.poll(() => page.locator('main h1').textContent()).toBe(name);
  await expect.poll(() => page.locator('form[aria-label="สถานะการใช้งาน"]').count()).toBe(1);
  const note = page.locator('[data-testid="deactivation-leaves"]');
  return (await note.count()) ? ((await note.textContent()) ?? '') : '';
}

describe('what deactivating someone leaves the org without, as the ITA coordinator', () => {
  it("กองช่าง's only head: its 7-day escalations will reach nobody", async () => {
    await signInAs(page, setup.api, COORDINATOR);
    expect(await leaves('demo-head-engineering', 'หัวหน้ากองช่าง')).toContain(NO_HEAD);
  });

  it('a head with an acting head of the unit beside them: nothing to say', async () => {
    const acting = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-head-finance', {
      actingHeadOf: ['engineering'],
    });
    expect(acting.status).toBe(200);
    expect(await leaves('demo-head-engineering', 'หัวหน้ากองช่าง')).toBe('');
    // the acting head is now the only one who hears กองช่าง's escalations
    expect(await leaves('demo-head-finance', 'หัวหน้ากองคลัง')).toContain('กองคลังจะไม่มีหัวหน้าหน่วยงาน');
  });

  it('the last executive: the 14-day escalations and the summaries will reach no executive', async () => {
    expect(await leaves('demo-mayor', 'นายกเทศมนตรี')).toBe('');
    const palad = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-palad', { active: false });
    expect(palad.status).toBe(200);
    expect(await leaves('demo-mayor', 'นายกเทศมนตรี')).toContain(NO_EXECUTIVE);
  });

  it('the last coordinator: said before the API refuses it, and the refusal is shown', async () => {
    expect(await leaves('demo-coordinator', 'คณะทำงาน ITA')).toContain(LAST_COORDINATOR);
    await page.locator('form[aria-label="สถานะการใช้งาน"]').getByRole('button', { name: 'ปิดการใช้งาน' }).click();
    await expect
      .poll(() => page.locator('form[aria-label="สถานะการใช้งาน"] .error-summary').textContent())
      .toContain('นี่คือคณะทำงาน ITA คนสุดท้ายที่ใช้งานอยู่ กรุณาเพิ่มผู้อื่นก่อน');
  });
});

// An edit that ends someone's being head (an acting appointment unticked, a head moved to another
// unit) left the unit with no head as quietly: the save now says so (session 56, task A).
describe('an edit that leaves a unit with no head, as the ITA coordinator', () => {
  const status = () => page.locator('#status').textContent();
  const save = () => page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();

  it('unticking the acting head of กองช่าง, whose own head has left: the save says กองช่าง has no head now', async () => {
    expect(
      (await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-head-engineering', { active: false })).status,
    ).toBe(200);
    await leaves('demo-head-finance', 'หัวหน้ากองคลัง');
    await page.locator('#person-acting-engineering').uncheck();
    await save();
    await expect
      .poll(status)
      .toContain(
        'กองช่างไม่มีหัวหน้าหน่วยงานแล้ว อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันของกองช่างจะไม่ถึงผู้ใด จนกว่าจะกำหนดหัวหน้าหน่วยงานหรือผู้รักษาราชการแทน',
      );
  });

  it('moving the only head of กองสาธารณสุขฯ to กองการศึกษา: the save says กองสาธารณสุขฯ has no head now', async () => {
    await leaves('demo-head-health', 'หัวหน้ากองสาธารณสุขและสิ่งแวดล้อม');
    await page.locator('#person-unitId').selectOption('education');
    await save();
    await expect.poll(status).toContain('กองสาธารณสุขและสิ่งแวดล้อมไม่มีหัวหน้าหน่วยงานแล้ว');
  });

  it('renaming a head: nothing said of heads', async () => {
    await leaves('demo-head-clerk', 'หัวหน้าสำนักปลัดเทศบาล');
    await page.locator('#person-name').fill('หัวหน้าสำนักปลัด คนใหม่');
    await save();
    await expect.poll(status).toContain('บันทึกข้อมูลของ หัวหน้าสำนักปลัด คนใหม่ แล้ว');
    expect(await status()).not.toContain('ไม่มีหัวหน้าหน่วยงานแล้ว');
  });
});
