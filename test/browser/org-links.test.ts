/// <reference lib="dom" />
// Links from emails and calendars name their org ("#/org/{orgId}/…", break 18 s28, F4): the page
// opens them in that org, or says the account is not in it, and never shows the form of the
// same id in the tab's org.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminCli } from '../../infra/cli/admin.js';
import { importPlanCli } from '../../infra/cli/import-plan.js';
import { runCliEntry } from '../support/cli-process.js';
import { DEMO_DOCUMENT } from '../../infra/local/demo-seed.js';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs, signOutOf } from '../support/local-sign-in.js';
import { apiPath } from '../../shared/api/api-path.js';

const STAFF = 'staff.finance@demo.example.org';
let setup: LocalSystemSetup;
let page: Page;

onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await phonePage(started.browser, (dialog) => void dialog.accept());
  return page;
});

describe("a link naming an org, as กองคลัง's staff", () => {
  it("a link naming the person's own org opens the obligation there", async () => {
    await signInAs(page, setup.api, STAFF);
    await page.goto(`${setup.api}/#/org/demo/fy/2566/o/i4.f2.2023-04.finance`);
    await expect.poll(() => page.locator('main h1').textContent()).toContain('มีการรายงานผล');
    expect(await page.evaluate(() => location.hash)).toMatch(
      /^#(\/org\/demo)?\/fy\/2566\/o\/i4\.f2\.2023-04\.finance$/,
    );
  });

  it.each(['nongbua', 'other'])(
    'a link naming org "%s", which the person is not in: a Thai message, no report form',
    async (org) => {
      await page.goto(`${setup.api}/#/fy/2566`);
      await page.locator('main h1').waitFor();
      await page.goto(`${setup.api}/#/org/${org}/fy/2566/o/i4.f2.2023-04.finance`);
      await expect.poll(() => page.locator('main h1').textContent()).toBe('ลิงก์นี้เป็นขององค์กรที่บัญชีนี้ใช้งานไม่ได้');
      expect(await page.locator('main [role=alert]').textContent()).toContain(`"${org}"`);
      expect(await page.locator('main form').count()).toBe(0);
      // the tab stays in its org: home still works
      await page.getByRole('link', { name: 'กลับหน้าแรก' }).click();
      await expect.poll(() => page.locator('header [data-testid="who"]').count()).toBe(1);
    },
  );
});

