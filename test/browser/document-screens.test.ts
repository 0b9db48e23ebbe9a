/// <reference lib="dom" />
// The year's documents in the web page (break 19 s28, F6), in a real browser on `npm start`'s
// system on 2 October 2566: the coordinator generates the plan document, publishes it after a
// confirmation that names the public addresses, withdraws it; refusals (429, 409) are said in Thai;
// the list pages back to the oldest generation; only coordinators get the buttons. The year's
// documents history (ประวัติเอกสาร) is linked from the screen for coordinators and executives.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';
import { keys } from '../../shared/store/keys.js';
import { docsScreenshot, phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import { type LocalSystemSetup } from '../support/local-system.js';
import { apiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';

const EXECUTIVE = 'mayor@demo.example.org';
const STAFF = 'staff.finance@demo.example.org';

let setup: LocalSystemSetup;
let page: Page;

const db = () => createDocumentClient({ endpoint: setup.dynamodbEndpoint, region: 'ap-southeast-1' });
const put = (item: Record<string, unknown>) => db().send(new PutCommand({ TableName: setup.tableName, Item: item }));
const status = () => page.locator('main p[aria-live]').textContent();
const publication = () => page.locator('section.publication');
/** The focused element's text ("body" when focus fell to the page's <body>). */
const focusedText = () =>
  page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.textContent));
const measuresPdf = () => `http://localhost:${setup.ports.api}/ita/demo/2566/measures.pdf`;

/** Answers the next confirm() with `accept`, giving back what it asked. */
function nextDialog(accept: boolean): Promise<string> {
  return new Promise((resolve) =>
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    }),
  );
}

onBrowserSystem('2023-10-02', async (started) => {
  ({ setup } = started);
  page = await phonePage(started.browser);
  return page;
});

