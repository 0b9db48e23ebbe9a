// Session 50 (re-check 2 s49, P3): a digest's HTML and its text part said different things.
// 1. An indicator whose due work was all in its grace read "(รอส่งย้อนหลัง)" in the text, but its
//    chart row in the HTML showed an empty bar and "๐%".
// 2. Last year's backlog heading read "(๓๑๒ รายการ)" in the HTML and "๓๑๒ รายการ" in the text; so did
//    the given-up emails' headings ("(๒ ฉบับ)" / "๒ ฉบับ"). Every heading now reads alike in both.
import { describe, expect, it } from 'vitest';
import type { ComplianceCounts, ComplianceSummary } from '../../shared/domain/compliance-summary.js';
import { type FailedMailLine, renderSummary, type SummaryContext } from '../../shared/mail/summary-email.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { htmlWords } from '../support/mailbox.js';

const counts = (c: Partial<ComplianceCounts>): ComplianceCounts => {
  const all = { onTime: 0, late: 0, missing: 0, inGrace: 0, notYetDue: 0, ...c };
  return { ...all, due: all.onTime + all.late + all.missing + all.inGrace };
};

const sum = (cs: ComplianceCounts[]): ComplianceCounts =>
  cs.reduce(
    (a, c) => ({
      due: a.due + c.due,
      onTime: a.onTime + c.onTime,
      late: a.late + c.late,
      missing: a.missing + c.missing,
      inGrace: a.inGrace + c.inGrace,
      notYetDue: a.notYetDue + c.notYetDue,
    }),
    counts({}),
  );

/** March 2566's digest with these counts by indicator (one unit, nothing overdue listed). */
function summary(byIndicator: Record<number, Partial<ComplianceCounts>>): ComplianceSummary {
  const rows = Object.entries(byIndicator).map(([n, c]) => ({ indicator: Number(n), counts: counts(c) }));
  const total = sum(rows.map((r) => r.counts));
  return {
    from: '2023-03-01',
    to: '2023-03-31',
    asOf: '2023-04-01',
    total,
    byUnit: [{ unitId: 'clerk', counts: total }],
    byIndicator: rows,
    overdue: [],
  };
}

const CTX: SummaryContext = {
  title: 'สรุปผลการรายงานตามมาตรการ ITA ประจำเดือนมีนาคม ๒๕๖๖',
  subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
  orgName: 'เทศบาลตำบลดอนอะระง',
  unitNames: new Map([['clerk', 'สำนักปลัดเทศบาล']]),
  measures: new Map(),
  formUrl: 'https://ita.example.org',
};

/** The chart's rows as a reader sees them: the words of each, and whether it draws a bar. */
function chartRows(html: string) {
  const start = html.indexOf('ร้อยละการส่งรายงาน รายตัวชี้วัด</h2>');
  const chart = html.slice(start, html.indexOf('<h2', start));
  return chart
    .split(/(?=<tr><td[^>]*>ตัวชี้วัดที่ )/)
    .slice(1)
    .map((row) => ({
      words: htmlWords(row)
        .replace(/<[^>]+>/g, ' ')
        .replaceAll('&nbsp;', ' ')
        .replace(/\s+/g, ' ')
        .trim(),
      bar: /background:#(1d4ed8|e5e7eb)/.test(row),
    }));
}

/** The text part's share for each indicator line ("- ๑. … (รอส่งย้อนหลัง)"), by indicator in Thai digits. */
const textShares = (text: string) =>
  text.split('\n').flatMap((l) => {
    const m = /^- ([๐-๙]+)\. .*\(([^()]+)\)$/.exec(l);
    return m ? [[m[1]!, m[2]!]] : [];
  });