describe('a person in two orgs follows an email link to the org the tab is not in', () => {
  const OBLIGATION = 'i4.f2.2023-04.finance';
  // not signed in before in this file: the API keeps who someone is for 60 s (CallerDirectory), and
  // the membership is added outside the API (the admin CLI)
  const HEAD = 'head.finance@demo.example.org';
  /** The org each API call of the page names (X-Org-Id), for the obligation's own reads. */
  const orgsAsked: string[] = [];
  const brand = () => page.locator('header .brand').textContent();

  it("the tab in ดอนอะระง, a link to หนองบัว's obligation: the page switches to หนองบัว and asks it, not ดอนอะระง", async () => {
    const cli = (...args: string[]) => runCliEntry(adminCli, args, { env: setup.env });
    await cli('create-org', '--org', 'nongbua', '--name', 'เทศบาลตำบลหนองบัว', '--municipal-units');
    await cli(
      'add-person',
      '--org',
      'nongbua',
      '--email',
      HEAD,
      '--name',
      'เจ้าหน้าที่การเงิน หนองบัว',
      '--roles',
      'staff',
      '--unit',
      'finance',
    );
    // the same document as the demo's: the same obligation ids in both orgs (the importer's i{indicator})
    await runCliEntry(importPlanCli, [DEMO_DOCUMENT, '--org', 'nongbua', '--fy', '2566'], { env: setup.env });

    page.on('request', (request) => {
      if (request.url().includes(`/obligations/${OBLIGATION}`)) orgsAsked.push(request.headers()['x-org-id'] ?? '');
    });
    await page.goto(`${setup.api}/#/fy/2566`);
    await signOutOf(page);
    // listed under each org: the entry under ดอนอะระง signs in there, with no question which org
    await page.locator(`section[data-org="demo"] button[data-email="${HEAD}"]`).click();
    await expect.poll(brand).toContain('เทศบาลตำบลดอนอะระง');

    orgsAsked.length = 0;
    await page.goto(`${setup.api}/#/org/nongbua/fy/2566/o/${OBLIGATION}`);
    await expect.poll(brand).toContain('เทศบาลตำบลหนองบัว');
    await expect.poll(() => page.locator('main h1').textContent()).toContain('มีการรายงานผล');
    expect(orgsAsked.length).toBeGreaterThan(0);
    expect(new Set(orgsAsked)).toEqual(new Set(['nongbua']));
  }, 120_000);

  it('and back: the tab now in หนองบัว, a link to ดอนอะระง opens ดอนอะระง', async () => {
    orgsAsked.length = 0;
    await page.goto(`${setup.api}/#/org/demo/fy/2566/o/${OBLIGATION}`);
    await expect.poll(brand).toContain('เทศบาลตำบลดอนอะระง');
    await expect.poll(() => page.locator('main h1').textContent()).toContain('มีการรายงานผล');
    expect(new Set(orgsAsked)).toEqual(new Set(['demo']));
  });

  it("a report sent from the followed link is filed in หนองบัว; ดอนอะระง's stays unreported", async () => {
    await page.goto(`${setup.api}/#/org/nongbua/fy/2566/o/${OBLIGATION}`);
    await expect.poll(brand).toContain('เทศบาลตำบลหนองบัว');
    await page.getByLabel('ดำเนินการแล้วเสร็จ').check();
    await page.locator('#f-summary').fill('รายงานของหนองบัว ส่งจากลิงก์ในอีเมล');
    await page.getByRole('button', { name: 'ส่งรายงาน', exact: true }).click();
    const latest = async (org: string) => {
      const { token } = (await (
        await fetch(`${setup.api}/local/token?email=${encodeURIComponent(HEAD)}`, { method: 'POST' })
      ).json()) as { token: string };
      const res = await fetch(`${setup.api}/v1/fiscal-years/2566/obligations/${OBLIGATION}`, {
        headers: { authorization: `Bearer ${token}`, 'x-org-id': org },
      });
      return ((await res.json()) as { latestReport?: { summary: string } | null }).latestReport?.summary ?? null;
    };
    await expect.poll(() => latest('nongbua')).toBe('รายงานของหนองบัว ส่งจากลิงก์ในอีเมล');
    expect(await latest('demo')).toBeNull();
  });
});