describe('the plan document screen, as the ITA coordinator', () => {
  it('generates the plan document from the menu and shows it ready to download', { timeout: 120_000 }, async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.getByRole('link', { name: 'เอกสารมาตรการ' }).click();
    await expect
      .poll(() => page.locator('main h1').textContent())
      .toBe('เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ ๒๕๖๖');
    expect(await publication().textContent()).toContain(measuresPdf());
    await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).click();
    // the first document loads the PDF code and the fonts: up to 60 s
    await page.getByRole('link', { name: 'ดาวน์โหลดเอกสาร PDF' }).waitFor({ timeout: 60_000 });
    // nothing is earlier than ฉบับที่ ๑ (tester s37 #6)
    expect(await page.getByRole('button', { name: 'แสดงฉบับก่อนหน้า' }).isHidden()).toBe(true);
  });

  it('a dismissed confirmation publishes nothing', async () => {
    const asked = nextDialog(false);
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๑' }).click();
    await asked;
    expect((await fetch(measuresPdf())).status).toBe(404);
    expect(await publication().textContent()).toContain('ยังไม่เผยแพร่');
  });

  it('publishes generation 1 after a confirmation naming the PDF, Word and page addresses; the list says who and when', async () => {
    const asked = nextDialog(true);
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๑' }).click();
    const question = await asked;
    expect(question).toContain('เผยแพร่เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส ฉบับที่ ๑ ต่อสาธารณะหรือไม่');
    expect(question).toContain(measuresPdf());
    expect(question).toContain(measuresPdf().replace(/\.pdf$/, '.docx'));
    expect(question).toContain(`หน้าเผยแพร่ ITA http://localhost:${setup.ports.api}/ita/demo/2566/`);
    await expect.poll(() => publication().textContent()).toContain('เผยแพร่อยู่: ฉบับที่ ๑ เผยแพร่เมื่อ');
    // the row drawn again keeps the focus, on its button now the other way (it fell to <body>: WCAG 2.4.3)
    expect(await focusedText()).toBe('ถอนการเผยแพร่ฉบับที่ ๑');
    expect(await publication().textContent()).toContain('โดย คณะทำงาน ITA');
    expect(await page.locator('li.generation[data-published]').getAttribute('data-generation')).toBe('1');
    const served = await fetch(measuresPdf());
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    await docsScreenshot(page, 'web-documents.png', true);
  });

  it('the screen gives the published PDF and Word files the sizes the public ITA page gives them', async () => {
    const html = await (await fetch(`http://localhost:${setup.ports.api}/ita/demo/2566/`)).text();
    for (const format of ['pdf', 'docx']) {
      const onPage = new RegExp(`href="measures\\.${format}"[^>]*>[^<]*</a> <span class="size">\\(([^)]*)\\)`).exec(
        html,
      )?.[1];
      const onScreen = await page
        .locator(`li.generation[data-published] li.file-open:has(a[data-file="plan.${format}"]) .hint`)
        .textContent();
      expect(onPage).toMatch(/^[๐-๙.]+ (KB|MB|ไบต์)$/);
      expect(onScreen?.trim()).toBe(onPage);
    }
  });

  it('another publish or withdrawal under way (409) is said in Thai, and nothing changes', async () => {
    const lease = keys.publishingLease('demo', 2566, 'plan-document');
    await put({ ...lease, type: 'lease', holder: 'someone-else', expiresAt: Math.floor(Date.now() / 1000) + 30 });
    const asked = nextDialog(true);
    await page.getByRole('button', { name: 'ถอนการเผยแพร่ฉบับที่ ๑' }).click();
    await asked;
    await expect.poll(status).toContain('กำลังเผยแพร่หรือถอนการเผยแพร่ตามคำขออื่นอยู่');
    expect((await fetch(measuresPdf())).status).toBe(200);
    await put({ ...lease, type: 'lease', holder: 'someone-else', expiresAt: 1 });
  });

  it('withdraws it after a confirmation: the address answers 404 and the screen says not published', async () => {
    const asked = nextDialog(true);
    await page.getByRole('button', { name: 'ถอนการเผยแพร่ฉบับที่ ๑' }).click();
    expect(await asked).toContain(`ที่อยู่ ${measuresPdf()}`);
    await expect.poll(() => publication().textContent()).toContain('ยังไม่เผยแพร่');
    expect(await focusedText()).toBe('เผยแพร่ฉบับที่ ๑');
    expect((await fetch(measuresPdf())).status).toBe(404);
    expect(await page.locator('li.generation[data-published]').count()).toBe(0);
  });

  it("the day's 21st request is refused in Thai (429) and no generation is added", async () => {
    const day = '2023-10-02';
    await put({ ...keys.generationDay('plan-document', 'demo', 2566, day), requests: 20, expiresAt: 2_000_000_000 });
    await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).click();
    await expect.poll(status).toContain('ครบ ๒๐ ครั้งแล้ว');
    expect(await page.locator('li.generation').count()).toBe(1);
  });

  it('the results report lists 20 generations and shows the older ones on request', async () => {
    // 21 failed generations written straight to the table: the list is what is tested here
    for (let g = 1; g <= 21; g++)
      await put({
        ...keys.generation('annual-report', 'demo', 2566, g),
        type: 'annual-report',
        generation: g,
        status: 'failed',
        startedAt: '2023-10-01T02:00:00.000Z',
        trigger: 'person:demo-coordinator',
        failure: { message_th: 'ทดสอบ', message_en: 'test' },
      });
    await page.getByRole('link', { name: 'รายงานผลประจำปี' }).click();
    await expect.poll(() => page.locator('li.generation').count()).toBe(20);
    await page.getByRole('button', { name: 'แสดงฉบับก่อนหน้า' }).click();
    await expect.poll(() => page.locator('li.generation').count()).toBe(21);
    expect(await page.locator('li.generation').last().getAttribute('data-generation')).toBe('1');
    expect(await page.getByRole('button', { name: 'แสดงฉบับก่อนหน้า' }).isHidden()).toBe(true);
    // the hidden button had the focus: now the first row read, ฉบับที่ ๑ (the year's report)
    expect(await focusedText()).toBe('ฉบับที่ ๑ ประจำปี');
  });
});

describe('who gets the buttons', () => {
  it.each([
    ['an executive', EXECUTIVE],
    ['staff of กองคลัง', STAFF],
  ])('%s sees the published generation with who and when, and no button to generate or publish', async (_, email) => {
    // publish generation 1 again (as the coordinator, through the API) for the readers to see
    const token = await (await fetch(`${setup.api}/local/token?email=${COORDINATOR}`, { method: 'POST' })).json();
    const res = await fetch(`${setup.api}/v1/fiscal-years/2566/plan-document/1/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(token as { token: string }).token}` },
    });
    expect(res.status).toBe(200);
    await signInAs(page, setup.api, email);
    await page.goto(`${setup.api}/#/fy/2566/plan-document`);
    await expect.poll(() => publication().textContent()).toContain('เผยแพร่อยู่: ฉบับที่ ๑');
    expect(await page.locator('li.generation').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'แสดงฉบับก่อนหน้า' }).isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).count()).toBe(0);
    expect(await page.locator('li.generation button').count()).toBe(0);
  });
});