describe("a digest's chart says what its text part says of each indicator", () => {
  it.each<[string, Record<number, Partial<ComplianceCounts>>, number[]]>([
    ['one indicator all in its grace beside one half sent', { 1: { inGrace: 5 }, 2: { onTime: 2, missing: 2 } }, [1]],
    ['one in its grace, the rest of it not yet due', { 1: { onTime: 3 }, 4: { inGrace: 1, notYetDue: 4 } }, [4]],
    ['every indicator all in its grace', { 1: { inGrace: 2 }, 2: { inGrace: 3 }, 9: { inGrace: 1 } }, [1, 2, 9]],
  ])('%s: "รอส่งย้อนหลัง" and no bar, never ๐%%', (_n, byIndicator, graced) => {
    const mail = renderSummary(summary(byIndicator), CTX);
    const rows = chartRows(mail.html);
    const shares = textShares(mail.text);
    expect(rows.map((r) => r.words)).toEqual(shares.map(([n, share]) => `ตัวชี้วัดที่ ${n} ${share}`));
    for (const n of graced) {
      const row = rows.find((r) => r.words.startsWith(`ตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[n]} `))!;
      expect(row).toEqual({ words: `ตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[n]} รอส่งย้อนหลัง`, bar: false });
    }
  });

  it('some missing or sent beside the grace: the bar and its share, in both parts', () => {
    const mail = renderSummary(summary({ 1: { missing: 2, inGrace: 2 }, 2: { onTime: 1, inGrace: 3 } }), CTX);
    expect(chartRows(mail.html)).toEqual([
      { words: 'ตัวชี้วัดที่ ๑ ๐%', bar: true },
      { words: 'ตัวชี้วัดที่ ๒ ๒๕%', bar: true },
    ]);
    expect(textShares(mail.text)).toEqual([
      ['๑', '๐%'],
      ['๒', '๒๕%'],
    ]);
  });

  it('nothing due: ยังไม่ถึงกำหนด, no bar, as before', () => {
    const mail = renderSummary(summary({ 3: { notYetDue: 3 }, 5: { onTime: 1 } }), CTX);
    expect(chartRows(mail.html)).toEqual([
      { words: 'ตัวชี้วัดที่ ๓ ยังไม่ถึงกำหนด', bar: false },
      { words: 'ตัวชี้วัดที่ ๕ ๑๐๐%', bar: true },
    ]);
  });
});

/** The HTML's section headings (h2) as a reader sees them. */
const headings = (html: string) =>
  [...htmlWords(html).matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replaceAll('&quot;', '"')
      .replaceAll('\u00a0', ' '),
  );

const failed = (unsure: boolean, who: string): FailedMailLine => ({
  who,
  day: '๑๕ มีนาคม ๒๕๖๖',
  what: 'เลยกำหนดส่งรายงาน',
  links: [],
  reasonTh: 'ที่อยู่อีเมลไม่ถูกต้อง',
  unsure,
});

describe("every heading of a digest's HTML is a line of its text part, word for word", () => {
  // the chart has no text form: the text's indicator lines carry its shares
  const HTML_ONLY = ['ร้อยละการส่งรายงาน รายตัวชี้วัด'];

  it.each<[string, FailedMailLine[]]>([
    ['two emails given up', [failed(false, 'สมชาย ใจดี (กองคลัง)'), failed(false, 'สมหญิง ใจงาม (กองช่าง)')]],
    ['one SES may have taken', [failed(true, 'นายกเทศมนตรี (ผู้บริหาร)')]],
    ['one of each', [failed(false, 'สมชาย ใจดี (กองคลัง)'), failed(true, 'นายกเทศมนตรี (ผู้บริหาร)')]],
  ])("the coordinators' digest with %s", (_n, failedMail) => {
    const mail = renderSummary(
      summary({ 1: { onTime: 1, missing: 1 } }),
      { ...CTX, reader: 'coordinator' },
      failedMail,
    );
    const hs = headings(mail.html).filter((h) => !HTML_ONLY.includes(h));
    expect(hs.some((h) => h.startsWith('อีเมลที่'))).toBe(true);
    const lines = mail.text.split('\n');
    for (const h of hs) expect(lines, h).toContain(h);
  });

  it.each<[string, number]>([
    ['with none of last year due in the month', 0],
    ['with one of last year due in the month', 1],
    ['with three of last year due in the month', 3],
  ])("October's digest over last year's backlog, %s", (_n, dueInMonth) => {
    const overdue = (dueDate: PlainDate): TrackedObligation => ({
      obligation: {
        obligationId: `i1.f1.${dueDate.slice(0, 7)}.clerk`,
        orgId: 'demo',
        fy: 2566,
        measureId: 'i1',
        indicator: 1,
        followUpNo: 1,
        cadence: 'monthly',
        cadenceFlagged: false,
        periodId: dueDate.slice(0, 7),
        periodStart: `${dueDate.slice(0, 7)}-01` as PlainDate,
        periodEnd: `${dueDate.slice(0, 7)}-28` as PlainDate,
        opensOn: `${dueDate.slice(0, 7)}-01` as PlainDate,
        dueDate,
        unitId: 'clerk',
        isLead: false,
      },
      status: 'overdue',
    });
    const last = summary({ 1: { missing: dueInMonth } });
    const earlier = {
      fy: 2566,
      ownFy: 2567,
      ...(dueInMonth === 0 ? { backlogOnly: true } : {}),
      summary: {
        ...last,
        from: '2023-10-01',
        to: '2023-10-31',
        asOf: '2023-11-01',
        overdue: [overdue('2023-08-05'), overdue('2023-09-05')],
      } as ComplianceSummary,
      measures: new Map(),
    };
    const own = { ...summary({ 1: { onTime: 1 } }), from: '2023-10-01', to: '2023-10-31', asOf: '2023-11-01' } as const;
    const mail = renderSummary(own, { ...CTX, earlier });
    const hs = headings(mail.html).filter((h) => !HTML_ONLY.includes(h));
    expect(hs).toContain('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๒ รายการ)');
    const lines = mail.text.split('\n');
    for (const h of hs) expect(lines, h).toContain(h);
  });
});

