/// <reference lib="dom" />
// Tester s48: the coordinator made and published a results report while units were still inside
// the back-reporting grace of work added late, and nothing said so. In a real browser on 20 April
// 2566: a follow-up due 31 March is added that day (on time until 25 April); the documents screen
// asks before making the year's report (cancel: nothing is made) and says it again before publishing.
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phonePage } from '../support/browser.js';
import { onBrowserSystem } from '../support/browser-system.js';
import type { LocalSystemSetup } from '../support/local-system.js';
import { apiAs as callApiAs, COORDINATOR, signInAs } from '../support/local-sign-in.js';
import type { Measure } from '../../shared/domain/plan.js';

let setup: LocalSystemSetup;
let page: Page;
/** the follow-up added on 20 April, due 31 March, of the coordinator's unit */
let added: string;

const WARNING = 'ยังมี ๑ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๒๕ เมษายน ๒๕๖๖ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น';
const row = (generation: number) => page.locator(`li.generation[data-generation="${generation}"]`);

/** Answers the next dialog (accept or dismiss), giving back what it asked. */
const nextDialog = (accept: boolean): Promise<string> =>
  new Promise((resolve) =>
    page.once('dialog', (dialog: Dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    }),
  );

onBrowserSystem('2023-04-20', async (started) => {
  setup = started.setup;
  page = await phonePage(started.browser);
  return page;
});

describe('the documents screen while work added late is in its grace', () => {
  it('asks before making the results report; cancelled, nothing is made', { timeout: 60_000 }, async () => {
    const me = (await callApiAs(setup.api, COORDINATOR, 'GET', '/v1/me')).body as { unit: { unitId: string } };
    const current = (await callApiAs(setup.api, COORDINATOR, 'GET', '/v1/fiscal-years/2566/measures')).body as {
      measures: Measure[];
    };
    const measure = current.measures.find((m) => m.responsible.allUnits)!;
    measure.followUps.push({
      followUpNo: Math.max(...measure.followUps.map((f) => f.followUpNo)) + 1,
      text: 'รายงานผลการตรวจสอบภายในต่อนายกเทศมนตรี',
      cadence: 'once',
      audience: ['mayor'],
      dueDate: '2023-03-31',
      unitIds: [me.unit.unitId],
    });
    const saved = await callApiAs(setup.api, COORDINATOR, 'PUT', '/v1/fiscal-years/2566/plan', {
      format: 'json',
      measures: current.measures,
    });
    expect(saved.status).toBe(200);
    added = `${measure.measureId}.f${measure.followUps.at(-1)!.followUpNo}.ONCE.${me.unit.unitId}`;
    await signInAs(page, setup.api, COORDINATOR);
    await page.goto(`${setup.api}/#/fy/2566/annual-report`);
    const asked = nextDialog(false);
    const make = page.getByRole('button', { name: 'จัดทำรายงานผลประจำปี' });
    await make.click();
    expect(await asked).toBe(`${WARNING}\nจัดทำรายงานตอนนี้หรือไม่`);
    // the button is given back once the click is over (after the request, had one been sent)
    await expect.poll(() => make.isEnabled()).toBe(true);
    const list = await callApiAs(setup.api, COORDINATOR, 'GET', '/v1/fiscal-years/2566/annual-report');
    expect((list.body as { items: unknown[] }).items).toHaveLength(0);
  });

  it('made after OK, its publishing question says it too', { timeout: 120_000 }, async () => {
    const asked = nextDialog(true);
    await page.getByRole('button', { name: 'จัดทำรายงานผลประจำปี' }).click();
    expect(await asked).toContain(WARNING);
    await row(1).getByRole('link', { name: 'ดาวน์โหลดรายงาน PDF' }).waitFor({ timeout: 60_000 });
    const question = nextDialog(false);
    await page.getByRole('button', { name: 'เผยแพร่ฉบับที่ ๑' }).click();
    const text = await question;
    expect(text).toContain('ต่อสาธารณะหรือไม่');
    expect(text.endsWith(WARNING)).toBe(true);
  });

  // s49: the warning read status "due" alone; a report sent and returned (ส่งกลับแก้ไข) within its
  // grace is still รอส่งย้อนหลัง in the results report, and the warning says so
  it('a report of that work sent and returned within its grace: still counted', { timeout: 60_000 }, async () => {
    const path = `/v1/fiscal-years/2566/obligations/${added}`;
    const sent = await callApiAs(setup.api, 'staff.clerk@demo.example.org', 'PUT', `${path}/report`, {
      progress: 'done',
      summary: 'รายงานผลการตรวจสอบภายในต่อนายกเทศมนตรีแล้ว',
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const review = await callApiAs(setup.api, COORDINATOR, 'POST', `${path}/review`, {
      decision: 'return',
      comment: 'กรุณาแนบรายงานการประชุม',
    });
    expect(review.status, JSON.stringify(review.body)).toBe(200);
    await page.reload();
    const asked = nextDialog(false);
    await page.getByRole('button', { name: 'จัดทำรายงานผลประจำปี' }).click();
    // before s49 nothing was asked (the report was made at once)
    const unasked = page.waitForTimeout(15_000).then(() => 'nothing asked');
    expect(await Promise.race([asked, unasked])).toBe(`${WARNING}\nจัดทำรายงานตอนนี้หรือไม่`);
  });
});