describe("the local sign-in page lists every org's people (an org made with npm run admin)", () => {
  // หนองบัว was made by the describe above; its own coordinator, and one deactivated
  const NONGBUA_ITA = 'ita@nongbua.example.org';
  const LEFT = 'left@nongbua.example.org';
  const picker = async () =>
    (await (await fetch(`${setup.api}/local/people`)).json()) as { email: string; orgId: string; orgName: string }[];

  it("a person of the second org is listed under its Thai name, after the demo org's, and signs in there", async () => {
    const cli = (...args: string[]) => runCliEntry(adminCli, args, { env: setup.env });
    const add = (email: string, name: string) =>
      cli(
        'add-person',
        '--org',
        'nongbua',
        '--email',
        email,
        '--name',
        name,
        '--roles',
        'staff,coordinator',
        '--unit',
        'clerk',
      );
    await add(NONGBUA_ITA, 'คณะทำงาน ITA หนองบัว');
    await add(LEFT, 'นายย้ายออก หนองบัว');
    await cli('remove-person', '--org', 'nongbua', '--email', LEFT);

    await page.goto(`${setup.api}/#/fy/2566`);
    await signOutOf(page);
    const groups = page.locator('main section.org-people');
    await expect
      .poll(() => groups.evaluateAll((s) => s.map((e) => e.getAttribute('data-org'))))
      .toEqual(['demo', 'nongbua']);
    expect(await page.locator('section[data-org="demo"] h2').textContent()).toBe('เทศบาลตำบลดอนอะระง');
    expect(await page.locator('section[data-org="nongbua"] h2').textContent()).toBe('เทศบาลตำบลหนองบัว');
    const button = page.locator(`section[data-org="nongbua"] button[data-email="${NONGBUA_ITA}"]`);
    expect(await button.textContent()).toContain('คณะทำงาน ITA หนองบัว');
    expect(await button.textContent()).toContain('สำนักปลัดเทศบาล');
    await button.click();
    await expect.poll(() => page.locator('header .brand').textContent()).toContain('เทศบาลตำบลหนองบัว');
    await expect.poll(() => page.locator('header [data-testid="who"]').textContent()).toContain('คณะทำงาน ITA หนองบัว');
  }, 120_000);

  it('a deactivated person of the second org is not listed and gets no token', async () => {
    const listed = await picker();
    expect(listed.map((p) => p.email)).toContain(NONGBUA_ITA);
    expect(listed.map((p) => p.email)).not.toContain(LEFT);
    const token = await fetch(`${setup.api}/local/token?email=${encodeURIComponent(LEFT)}`, { method: 'POST' });
    expect(token.status).toBe(404);
  });

  it("the demo org's people stay first, in their usual order; someone in both orgs is listed under each", async () => {
    const listed = await picker();
    const firstOther = listed.findIndex((p) => p.orgId !== 'demo');
    expect(listed.slice(0, firstOther).every((p) => p.orgId === 'demo')).toBe(true);
    expect(listed.slice(firstOther).every((p) => p.orgId === 'nongbua' && p.orgName === 'เทศบาลตำบลหนองบัว')).toBe(true);
    expect(listed[0]!.email).toMatch(/^staff\.[a-z]+@demo\.example\.org$/);
    const head = listed.filter((p) => p.email === 'head.finance@demo.example.org');
    expect(head.map((p) => p.orgId)).toEqual(['demo', 'nongbua']);
  });
});

