/// <reference lib="dom" />
// One person's screen offers only what the API allows (access.ts canEditPerson, break 18 F9), and
// a move of a head of unit unticks "หัวหน้าหน่วยงาน" as the API ends it (F7).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';

let setup: LocalSystemSetup;
let page: Page;
// every dialog is answered "yes"
onBrowserSystem('2023-04-20', async (started) => {
  [setup, page] = [started.setup, await phonePage(started.browser, (dialog) => void dialog.accept())];
  return page;
});

/** The enabled form controls and buttons in main, by id or text. */
const offered = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLButtonElement>('main input, main select, main button')]
      .filter((c) => !c.disabled)
      .map((c) => c.id || c.textContent?.trim() || ''),
  );

describe("an admin's record, as the ITA coordinator", () => {
  it('shows no edit form and no "ปิดการใช้งาน", only the record and why (the API would refuse both)', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/people/demo-admin`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ผู้ดูแลระบบ');
    await expect
      .poll(() => page.locator('[data-testid="read-only"]').textContent())
      .toContain('แก้ไขหรือปิดการใช้งานได้เฉพาะผู้ดูแลระบบ');
    const controls = await offered();
    expect(controls).not.toContain('person-name');
    expect(controls).not.toContain('บันทึกการเปลี่ยนแปลง');
    expect(controls).not.toContain('ปิดการใช้งาน');
    expect(await page.locator('main form').count()).toBe(0);
  });

  it('a coordinator’s and an executive’s records still offer the form and "ปิดการใช้งาน"', async () => {
    for (const [personId, name] of [
      ['demo-palad', 'ปลัดเทศบาล'],
      ['demo-staff-engineering', 'เจ้าหน้าที่กองช่าง'],
    ]) {
      await page.goto(`${setup.api}/#/people/${personId}`);
      await expect.poll(() => page.locator('main h1').textContent()).toBe(name);
      const controls = await offered();
      expect(controls).toEqual(expect.arrayContaining(['person-name', 'บันทึกการเปลี่ยนแปลง', 'ปิดการใช้งาน']));
      expect(await page.locator('[data-testid="read-only"]').count()).toBe(0);
    }
  });
});

describe("an admin's record, as the admin", () => {
  it('offers the form to the admin, whom the API allows', async () => {
    await signInAs(page, setup.api, 'admin@demo.example.org');
    await page.goto(`${setup.api}/#/people/demo-admin`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ผู้ดูแลระบบ');
    expect(await offered()).toEqual(expect.arrayContaining(['person-name', 'บันทึกการเปลี่ยนแปลง']));
  });
});

describe('moving a head of unit, as the ITA coordinator', () => {
  it('choosing another unit unticks หัวหน้าหน่วยงาน; saved, they are no longer a head, and the history says so', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/people/demo-head-health`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('หัวหน้ากองสาธารณสุขและสิ่งแวดล้อม');
    expect(await page.locator('#person-headOfUnit').isChecked()).toBe(true);
    await page.locator('#person-unitId').selectOption('education');
    expect(await page.locator('#person-headOfUnit').isChecked()).toBe(false);
    // back to the own unit: the box is as it was
    await page.locator('#person-unitId').selectOption('health');
    expect(await page.locator('#person-headOfUnit').isChecked()).toBe(true);
    await page.locator('#person-unitId').selectOption('education');
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('กองการศึกษา');
    const person = await apiAs(setup.api, COORDINATOR, 'GET', '/v1/people');
    const moved = (person.body as { items: { personId: string; unitId: string; headOfUnit: boolean }[] }).items.find(
      (p) => p.personId === 'demo-head-health',
    );
    expect(moved).toMatchObject({ unitId: 'education', headOfUnit: false });
    await expect
      .poll(() => page.locator('.audit-list .audit-summary').first().textContent())
      .toBe('หัวหน้ากองสาธารณสุขและสิ่งแวดล้อม: ย้ายจาก กองสาธารณสุขและสิ่งแวดล้อม ไป กองการศึกษา, ยกเลิกการเป็นหัวหน้าหน่วยงาน');
  });

  it('ticking the box again with the move keeps them head of the new unit', async () => {
    await page.goto(`${setup.api}/#/people/demo-head-engineering`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('หัวหน้ากองช่าง');
    await page.locator('#person-unitId').selectOption('finance');
    await page.locator('#person-headOfUnit').check();
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('กองคลัง');
    expect(await page.locator('#person-headOfUnit').isChecked()).toBe(true);
  });
});

