/// <reference lib="dom" />
// Tester s41b (F10): at 320 px the September summary's by-indicator table was 323 px wide, past the
// screen, its head "ยังไม่ส่ง" in 3 lines and "กองสาธารณสุขและสิ่งแวดล้อม" in 4. The summary's HTML as
// a phone's mail app shows it (Debian chromium, the email's first font, Sarabun; no Thai font else).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeCompliance } from '../../shared/domain/compliance-summary.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderAnnualReportEmail } from '../../shared/mail/annual-report-email.js';
import { renderInvitation } from '../../shared/mail/invitation-email.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { renderSummary } from '../../shared/mail/summary-email.js';
import { closeContexts, workerChromium } from '../support/browser.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';
import { lateAdditionPlan } from '../support/late-addition-year.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';

const require = createRequire(import.meta.url);
/**
 * Sarabun's two faces, served to the pages by the test (a route, not a server): a data URL's 220 KB
 * of base64 was parsed again by every page the tests set (0.24 s of CPU a page), a URL is fetched.
 */
const FONT_ORIGIN = 'https://fonts.test';
const FACES = [
  ['400', '400Regular'],
  ['700', '700Bold'],
] as const;
const faceFiles = new Map(
  FACES.map(([, file]) => [
    `${FONT_ORIGIN}/${file}.ttf`,
    readFileSync(require.resolve(`@expo-google-fonts/sarabun/${file}/Sarabun_${file}.ttf`)),
  ]),
);
const FONTS = FACES.map(
  ([w, file]) => `@font-face{font-family:Sarabun;font-weight:${w};src:url(${FONT_ORIGIN}/${file}.ttf)}`,
).join('');

/** One value made on first use, the same after (an HTML the tests at each width read). */
const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
};

const UNIT_NAMES = new Map([
  ['clerk', 'สำนักปลัดเทศบาล'],
  ['finance', 'กองคลัง'],
  ['engineering', 'กองช่าง'],
  ['education', 'กองการศึกษา'],
  ['health', 'กองสาธารณสุขและสิ่งแวดล้อม'],
]);

/**
 * The September year summary (1 September 2566, nothing sent): three-figure counts, every indicator;
 * `graced`: the plan saved that day, so what is past due is รอส่งย้อนหลัง (a fifth column, s49).
 */
function septemberHtml(unitNames: Map<string, string> = UNIT_NAMES, graced = false): string {
  const { plan } = importSeedPlan();
  const tracked = expandPlan(plan, FIVE_UNITS).map((o) => ({
    obligation: graced && o.dueDate <= '2023-09-01' ? { ...o, addedOn: '2023-09-01' as const } : o,
    status: 'overdue' as const,
  }));
  const summary = summarizeCompliance(tracked, { from: '2022-10-01', to: '2023-09-30' }, '2023-09-01', unitNames);
  return renderSummary(summary, {
    title: 'รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ ๒๕๖๖ (ข้อมูล ณ ๑ กันยายน ๒๕๖๖)',
    subjectPeriod: 'สรุปปีงบฯ ๒๕๖๖ ณ ๑ ก.ย.',
    orgName: 'เทศบาลตำบลดอนอะระง',
    unitNames,
    measures: new Map(plan.measures.map((m) => [m.measureId, m])),
    formUrl: 'https://ita.example.org',
  }).html;
}

const html = septemberHtml();
const gracedHtml = once(() => septemberHtml(UNIT_NAMES, true));
// the worker's chromium (shared with the files before and after this one), this file's contexts closed after it
let browser: Browser | undefined;
afterAll(async () => closeContexts(browser));

/**
 * A page a width, shared by that width's tests: each test sets its own content (a new document,
 * nothing kept from the test before), and a page closed or crashed is opened again. A new context a
 * test cost 1.7 s of CPU (its renderer process), the content 0.1 s.
 */