/** The HTML's headline figures (the totals under a year's heading) as a reader sees them. */
const headlines = (html: string) =>
  [...htmlWords(html).matchAll(/<p style="margin:0 0 16px;font-size:17px">(.*?)<\/p>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, '').replaceAll('\u00a0', ' '),
  );

/** An overdue report of FY2566's clerk's office, due on `dueDate`. */
const overdueOn = (dueDate: PlainDate): TrackedObligation => ({
  obligation: {
    obligationId: `i1.f1.${dueDate.slice(0, 7)}.clerk`,
    orgId: 'demo',
    fy: 2566,
    measureId: 'i1',
    indicator: 1,
    followUpNo: 1,
    cadence: 'monthly',
    cadenceFlagged: false,
    periodId: dueDate.slice(0, 7),
    periodStart: `${dueDate.slice(0, 7)}-01` as PlainDate,
    periodEnd: `${dueDate.slice(0, 7)}-28` as PlainDate,
    opensOn: `${dueDate.slice(0, 7)}-01` as PlainDate,
    dueDate,
    unitId: 'clerk',
    isLead: false,
  },
  status: 'overdue',
});

/** October 2566's digest (FY2567) over last year's backlog of two, and `own` of its own year. */
function octoberWithLastYear(own: ComplianceSummary) {
  const last = summary({ 1: { missing: 1 } });
  const earlier = {
    fy: 2566,
    ownFy: 2567,
    summary: {
      ...last,
      from: '2023-10-01',
      to: '2023-10-31',
      asOf: '2023-11-01',
      overdue: [overdueOn('2023-08-05'), overdueOn('2023-09-05')],
    } as ComplianceSummary,
    measures: new Map(),
  };
  return renderSummary({ ...own, from: '2023-10-01', to: '2023-10-31', asOf: '2023-11-01' }, { ...CTX, earlier });
}

// Session 51: the HTML headline said "ส่งตรงเวลา ๒ · ส่งล่าช้า ๑", the text "ตรงเวลา ๒ ล่าช้า ๑"
describe("a digest's headline figures read alike in its HTML and its text part, in the whole labels", () => {
  it.each<[string, ReturnType<typeof renderSummary>, number]>([
    [
      'a month with some on time, late and missing',
      renderSummary(summary({ 1: { onTime: 2, late: 1, missing: 3 } }), CTX),
      1,
    ],
    ['a month with work in its grace', renderSummary(summary({ 1: { onTime: 1 }, 9: { inGrace: 2 } }), CTX), 1],
    ['October, with last year’s figures too', octoberWithLastYear(summary({ 1: { onTime: 1, late: 1 } })), 2],
  ])('%s', (_n, mail, n) => {
    const hs = headlines(mail.html);
    expect(hs).toHaveLength(n);
    const lines = mail.text.split('\n');
    for (const h of hs) {
      expect(h).toMatch(/^ครบกำหนด [๐-๙]+ รายการ · ส่งตรงเวลา [๐-๙]+ · ส่งล่าช้า [๐-๙]+ · ยังไม่ส่ง [๐-๙]+/);
      expect(lines, h).toContain(h);
    }
  });
});

// Session 51: the own year's backlog heading read "รายงานที่ค้างส่ง ๑ รายการ ตั้งแต่ต้นปีงบประมาณ", with
// last year's "รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๒ รายการ)" and the other headings "(N รายการ)"
describe("the year's backlog heading gives its count in brackets, as every other heading, in both parts", () => {
  it.each<[string, ReturnType<typeof renderSummary>, string]>([
    ['none overdue', renderSummary(summary({ 1: { onTime: 1 } }), CTX), 'รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (๐ รายการ)'],
    [
      'one overdue',
      renderSummary({ ...summary({ 1: { missing: 1 } }), overdue: [overdueOn('2023-03-05')] }, CTX),
      'รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (๑ รายการ)',
    ],
    [
      'October, below last year’s backlog',
      octoberWithLastYear(summary({ 1: { onTime: 1 } })),
      'รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ ๒๕๖๗ (๐ รายการ)',
    ],
  ])('%s', (_n, mail, heading) => {
    const hs = headings(mail.html);
    expect(hs).toContain(heading);
    expect(mail.text.split('\n')).toContain(heading);
    for (const h of hs.filter((h) => /[๐-๙]+ (รายการ|ฉบับ)/.test(h))) expect(h).toMatch(/\([๐-๙]+ (รายการ|ฉบับ)\)$/);
  });
});