describe('acting head of another unit (รักษาราชการแทนหัวหน้า), as the ITA coordinator', () => {
  it('ticking กองช่าง makes the head of กองคลัง its acting head; their own unit is not offered; the list and history say so', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/people/demo-head-finance`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('หัวหน้ากองคลัง');
    expect(await page.locator('#person-actingHeadOf legend').textContent()).toBe('รักษาราชการแทนหัวหน้าหน่วยงาน');
    // their own unit is no choice; choosing another unit hides that one instead
    expect(await page.locator('#person-acting-finance').isVisible()).toBe(false);
    expect(await page.locator('#person-acting-engineering').isVisible()).toBe(true);
    await page.locator('#person-acting-engineering').check();
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('รักษาราชการแทนหัวหน้ากองช่าง');
    expect(await page.locator('#person-acting-engineering').isChecked()).toBe(true);
    const people = await apiAs(setup.api, COORDINATOR, 'GET', '/v1/people');
    const head = (
      people.body as { items: { personId: string; headOfUnit: boolean; actingHeadOf: string[] }[] }
    ).items.find((p) => p.personId === 'demo-head-finance');
    expect(head).toMatchObject({ headOfUnit: true, actingHeadOf: ['engineering'] });
    await expect
      .poll(() => page.locator('.audit-list .audit-summary').first().textContent())
      .toBe('หัวหน้ากองคลัง: รักษาราชการแทนหัวหน้า กองช่าง');
    await page.goto(`${setup.api}/#/people`);
    await expect
      .poll(() => page.locator('[data-person="head.finance@demo.example.org"] .hint').first().textContent())
      .toContain('รักษาราชการแทนหัวหน้ากองช่าง');
  });
});