const pages = new Map<number, Promise<Page>>();
async function pageAt(width: number): Promise<Page> {
  const known = await pages.get(width)?.catch(() => undefined);
  if (known && !known.isClosed()) return known;
  const opened = (async () => {
    browser = await workerChromium('browser');
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      deviceScaleFactor: 1,
      isMobile: true,
    });
    await context.route(`${FONT_ORIGIN}/**`, (route) => {
      const body = faceFiles.get(route.request().url());
      return body
        ? route.fulfill({ body, contentType: 'font/ttf', headers: { 'access-control-allow-origin': '*' } })
        : route.abort();
    });
    return context.newPage();
  })();
  pages.set(width, opened);
  return opened;
}

async function open(width: number, content = html): Promise<Page> {
  const page = await pageAt(width);
  await page.setContent(content);
  await page.addStyleTag({ content: FONTS });
  const loaded = await page.evaluate(async () => {
    await document.fonts.load('16px Sarabun');
    await document.fonts.load('bold 16px Sarabun');
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.family === 'Sarabun' && face.status === 'loaded').length;
  });
  // the tests measure lines in Sarabun: a face not loaded would measure the fallback's
  if (loaded !== FACES.length) throw new Error(`Sarabun: ${loaded} of ${FACES.length} faces loaded`);
  return page;
}

/** Each head (th) and cell (td) of the page with its text and how many lines it takes. */
const lineCounts = (page: Page) =>
  page.evaluate(() => {
    // an element's content height over its line height
    const lines = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return Math.round(box / parseFloat(style.lineHeight));
    };
    const of = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => ({ text: el.textContent ?? '', lines: lines(el) }));
    return { heads: of('th'), cells: of('td') };
  });

