/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The turn of the year in a real browser, on `npm start`'s system on 5 October 2566 (fiscal year
// 2567, whose plan the coordinator has saved; the seed's FY2566 plan, its reports mostly unsent).
// Tester s47 F1: this year's home showed nothing of last year's overdue and returned reports while
// their emails still went out. Tester s47 F3: returning an on-time report after its due date makes
// it late, and the review form did not say so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs as callApiAs, COORDINATOR, signInAs, signOutOf } from '../support/local-sign-in.js';
import { seedReport } from '../support/report-seeding.js';
import { apiPath } from '../../shared/api/api-path.js';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';

const FINANCE_STAFF = 'staff.finance@demo.example.org';
const ENGINEERING_HEAD = 'head.engineering@demo.example.org';
const MAYOR = 'mayor@demo.example.org';
const WAIT = { timeout: 15_000 };

interface Listed {
  obligationId: string;
  dueDate: string;
  status: string;
}

let setup: LocalSystemSetup;
let page: Page;
/** กองคลัง's FY2566 reports the coordinator returned on 5 October */
let returned: string[] = [];
/** a FY2566 report of กองคลัง sent before its due date, waiting for review */
let onTime = '';
/** a FY2566 report of กองคลัง sent today, after its due date */
let late = '';
/** a FY2567 report of กองคลัง sent today, before its due date */
let early = '';
/** a FY2566 report of กองคลัง not sent */
let unsent = '';

const apiAs = (email: string, method: string, path: string, body?: unknown) =>
  callApiAs(setup.api, email, method, path, body);
const heading = () => page.locator('main h1').textContent();
const note = () => page.locator('[data-testid="earlier-year-work"]');