describe('the documents history (ประวัติเอกสาร)', () => {
  const PLAN_DOCUMENT = 'เอกสารมาตรการส่งเสริมคุณธรรมและความโปร่งใส';
  const summaries = () => page.locator('.audit-list .audit-summary').allTextContents();
  const heading = () => page.locator('main h1').textContent();
  /** the API requests the page made for the documents history, from now on */
  const historyRequests = () => {
    const urls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === apiPath('/v1/fiscal-years/{fy}/documents/audit', { fy: 2566 }))
        urls.push(r.url());
    });
    return urls;
  };

  it('the coordinator opens it from เอกสารมาตรการ and reads who generated and published ฉบับที่ ๑, when, in Thai', async () => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/2566/plan-document`);
    await page.getByRole('link', { name: 'ประวัติเอกสาร' }).click();
    await expect.poll(heading).toBe('ประวัติเอกสาร ปีงบประมาณ ๒๕๖๖');
    expect(new URL(page.url()).hash).toBe('#/fy/2566/plan-document/history');
    // newest first: published again for the readers above, withdrawn, published, generated
    await expect
      .poll(summaries)
      .toEqual([
        `เผยแพร่${PLAN_DOCUMENT} ฉบับที่ ๑`,
        `ถอนการเผยแพร่${PLAN_DOCUMENT} ฉบับที่ ๑`,
        `เผยแพร่${PLAN_DOCUMENT} ฉบับที่ ๑`,
        `จัดทำ${PLAN_DOCUMENT} ฉบับที่ ๑`,
      ]);
    for (const who of await page.locator('.audit-list .audit-item .hint').allTextContents())
      expect(who).toMatch(/^คณะทำงาน ITA · ๒ ตุลาคม ๒๕๖๖ เวลา [๐-๙]{2}:[๐-๙]{2} น\.$/);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('เอกสารมาตรการ');
    await page.getByRole('link', { name: '‹ กลับ' }).click();
    await expect.poll(heading).toBe(`${PLAN_DOCUMENT} ปีงบประมาณ ๒๕๖๖`);
  });

  it('staff of กองคลัง get no link to it, and its address tells them so without asking the API', async () => {
    await signInAs(page, setup.api, STAFF);
    const asked = historyRequests();
    await page.goto(`${setup.api}/#/fy/2566/annual-report`);
    await page.locator('section.publication').waitFor();
    expect(await page.getByRole('link', { name: 'ประวัติเอกสาร' }).count()).toBe(0);
    await page.goto(`${setup.api}/#/fy/2566/annual-report/history`);
    await expect.poll(() => page.locator('main').textContent()).toContain('เปิดให้เฉพาะคณะทำงาน ITA และผู้บริหาร');
    expect(await page.locator('.audit-list').count()).toBe(0);
    expect(asked).toEqual([]);
  });

  it('an executive reads 20, and "แสดงเพิ่มเติม" fetches the next page with its cursor, down to the generation', async () => {
    // ten more withdrawals and publications of ฉบับที่ ๑: 24 entries, two pages
    for (let i = 0; i < 10; i++)
      for (const method of ['DELETE', 'POST'])
        expect(
          (
            await apiAs(
              setup.api,
              COORDINATOR,
              method,
              apiPath('/v1/fiscal-years/{fy}/plan-document/{generation}/publish', { fy: 2566, generation: 1 }),
            )
          ).status,
        ).toBe(200);
    await signInAs(page, setup.api, EXECUTIVE);
    const asked = historyRequests();
    await page.goto(`${setup.api}/#/fy/2566/annual-report`);
    await page.getByRole('link', { name: 'ประวัติเอกสาร' }).click();
    await expect.poll(() => page.locator('.audit-list .audit-item').count()).toBe(20);
    expect(asked).toHaveLength(1);
    await page.getByRole('button', { name: 'แสดงเพิ่มเติม' }).click();
    await expect.poll(() => page.locator('.audit-list .audit-item').count()).toBe(24);
    expect(asked).toHaveLength(2);
    expect(new URL(asked[1]!).searchParams.get('cursor')).toBeTruthy();
    expect((await summaries()).at(-1)).toBe(`จัดทำ${PLAN_DOCUMENT} ฉบับที่ ๑`);
    expect(await page.getByRole('button', { name: 'แสดงเพิ่มเติม' }).isHidden()).toBe(true);
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('รายงานผลประจำปี');
  });
});