describe('the local sign-in page: people in several orgs, and telling people apart (s35-b)', () => {
  // หนองบัว and its coordinator were made above; อากาศ, an อบต. whose id sorts before หนองบัว's and
  // whose Thai name after it (Thai order skips the leading vowel of เทศบาล)
  const AKAT = 'องค์การบริหารส่วนตำบลอากาศ';
  const NONGBUA = 'เทศบาลตำบลหนองบัว';
  const NONGBUA_ITA = 'ita@nongbua.example.org';
  const AKAT_ITA = 'ita@akat.example.org';
  const TWO = 'two.orgs@example.org';
  const HALF = 'left.akat@example.org';
  const SAME = ['same.1@akat.example.org', 'same.2@akat.example.org', 'same.3@akat.example.org'];
  const brand = () => page.locator('header .brand').textContent();
  const entry = (org: string, email: string) =>
    page.locator(`section[data-org="${org}"] button[data-email="${email}"]`);
  const toSignIn = async () => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${setup.api}/#/sign-in`);
    await page.reload(); // a fresh list, with the people just added
    await page.locator('button[data-email]').first().waitFor();
  };
  const add = async (as: string, body: Record<string, unknown>) => {
    const added = await apiAs(setup.api, as, 'POST', '/v1/people', body);
    expect(added.status).toBe(201);
    return added.body.personId as string;
  };

  it('someone in two orgs is listed under each, and the entry under an org signs in to that org, no question', async () => {
    const cli = (...args: string[]) => runCliEntry(adminCli, args, { env: setup.env });
    await cli('create-org', '--org', 'akat', '--name', AKAT, '--municipal-units');
    await cli(
      'add-person',
      '--org',
      'akat',
      '--email',
      AKAT_ITA,
      '--name',
      'คณะทำงาน ITA อากาศ',
      '--roles',
      'coordinator',
    );
    const staff = (email: string, name: string, unitId: string) => ({ email, name, roles: ['staff'], unitId });
    await add(NONGBUA_ITA, staff(TWO, 'นางสองแห่ง ทำงานสองที่', 'clerk'));
    await add(AKAT_ITA, staff(TWO, 'นางสองแห่ง ทำงานสองที่', 'finance'));
    await add(NONGBUA_ITA, staff(HALF, 'นายย้ายจาก อากาศ', 'clerk'));
    const halfInAkat = await add(AKAT_ITA, staff(HALF, 'นายย้ายจาก อากาศ', 'finance'));
    expect((await apiAs(setup.api, AKAT_ITA, 'PUT', `/v1/people/${halfInAkat}`, { active: false })).status).toBe(200);
    for (const email of SAME) await add(AKAT_ITA, staff(email, 'นายสมชาย ใจดี', 'finance'));

    await toSignIn();
    expect(await entry('nongbua', TWO).textContent()).toContain('สำนักปลัดเทศบาล');
    expect(await entry('akat', TWO).textContent()).toContain('กองคลัง');
    await entry('akat', TWO).click();
    await expect.poll(brand).toContain(AKAT);
    await expect.poll(() => page.locator('header [data-testid="who"]').textContent()).toContain('นางสองแห่ง');

    await toSignIn();
    await entry('nongbua', TWO).click();
    await expect.poll(brand).toContain(NONGBUA);

    // the head of กองคลัง, in ดอนอะระง and หนองบัว since the first describe, from หนองบัว's entry
    await toSignIn();
    await entry('nongbua', 'head.finance@demo.example.org').click();
    await expect.poll(brand).toContain(NONGBUA);
  }, 120_000);

  it('active in one org and removed from the other: listed only where active, and signs in there', async () => {
    await toSignIn();
    expect(await entry('nongbua', HALF).count()).toBe(1);
    expect(await page.locator(`button[data-email="${HALF}"]`).count()).toBe(1);
    const listed = (await (await fetch(`${setup.api}/local/people`)).json()) as { email: string; orgId: string }[];
    expect(listed.filter((p) => p.email === HALF).map((p) => p.orgId)).toEqual(['nongbua']);
    await entry('nongbua', HALF).click();
    await expect.poll(brand).toContain(NONGBUA);
  });

  it('people of one name, unit and role in one org are told apart by their email', async () => {
    await toSignIn();
    const texts = await Promise.all(SAME.map((email) => entry('akat', email).textContent()));
    expect(new Set(texts).size).toBe(SAME.length);
    SAME.forEach((email, i) => {
      expect(texts[i]).toContain('นายสมชาย ใจดี');
      expect(texts[i]).toContain(email);
    });
    // the entry chosen is the one signed in
    await entry('akat', SAME[1]!).click();
    await expect.poll(brand).toContain(AKAT);
    const signedIn = await page.evaluate(() => {
      const token = sessionStorage.getItem('ita.token') ?? '';
      const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
      return (JSON.parse(atob(payload)) as { email: string }).email;
    });
    expect(signedIn).toBe(SAME[1]);
  });

  it('the orgs come in Thai order of their names, the demo org first, as the org chooser lists them', async () => {
    await toSignIn();
    const groups = page.locator('main section.org-people');
    expect(await groups.evaluateAll((s) => s.map((e) => e.getAttribute('data-org')))).toEqual([
      'demo',
      'nongbua',
      'akat',
    ]);
    expect(await page.locator('main section.org-people h2').allTextContents()).toEqual([
      'เทศบาลตำบลดอนอะระง',
      NONGBUA,
      AKAT,
    ]);
    // the chooser of someone in หนองบัว and อากาศ: the same order (the API gives them by id)
    await entry('nongbua', TWO).click();
    await expect.poll(brand).toContain(NONGBUA);
    await page.getByRole('button', { name: 'เปลี่ยนองค์กร' }).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('เลือกองค์กรที่จะใช้งาน');
    expect(
      await page.locator('main button[data-org]').evaluateAll((b) => b.map((e) => e.getAttribute('data-org'))),
    ).toEqual(['nongbua', 'akat']);
  });
});