/** Every page of the list (re-check s47: the note read one page of 200, so a city's 308 showed 200). */
async function listed(fy: number, query: { unit?: string; status?: string }): Promise<Listed[]> {
  const items: Listed[] = [];
  let cursor: string | undefined;
  do {
    const res = await apiAs(
      COORDINATOR,
      'GET',
      apiPath('/v1/fiscal-years/{fy}/obligations', { fy }, { limit: 200, ...query, cursor }),
    );
    expect(res.status).toBe(200);
    const page = res.body as { items: Listed[]; cursor?: string };
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}
/** What the home should count: the unit's FY2566 reports due, overdue or returned, as the API lists them. */
const openCount = async (unit?: string) =>
  (await listed(2566, { unit, status: 'due' })).length +
  (await listed(2566, { unit, status: 'overdue' })).length +
  (await listed(2566, { unit, status: 'returned' })).length;

async function send(fy: number, obligationId: string): Promise<void> {
  const res = await apiAs(
    FINANCE_STAFF,
    'PUT',
    apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId }),
    {
      progress: 'done',
      summary: 'ดำเนินการตามมาตรการแล้ว',
    },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

onBrowserSystem('2023-10-05', async (started) => {
  setup = started.setup;
  page = await phonePage(started.browser);
  // FY2567's plan, saved on 5 October: one monthly follow-up of กองคลัง and กองช่าง
  const saved = await apiAs(COORDINATOR, 'PUT', apiPath('/v1/fiscal-years/{fy}/plan', { fy: 2567 }), {
    format: 'json',
    measures: [
      {
        measureId: 'i4',
        order: 1,
        indicator: 4,
        title: 'มาตรการรายงานผลต่อที่ประชุม',
        subMeasures: [],
        methods: [],
        timeframe: 'ตลอดปีงบประมาณ',
        followUps: [{ followUpNo: 1, text: 'รายงานผลต่อที่ประชุมประจำเดือน', cadence: 'monthly', audience: ['executives'] }],
        responsible: { allUnits: false, unitIds: ['finance', 'engineering'], text: 'กองคลัง กองช่าง' },
        recommendations: [],
        notes: [],
      },
    ],
  });
  expect(saved.status, JSON.stringify(saved.body).slice(0, 500)).toBe(200);
  const overdue = await listed(2566, { unit: 'finance', status: 'overdue' });
  // two sent late and returned by the coordinator today
  returned = overdue.slice(0, 2).map((o) => o.obligationId);
  for (const id of returned) {
    await send(2566, id);
    const review = await apiAs(
      COORDINATOR,
      'POST',
      apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', { fy: 2566, obligationId: id }),
      {
        decision: 'return',
        comment: 'กรุณาแนบรูปถ่ายการประชุม',
      },
    );
    expect(review.status, JSON.stringify(review.body)).toBe(200);
  }
  // one sent two days before its due date in September (written as staff would have, then)
  const september = overdue.find((o) => o.dueDate >= '2023-09-03' && !returned.includes(o.obligationId))!;
  onTime = september.obligationId;
  const store = {
    tableName: setup.tableName,
    doc: createDocumentClient({ endpoint: setup.dynamodbEndpoint, region: 'ap-southeast-1' }),
  };
  await seedReport(store, 'demo', onTime, new Date(Date.parse(`${september.dueDate}T10:00:00+07:00`) - 2 * 86_400_000));
  late = overdue.find((o) => ![...returned, onTime].includes(o.obligationId))!.obligationId;
  await send(2566, late);
  unsent = overdue.find((o) => ![...returned, onTime, late].includes(o.obligationId))!.obligationId;
  early = (await listed(2567, { unit: 'finance' }))[0]!.obligationId;
  await send(2567, early);
  return page;
});

describe('last year’s open work on this year’s home (tester s47 F1)', () => {
  it('กองคลัง’s staff see FY2566’s overdue and returned reports counted, and its link opens that year’s list', async () => {
    await signInAs(page, setup.api, FINANCE_STAFF);
    expect(await page.evaluate(() => location.hash)).toBe('#/fy/2567');
    await expect.poll(heading, WAIT).toBe('งานที่ต้องรายงานของกองคลัง');
    const count = await openCount('finance');
    expect(count).toBeGreaterThan(2);
    await note().waitFor();
    expect(await note().textContent()).toBe(
      `งานค้างจากปีงบประมาณ ๒๕๖๖ (${count.toLocaleString('th-TH-u-nu-thai', { useGrouping: false })} รายการ) รวมรายงานที่ถูกส่งกลับให้แก้ไข ๒ รายการ`,
    );
    await note().getByRole('link').click();
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toBe('#/fy/2566');
    await expect.poll(() => page.locator('main .sub').textContent(), WAIT).toContain('ปีงบประมาณ ๒๕๖๖');
    // returned work first among the overdue
    const first = await page
      .locator('.group-overdue [data-obligation]')
      .evaluateAll((cards) => cards.slice(0, 2).map((c) => c.getAttribute('data-obligation')));
    expect(first.sort()).toEqual([...returned].sort());
    // last year's own screen points to no earlier year
    expect(await note().count()).toBe(0);
    await signOutOf(page);
  });

  it('กองช่าง’s head, with nothing returned, sees the overdue count alone', async () => {
    await signInAs(page, setup.api, ENGINEERING_HEAD);
    await expect.poll(heading, WAIT).toBe('งานที่ต้องรายงานของกองช่าง');
    const count = await openCount('engineering');
    await note().waitFor();
    expect(await note().textContent()).toBe(
      `งานค้างจากปีงบประมาณ ๒๕๖๖ (${count.toLocaleString('th-TH-u-nu-thai', { useGrouping: false })} รายการ)`,
    );
    expect(await note().getByRole('link').getAttribute('href')).toBe('#/fy/2566');
    await signOutOf(page);
  });

  it('made acting head of กองการศึกษา, กองช่าง’s head finds its FY2566 work from that unit’s FY2567 list', async () => {
    const acting = await apiAs(
      COORDINATOR,
      'PUT',
      apiPath('/v1/people/{personId}', { personId: 'demo-head-engineering' }),
      {
        actingHeadOf: ['education'],
      },
    );
    expect(acting.status, JSON.stringify(acting.body)).toBe(200);
    await signInAs(page, setup.api, ENGINEERING_HEAD);
    await page.getByRole('link', { name: 'งานของกองการศึกษา (รักษาราชการแทน)' }).click();
    await expect.poll(heading, WAIT).toBe('งานที่ต้องรายงานของกองการศึกษา');
    const count = await openCount('education');
    await note().waitFor();
    expect(await note().textContent()).toBe(
      `งานค้างจากปีงบประมาณ ๒๕๖๖ (${count.toLocaleString('th-TH-u-nu-thai', { useGrouping: false })} รายการ)`,
    );
    await note().getByRole('link').click();
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toBe('#/fy/2566/unit/education');
    await expect.poll(heading, WAIT).toBe('งานที่ต้องรายงานของกองการศึกษา');
    await signOutOf(page);
  });

  it('the mayor’s home, the org-wide overview, counts FY2566’s overdue, returned and waiting reports, linked to that year’s overview', async () => {
    await signInAs(page, setup.api, MAYOR);
    await expect.poll(heading, WAIT).toBe('ภาพรวมการรายงานทั้งองค์กร');
    expect(await page.evaluate(() => location.hash)).toBe('#/fy/2567/overview');
    const th = (n: number) => n.toLocaleString('th-TH-u-nu-thai', { useGrouping: false });
    const overdue = (await listed(2566, { status: 'overdue' })).length;
    const waiting = (await listed(2566, { status: 'submitted' })).length;
    const due = (await listed(2566, { status: 'due' })).length;
    expect(waiting).toBe(2);
    // more than one page of the list: every page is counted (re-check s47)
    expect(overdue).toBeGreaterThan(200);
    await note().waitFor();
    expect(await note().textContent()).toBe(
      `งานค้างจากปีงบประมาณ ๒๕๖๖ (${th(due + overdue + 2 + waiting)} รายการ): ${due ? `รอรายงาน ${th(due)} · ` : ''}เลยกำหนด ${th(overdue)} · ส่งกลับแก้ไข ๒ · รอตรวจ ๒`,
    );
    expect(await note().getByRole('link').getAttribute('href')).toBe('#/fy/2566/overview');
    await signOutOf(page);
  });
});

describe('the review form says when a return makes an on-time report late (tester s47 F3)', () => {
  const warning = () => page.locator('[data-testid="late-if-returned"]');
  const open = async (fy: number, obligationId: string) => {
    await page.goto(`${setup.api}/#/fy/${fy}/o/${obligationId}`);
    await page.locator('form.review-form').waitFor();
  };

  it('a FY2566 report sent before its due date, reviewed after it: returning it counts as not sent, then late; accepting keeps it on time', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await open(2566, onTime);
    await warning().waitFor();
    const paragraphs = await warning().locator('p').allTextContents();
    expect(paragraphs[0]).toMatch(
      /^รายงานนี้ส่งตรงเวลา \(ภายใน [๐-๙]+ กันยายน ๒๕๖๖\) และเลยกำหนดส่งแล้ว หากส่งกลับให้แก้ไข จะนับว่ายังไม่ได้ส่งจนกว่าหน่วยงานจะส่งฉบับแก้ไข และเมื่อส่งแล้วจะนับเป็น "ส่งล่าช้า" ในรายงานผลการดำเนินการ$/,
    );
    expect(paragraphs[1]).toBe('หากต้องการให้ยังนับว่าส่งตรงเวลา ให้เลือกรับรายงาน และเขียนสิ่งที่ควรปรับปรุงไว้ในความเห็นถึงหน่วยงาน');
    // said above the choices it is about
    expect(
      await page.locator('form.review-form > [data-testid="late-if-returned"] + fieldset#f-decision').count(),
    ).toBe(1);
  });

  it('a report already late (sent today, after its due date) and one not yet due say nothing', async () => {
    await open(2566, late);
    expect(await page.locator('#f-decision-return').count()).toBe(1);
    expect(await warning().count()).toBe(0);
    await open(2567, early);
    expect(await page.locator('#f-decision-return').count()).toBe(1);
    expect(await warning().count()).toBe(0);
  });

  it('accepted with a comment, the on-time report’s reopen form says reopening makes it late, and not reopening keeps it on time', async () => {
    await open(2566, onTime);
    await page.locator('#f-decision-accept').check();
    await page.locator('#f-comment').fill('ครั้งต่อไปกรุณาแนบรูปถ่ายการประชุม');
    await page.getByRole('button', { name: 'บันทึกผลการตรวจ' }).click();
    await page.locator('#f-decision-reopen').waitFor();
    const paragraphs = await warning().locator('p').allTextContents();
    expect(paragraphs[0]).toContain('หากเปิดให้แก้ไขอีกครั้ง จะนับว่ายังไม่ได้ส่งจนกว่าหน่วยงานจะส่งฉบับแก้ไข');
    expect(paragraphs[0]).toContain('"ส่งล่าช้า"');
    expect(paragraphs[1]).toBe('หากไม่เปิดให้แก้ไข รายงานนี้ยังนับว่าส่งตรงเวลา');
  });
});

