// A calendar file is one Lambda response (at most 6,291,456 bytes, LAMBDA_SYNC_PAYLOAD_BYTES): every
// feed must fit, with margin, for the largest plans PUT /plan accepts (MAX_PLAN_OBLIGATIONS a year,
// this year and next in one feed), whoever owns it (break 18 s28, F2).
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_MAX_BYTES } from '../../../shared/use-cases/calendar-feeds.js';
import { MAX_PLAN_OBLIGATIONS } from '../../../shared/domain/obligations.js';
import { LAMBDA_SYNC_PAYLOAD_BYTES } from '../../../shared/domain/plan-upload-rules.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

// a sentence of the length coordinators write, with the characters RFC 5545 escapes (, ; \)
const sentence = 'รายงานผลการดำเนินงานตามมาตรการ, แนบหลักฐาน; ส่งผู้บริหารทราบ\\ประจำเดือน ';
const text = (length: number) => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);

/**
 * `measures` measures of `followUps` monthly follow-ups each, for `units` (all of them when
 * undefined): long titles and texts, as much as PUT /plan's 2 MB body takes.
 */
function bigPlan(measures: number, followUps: number, units: string[] | undefined, titleLength: number) {
  return Array.from({ length: measures }, (_, i) => ({
    measureId: `m${i + 1}`,
    order: i + 1,
    indicator: (i % 10) + 1,
    title: `มาตรการ ${i + 1} ${text(titleLength)}`,
    subMeasures: [],
    methods: [],
    timeframe: 'ตลอดปีงบประมาณ',
    followUps: Array.from({ length: followUps }, (_, n) => ({
      followUpNo: n + 1,
      text: `${n + 1} ${text(150)}`,
      cadence: 'monthly',
      audience: ['executives'],
    })),
    responsible: units
      ? { allUnits: false, unitIds: units, text: 'กองคลัง' }
      : { allUnits: true, unitIds: [], text: 'ทุกกองงาน' },
    recommendations: [],
    notes: [],
  }));
}

async function savePlan(f: ApiFixture, fy: number, measures: unknown[]) {
  const res = await call(f.handler, {
    method: 'PUT',
    path: `/v1/fiscal-years/${fy}/plan`,
    as: who.coordinator,
    body: { format: 'json', measures },
  });
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
}

/** The feed's answer as the calendar app gets it, its size as Lambda returns it, and its events. */
async function feedOf(f: ApiFixture, as: string) {
  const created = await call(f.handler, { method: 'POST', path: '/v1/calendar-feeds', as, body: {} });
  expect(created.status).toBe(201);
  const started = performance.now();
  const res = await call(f.handler, { method: 'GET', path: new URL(created.body.url).pathname });
  const ms = performance.now() - started;
  expect(res.status).toBe(200);
  const body = String(res.body);
  const events = Object.values(ical.sync.parseICS(body)).filter((c): c is VEvent => c?.type === 'VEVENT');
  // the Lambda response: the body inside a JSON envelope (line ends and quotes escaped again)
  const lambdaBytes = Buffer.byteLength(JSON.stringify({ statusCode: 200, headers: res.headers, body }));
  console.log(
    `${as}: ${events.length} events, ${Buffer.byteLength(body)} B (${lambdaBytes} B as Lambda's answer), ${Math.round(ms)} ms`,
  );
  return { body, events, lambdaBytes, ms };
}

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const summaries = (events: VEvent[]) => events.map((e) => e.summary as unknown as string);

function expectFits(feed: Awaited<ReturnType<typeof feedOf>>) {
  expect(Buffer.byteLength(feed.body)).toBeLessThanOrEqual(FEED_MAX_BYTES);
  expect(feed.lambdaBytes).toBeLessThan(LAMBDA_SYNC_PAYLOAD_BYTES * 0.75);
}

describe('the largest plans: every unit on every follow-up, this year and next', () => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await createApiFixture();
    // 33 measures x 10 monthly follow-ups x 5 units: 19,800 obligations a year
    const measures = bigPlan(33, 10, undefined, 900);
    for (const fy of [2566, 2567]) await savePlan(f, fy, measures);
  }, 300_000);
  afterAll(async () => f?.close());

  it("a coordinator's calendar fits, one event per follow-up and due date, the units and their states in it", async () => {
    expect(19_800).toBeLessThanOrEqual(MAX_PLAN_OBLIGATIONS);
    const feed = await feedOf(f, who.coordinator);
    expectFits(feed);
    const april = feed.events.find((e) => e.uid === 'demo.2566.m1.f1.2023-04@ita-measures');
    expect(april, 'this month is in it').toBeDefined();
    expect(april!.summary).toBe('ส่งรายงาน ITA · ตัวชี้วัดที่ ๑ มาตรการที่ ๑ ข้อ ๑ · เมษายน ๒๕๖๖ · ๕ หน่วยงาน');
    expect(april!.description).toContain('กองคลัง: ');
    expect(april!.description).toContain('กองช่าง: ');
  });

  it("an executive's calendar fits too", async () => {
    expectFits(await feedOf(f, who.executive));
  });

  it("a staff member's calendar fits and keeps one event per obligation", async () => {
    const feed = await feedOf(f, who.financeStaff);
    expectFits(feed);
    expect(summaries(feed.events)).toContain('ส่งรายงาน ITA · ตัวชี้วัดที่ ๑ มาตรการที่ ๑ ข้อ ๑ · เมษายน ๒๕๖๖ · กองคลัง');
  });
});

describe('the largest plans: one unit on every follow-up, this year and next', () => {
  let f: ApiFixture;
  beforeAll(async () => {
    f = await createApiFixture();
    // 166 measures x 10 monthly follow-ups, กองคลัง alone: 19,920 obligations a year, all กองคลัง's
    const measures = bigPlan(166, 10, ['finance'], 400);
    for (const fy of [2566, 2567]) await savePlan(f, fy, measures);
  }, 300_000);
  afterAll(async () => f?.close());

  it.each([
    ['a coordinator', who.coordinator],
    ['the head of กองคลัง', who.financeHead],
    ['กองคลัง staff', who.financeStaff],
  ])("%s's calendar fits, with the events nearest today", async (_n, as) => {
    const feed = await feedOf(f, as);
    expectFits(feed);
    // 1,660 follow-ups a month, 29,880 events (measures new in April owe FY2566 from April, S15-1,
    // and all FY2567): about 900 fit, all near today
    const shown = feed.events.filter((e) => !e.uid.startsWith('demo.feed-clipped'));
    expect(shown.length).toBeGreaterThan(500);
    const today = Date.parse('2023-04-20');
    const days = shown.map((e) => Math.abs(Date.parse(localDate(e.start)) - today) / 86_400_000);
    expect(Math.max(...days)).toBeLessThanOrEqual(31);
    // one unit's follow-up reads the same in the coordinator's feed as in the unit's
    for (const summary of summaries(shown)) expect(summary).toMatch(/^ส่งรายงาน ITA · ตัวชี้วัดที่ .* · กองคลัง$/);
    // and the calendar says it is not all of them, with the page's address
    const note = feed.events.find((e) => e.uid.startsWith('demo.feed-clipped'));
    expect(note, 'the note saying the calendar shows part of the year').toBeDefined();
    expect(note!.summary).toBe(`ปฏิทินนี้แสดง ${toThaiDigits(shown.length)} จาก ๒๙๘๘๐ รายการ ที่ใกล้วันนี้ที่สุด`);
  });
});