describe('an email link opened signed out opens after the sign-in (s34-r, A)', () => {
  /** A new tab from an email: nothing signed in, the link's address. */
  const openSignedOut = async (hash: string) => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${setup.api}/${hash}`);
    await page.locator(`button[data-email="${COORDINATOR}"]`).waitFor();
  };

  it("the obligation the link names, in the link's org, not home", async () => {
    await openSignedOut('#/org/demo/fy/2566/o/i10.f4.2023-04.engineering');
    await page.locator(`button[data-email="${COORDINATOR}"]`).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/fy/2566/o/i10.f4.2023-04.engineering');
    await expect.poll(() => page.locator('header .brand').textContent()).toContain('เทศบาลตำบลดอนอะระง');
    await expect.poll(() => page.locator('main form').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="not-found"]').count()).toBe(0);
  });

  it('the overview of the month the link names', async () => {
    await openSignedOut('#/fy/2566/overview/2023-02');
    await page.locator(`button[data-email="${COORDINATOR}"]`).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    expect(await page.evaluate(() => location.hash)).toBe('#/fy/2566/overview/2023-02');
    expect(await page.locator('select#month').inputValue()).toBe('2023-02');
  });

  it('the address is used once: the next sign-in, from the sign-in page, goes home', async () => {
    await openSignedOut('#/fy/2566/overview/2023-03');
    await page.locator(`button[data-email="${COORDINATOR}"]`).click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ภาพรวมการรายงานทั้งองค์กร');
    await signOutOf(page);
    await page.locator(`button[data-email="${STAFF}"]`).click();
    await page.locator('header [data-testid="who"]').waitFor();
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe('ภาพรวมการรายงานทั้งองค์กร');
    expect(await page.evaluate(() => location.hash)).not.toContain('overview');
  });
});

describe('a new org before its first plan (s34-r, B)', () => {
  const ITA = 'ita@bandon.example.org';
  const CLERK = 'staff@bandon.example.org';
  const signInFromPicker = async (email: string) => {
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${setup.api}/#/sign-in`);
    await page.locator(`button[data-email="${email}"]`).click();
    await page.locator('header [data-testid="who"]').waitFor();
  };

  it('its coordinator sees that the year has no plan yet and a link to import it, not "not found"', async () => {
    const cli = (...args: string[]) => runCliEntry(adminCli, args, { env: setup.env });
    await cli('create-org', '--org', 'bandon', '--name', 'เทศบาลตำบลบ้านดอน', '--municipal-units');
    const add = (email: string, name: string, roles: string) =>
      cli('add-person', '--org', 'bandon', '--email', email, '--name', name, '--roles', roles, '--unit', 'clerk');
    await add(ITA, 'คณะทำงาน ITA บ้านดอน', 'staff,coordinator');
    await add(CLERK, 'เจ้าหน้าที่ บ้านดอน', 'staff');

    await signInFromPicker(ITA);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ปีงบประมาณ ๒๕๖๖ ยังไม่มีแผนมาตรการ');
    expect(await page.locator('[data-testid="not-found"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('นำเข้าได้ที่หน้าแผนมาตรการ');
    await page.getByRole('link', { name: 'ไปที่แผนมาตรการ ปีงบประมาณ ๒๕๖๖' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/fy/2566/plan');
    await expect.poll(() => page.locator('main').textContent()).toContain('ยังไม่มีแผนมาตรการของปีนี้: นำเข้าจากไฟล์');
  }, 120_000);

  it('its staff are told to ask the ITA working group, with no import link', async () => {
    await signInFromPicker(CLERK);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ปีงบประมาณ ๒๕๖๖ ยังไม่มีแผนมาตรการ');
    expect(await page.locator('main').textContent()).toContain('กรุณาสอบถามคณะทำงาน ITA ขององค์กร');
    expect(await page.locator('[data-testid="no-plan-import"]').count()).toBe(0);
    expect(await page.locator('[data-testid="not-found"]').count()).toBe(0);
  });

  it("a link to the plan-less year's overview says the same, for the coordinator", async () => {
    await signInFromPicker(ITA);
    await page.goto(`${setup.api}/#/fy/2566/overview`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('ปีงบประมาณ ๒๕๖๖ ยังไม่มีแผนมาตรการ');
    expect(await page.locator('[data-testid="no-plan-import"]').count()).toBe(1);
  });
});

describe("an email's link to an item the plan no longer has (tester s45 #3)", () => {
  type Obligations = { items: { obligationId: string; measureId: string; followUpNo: number; periodId: string }[] };
  type Measures = { measures: { measureId: string; followUps: { followUpNo: number; lastMonth?: string }[] }[] };
  const year = { fy: 2566 };
  /** the staff member's May items, then the plan saved with their follow-ups stopped after April */
  const stopAfterApril = async () => {
    const listed = await apiAs(
      setup.api,
      STAFF,
      'GET',
      apiPath('/v1/fiscal-years/{fy}/obligations', year, { limit: 200 }),
    );
    const may = (listed.body as Obligations).items.filter((o) => o.periodId === '2023-05');
    expect(may.length).toBeGreaterThan(1);
    const plan = (await apiAs(setup.api, COORDINATOR, 'GET', apiPath('/v1/fiscal-years/{fy}/measures', year)))
      .body as Measures;
    for (const o of may.slice(0, 2)) {
      const followUp = plan.measures
        .find((m) => m.measureId === o.measureId)!
        .followUps.find((f) => f.followUpNo === o.followUpNo)!;
      followUp.lastMonth = '2023-04';
    }
    const saved = await apiAs(setup.api, COORDINATOR, 'PUT', apiPath('/v1/fiscal-years/{fy}/plan', year), {
      format: 'json',
      measures: plan.measures,
    });
    expect(saved.status).toBe(200);
    return may.slice(0, 2).map((o) => o.obligationId);
  };
  let stopped: string[] = [];

  it('staff opening a stopped item read why, that nothing is to be reported, and reach the year’s list', async () => {
    stopped = await stopAfterApril();
    await signInAs(page, setup.api, STAFF);
    for (const id of stopped) {
      await page.goto(`${setup.api}/#/org/demo/fy/2566/o/${id}`);
      await page.reload();
      await expect
        .poll(() => page.locator('main [data-testid="not-in-plan"] h1').textContent())
        .toBe('ไม่พบรายการนี้ในแผนมาตรการฉบับปัจจุบัน');
      const text = await page.locator('main').innerText();
      expect(text).toContain('อาจถูกยกเลิกหรือหยุดดำเนินการเมื่อคณะทำงาน ITA แก้ไขแผนมาตรการปีงบประมาณ ๒๕๖๖');
      expect(text).toContain('จึงไม่ต้องรายงานรายการนี้');
      expect(text).toContain('รายการที่ยังต้องรายงานดูได้จากลิงก์ด้านล่าง หากสงสัย กรุณาสอบถามคณะทำงาน ITA');
      expect(text).not.toContain('ไม่พบหน้าที่ต้องการ');
    }
    await page.getByTestId('year-obligations').click();
    await expect.poll(() => page.url()).toMatch(/#\/fy\/2566$/);
    await page.locator('main [data-obligation]').first().waitFor();
    expect(await page.locator(`main [data-obligation="${stopped[0]}"]`).count()).toBe(0);
  });

  it('the ITA working group is pointed at the plan’s history instead', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/2566/o/${stopped[0]}`);
    await page.reload();
    await expect.poll(() => page.locator('main [data-testid="not-in-plan"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('การแก้ไขแผนแต่ละครั้งดูได้ที่ประวัติแผนมาตรการ');
    expect(await page.getByRole('link', { name: 'ประวัติแผนมาตรการ ปีงบประมาณ ๒๕๖๖' }).getAttribute('href')).toBe(
      '#/fy/2566/plan/history',
    );
  });

  it('a well-formed address of an item the plan never had says the same; a malformed one stays "not found"', async () => {
    await signInAs(page, setup.api, STAFF);
    // the year's first and last months and a month between are months its plan may have held
    for (const month of ['2023-05', '2022-10', '2023-09']) {
      await page.goto(`${setup.api}/#/fy/2566/o/i99.f1.${month}.finance`);
      await page.reload();
      await expect.poll(() => page.locator('main [data-testid="not-in-plan"]').count()).toBe(1);
    }
    await page.goto(`${setup.api}/#/fy/2566/o/i4.f2.2023-0`);
    await page.reload();
    await expect.poll(() => page.locator('main [data-testid="not-found"] h1').textContent()).toBe('ไม่พบหน้าที่ต้องการ');
    expect(await page.locator('main [data-testid="not-in-plan"]').count()).toBe(0);
  });
});