// Tester s47: "ข้อความนี้จะพิมพ์ในรายงานผลการดำเนินการประจำปี ซึ่งเผยแพร่ต่อสาธารณะ…" beside a FY2566
// report sent in October 2566, after that year's report may already be published: it is printed
// only in a results report made after it is sent (docs/annual-report.md).
describe('the report form says where its words are printed, true after the year’s report is out', () => {
  const PRINTED =
    'ข้อความนี้จะพิมพ์ในรายงานผลการดำเนินการที่จัดทำหลังจากส่งรายงานนี้ ซึ่งเผยแพร่ต่อสาธารณะที่หน้า ITA ของหน่วยงาน กรุณาอย่าระบุชื่อ เบอร์โทรศัพท์ หรือข้อมูลส่วนบุคคลของผู้ใด';
  const hints = () => page.locator('[data-hint="published"]').allTextContents();
  let signedIn = false;

  it.each([
    ['a FY2566 report returned to กองคลัง', 2566, () => returned[0]!],
    ['a FY2566 report not yet sent', 2566, () => unsent],
    ['this year’s report', 2567, () => early],
  ])('%s: under ผลการดำเนินงาน and ข้อเสนอแนะ', async (_, fy, id) => {
    if (!signedIn) {
      await signOutOf(page);
      await signInAs(page, setup.api, FINANCE_STAFF);
      signedIn = true;
    }
    await page.goto(`${setup.api}/#/fy/${fy}/o/${id()}`);
    await page.locator('#f-summary').waitFor();
    expect(await hints()).toEqual([PRINTED, PRINTED]);
  });
});