describe.each([320, 360, 390])("the September summary's tables on a %i px phone", (width) => {
  it('no table and nothing else is wider than the screen', async () => {
    const page = await open(width);
    const tables = await page.$$eval('table', (ts) => ts.map((t) => Math.round(t.getBoundingClientRect().right)));
    expect(tables.length).toBeGreaterThan(2);
    for (const right of tables) expect(right).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it("each column head is one line ('ยังไม่ส่ง' whole), and a unit's name is one line across the screen", async () => {
    const page = await open(width);
    const { heads, cells } = await lineCounts(page);
    expect(heads.map((h) => h.text)).toContain('ยังไม่ส่ง');
    for (const head of heads) expect(head.lines, head.text).toBe(1);
    const health = cells.filter((c) => c.text === 'กองสาธารณสุขและสิ่งแวดล้อม').map((c) => c.lines);
    expect(health).toEqual([1]);
  });
});

// s49: with work in its back-reporting grace the tables have a fifth column, รอส่งย้อนหลัง, whose
// figures make each row add up: still within an executive's phone, every head on one line
describe.each([320, 360, 390])("the summary's tables with a รอส่งย้อนหลัง column on a %i px phone", (width) => {
  it('five heads, each one line, and nothing wider than the screen', async () => {
    const page = await open(width, gracedHtml());
    const { heads, cells } = await lineCounts(page);
    expect(heads.map((h) => h.text).slice(0, 5)).toEqual(['ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ยังไม่ส่ง', 'รอส่งย้อนหลัง']);
    for (const head of heads) expect(head.lines, head.text).toBe(1);
    expect(cells.filter((c) => c.text === 'กองสาธารณสุขและสิ่งแวดล้อม').map((c) => c.lines)).toEqual([1]);
    // the headline's "· รอส่งย้อนหลัง ๒๓๖" never breaks as "· รอ" / "ส่งย้อนหลัง"
    const words = (await labelLines(page, ['รอส่งย้อนหลัง'])).filter((l) => l.label === 'รอส่งย้อนหลัง');
    expect(words.length).toBeGreaterThan(2);
    expect(words.filter((l) => l.lines !== 1)).toEqual([]);
    const tables = await page.$$eval('table', (ts) => ts.map((t) => Math.round(t.getBoundingClientRect().right)));
    for (const right of tables) expect(right).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});

// tester s43b F9: at 390 px the half-year summary was 465 px wide: a unit named in Latin without a
// break opportunity pushed the table's ยังไม่ส่ง column off the screen
const LONG = new Map([
  ...UNIT_NAMES,
  ['engineering', 'ITDigitalTransformationAndCybersecurityOperationsCenter'],
  ['education', 'กองยุทธศาสตร์และงบประมาณและการพัฒนาเทคโนโลยีสารสนเทศเพื่อการบริหารจัดการภาครัฐ'],
  ['finance', 'https://www.donarang.go.th/finance-division/procurement-transparency'],
]);
const longNamesHtml = once(() => septemberHtml(LONG));
describe.each([320, 390])('units with long names on a %i px phone', (width) => {
  it('nothing is wider than the screen: the names wrap inside the table', async () => {
    const page = await open(width, longNamesHtml());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const tables = await page.$$eval('table', (ts) => ts.map((t) => Math.round(t.getBoundingClientRect().right)));
    for (const right of tables) expect(right).toBeLessThanOrEqual(width);
  });
});

// Tester s44: an email's "๕ มกราคม ๒๕๗๐" could break between its day, month and year at a line's
// end. The emails' HTML keeps each date whole (emailPage: wholeThaiDates) and still wraps inside the
// screen: the September summary, a reminder with a long follow-up text and dates typed in it, and the
// annual report's email made before the year ended.
const { plan: seed } = importSeedPlan();
const reminderHtml = once((): string => {
  const measures = new Map(
    seed.measures.map((m) => [
      m.measureId,
      {
        ...m,
        followUps: m.followUps.map((f) => ({
          ...f,
          text: `${f.text} โดยรายงานครั้งแรกภายใน 5 ม.ค. 70 และครั้งต่อไปภายในวันที่ ๑๕ กุมภาพันธ์ พ.ศ. ๒๕๗๐ ต่อที่ประชุมคณะผู้บริหาร`,
        })),
      },
    ]),
  );
  const items = expandPlan(seed, FIVE_UNITS)
    .filter((o) => o.periodId === '2023-04')
    .map((obligation) => ({ obligation, status: 'overdue' as const }));
  return renderReminder(
    { stage: 'escalation-head', audience: { kind: 'coordinators' }, items },
    {
      orgName: 'เทศบาลตำบลดอนอะระง',
      unitNames: UNIT_NAMES,
      measures,
      today: '2023-05-08',
      formUrl: 'https://ita.example.org',
    },
  ).html;
});
const annualHtml = once(
  () =>
    renderAnnualReportEmail(
      buildAnnualReport({
        org: SAMPLE_ORG,
        units: SAMPLE_UNITS,
        plan: samplePlan(),
        reports: new Map(),
        asOf: '2023-03-15',
      }),
      1,
      'https://ita.example.org/',
    ).html,
);

/** Each Thai date of the page's text ("๕ มกราคม ๒๕๗๐", "5 ม.ค. 70") and how many lines it lies on. */
const dateLines = (page: Page) =>
  page.evaluate(() => {
    const months =
      'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.';
    const date = new RegExp(`[0-9๐-๙]{1,2}[ \\u00a0](?:${months})[ \\u00a0](?:พ\\.ศ\\.[ \\u00a0])?[0-9๐-๙]{2,4}`, 'g');
    const found: { date: string; lines: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.preheader')) continue;
      for (const m of (node.textContent ?? '').matchAll(date)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        found.push({ date: m[0], lines: tops.size });
      }
    }
    return found;
  });

describe.each([320, 360, 390])("the emails' dates on a %i px phone", (width) => {
  it.each([
    ['the September summary', () => html],
    ['an escalation with dates typed in its follow-ups', reminderHtml],
    ["the annual report's email made in March", annualHtml],
  ])('%s: every date on one line, nothing wider than the screen', async (_, content) => {
    const page = await open(width, content());
    const dates = await dateLines(page);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.lines, d.date).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});

// s45 re-check: a month with its year ("ประจำเดือนเมษายน ๒๕๖๖": no day) and a unit's name ("กองการ" /
// "ศึกษา") could still break across lines on a phone; the emails keep them whole as the page does
// (keepWhole, one helper in emailPage): an opening reminder to กองสาธารณสุขและสิ่งแวดล้อม, whose heading
// names the unit and the month, the September summary's tables, and an escalation's list.
const openingHtml = once((): string => {
  const items = expandPlan(seed, FIVE_UNITS)
    .filter((o) => o.periodId === '2023-04' && o.unitId === 'health')
    .map((obligation) => ({ obligation, status: 'due' as const }));
  return renderReminder(
    { stage: 'opening', audience: { kind: 'unit', unitId: 'health' }, items },
    {
      orgName: 'เทศบาลตำบลดอนอะระง',
      unitNames: UNIT_NAMES,
      measures: new Map(seed.measures.map((m) => [m.measureId, m])),
      today: '2023-04-03',
      formUrl: 'https://ita.example.org',
    },
  ).html;
});

/** Each month with its year and each of `names` in the page's text, and how many lines it lies on. */
const labelLines = (page: Page, names: string[]) =>
  page.evaluate((names) => {
    const months = 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม';
    const label = new RegExp(`(?:${months})[ \\u00a0](?:พ\\.ศ\\.[ \\u00a0])?[0-9๐-๙]{4}|${names.join('|')}`, 'g');
    const found: { label: string; lines: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || node.parentElement.closest('.preheader')) continue;
      for (const m of (node.textContent ?? '').matchAll(label)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        found.push({ label: m[0], lines: tops.size });
      }
    }
    return found;
  }, names);

describe.each([320, 360, 390])("the emails' months with their years and units' names on a %i px phone", (width) => {
  it.each([
    ['an opening reminder to กองสาธารณสุขและสิ่งแวดล้อม', openingHtml],
    ['the September summary', () => html],
    ['an escalation listing every unit', reminderHtml],
  ])('%s: each on one line, nothing wider than the screen', async (_, content) => {
    const page = await open(width, content());
    const labels = await labelLines(page, [...UNIT_NAMES.values()]);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.filter((l) => l.lines !== 1)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it("the opening's heading names the unit and the month, each on one line", async () => {
    const page = await open(width, openingHtml());
    const heading = await page.locator('h1').textContent();
    expect(heading).toMatch(/^กองสาธารณสุขและสิ่งแวดล้อม: ถึงรอบรายงานผล ประจำเดือนเมษายน\u00a0๒๕๖๖ \([๐-๙]+ รายการ\)$/);
    const inHeading = (await labelLines(page, ['กองสาธารณสุขและสิ่งแวดล้อม'])).slice(0, 2);
    expect(inHeading).toEqual([
      { label: 'กองสาธารณสุขและสิ่งแวดล้อม', lines: 1 },
      { label: 'เมษายน\u00a0๒๕๖๖', lines: 1 },
    ]);
  });
});

// Session 50 (re-check 2 s49, P3): the results report's email kept its dates whole but not its labels:
// its headline "· ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๓ · รอส่งย้อนหลัง ๒๓๕" could break a label at a
// 320 px phone's line end ("· รอ" / "ส่งย้อนหลัง" reads "wait"). It keeps them whole as the summaries do.
const COUNT_LABELS = ['รอส่งย้อนหลัง', 'ส่งตรงเวลา', 'ส่งล่าช้า', 'ยังไม่ส่ง'];
// and (re-check s50) its "ภาระการรายงานที่ครบกำหนด" ("ครบ" / "กำหนด") and "ไม่ได้ส่ง" at 360-375 px
const RESULTS_LABELS = [...COUNT_LABELS, 'ครบกำหนด', 'ไม่ได้ส่ง'];

/** FY2570's results report made on `asOf`, i4 added to the plan on `i4`, m9 on `m9` (late additions). */
const lateAdditionHtml = (i4: PlainDate, m9: PlainDate, asOf: PlainDate) =>
  once(
    () =>
      renderAnnualReportEmail(
        buildAnnualReport({
          org: SAMPLE_ORG,
          units: SAMPLE_UNITS,
          plan: lateAdditionPlan(i4, m9, { version: 1, updatedAt: `${i4}T03:00:00.000Z` }),
          reports: new Map(),
          asOf,
        }),
        1,
        'https://ita.example.org/',
      ).html,
  );

const LATE_ADDITIONS = [
  ['a plan saved on 29 September 2027, made on 1 October', lateAdditionHtml('2027-09-29', '2027-09-29', '2027-10-01')],
  ['a plan saved on 12 May 2027, made the next day', lateAdditionHtml('2027-05-12', '2027-05-12', '2027-05-13')],
  ['measures saved on 28 and 29 September, made on 30th', lateAdditionHtml('2027-09-28', '2027-09-29', '2027-09-30')],
] as const;
describe.each([320, 360, 375, 390])("the results report's email with work in its grace on a %i px phone", (width) => {
  it.each(LATE_ADDITIONS)('%s: every count label on one line, nothing wider than the screen', async (_, content) => {
    const page = await open(width, content());
    const labels = (await labelLines(page, RESULTS_LABELS)).filter((l) => RESULTS_LABELS.includes(l.label));
    // ("ไม่ได้ส่ง" is in its note only when reports are past due: not on 13 May)
    expect(labels.map((l) => l.label)).toEqual(expect.arrayContaining([...COUNT_LABELS, 'ครบกำหนด']));
    expect(labels.filter((l) => l.lines !== 1)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});

const longClerkHtml = once(() =>
  septemberHtml(new Map([...UNIT_NAMES, ['clerk', 'สำนักปลัดองค์การบริหารส่วนตำบลดอนอะระง']])),
);
// and the summaries' own: their headline "· ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๓๑๒" broke "ส่ง" /
// "ตรงเวลา" at 320 and 390 px; each label is kept whole too (session 50)
describe.each([320, 360, 390])("the summaries' count labels on a %i px phone", (width) => {
  it.each([
    ['the September summary', () => html],
    ['the September summary with work in its grace', gracedHtml],
    ['the September summary of units with long names', longClerkHtml],
  ])('%s: every count label on one line', async (_, content) => {
    const page = await open(width, content());
    const labels = (await labelLines(page, COUNT_LABELS)).filter((l) => COUNT_LABELS.includes(l.label));
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((l) => l.lines !== 1)).toEqual([]);
  });
});

// Tester s50 (P3): on a 390 px phone an escalation was 20,000-30,000 px tall, a card a report, each
// with a "เปิดแบบรายงาน" button the executives cannot use. One short entry a report now: the demo
// year's reports due 30 September 2023 (76), escalated to the coordinators on 9 October and to the
// executives on 16 October, and a part of 98 of a larger list.
/** The most height a report's entry may take on a phone (about 165 px at 390, 180 at 320; a card took 300 or more). */
const ENTRY_PX = 200;
function escalationHtml(audience: 'coordinators' | 'executives', copies = 0, part?: { index: number; of: number }) {
  const measures = [...seed.measures];
  const i10 = measures.find((m) => m.measureId === 'i10')!;
  for (let k = 1; k <= copies; k++) measures.push({ ...i10, measureId: `i10m${k}`, title: `${i10.title} ${k}` });
  const all = expandPlan({ ...seed, measures }, FIVE_UNITS)
    .filter((o) => o.dueDate === '2023-09-30')
    .map((obligation) => ({ obligation, status: 'overdue' as const }));
  const items = part ? all.slice((part.index - 1) * 98, part.index * 98) : all;
  const mail = renderReminder(
    {
      stage: audience === 'executives' ? 'escalation-executive' : 'escalation-head',
      audience: { kind: audience },
      items,
      ...(part ? { elsewhere: all.length - items.length, part: { ...part, first: (part.index - 1) * 98 + 1 } } : {}),
    },
    {
      orgName: 'เทศบาลตำบลดอนอะระง',
      unitNames: UNIT_NAMES,
      measures: new Map(measures.map((m) => [m.measureId, m])),
      today: audience === 'executives' ? '2023-10-16' : '2023-10-09',
      formUrl: 'https://ita.example.org',
    },
  );
  return { html: mail.html, count: items.length };
}

const ESCALATIONS = [
  ["the executives' of 16 October 2566 (76 reports)", once(() => escalationHtml('executives'))],
  ["the coordinators' of 9 October 2566 (76 reports)", once(() => escalationHtml('coordinators'))],
  ["the executives' first part of 98 (of 156)", once(() => escalationHtml('executives', 4, { index: 1, of: 2 }))],
] as const;
describe.each([320, 390])('an escalation of many reports on a %i px phone', (width) => {
  it.each(ESCALATIONS)(
    '%s: a short entry a report, no form button, nothing wider than the screen',
    async (_, content) => {
      const { html: mail, count } = content();
      const page = await open(width, mail);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThan(count * ENTRY_PX + 1500);
      expect(await page.getByText('เปิดแบบรายงาน').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    },
  );
});

// Tester s55: the coordinators' digest on a 360 px phone greeted "เรียน คณะทำงาน ITA เทศบาลตำบลดอนอะ" /
// "ระง": the org's name, which no dictionary knows, broke mid-word. Every email keeps the org's
// name whole, as it keeps the units' (keepWhole): the coordinators' and the mayor's summaries, the
// coordinators' escalation, the results report's email and the invitation.
const coordinatorsSummaryHtml = once((): string => {
  const { plan } = importSeedPlan();
  const tracked = expandPlan(plan, FIVE_UNITS).map((obligation) => ({ obligation, status: 'overdue' as const }));
  const summary = summarizeCompliance(tracked, { from: '2023-04-01', to: '2023-04-30' }, '2023-05-01', UNIT_NAMES);
  return renderSummary(summary, {
    title: 'สรุปผลการรายงานตามมาตรการ ITA ประจำเดือนเมษายน ๒๕๖๖',
    subjectPeriod: 'สรุปเดือนเมษายน ๒๕๖๖',
    orgName: 'เทศบาลตำบลดอนอะระง',
    reader: 'coordinator',
    unitNames: UNIT_NAMES,
    measures: new Map(plan.measures.map((m) => [m.measureId, m])),
    formUrl: 'https://ita.example.org',
  }).html;
});

const invitationHtml = once(
  (): string =>
    renderInvitation({
      orgName: 'เทศบาลตำบลดอนอะระง',
      name: 'นางสาวสมศรี ใจงาม',
      pageUrl: 'https://ita.example.org/',
      email: 'somsri@example.go.th',
      signIn: { kind: 'password', temporaryPassword: 'Ab3$kLm9qRt2', validDays: 7 },
      sentAt: new Date('2023-04-20T03:00:00Z'),
    }).html,
);

describe.each([320, 360, 390])("the org's name in an email on a %i px phone", (width) => {
  it.each([
    ["the coordinators' April digest", coordinatorsSummaryHtml],
    ["the mayor's September summary", () => html],
    ["the coordinators' escalation", reminderHtml],
    ["the results report's email", annualHtml],
    ['the invitation', invitationHtml],
  ])('%s: on one line wherever it is named, nothing wider than the screen', async (_, content) => {
    const page = await open(width, content());
    const names = (await labelLines(page, ['เทศบาลตำบลดอนอะระง'])).filter((l) => l.label === 'เทศบาลตำบลดอนอะระง');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((l) => l.lines !== 1)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});
