/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The coordinator's screens in a real browser (Debian chromium), on `npm start`'s system on
// 20 April 2566: people and units, a person's history, evidence files opened from a report, and
// everyone's calendar feed.
import ical, { type VEvent } from 'node-ical';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminCli } from '../../infra/cli/admin.js';
import { runCliEntry } from '../support/cli-process.js';
import { docsScreenshot, phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { type LocalSystemSetup, localSystemStore } from '../support/local-system.js';
import { apiAs as callApiAs, COORDINATOR, signInAs, signOutOf } from '../support/local-sign-in.js';
import { countAnswers } from '../support/late-answers.js';
import { bounceEvent, snsEvent } from '../support/ses-events.js';
import { mailEventsHandler } from '../../functions/mail-events/mail-events.js';

const STAFF = 'staff.finance@demo.example.org';
const NEWCOMER = 'somsri.newcomer@demo.example.org';
const FORMER_WELFARE = 'sommai.former@demo.example.org';
const OBLIGATION = 'i4.f2.2023-04.finance';
const FILE_NAME = 'บันทึกการประชุม เมษายน.pdf';
const FILE_BYTES = Buffer.concat([Buffer.from('%PDF-1.4\n% ไฟล์ทดสอบ\n'), Buffer.alloc(2_000, 0x20)]);

let setup: LocalSystemSetup;
let page: Page;
/** What the page asked (window.confirm); every question is answered "leave". */
const asked: string[] = [];

const signIn = (email: string) => signInAs(page, setup.api, email);
const signOut = () => signOutOf(page);
const apiAs = (email: string, method: string, path: string, body?: unknown) =>
  callApiAs(setup.api, email, method, path, body);

/** Staff upload a file through the API's presigned URL and cite it in the report. */
async function submitWithFile(): Promise<string> {
  const upload = await apiAs(STAFF, 'POST', '/v1/fiscal-years/2566/evidence-uploads', {
    obligationId: OBLIGATION,
    fileName: FILE_NAME,
    contentType: 'application/pdf',
    size: FILE_BYTES.length,
  });
  expect(upload.status, JSON.stringify(upload.body)).toBe(200);
  const target = upload.body as { uploadUrl: string; headers: Record<string, string>; key: string };
  expect((await fetch(target.uploadUrl, { method: 'PUT', headers: target.headers, body: FILE_BYTES })).status).toBe(
    200,
  );
  const report = await apiAs(STAFF, 'PUT', `/v1/fiscal-years/2566/obligations/${OBLIGATION}/report`, {
    progress: 'done',
    summary: 'ประชุมแล้ว แนบบันทึกการประชุม',
    evidence: [{ key: target.key, title: FILE_NAME }],
  });
  expect(report.status, JSON.stringify(report.body)).toBe(200);
  return target.key;
}

onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await phonePage(started.browser, (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  return page;
});

describe('ผู้ใช้งานและหน่วยงาน, as the ITA coordinator', () => {
  it('the coordinator adds a person to กองคลัง, and that person signs in and sees กองคลัง’s work', async () => {
    await signIn(COORDINATOR);
    await page.getByRole('link', { name: 'ผู้ใช้งานและหน่วยงาน' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ผู้ใช้งานและหน่วยงาน');
    await page.locator('details.add-form summary', { hasText: 'เพิ่มผู้ใช้งาน' }).click();
    await page.locator('#new-person-email').fill(NEWCOMER);
    await page.locator('#new-person-name').fill('นางสาวสมศรี มาใหม่');
    await page.locator('#new-person-unitId').selectOption('finance');
    await page.getByRole('button', { name: 'เพิ่มผู้ใช้งาน', exact: true }).click();
    const row = page.locator(`[data-person="${NEWCOMER}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('นางสาวสมศรี มาใหม่');
    expect(await row.textContent()).toContain('เจ้าหน้าที่ · กองคลัง');
    expect(await page.locator('#status').textContent()).toContain('เพิ่ม นางสาวสมศรี มาใหม่ แล้ว');
    await docsScreenshot(page, 'web-people.png', true);

    await signOut();
    await signIn(NEWCOMER);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('งานที่ต้องรายงานของกองคลัง');
    expect(await page.locator('header [data-testid="who"]').textContent()).toContain('นางสาวสมศรี มาใหม่ · กองคลัง');
  });

  it('the same email again is refused beside the email field, and no second person appears', async () => {
    await signOut();
    await signIn(COORDINATOR);
    await page.goto(`${setup.api}/#/people`);
    await page.locator('details.add-form summary', { hasText: 'เพิ่มผู้ใช้งาน' }).click();
    await page.locator('#new-person-email').fill(NEWCOMER.toUpperCase());
    await page.locator('#new-person-name').fill('ซ้ำ');
    await page.locator('#new-person-unitId').selectOption('finance');
    await page.getByRole('button', { name: 'เพิ่มผู้ใช้งาน', exact: true }).click();
    await expect.poll(() => page.locator('#err-new-person-email').textContent()).toContain('อีเมลนี้มีอยู่แล้ว');
    expect(await page.locator(`[data-person="${NEWCOMER}"]`).count()).toBe(1);
  });

  it('the coordinator moves them to กองช่าง, deactivates them, and sees both in their history', async () => {
    asked.length = 0;
    await page.locator(`[data-person="${NEWCOMER}"] a`).click();
    // the refused form above still holds what was typed: leaving it asks first
    await expect
      .poll(() => asked)
      .toEqual(['มีข้อมูลที่กรอกไว้แต่ยังไม่ได้ส่งหรือบันทึก ถ้าออกจากหน้านี้ ข้อมูลนั้นจะหายไป ต้องการออกจากหน้านี้หรือไม่']);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('นางสาวสมศรี มาใหม่');
    await page.locator('#person-unitId').selectOption('engineering');
    await page.getByRole('button', { name: 'บันทึกการเปลี่ยนแปลง' }).click();
    await expect.poll(() => page.locator('.facts').textContent()).toContain('กองช่าง');
    await page.getByRole('button', { name: 'ปิดการใช้งาน', exact: true }).click();
    await expect.poll(() => page.locator('[data-testid="person-status"]').textContent()).toBe('ปิดการใช้งาน');
    const history = page.locator('.audit-list .audit-summary');
    await expect
      .poll(() => history.allTextContents())
      .toEqual([
        'นางสาวสมศรี มาใหม่: ปิดการใช้งาน',
        'นางสาวสมศรี มาใหม่: ย้ายจาก กองคลัง ไป กองช่าง',
        'เพิ่มผู้ใช้งาน นางสาวสมศรี มาใหม่ บทบาท เจ้าหน้าที่ (กองคลัง)',
      ]);
    // who and when, in Thai: the coordinator, 20 April 2566 (BE) in Bangkok time
    for (const when of await page.locator('.audit-list .audit-item .hint').allTextContents()) {
      expect(when).toMatch(/^คณะทำงาน ITA · [๐-๙]{1,2} เมษายน ๒๕๖๖ เวลา [๐-๙]{2}:[๐-๙]{2} น\.$/);
    }
    await docsScreenshot(page, 'web-person-history.png', true);
    const picker = (await (await fetch(`${setup.api}/local/people`)).json()) as { email: string }[];
    expect(picker.map((p) => p.email)).not.toContain(NEWCOMER);
  });
});

describe('an email SES could not deliver to, as the ITA coordinator sees it', () => {
  it('the people list and the person screen show the Thai warning beside the email', async () => {
    // SES's notification of a permanent bounce of a reminder to กองคลัง's staff member, as SNS delivers it
    await mailEventsHandler({
      store: localSystemStore(setup),
      log: { info: () => undefined, warn: () => undefined },
    })(
      snsEvent(
        bounceEvent(
          { orgId: 'demo', kind: 'reminder', to: [STAFF], sentAt: '2023-04-19T01:30:00Z' },
          '2023-04-19T01:30:04Z',
          { subType: 'OnAccountSuppressionList' },
        ),
      ),
    );
    const warning = 'ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ) เมื่อ ๑๙ เมษายน ๒๕๖๖: ตรวจที่อยู่อีเมล';
    await signIn(COORDINATOR);
    await page.goto(`${setup.api}/#/people`);
    const row = page.locator(`[data-person="${STAFF}"]`);
    await expect.poll(() => row.locator('[data-testid="undeliverable"]').textContent()).toBe(warning);
    // nobody else is marked
    expect(await page.locator('[data-testid="undeliverable"]').count()).toBe(1);
    await row.locator('a').click();
    await expect.poll(() => page.locator('.facts [data-testid="undeliverable"]').textContent()).toBe(warning);
    expect(await page.locator('.facts dd').first().textContent()).toContain(STAFF);
  });
});

describe('units, as the ITA coordinator', () => {
  it('adds a unit with aliases, renames it, deactivates it; an inactive unit is not offered for new people', async () => {
    await page.goto(`${setup.api}/#/people`);
    await page.locator('details.add-form summary', { hasText: 'เพิ่มหน่วยงาน' }).click();
    await page.locator('#new-unit-name').fill('กองสวัสดิการสังคม');
    await page.locator('#new-unit-aliases').fill('กองสวัสดิการฯ\nสวัสดิการสังคม');
    await page.locator('#new-unit-unitId').fill('welfare');
    await page.getByRole('button', { name: 'เพิ่มหน่วยงาน', exact: true }).click();
    const unit = page.locator('[data-unit="welfare"]');
    await unit.waitFor();
    expect(await unit.locator('summary').textContent()).toBe('กองสวัสดิการสังคม (กองสวัสดิการฯ, สวัสดิการสังคม)');
    // the units and a new person's unit choices in the reader's order: the usual five, สำนักปลัด
    // first, then by Thai name; not by id (tester s44 F4)
    expect(await page.locator('[data-unit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')))).toEqual(
      ['clerk', 'finance', 'engineering', 'education', 'health', 'welfare'],
    );
    expect((await page.locator('#new-person-unitId option').allTextContents()).slice(1)).toEqual([
      'สำนักปลัดเทศบาล',
      'กองคลัง',
      'กองช่าง',
      'กองการศึกษา',
      'กองสาธารณสุขและสิ่งแวดล้อม',
      'กองสวัสดิการสังคม',
    ]);
    expect(await page.locator('#new-person-unitId option').allTextContents()).toContain('กองสวัสดิการสังคม');

    await unit.locator('summary').click();
    await page.locator('#unit-welfare-name').fill('กองสวัสดิการสังคมและพัฒนาชุมชน');
    await unit.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect
      .poll(() => page.locator('[data-unit="welfare"] summary').textContent())
      .toContain('กองสวัสดิการสังคมและพัฒนาชุมชน');

    // a member who left before the unit closed (a unit with active people cannot close)
    const added = await apiAs(COORDINATOR, 'POST', '/v1/people', {
      email: FORMER_WELFARE,
      name: 'นายสมหมาย เคยอยู่',
      roles: ['staff'],
      unitId: 'welfare',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const left = await apiAs(COORDINATOR, 'PUT', `/v1/people/${(added.body as { personId: string }).personId}`, {
      active: false,
    });
    expect(left.status, JSON.stringify(left.body)).toBe(200);
    await page.reload();
    await page.locator('[data-unit="welfare"] summary').click();
    await page.locator('[data-unit="welfare"]').getByRole('button', { name: 'ปิดการใช้งานหน่วยงาน' }).click();
    await expect.poll(() => page.locator('[data-unit="welfare"] .badge').textContent()).toBe('ปิดการใช้งานแล้ว');
    expect(await page.locator('#new-person-unitId option').allTextContents()).not.toContain(
      'กองสวัสดิการสังคมและพัฒนาชุมชน',
    );
  });

  // s45: the people screen said a closed unit "ปิดการใช้งาน" where the overview, a report card and
  // an obligation say "(ปิดการใช้งานแล้ว)" (CLOSED_UNIT_MARK): one wording wherever a closed unit shows
  it('a closed unit is "(ปิดการใช้งานแล้ว)" in a former member’s row of the people list and on their record', async () => {
    const closed = 'กองสวัสดิการสังคมและพัฒนาชุมชน (ปิดการใช้งานแล้ว)';
    const row = page.locator(`[data-person="${FORMER_WELFARE}"]`);
    await expect.poll(() => row.locator('.hint').first().textContent()).toBe(`เจ้าหน้าที่ · ${closed}`);
    await row.locator('a').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('นายสมหมาย เคยอยู่');
    expect(await page.locator('.facts dt:text-is("หน่วยงาน") + dd').textContent()).toBe(closed);
  });

  // re-check P3 (s46): the person form's unit choice named the closed unit plainly
  it('the former member’s form marks their closed unit; a new person is offered neither it nor its acting box', async () => {
    const closed = 'กองสวัสดิการสังคมและพัฒนาชุมชน (ปิดการใช้งานแล้ว)';
    // still on the former member's record (the test before)
    const unit = page.locator('#person-unitId');
    expect(await unit.locator('option:checked').textContent()).toBe(closed);
    // an open unit as it is named
    expect(await unit.locator('option[value="finance"]').textContent()).toBe('กองคลัง');
    await page.goto(`${setup.api}/#/people`);
    const choices = page.locator('#new-person-unitId option');
    await choices.first().waitFor({ state: 'attached' });
    expect(await choices.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).not.toContain('welfare');
    expect(await choices.allTextContents()).not.toContain(closed);
    expect(await page.locator('#new-person-acting-welfare').count()).toBe(0);
    expect(await page.locator('#new-person-acting-finance').count()).toBe(1);
  });
});

describe('evidence files and the history on an obligation', () => {
  let key: string;

  it('a staff member opens the file their report cites, with its Thai name and the uploaded bytes', async () => {
    key = await submitWithFile();
    await signOut();
    await signIn(STAFF);
    await page.goto(`${setup.api}/#/fy/2566/o/${OBLIGATION}`);
    const link = page.locator('.latest a.evidence-file');
    await link.waitFor();
    expect(await link.textContent()).toBe(FILE_NAME);
    // tester s41b F3: a tab opened after the API's answer is blocked on a phone; the file (an
    // attachment) downloads in this tab, and the page and what is being typed stay, unasked
    await page.locator('#f-summary').fill('ข้อความที่กำลังพิมพ์');
    const pagesBefore = page.context().pages().length;
    const askedBefore = asked.length;
    // the browser downloads it (attachment); the same signed address is fetched here to read it
    const [request] = await Promise.all([
      page.context().waitForEvent('request', (r) => r.url().startsWith(setup.s3Url)),
      link.click(),
    ]);
    expect(request.frame()).toBe(page.mainFrame());
    expect(page.context().pages().length).toBe(pagesBefore);
    expect(asked.length).toBe(askedBefore);
    expect(await page.locator('#f-summary').inputValue()).toBe('ข้อความที่กำลังพิมพ์');
    await page
      .locator('#f-summary')
      .fill(await page.locator('#f-summary').evaluate((box: HTMLTextAreaElement) => box.defaultValue));
    const file = await fetch(request.url());
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(FILE_NAME)}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(FILE_BYTES)).toBe(true);
  });

  // tester s41b F3: the failure went only to the hidden status region
  it.each([
    ['answers 500', (route: Route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{}' })],
    ['answers 404', (route: Route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{}' })],
    ['cannot be reached', (route: Route) => route.abort()],
  ])('a file whose link the API %s is said, visibly, at its row', async (_, answer) => {
    await page.route('**/report/evidence-link?*', answer, { times: 1 });
    const row = page.locator('.latest .evidence-open');
    await row.locator('a.evidence-file').click();
    const said = row.locator('.open-error');
    await expect.poll(() => said.textContent()).toMatch(new RegExp(`^เปิดไฟล์ "${FILE_NAME}" ไม่ได้: \\S`));
    const [box, linkBox] = [await said.boundingBox(), await row.locator('a.evidence-file').boundingBox()];
    expect(box!.height).toBeGreaterThan(10);
    // under its file's name, within the screen
    expect(box!.y).toBeGreaterThanOrEqual(linkBox!.y + linkBox!.height - 1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(await said.getAttribute('role')).toBe('alert');
  });

  it('the obligation screen shows its history: who submitted, when', async () => {
    const items = page.locator('.audit .audit-item');
    await items.first().waitFor();
    expect(await items.locator('.audit-summary').allTextContents()).toEqual(['ส่งรายงานผล ฉบับที่ ๑']);
    expect(await items.locator('.hint').first().textContent()).toMatch(/^เจ้าหน้าที่กองคลัง · .*เมษายน ๒๕๖๖/);
  });

  it('another unit’s staff cannot get a link to the file', async () => {
    const res = await apiAs(
      'staff.engineering@demo.example.org',
      'GET',
      `/v1/fiscal-years/2566/obligations/${OBLIGATION}/report/evidence-link?${new URLSearchParams({ key })}`,
    );
    expect([403, 404]).toContain(res.status);
  });
});

describe('ปฏิทินของฉัน', () => {
  let url: string;

  it('staff create a calendar link; it answers an .ics with กองคลัง’s due dates, without signing in', async () => {
    await page.getByRole('link', { name: 'ปฏิทินของฉัน' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ปฏิทินของฉัน');
    await page.locator('#feed-label').fill('ปฏิทินในโทรศัพท์');
    await page.getByRole('button', { name: 'สร้างลิงก์ปฏิทิน' }).click();
    await page.locator('#feed-url').waitFor();
    url = await page.locator('#feed-url').inputValue();
    expect(url).toMatch(new RegExp(`^${setup.api}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    expect(await page.locator('.instructions').textContent()).toContain('Google Calendar');
    expect(await page.locator('.instructions').textContent()).toContain('Outlook');
    await docsScreenshot(page, 'web-calendar.png', true);

    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await feed.text())).filter(
      (c): c is VEvent => c?.type === 'VEVENT',
    );
    const obligations = await apiAs(STAFF, 'GET', '/v1/fiscal-years/2566/obligations?unit=finance&limit=200');
    const due = (obligations.body.items as { dueDate: string; followUpText: string }[]).map((o) => o.dueDate).sort();
    const day = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(events.map((e) => day(e.start)).sort()).toEqual(due);
    for (const e of events)
      expect(e.summary).toMatch(
        /^(✅ รายงานแล้ว · )?ส่งรายงาน ITA · ตัวชี้วัดที่ [๐-๙]+ มาตรการที่ [๐-๙]+ ข้อ [๐-๙]+ · .+ · กองคลัง$/,
      );
    expect(new Set(events.map((e) => e.summary)).size).toBe(events.length);
    const submitted = events.find((e) => e.uid === `demo.2566.${OBLIGATION}@ita-measures`);
    expect(submitted?.description).toContain('สถานะ: ส่งแล้ว รอตรวจ');
  });

  it('staff revoke the link, and the address then answers 404', async () => {
    await page.getByRole('button', { name: 'ยกเลิก "ปฏิทินในโทรศัพท์"' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toContain('ยกเลิกลิงก์ "ปฏิทินในโทรศัพท์" แล้ว');
    expect(await page.locator('[data-feed]').count()).toBe(0);
    expect((await fetch(url)).status).toBe(404);
  });
});

describe('a person in two orgs', () => {
  const HEAD = 'head.health@demo.example.org';

  it('signs in to the org whose entry they choose, works in it, and can switch to the other', async () => {
    const admin = (...args: string[]) => runCliEntry(adminCli, args, { env: setup.env });
    await admin('create-org', '--org', 'second', '--name', 'เทศบาลตำบลที่สอง', '--municipal-units');
    await admin('add-person', '--org', 'second', '--email', HEAD, '--name', 'หัวหน้าสาธารณสุข', '--roles', 'coordinator');

    await signOut();
    // listed under both orgs: the entry under the second signs in there, with no question which org
    await page.locator(`section[data-org="second"] button[data-email="${HEAD}"]`).click();
    await expect.poll(() => page.locator('header .brand').textContent()).toContain('เทศบาลตำบลที่สอง');
    // a coordinator there: the org's people screen lists that org's people only
    await page.getByRole('link', { name: 'ผู้ใช้งานและหน่วยงาน' }).click();
    await expect.poll(() => page.locator('[data-person]').count()).toBe(1);

    await page.getByRole('button', { name: 'เปลี่ยนองค์กร' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('เลือกองค์กรที่จะใช้งาน');
    expect((await page.locator('button[data-org]').allTextContents()).sort()).toEqual(
      ['เทศบาลตำบลดอนอะระง', 'เทศบาลตำบลที่สอง'].sort(),
    );
    await page.locator('button[data-org="demo"]').click();
    await expect.poll(() => page.locator('header .brand').textContent()).toContain('เทศบาลตำบลดอนอะระง');
    expect(await page.getByRole('link', { name: 'ผู้ใช้งานและหน่วยงาน' }).count()).toBe(0);
    // two admin CLI runs before the page work
  }, 90_000);
});

describe('a screen left while it loads', () => {
  /** How each held answer of the screen left behind ends: an API error, a failing server, no network. */
  const LATE_ENDS = [
    ['the API’s 404 (a year without a plan)', 2570, (route: Route) => route.continue()],
    ['a 500', 2566, (route: Route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{}' })],
    ['a lost connection', 2566, (route: Route) => route.abort('failed')],
  ] as const;

  for (const [end, fy, release] of LATE_ENDS) {
    it(`its late failure (${end}) does not replace the screen opened after it`, async () => {
      await signIn(COORDINATOR);
      await page.getByRole('link', { name: 'ผู้ใช้งานและหน่วยงาน' }).click();
      await page.locator('[data-person]').first().waitFor();
      // the page's answers to the overview's obligations request, counted once the page has read them
      const answered = await countAnswers(page, '/obligations?');
      let held!: (route: Route) => void;
      const heldRoute = new Promise<Route>((resolve) => (held = resolve));
      await page.route(/\/v1\/fiscal-years\/\d+\/obligations\?/, (route) => held(route));
      await page.evaluate((to) => (location.hash = to), `#/fy/${fy}/overview`);
      const route = await heldRoute;
      // the person moves on before the overview has its answer
      await page.getByRole('link', { name: 'ผู้ใช้งานและหน่วยงาน' }).click();
      await page.locator('[data-person]').first().waitFor();
      await release(route);
      await answered(1);
      await page.unroute(/\/v1\/fiscal-years\/\d+\/obligations\?/);
      expect(await page.locator('main h1').textContent()).toBe('ผู้ใช้งานและหน่วยงาน');
      expect(await page.getByRole('heading', { name: 'เกิดข้อผิดพลาด' }).count()).toBe(0);
      expect(await page.locator('[data-person]').count()).toBeGreaterThan(1);
      expect(await page.locator('header .brand').count()).toBe(1);
    });
  }
});