describe("the plan document's announcement day", () => {
  // re-check s48 #2: a refused day said only "ข้อมูลไม่ถูกต้อง กรุณาตรวจสอบช่องที่ระบุ", no field marked;
  // a day partly typed (value "", validity.badInput) generated with dotted blanks
  const day = () => page.getByLabel('วันที่ประกาศ');
  const dayError = () => page.locator('#err-announced-on').textContent();
  const items = async () =>
    (
      (await apiAs(setup.api, COORDINATOR, 'GET', apiPath('/v1/fiscal-years/{fy}/plan-document', { fy: 2566 })))
        .body as {
        items: unknown[];
      }
    ).items.length;

  it.each([
    ['2030-01-01', 'after the fiscal year'],
    ['2021-12-31', 'before the window'],
    ['2023-10-01', 'the day after the fiscal year ends'],
  ])(
    'a day %s (%s): its Thai message at the field, the field marked, nothing generated',
    { timeout: 60_000 },
    async (given) => {
      await signInAs(page, setup.api, COORDINATOR);
      await page.goto(`${setup.api}/#/fy/2566/plan-document`);
      const before = await items();
      await day().fill(given);
      await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).click();
      await expect.poll(dayError).toBe('วันที่ประกาศต้องอยู่ระหว่าง ๑ มกราคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖ (ปีงบประมาณ ๒๕๖๖)');
      expect(await day().getAttribute('aria-invalid')).toBe('true');
      expect(await day().getAttribute('aria-describedby')).toBe('err-announced-on');
      expect(await items()).toBe(before);
    },
  );

  it.each([['15'], ['1510'], ['15102']])(
    'a day partly typed (%s): said at the field, nothing asked of the API',
    { timeout: 60_000 },
    async (typed) => {
      await signInAs(page, setup.api, COORDINATOR);
      await page.goto(`${setup.api}/#/fy/2566/plan-document`);
      const before = await items();
      await day().click();
      await day().pressSequentially(typed);
      expect(await day().evaluate((el: HTMLInputElement) => [el.value, el.validity.badInput])).toEqual(['', true]);
      await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).click();
      await expect.poll(dayError).toContain('วันที่ประกาศยังไม่ครบ');
      expect(await day().getAttribute('aria-invalid')).toBe('true');
      expect(await items()).toBe(before);
    },
  );

  // s48 P3: a day after today was taken without a word; still accepted (announced ahead, signed that
  // day), it is said beside the field. Today is 2 October 2566: FY2567's window is open ahead.
  const dayNote = () => page.locator('#note-announced-on').textContent();
  it.each([
    ['2023-10-20', 2567, 'วันที่ประกาศอยู่หลังวันนี้: เอกสารจะพิมพ์ "ประกาศ ณ วันที่ ๒๐ ตุลาคม ๒๕๖๖" ไว้ล่วงหน้า'],
    ['2023-10-02', 2567, ''],
    ['2023-09-15', 2566, ''],
  ])('the day %s of FY%s: the note after today, else none', { timeout: 60_000 }, async (given, fy, note) => {
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/${fy}/plan-document`);
    await day().fill(given);
    await expect.poll(dayNote).toEqual(note ? expect.stringContaining(note) : '');
    expect(await day().getAttribute('aria-describedby')).toBe(
      note ? 'err-announced-on note-announced-on' : 'err-announced-on',
    );
    expect(await day().getAttribute('aria-invalid')).toBeNull();
  });

  it("the announcement day given beside the button is printed in the plan document, signed by the demo org's mayor", async () => {
    // last in the file: its generation would change the counts above; the day's requests counted
    // again from none (the 429 test used them up)
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/2566/plan-document`);
    await put({
      ...keys.generationDay('plan-document', 'demo', 2566, '2023-10-02'),
      requests: 0,
      expiresAt: 2_000_000_000,
    });
    await page.getByLabel('วันที่ประกาศ').fill('2022-10-15');
    await page.getByRole('button', { name: 'จัดทำเอกสารมาตรการ' }).click();
    await page.locator('li.generation[data-generation="2"]').getByRole('link').first().waitFor({ timeout: 60_000 });
    // its row says the day, as the list gives it
    expect(await page.locator('li.generation[data-generation="2"] [data-state]').textContent()).toContain(
      'ประกาศ ณ วันที่ ๑๕ ตุลาคม ๒๕๖๕',
    );
    const link = await apiAs(
      setup.api,
      COORDINATOR,
      'GET',
      apiPath('/v1/fiscal-years/{fy}/plan-document/{generation}/{file}', {
        fy: 2566,
        generation: 2,
        file: 'plan.json',
      }),
    );
    const model = (await (await fetch(String(link.body.url))).json()) as { announcement: unknown };
    expect(model.announcement).toEqual({
      on: '2022-10-15',
      year: 2565,
      signatory: { name: 'นายสมชาย ใจดี', position: 'นายกเทศมนตรีตำบลดอนอะระง' },
    });
  });
});