describe('sending an invitation again, as the ITA coordinator (npm start: the emulator’s mail viewer)', () => {
  const email = 'invited.late@demo.example.org';
  /** the mails the local SES emulator holds for `to` */
  const mailsTo = async (to: string) => {
    const { emails } = (await (await fetch(`${setup.sesUrl}/store`)).json()) as {
      emails: { destination: { to: string[] }; subject: string; body: { text?: string } }[];
    };
    return emails.filter((e) => e.destination.to.includes(to));
  };

  it('a person added in the page gets the invitation naming the municipality and the page; the button sends a new one', async () => {
    await page.goto(`${setup.api}/#/people`);
    await page.locator('summary', { hasText: 'เพิ่มผู้ใช้งาน' }).click();
    await page.locator('#new-person-email').fill(email);
    await page.locator('#new-person-name').fill('นายมาช้า ทดสอบ');
    await page.locator('#new-person-unitId').selectOption('finance');
    await page.getByRole('button', { name: 'เพิ่มผู้ใช้งาน' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain(`ระบบส่งอีเมลเชิญเข้าใช้งานไปที่ ${email}`);
    const first = await mailsTo(email);
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toBe('[ITA] เชิญเข้าใช้งานระบบติดตามมาตรการ ITA ของเทศบาลตำบลดอนอะระง');
    expect(first[0]!.body.text).toContain(setup.api);

    await page.locator(`[data-person="${email}"] a`).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('นายมาช้า ทดสอบ');
    // npm start has no passwords: the page says so, not "a new temporary password valid 14 days"
    expect(await page.locator('form[aria-label="อีเมลเชิญเข้าใช้งาน"] p').last().textContent()).toBe(
      'ถ้าผู้นี้หาอีเมลเชิญไม่พบ ส่งอีเมลเชิญอีกครั้งได้ที่นี่',
    );
    await page.getByRole('button', { name: 'ส่งอีเมลเชิญอีกครั้ง' }).click();
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe(`ส่งอีเมลเชิญไปที่ ${email} แล้ว (ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: เลือกชื่อที่หน้าเข้าสู่ระบบ)`);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail.body.text).not.toContain('รหัสผ่านชั่วคราว');
  });

  it('the add-person form does not promise a temporary password on npm start', async () => {
    await page.goto(`${setup.api}/#/people`);
    await page.locator('summary', { hasText: 'เพิ่มผู้ใช้งาน' }).click();
    const form = page.locator('details.add-form', { has: page.locator('#new-person-email') });
    await expect.poll(() => form.textContent()).toContain('ผู้ใช้งานใหม่จะได้รับอีเมลเชิญ');
    expect(await form.textContent()).not.toContain('รหัสผ่าน');
  });

  it('an inactive person’s screen offers no invitation (the API would answer 409)', async () => {
    await page.goto(`${setup.api}/#/people/demo-staff-education`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('เจ้าหน้าที่กองการศึกษา');
    await page.getByRole('button', { name: 'ปิดการใช้งาน', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="person-status"]').textContent()).toBe('ปิดการใช้งาน');
    expect(await page.getByRole('button', { name: 'ส่งอีเมลเชิญอีกครั้ง' }).count()).toBe(0);
  });
});

describe('acting head of another unit, as that person', () => {
  const HEAD = 'head.finance@demo.example.org';
  const actingLinks = () => page.locator('main .acting-units a').allTextContents();
  /** the page loaded afresh at `hash` (a new /v1/me), its heading shown */
  const open = async (hash: string) => {
    await page.goto(`${setup.api}/${hash}`);
    await page.reload();
    await page.locator('main h1').waitFor();
  };

  it('the head of กองคลัง acting for กองช่าง finds its work from home, opens an obligation and reports for it', async () => {
    // acting for กองช่าง since the coordinator's test above
    await signInAs(page, setup.api, HEAD);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    expect(await actingLinks()).toEqual(['งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)']);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองช่าง');
    expect(await page.locator('main .acting-note').textContent()).toBe('คุณรักษาราชการแทนหัวหน้ากองช่าง');
    const overdue = page.locator('.group-overdue .card');
    await overdue.first().waitFor();
    const ids = await overdue.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-obligation') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.endsWith('.engineering'))).toBe(true);
    await overdue.first().locator('a').click();
    await page.getByLabel('อยู่ระหว่างดำเนินการ').check();
    await page.locator('#f-summary').fill('ผู้อำนวยการกองคลังรักษาราชการแทนรายงานความคืบหน้าของกองช่าง');
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    await expect.poll(() => page.getByTestId('done-note').textContent()).toBe('ส่งรายงานฉบับที่ ๑ เรียบร้อยแล้ว');
    const report = await apiAs(setup.api, COORDINATOR, 'GET', `/v1/fiscal-years/2566/obligations/${ids[0]}`);
    expect(report.body).toMatchObject({
      unitId: 'engineering',
      status: 'submitted',
      latestReport: { submittedBy: 'demo-head-finance' },
    });
    await page.getByRole('link', { name: '‹ กลับไปหน้ารายการ' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองช่าง');
  });

  it('acting for two units, home links to each; acting ended, the link goes and the address is refused in Thai', async () => {
    const acting = (actingHeadOf: string[]) =>
      apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-head-finance', { actingHeadOf });
    expect((await acting(['engineering', 'education'])).status).toBe(200);
    await open('#/');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    expect(await actingLinks()).toEqual([
      'งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)',
      'งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)',
    ]);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองการศึกษา');

    expect((await acting([])).status).toBe(200);
    await open('#/');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    await page.locator('main .group').first().waitFor();
    expect(await page.locator('main .acting-units').count()).toBe(0);
    await open('#/fy/2566/unit/engineering');
    // tester s51: in the page's words, whose list it is, not the API's refusal
    await expect.poll(() => page.locator('main [role="alert"] h1').textContent()).toBe('รายการนี้เป็นของหน่วยงานอื่น');
    expect(await page.locator('main [role="alert"] p').textContent()).toContain(
      'รายการงานที่ต้องรายงานนี้เป็นของกองช่าง ไม่ใช่ของหน่วยงานของท่าน (กองคลัง)',
    );
  });
});

// tester s37 #3: the head of กองคลัง's header said "เจ้าหน้าที่" where the sign-in list said "หัวหน้าหน่วยงาน";
// tester s41b F6: it said the unit and role again after a name that says them ("เจ้าหน้าที่กองคลัง · กองคลัง · เจ้าหน้าที่")
describe('the header names the role as the sign-in list does, once', () => {
  it.each([
    ['the head of กองคลัง', 'head.finance@demo.example.org', 'กองคลัง · หัวหน้าหน่วยงาน', 'หัวหน้ากองคลัง · หัวหน้าหน่วยงาน'],
    [
      'the head of สำนักปลัดเทศบาล, also of the ITA working group',
      'head.clerk@demo.example.org',
      'สำนักปลัดเทศบาล · หัวหน้าหน่วยงาน, คณะทำงาน ITA',
      'หัวหน้าสำนักปลัดเทศบาล · หัวหน้าหน่วยงาน, คณะทำงาน ITA',
    ],
    ['staff of กองช่าง', 'staff.engineering@demo.example.org', 'กองช่าง · เจ้าหน้าที่', 'เจ้าหน้าที่กองช่าง'],
  ])('%s', async (_, email, listed, header) => {
    if (email === 'head.clerk@demo.example.org') {
      const made = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-head-clerk', {
        roles: ['staff', 'coordinator'],
      });
      expect(made.status).toBe(200);
    }
    await page.goto(`${setup.api}/#/sign-in`);
    const entry = page.locator(`button[data-email="${email}"]`);
    expect(await entry.locator('span').first().textContent()).toBe(listed);
    await entry.click();
    await expect.poll(() => page.locator('header [data-testid="who"]').textContent()).toBe(header);
  });
});

describe('an executive acting head of a unit (home: the overview), as that executive', () => {
  const PALAD = 'palad@demo.example.org';
  const actingLinks = () => page.locator('main .acting-units a').allTextContents();
  const acting = (actingHeadOf: string[]) =>
    apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-palad', { actingHeadOf });

  it('the ปลัด acting for กองการศึกษา finds its work from the overview, and #/fy/2566 lists it without "contact the admin"', async () => {
    expect((await acting(['education'])).status).toBe(200);
    await signInAs(page, setup.api, PALAD);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    expect(page.url()).toContain('#/fy/2566/overview');
    await expect.poll(() => actingLinks()).toEqual(['งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)']);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองการศึกษา');
    expect(await page.locator('main .acting-note').textContent()).toBe('คุณรักษาราชการแทนหัวหน้ากองการศึกษา');

    await page.goto(`${setup.api}/#/fy/2566`);
    await expect.poll(() => actingLinks()).toEqual(['งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)']);
    expect(await page.locator('main').textContent()).not.toContain('ยังไม่ได้ระบุหน่วยงาน');
  });

  it('acting for two units, the overview links to both in the person’s order', async () => {
    expect((await acting(['finance', 'education'])).status).toBe(200);
    await page.goto(`${setup.api}/#/`);
    await page.reload();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    await expect
      .poll(() => actingLinks())
      .toEqual(['งานที่ต้องรายงานของกองคลัง (รักษาราชการแทน)', 'งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)']);
  });

  it('an executive acting for nothing sees no acting links on the overview, and #/fy/2566 says the account has no unit', async () => {
    expect((await acting([])).status).toBe(200);
    await page.goto(`${setup.api}/#/`);
    await page.reload();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    await page.locator('main table').first().waitFor();
    expect(await page.locator('main .acting-units').count()).toBe(0);
    await page.goto(`${setup.api}/#/fy/2566`);
    await expect.poll(() => page.locator('main').textContent()).toContain('บัญชีของคุณยังไม่ได้ระบุหน่วยงาน กรุณาติดต่อผู้ดูแลระบบ');
    expect(await page.locator('main .acting-units').count()).toBe(0);
  });
});

describe('a unit address naming no unit (#/fy/2566/unit/…)', () => {
  const open = async (hash: string) => {
    await page.goto(`${setup.api}/${hash}`);
    await page.reload();
    await page.locator('main h1').waitFor();
  };

  it.each([
    ['head.finance@demo.example.org', 'nonexistent'],
    [COORDINATOR, 'nonexistent'],
    [COORDINATOR, 'no-such-unit'],
  ])('as %s, #/fy/2566/unit/%s shows the Thai not-found screen with the way home', async (email, unitId) => {
    await signInAs(page, setup.api, email);
    await open(`#/fy/2566/unit/${unitId}`);
    await expect.poll(() => page.locator('main [data-testid="not-found"] h1').textContent()).toBe('ไม่พบหน้าที่ต้องการ');
    const text = await page.locator('main').textContent();
    expect(text).not.toContain(`งานที่ต้องรายงานของ${unitId}`);
    expect(text).not.toContain('คุณดูข้อมูลได้เฉพาะของหน่วยงานตนเอง');
    await page.getByRole('link', { name: '‹ กลับหน้าหลัก' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe('ไม่พบหน้าที่ต้องการ');
  });

  it('a unit that exists but is closed is no "not found": the coordinator sees its heading by name', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    const added = await apiAs(setup.api, COORDINATOR, 'POST', '/v1/units', {
      unitId: 'closed-unit',
      name: 'กองที่ปิดแล้ว',
    });
    expect(added.status).toBe(201);
    expect((await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/units/closed-unit', { active: false })).status).toBe(200);
    await open('#/fy/2566/unit/closed-unit');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองที่ปิดแล้ว');
    expect(await page.locator('main [data-testid="not-found"]').count()).toBe(0);
  });
});

describe('rights changed while the page is open (caller-state.ts), as that person', () => {
  const HEAD = 'head.finance@demo.example.org';
  const actingLinks = () => page.locator('main .acting-units a').allTextContents();
  const note = () => page.locator('[data-testid="caller-changed"]').textContent();
  const acting = (actingHeadOf: string[]) =>
    apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-head-finance', { actingHeadOf });
  /** the person switches to another tab and back */
  const tabShownAgain = () =>
    page.evaluate(() => {
      for (const state of ['hidden', 'visible']) {
        Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }
    });
  /** the home of the head of กองคลัง, its /v1/me read afresh, its groups (else its tables) drawn */
  const home = async (email = HEAD, heading = 'งานที่ต้องรายงานของกองคลัง') => {
    await signInAs(page, setup.api, email);
    await expect.poll(() => page.locator('main h1').textContent()).toBe(heading);
    await page.locator('main .group, main table').first().waitFor();
  };

  it('acting ended: back to the tab after a minute, the link is gone and the page says the rights changed', async () => {
    // the page's clock: a minute passes without waiting one
    await page.clock.install();
    expect((await acting(['engineering'])).status).toBe(200);
    await home();
    expect(await actingLinks()).toEqual(['งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)']);

    expect((await acting([])).status).toBe(200);
    await page.clock.fastForward('01:01');
    await tabShownAgain();
    await expect.poll(() => note()).toContain('สิทธิ์ของท่านเปลี่ยนแล้ว');
    expect(await note()).toContain('สิ้นสุดการรักษาราชการแทนหัวหน้ากองช่างแล้ว');
    expect(await page.locator('main .acting-units').count()).toBe(0);
    expect(await page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
  });

  it('acting given: the next screen opened after a minute shows the link, says so, and the link opens that unit', async () => {
    await home();
    expect(await page.locator('main .acting-units').count()).toBe(0);
    expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(0);

    expect((await acting(['education'])).status).toBe(200);
    await page.clock.fastForward('01:01');
    await page.getByRole('link', { name: 'ปฏิทินของฉัน' }).click();
    await expect.poll(() => note()).toContain('ท่านรักษาราชการแทนหัวหน้ากองการศึกษา');
    await page.getByRole('link', { name: 'งานของหน่วยงาน' }).click();
    await expect.poll(() => actingLinks()).toEqual(['งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)']);
    // said once: the screen after the note's has none
    expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(0);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองการศึกษา (รักษาราชการแทน)' }).click();
    await expect.poll(() => page.locator('main .acting-note').textContent()).toBe('คุณรักษาราชการแทนหัวหน้ากองการศึกษา');
  });

  it('acting ended a moment ago: the stale link, refused by the API, leads home without it and says why', async () => {
    expect((await acting(['engineering'])).status).toBe(200);
    await home();
    expect(await actingLinks()).toEqual(['งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)']);

    expect((await acting([])).status).toBe(200);
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)' }).click();
    await expect.poll(() => note()).toContain('สิ้นสุดการรักษาราชการแทนหัวหน้ากองช่างแล้ว');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    expect(page.url()).toContain('#/fy/2566');
    expect(page.url()).not.toContain('/unit/');
    expect(await page.locator('main .acting-units').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('คุณดูข้อมูลได้เฉพาะของหน่วยงานตนเอง');
  });

  it('acting ended while its report is typed: the refused submission keeps the text, the note above it', async () => {
    expect((await acting(['engineering'])).status).toBe(200);
    await home();
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)' }).click();
    await page.locator('.group-overdue .card a').first().click();
    await page.getByLabel('อยู่ระหว่างดำเนินการ').check();
    const typed = 'รายงานที่พิมพ์ไว้ก่อนสิ้นสุดการรักษาราชการแทน';
    await page.locator('#f-summary').fill(typed);
    const address = page.url();

    expect((await acting([])).status).toBe(200);
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    await expect.poll(() => note()).toContain('สิ้นสุดการรักษาราชการแทนหัวหน้ากองช่างแล้ว');
    expect(page.url()).toBe(address);
    expect(await page.locator('#f-summary').inputValue()).toBe(typed);
  });

  it('moved to another unit: back to the tab after a minute, home is the new unit’s work', async () => {
    await home('staff.engineering@demo.example.org', 'งานที่ต้องรายงานของกองช่าง');
    const moved = await apiAs(setup.api, COORDINATOR, 'PUT', '/v1/people/demo-staff-engineering', {
      unitId: 'education',
    });
    expect(moved.status).toBe(200);
    await page.clock.fastForward('01:01');
    await tabShownAgain();
    await expect.poll(() => note()).toContain('หน่วยงานของท่านเปลี่ยนเป็นกองการศึกษา');
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองการศึกษา');
    expect(await page.locator('header [data-testid="who"]').textContent()).toContain('กองการศึกษา');
  });

  /** as the coordinator: PUT /v1/people/{personId} */
  const change = async (personId: string, body: Record<string, unknown>) =>
    expect((await apiAs(setup.api, COORDINATOR, 'PUT', `/v1/people/${personId}`, body)).status).toBe(200);
  const ended = () => page.locator('[data-testid="access-ended"]').textContent();
  const ENDED_TH = 'สิทธิ์ใช้งานของบัญชีนี้ในเทศบาลตำบลดอนอะระงถูกยกเลิกแล้ว';
  const menu = () => page.locator('nav[aria-label="เมนูหลัก"] a').allTextContents();
  /** the first obligation of the home list opened, a report typed in it */
  const typeReport = async (typed: string) => {
    await page.locator('main .card a').first().click();
    await page.getByLabel('อยู่ระหว่างดำเนินการ').check();
    await page.locator('#f-summary').fill(typed);
  };

  it('deactivated: back to the tab after a minute, the page says access ended, with no work list, menu or header', async () => {
    await home('staff.finance@demo.example.org', 'งานที่ต้องรายงานของกองคลัง');
    expect(await page.locator('header [data-testid="who"]').textContent()).toBe('เจ้าหน้าที่กองคลัง');
    await change('demo-staff-finance', { active: false });
    try {
      await page.clock.fastForward('01:01');
      await tabShownAgain();
      await expect.poll(() => ended(), { timeout: 10_000 }).toContain(ENDED_TH);
      expect(await page.locator('main .group').count()).toBe(0);
      expect(await page.locator('nav').count()).toBe(0);
      expect(await page.locator('[data-testid="who"]').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'ออกจากระบบ' }).count()).toBe(1);
    } finally {
      await change('demo-staff-finance', { active: true });
    }
  });

  it('deactivated while typing a report: the text stays to copy, and the page says it can no longer be sent', async () => {
    await home('staff.finance@demo.example.org', 'งานที่ต้องรายงานของกองคลัง');
    const typed = 'รายงานที่พิมพ์ไว้ก่อนบัญชีถูกปิดการใช้งาน';
    await typeReport(typed);
    await change('demo-staff-finance', { active: false });
    try {
      await page.clock.fastForward('01:01');
      await tabShownAgain();
      await expect.poll(() => ended(), { timeout: 10_000 }).toContain(ENDED_TH);
      expect(await ended()).toContain('คัดลอกเก็บไว้ได้ แต่ส่งหรือบันทึกไม่ได้แล้ว');
      expect(await page.locator('#f-summary').inputValue()).toBe(typed);
      expect(await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).isDisabled()).toBe(true);
      expect(await page.locator('nav').count()).toBe(0);
      expect(await page.locator('[data-testid="who"]').count()).toBe(0);
    } finally {
      await change('demo-staff-finance', { active: true });
    }
  });

  it('deactivated a moment ago: the next click, refused by the API, says access ended, with no menu or header', async () => {
    await home('staff.finance@demo.example.org', 'งานที่ต้องรายงานของกองคลัง');
    await change('demo-staff-finance', { active: false });
    try {
      // within the minute: the copy is not read again until the API refuses the obligation's read
      await page.locator('main .card a').first().click();
      await expect.poll(() => ended(), { timeout: 10_000 }).toContain(ENDED_TH);
      expect(await page.locator('nav').count()).toBe(0);
      expect(await page.locator('[data-testid="who"]').count()).toBe(0);
    } finally {
      await change('demo-staff-finance', { active: true });
    }
  });

  it('no network when back to the tab: the page stays as it was, with no word of ended access', async () => {
    await home('staff.finance@demo.example.org', 'งานที่ต้องรายงานของกองคลัง');
    await page.clock.fastForward('01:01');
    const failed = page.waitForEvent('requestfailed', (r) => r.url().includes('/v1/me'));
    await page.context().setOffline(true);
    try {
      await tabShownAgain();
      await failed;
      // the page's own handling of the failure runs before the next round trip answers
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    } finally {
      await page.context().setOffline(false);
    }
    expect(await page.locator('[data-testid="access-ended"]').count()).toBe(0);
    expect(await page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    expect(await menu()).toContain('งานของหน่วยงาน');
    expect(await page.locator('header [data-testid="who"]').textContent()).toBe('เจ้าหน้าที่กองคลัง');
  });

  it('an executive made staff of สำนักปลัดเทศบาล on the overview: back to the tab, home is the unit’s work, not the whole-org table', async () => {
    await home('mayor@demo.example.org', 'ภาพรวมการรายงานทั้งองค์กร');
    expect(page.url()).toContain('/overview');
    await change('demo-mayor', { roles: ['staff'], unitId: 'clerk' });
    try {
      await page.clock.fastForward('01:01');
      await tabShownAgain();
      await expect.poll(() => note()).toContain('หน่วยงานของท่านเปลี่ยนเป็นสำนักปลัดเทศบาล');
      await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของสำนักปลัดเทศบาล');
      expect(page.url()).not.toContain('/overview');
      expect(await menu()).not.toContain('ภาพรวมองค์กร');
      expect(await page.locator('main table').count()).toBe(0);
    } finally {
      await change('demo-mayor', { roles: ['executive'], unitId: null });
    }
  });

  it('an executive made staff on the documents’ history: back to the tab, home, not the history', async () => {
    await home('mayor@demo.example.org', 'ภาพรวมการรายงานทั้งองค์กร');
    await page.goto(`${setup.api}/#/fy/2566/annual-report/history`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ประวัติเอกสาร ปีงบประมาณ ๒๕๖๖');
    await change('demo-mayor', { roles: ['staff'], unitId: 'clerk' });
    try {
      await page.clock.fastForward('01:01');
      await tabShownAgain();
      await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของสำนักปลัดเทศบาล');
      expect(page.url()).not.toContain('/history');
      expect(await note()).toContain('สิทธิ์ของท่านเปลี่ยนแล้ว');
    } finally {
      await change('demo-mayor', { roles: ['executive'], unitId: null });
    }
  });

  it.each([
    ['#/fy/2566/overview', 'หน้านี้เปิดให้เฉพาะคณะทำงาน ITA และผู้บริหาร'],
    ['#/fy/2566/overview/2023-04', 'หน้านี้เปิดให้เฉพาะคณะทำงาน ITA และผู้บริหาร'],
    ['#/fy/2566/plan', 'หน้านี้เปิดให้เฉพาะคณะทำงาน ITA'],
  ])('staff typing %s are told in Thai who the screen is for, with no whole-org table', async (hash, heading) => {
    await home('staff.finance@demo.example.org', 'งานที่ต้องรายงานของกองคลัง');
    await page.goto(`${setup.api}/${hash}`);
    await expect.poll(() => page.locator('[data-testid="not-for-you"] h1').textContent()).toBe(heading);
    expect(await page.locator('main table').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('ทั้งปีงบประมาณ');
    expect(await page.getByRole('link', { name: '‹ กลับหน้าหลัก' }).count()).toBe(1);
  });

  it('acting given, then ended, while a report is typed: one note of where things stand, gone once the report is sent', async () => {
    await home();
    const typed = 'รายงานของกองคลังที่พิมพ์ระหว่างการแต่งตั้งรักษาราชการแทน';
    await typeReport(typed);
    await acting(['education']);
    await page.clock.fastForward('01:01');
    await tabShownAgain();
    await expect.poll(() => note()).toContain('ท่านรักษาราชการแทนหัวหน้ากองการศึกษา');
    await acting([]);
    await page.clock.fastForward('01:01');
    await tabShownAgain();
    const notes = page.locator('[data-testid="caller-changed"] li');
    await expect.poll(() => notes.allTextContents()).toEqual(['สิ้นสุดการรักษาราชการแทนหัวหน้ากองการศึกษาแล้ว']);
    expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(1);
    expect(await page.locator('#f-summary').inputValue()).toBe(typed);
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    await expect.poll(() => page.getByTestId('done-note').textContent()).toMatch(/^ส่งรายงานฉบับที่ .+ เรียบร้อยแล้ว$/);
    expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(0);
  });

  it('acting ended, then given again, while its report is typed: one note of where things stand, and the report goes', async () => {
    await acting(['engineering']);
    await home();
    await page.getByRole('link', { name: 'งานที่ต้องรายงานของกองช่าง (รักษาราชการแทน)' }).click();
    await typeReport('รายงานของกองช่างที่พิมพ์ระหว่างสิ้นสุดและแต่งตั้งใหม่');
    await acting([]);
    await page.clock.fastForward('01:01');
    await tabShownAgain();
    await expect.poll(() => note()).toContain('สิ้นสุดการรักษาราชการแทนหัวหน้ากองช่างแล้ว');
    await acting(['engineering']);
    await page.clock.fastForward('01:01');
    await tabShownAgain();
    const notes = page.locator('[data-testid="caller-changed"] li');
    await expect.poll(() => notes.allTextContents()).toEqual(['ท่านรักษาราชการแทนหัวหน้ากองช่าง']);
    expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(1);
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    await expect.poll(() => page.getByTestId('done-note').textContent()).toMatch(/^ส่งรายงานฉบับที่ .+ เรียบร้อยแล้ว$/);
    expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(0);
    await acting([]);
  });

  it('moved to another unit while typing a report: the header names the new unit, the text stays, the next screen has no note', async () => {
    await home('staff.health@demo.example.org', 'งานที่ต้องรายงานของกองสาธารณสุขและสิ่งแวดล้อม');
    const typed = 'รายงานที่พิมพ์ไว้ก่อนย้ายหน่วยงาน';
    await typeReport(typed);
    await change('demo-staff-health', { unitId: 'clerk' });
    try {
      await page.clock.fastForward('01:01');
      await tabShownAgain();
      await expect.poll(() => note()).toContain('หน่วยงานของท่านเปลี่ยนเป็นสำนักปลัดเทศบาล');
      await expect
        .poll(() => page.locator('header [data-testid="who"]').textContent())
        .toBe('เจ้าหน้าที่กองสาธารณสุขและสิ่งแวดล้อม · สำนักปลัดเทศบาล');
      expect(await page.locator('#f-summary').inputValue()).toBe(typed);
      // leaving the typed report is confirmed (every dialog is answered "yes"); the note was said
      await page.getByRole('link', { name: 'ปฏิทินของฉัน' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/calendar');
      await page.locator('main h1').waitFor();
      expect(await page.locator('[data-testid="caller-changed"]').count()).toBe(0);
    } finally {
      await change('demo-staff-health', { unitId: 'health' });
    }
  });
});
