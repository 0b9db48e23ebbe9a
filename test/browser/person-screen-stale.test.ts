/// <reference lib="dom" />
// One person's screen saves over the person as it drew them: it sends If-Match with the person's
// etag, and when another coordinator changed them meanwhile the API's 412 is shown in Thai and the
// screen is drawn again from the person as they are now. Sending the invitation again clears the
// "email could not be delivered" warning on the screen, as it does in the API.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { type LocalSystemSetup, localSystemStore } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';
import { bounceEvent, snsEvent } from '../support/ses-events.js';
import { mailEventsHandler } from '../../functions/mail-events/mail-events.js';

let setup: LocalSystemSetup;
let page: Page;
onBrowserSystem('2023-04-20', async (started) => {
  [setup, page] = [started.setup, await phonePage(started.browser, (dialog) => void dialog.accept())];
  return page;
});

const OTHER = 'admin@demo.example.org';
interface Listed {
  personId: string;
  email: string;
  roles: string[];
  actingHeadOf: string[];
  etag: string;
}
const person = async (personId: string) =>
  ((await apiAs(setup.api, COORDINATOR, 'GET', '/v1/people')).body as { items: Listed[] }).items.find(
    (p) => p.personId === personId,
  )!;
/** The If-Match of each PUT the page sends to `path`. */
const putsTo = (path: string) => {
  const sent: (string | undefined)[] = [];
  page.on('request', (req) => {
    if (req.method() === 'PUT' && new URL(req.url()).pathname === path) sent.push(req.headers()['if-match']);
  });
  return sent;
};
const STALE = /^ข้อมูลของผู้ใช้งานนี้ถูกแก้ไขโดยผู้อื่นหลังจากท่านเปิดหน้านี้ การเปลี่ยนแปลงของท่านยังไม่ได้บันทึก/;

describe('two coordinators on the same person, as the ITA coordinator', () => {
  it('the page sends the etag it drew as If-Match; saved over a change made meanwhile, it says so in Thai and shows the other change', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    const puts = putsTo('/v1/people/demo-staff-health');
    const drawn = await person('demo-staff-health');
    await page.goto(`${setup.api}/#/people/demo-staff-health`);
    await page.locator('#person-role-executive').waitFor();
    // another coordinator's page saves first
    const other = await apiAs(setup.api, OTHER, 'PUT', '/v1/people/demo-staff-health', {
      roles: ['staff', 'coordinator'],
      actingHeadOf: ['engineering'],
    });
    expect(other.status).toBe(200);
    await page.locator('#person-role-executive').check();
    await page.locator('#person-acting-education').check();
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    const summary = page.locator('form[aria-label="แก้ไขผู้ใช้งาน"] .error-summary');
    // the screen drawn again says it shows the person as they are now
    await expect.poll(() => summary.textContent()).toContain('(ข้อมูลที่แสดงอยู่นี้เป็นข้อมูลล่าสุดแล้ว)');
    expect(await summary.textContent()).toMatch(STALE);
    expect(puts).toEqual([drawn.etag]);
    // drawn again: the other coordinator's change, in the facts and in the form
    expect(await page.locator('.facts').textContent()).toContain('เจ้าหน้าที่, คณะทำงาน ITA');
    expect(await page.locator('.facts').textContent()).toContain('กองช่าง');
    expect(await page.locator('#person-role-coordinator').isChecked()).toBe(true);
    expect(await page.locator('#person-role-executive').isChecked()).toBe(false);
    const now = await person('demo-staff-health');
    expect(now.roles).toEqual(['staff', 'coordinator']);
    expect(now.actingHeadOf).toEqual(['engineering']);
    // saved again from the page as drawn now: it goes, with the new etag
    await page.locator('#person-role-executive').check();
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('ผู้บริหาร');
    expect(puts).toEqual([drawn.etag, now.etag]);
    const saved = (await person('demo-staff-health')).roles;
    expect([...saved].sort()).toEqual(['coordinator', 'executive', 'staff']);
  });

  it('"ปิดการใช้งาน" over a person renamed elsewhere meanwhile: 412 in Thai in the status form, still active', async () => {
    await page.goto(`${setup.api}/#/people/demo-staff-engineering`);
    await page.getByRole('button', { name: 'ปิดการใช้งาน' }).waitFor();
    const other = await apiAs(setup.api, OTHER, 'PUT', '/v1/people/demo-staff-engineering', { name: 'นายช่าง เปลี่ยนชื่อ' });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'ปิดการใช้งาน' }).click();
    const summary = page.locator('form[aria-label="สถานะการใช้งาน"] .error-summary');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('นายช่าง เปลี่ยนชื่อ');
    expect(await summary.textContent()).toMatch(STALE);
    expect(await page.locator('[data-testid="person-status"]').textContent()).toBe('ใช้งานอยู่');
  });
});

describe('sending the invitation again to an address that bounced, as the ITA coordinator', () => {
  it('the warning beside the email goes once the invitation is sent again, without reloading', async () => {
    const email = 'bounced.once@demo.example.org';
    const added = await apiAs(setup.api, COORDINATOR, 'POST', '/v1/people', {
      email,
      name: 'นายตีกลับ ครั้งเดียว',
      roles: ['staff'],
      unitId: 'finance',
    });
    expect(added.status).toBe(201);
    await mailEventsHandler({
      store: localSystemStore(setup),
      log: { info: () => undefined, warn: () => undefined },
    })(
      snsEvent(
        bounceEvent(
          { orgId: 'demo', kind: 'invitation', to: [email], sentAt: '2023-04-20T01:30:00Z' },
          '2023-04-20T01:30:04Z',
        ),
      ),
    );
    await page.goto(`${setup.api}/#/people/${added.body.personId as string}`);
    await expect
      .poll(() => page.locator('.facts [data-testid="undeliverable"]').textContent())
      .toContain('ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ)');
    await page.getByRole('button', { name: 'ส่งอีเมลเชิญอีกครั้ง' }).click();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(`ส่งอีเมลเชิญไปที่ ${email} แล้ว (ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: เลือกชื่อที่หน้าเข้าสู่ระบบ)`);
    expect(await page.locator('[data-testid="undeliverable"]').count()).toBe(0);
    expect(await page.locator('.facts dd').first().textContent()).toBe(email);
  });
});
