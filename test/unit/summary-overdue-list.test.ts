// The digest's overdue list, as an executive or coordinator reads it on a phone (break 14 s28, F6):
// each line names the follow-up, the period ("รอบ …") and links to the obligation on the page.
import { describe, expect, it } from 'vitest';
import { summarizeCompliance } from '../../shared/domain/compliance-summary.js';
import { expandPlan, type Obligation } from '../../shared/domain/obligations.js';
import type { Measure } from '../../shared/domain/plan.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import type { Report } from '../../shared/domain/report.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { followUpGist } from '../../shared/mail/obligation-line.js';
import { overdueOrderTh, renderSummary } from '../../shared/mail/summary-email.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';
import { htmlWords } from '../support/mailbox.js';

const { plan } = importSeedPlan();
const unitNames = new Map([
  ['clerk', 'สำนักปลัดเทศบาล'],
  ['finance', 'กองคลัง'],
]);

function digest(measures: Measure[], pick: (id: string) => boolean) {
  const overdue: TrackedObligation[] = expandPlan({ ...plan, measures }, FIVE_UNITS)
    .filter((o) => pick(o.obligationId))
    .map((obligation) => ({ obligation, status: 'overdue' as const }));
  const summary = summarizeCompliance(overdue, { from: '2022-10-01', to: '2023-03-31' }, '2023-04-03', unitNames);
  return renderSummary(summary, {
    title: 'สรุปผลประจำเดือนมีนาคม ๒๕๖๖',
    subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
    orgName: 'เทศบาลตำบลดอนอะระง',
    unitNames,
    measures: new Map(measures.map((m) => [m.measureId, m])),
    formUrl: 'https://ita.example.org',
  });
}

/** The text part's overdue lines, one entry per obligation (its lines joined by " | "). */
function overdueEntries(text: string): string[] {
  const list = text.slice(
    text.indexOf('รายงานที่ค้างส่ง'),
    text.indexOf('เปิดระบบติดตามมาตรการ: https://ita.example.org\n\n'),
  );
  return list
    .split('\n- ')
    .slice(1)
    .map((e) =>
      e
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' | '),
    );
}

describe("the digest's overdue list names each follow-up, its period and its page", () => {
  const mail = digest(plan.measures, (id) => /^i10\.f[14]\.2022-10\.clerk$/.test(id));

  it('two follow-ups of one indicator give two different lines, each with its number and text', () => {
    const entries = overdueEntries(mail.text);
    expect(entries).toHaveLength(2);
    expect(new Set(entries).size).toBe(2);
    expect(entries[0]).toMatch(/^สำนักปลัดเทศบาล: ตัวชี้วัดที่ ๑๐ ข้อ ๑ รอบ ตุลาคม ๒๕๖๕ \| รายงานผลเกี่ยวกับการทุจริต/);
    expect(entries[1]).toMatch(/^สำนักปลัดเทศบาล: ตัวชี้วัดที่ ๑๐ ข้อ ๔ รอบ ตุลาคม ๒๕๖๕ \| รายงานผลการปฏิบัติงานในการจัดซื้อ/);
    expect(mail.text).not.toContain('ตัวชี้วัดที่ ๑๐ ตุลาคม ๒๕๖๕');
  });

  it("links each line to the obligation's page, in the org it belongs to", () => {
    expect(mail.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/o/i10.f1.2022-10.clerk"');
    expect(mail.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/o/i10.f4.2022-10.clerk"');
    expect(overdueEntries(mail.text)[1]).toContain(
      '| https://ita.example.org/#/org/demo/fy/2566/o/i10.f4.2022-10.clerk',
    );
  });

  it("keeps a phone's lines short: the follow-up's text is cut at a word, with …", () => {
    for (const entry of overdueEntries(mail.text))
      for (const line of entry.split(' | ').filter((l) => !l.startsWith('https://')))
        expect(line.length).toBeLessThanOrEqual(60);
    const f1 = plan.measures.find((m) => m.measureId === 'i10')!.followUps[0]!.text;
    const gist = followUpGist(f1);
    expect(gist.endsWith('…')).toBe(true);
    expect(f1.replace(/\s+/g, ' ').startsWith(gist.slice(0, -1))).toBe(true);
    // the cut falls between Thai words, not inside one ("ทุจริต" whole or absent)
    expect(gist).toMatch(/(ทุจริต|ประพฤติ|มิชอบ|การ|จาก|หน้าที่)…$/);
  });

  it("a follow-up's text cut for another length gets its own cut, and the same one again (they are kept)", () => {
    const f1 = plan.measures.find((m) => m.measureId === 'i10')!.followUps[0]!.text;
    const gist = followUpGist(f1);
    const short = followUpGist(f1, 20);
    expect(short.length).toBeLessThanOrEqual(20);
    expect(gist.startsWith(short.slice(0, -1))).toBe(true);
    expect(followUpGist(f1, 10_000)).toBe(f1.replace(/\s+/g, ' ').trim());
    expect(followUpGist(f1)).toBe(gist);
  });

  it('a quarter, a half year and a one-off are named as periods too (neighbours)', () => {
    const cadences = { 1: 'quarterly', 3: 'once' } as const;
    const changed = plan.measures.map((m) =>
      m.measureId === 'i5'
        ? {
            ...m,
            followUps: m.followUps.map((f) =>
              f.followUpNo === 1 || f.followUpNo === 3
                ? { ...f, cadence: cadences[f.followUpNo], ...(f.followUpNo === 3 ? { dueDate: '2023-01-31' } : {}) }
                : f,
            ),
          }
        : m,
    );
    const text = digest(changed, (id) => /^i5\.f(1\.Q1|4\.H1|3\.ONCE)\.finance$/.test(id)).text;
    expect(overdueEntries(text).map((e) => e.split(' | ')[0])).toEqual([
      'กองคลัง: ตัวชี้วัดที่ ๕ ข้อ ๑ รอบ ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖',
      'กองคลัง: ตัวชี้วัดที่ ๕ ข้อ ๓ รอบ ครั้งเดียว ปีงบประมาณ ๒๕๖๖',
      'กองคลัง: ตัวชี้วัดที่ ๕ ข้อ ๔ รอบ ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖ (ต.ค.-มี.ค.)',
    ]);
    expect(text).toContain('https://ita.example.org/#/org/demo/fy/2566/o/i5.f3.ONCE.finance');
  });

  it('two measures of one indicator: each line names its measure by its place in the plan (neighbour)', () => {
    const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
    const twice = [...plan.measures, { ...i10, measureId: 'i10b', title: `${i10.title} (เพิ่มเติม)` }];
    const entries = overdueEntries(digest(twice, (id) => /^i10b?\.f1\.2022-10\.clerk$/.test(id)).text);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/^สำนักปลัดเทศบาล: ตัวชี้วัดที่ ๑๐ มาตรการที่ ๗ ข้อ ๑ รอบ ตุลาคม ๒๕๖๕/);
    expect(entries[1]).toMatch(/^สำนักปลัดเทศบาล: ตัวชี้วัดที่ ๑๐ มาตรการที่ ๘ ข้อ ๑ รอบ ตุลาคม ๒๕๖๕/);
  });

  it('an obligation whose measure left the plan keeps its label and link, with no text line (neighbour)', () => {
    const overdue: TrackedObligation[] = expandPlan(plan, FIVE_UNITS)
      .filter((o) => o.obligationId === 'i4.f2.2022-11.finance')
      .map((obligation) => ({ obligation, status: 'overdue' as const }));
    const summary = summarizeCompliance(overdue, { from: '2022-10-01', to: '2023-03-31' }, '2023-04-03', unitNames);
    const text = renderSummary(summary, {
      title: 'สรุปผล',
      subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
      orgName: 'เทศบาลตำบลดอนอะระง',
      unitNames,
      measures: new Map(),
      formUrl: 'https://ita.example.org',
    }).text;
    expect(overdueEntries(text)).toEqual([
      'กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ พฤศจิกายน ๒๕๖๕ | กำหนดส่ง ๓๐ พฤศจิกายน ๒๕๖๕ | https://ita.example.org/#/org/demo/fy/2566/o/i4.f2.2022-11.finance',
    ]);
  });
});

// Break s30-u F7: the text part dropped "และอีก N รายการ", and a list over 50, oldest first, never
// showed the month's own missing reports.
describe('a long overdue list: both parts say how many are left out, and the last month comes first', () => {
  const FY_MONTHLY = /^i(4\.f2|10\.f[14])\.\d{4}-\d{2}\.(clerk|finance|engineering|education|health)$/;
  const listIn = (text: string) =>
    text.slice(text.indexOf('รายงานที่ค้างส่ง'), text.indexOf('เปิดระบบติดตามมาตรการ: https://ita.example.org\n\n'));

  it('the monthly reports of October to March (over 50): 50 listed, "และอีก N รายการ" in the text and the HTML', () => {
    const mail = digest(plan.measures, (id) => FY_MONTHLY.test(id) && id.slice(-12, -5) < '2023-04');
    const listed = overdueEntries(mail.text);
    expect(listed.length).toBeLessThanOrEqual(50);
    const total = Number(
      /รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ(?: [๐-๙]+)? \(([๐-๙]+) รายการ\)/
        .exec(mail.text)![1]!
        .replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))),
    );
    expect(total).toBeGreaterThan(50);
    const more = `และอีก ${toThaiDigits(total - 50)} รายการ`;
    expect(listIn(mail.text)).toContain(more);
    expect(mail.html).toContain(more);
  });

  it("the month's own overdue reports (March 2566) are listed, in both parts", () => {
    const mail = digest(plan.measures, (id) => FY_MONTHLY.test(id) && id.slice(-12, -5) < '2023-04');
    expect(overdueEntries(mail.text).filter((e) => e.includes('รอบ มีนาคม ๒๕๖๖')).length).toBeGreaterThan(0);
    expect(mail.html).toContain('/o/i10.f1.2023-03.clerk"');
  });

  // tester s37 (P2), neighbour: "และอีก N รายการ" said how many but not where they are
  it('says where the rest are: each unit with some left out, how many, and its page of the year', () => {
    const mail = digest(plan.measures, (id) => FY_MONTHLY.test(id) && id.slice(-12, -5) < '2023-04');
    const text = listIn(mail.text);
    const at = text.indexOf('และอีก');
    const rest = text.slice(at).trimEnd().split('\n');
    expect(rest[0]).toMatch(/^และอีก [๐-๙]+ รายการ ดูได้ที่หน้างานของแต่ละหน่วยงาน$/);
    const perUnit = rest.slice(1).map((l) => /^ {3}(\S+) ([๐-๙]+) รายการ: (\S+)$/.exec(l)!);
    expect(perUnit.length).toBeGreaterThan(0);
    const total = perUnit.reduce(
      (n, m) => n + Number(m[2]!.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)))),
      0,
    );
    expect(rest[0]).toContain(`และอีก ${toThaiDigits(total)} รายการ`);
    expect(perUnit.map((m) => m[3])).toContain('https://ita.example.org/#/org/demo/fy/2566/unit/clerk');
    expect(perUnit[0]![1]).toBe('สำนักปลัดเทศบาล');
    expect(mail.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/unit/clerk"');
  });

  it('a list of 50 or fewer stays oldest first, with no "และอีก" (neighbour)', () => {
    const mail = digest(plan.measures, (id) => /^i10\.f1\.\d{4}-\d{2}\.clerk$/.test(id) && id.slice(8, 15) < '2023-04');
    const entries = overdueEntries(mail.text);
    expect(entries[0]).toContain('รอบ ตุลาคม ๒๕๖๕');
    expect(entries.at(-1)).toContain('รอบ มีนาคม ๒๕๖๖');
    expect(mail.text).not.toContain('และอีก');
    expect(mail.html).not.toContain('และอีก');
  });
});

// Tester s37 (P2), neighbour: a digest's section for the previous year's reports due in its month
// (an org due rule's September report due 5 October) counted a returned report as ยังไม่ส่ง and
// listed only the overdue ones.
describe("a digest's earlier-year section lists a returned report not sent again, as returned", () => {
  const [returnedOne, overdueOne] = expandPlan(plan, FIVE_UNITS)
    .filter((o) => /^i4\.f2\.2023-09\.(finance|engineering)$/.test(o.obligationId))
    .sort((a, b) => (a.unitId === 'finance' ? -1 : b.unitId === 'finance' ? 1 : 0))
    .map((o) => ({ ...o, dueDate: '2023-10-05' as const }));
  const report = {
    orgId: 'demo',
    fy: 2566,
    obligationId: returnedOne!.obligationId,
    unitId: 'finance',
    version: 1,
    progress: 'done',
    summary: 'ดำเนินการแล้ว',
    obstacles: '',
    suggestions: '',
    evidence: [],
    reviewState: 'returned',
    reviewComment: 'กรุณาแนบรายงานการประชุม',
    reviewedAt: '2023-10-10T09:00:00.000Z',
    submittedBy: 'staff',
    submittedAt: '2023-10-04T03:00:00.000Z',
    firstSubmittedAt: '2023-10-04T03:00:00.000Z',
  } as Report;
  const tracked: TrackedObligation[] = [
    { obligation: returnedOne!, status: 'returned', report },
    { obligation: overdueOne!, status: 'overdue' },
  ];
  const october = { from: '2023-10-01', to: '2023-10-31' } as const;
  const earlier = summarizeCompliance(tracked, october, '2023-11-01', unitNames);
  const text = renderSummary(summarizeCompliance([], october, '2023-11-01', unitNames), {
    title: 'สรุปผลประจำเดือนตุลาคม ๒๕๖๖',
    subjectPeriod: 'สรุปเดือนตุลาคม ๒๕๖๖',
    orgName: 'เทศบาลตำบลดอนอะระง',
    unitNames: new Map([...unitNames, ['engineering', 'กองช่าง']]),
    measures: new Map(),
    formUrl: 'https://ita.example.org',
    earlier: { fy: 2566, ownFy: 2567, summary: earlier, measures: new Map(plan.measures.map((m) => [m.measureId, m])) },
  }).text;

  it('its ยังไม่ส่ง and its list agree: both reports', () => {
    expect(earlier.total.missing).toBe(2);
    expect(text).toContain('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๒ รายการ)');
    expect(text).toContain('/o/i4.f2.2023-09.finance\n');
    expect(text).toContain('/o/i4.f2.2023-09.engineering\n');
  });

  it('its list says its order too (tester s38): the returned report first (s48)', () => {
    expect(text).toContain(
      'รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๒ รายการ)\nครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๕ ตุลาคม ๒๕๖๖\nรายงานที่ถูกส่งกลับให้แก้ไข ขึ้นก่อน แล้วจึงเรียงตามวันครบกำหนด จากเก่าไปใหม่\n- กองคลัง: ',
    );
  });

  it('the returned one says so under its due date; the overdue one does not', () => {
    expect(text).toContain('- กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ กันยายน ๒๕๖๖\n');
    expect(text).toMatch(
      /กำหนดส่ง ๕ ตุลาคม ๒๕๖๖\n {3}ส่งกลับให้แก้ไข เมื่อ ๑๐ ตุลาคม ๒๕๖๖ ยังไม่ได้ส่งฉบับแก้ไข\n {3}https:\/\/\S+\/o\/i4\.f2\.2023-09\.finance\n/,
    );
    expect(text.match(/ยังไม่ได้ส่งฉบับแก้ไข/g)).toHaveLength(1);
  });
});

// tester s38: the list ("ค้างส่ง", overdue) took an obligation added late while its report was
// still on time (settlement.ts overdueAfter)
describe("the digest's overdue list leaves out a report added late until its grace is over", () => {
  const [december] = expandPlan(plan, FIVE_UNITS).filter((o) => o.obligationId === 'i4.f2.2022-12.finance');
  const listed = (obligation: TrackedObligation['obligation'], asOf: string) =>
    summarizeCompliance(
      [{ obligation, status: 'due' }],
      { from: '2022-10-01', to: '2023-03-31' },
      asOf as never,
      unitNames,
    ).overdue.length;

  it.each([
    // three working days: Monday 3 to Wednesday 5 April (1-2 April a weekend)
    ['added Friday 31 March, read 5 April (on time until then): not listed', '2023-03-31', '2023-04-05', 0],
    ['added Friday 31 March, read 6 April (the day after): listed', '2023-03-31', '2023-04-06', 1],
    ['added Thursday 30 March, read 5 April (on time until 4 April): listed', '2023-03-30', '2023-04-05', 1],
  ] as const)('%s', (_name, addedOn, asOf, count) => {
    expect(listed({ ...december!, addedOn }, asOf)).toBe(count);
  });

  // tester s38 n1: the counts called it ยังไม่ส่ง (missing) within its grace
  it.each([
    // due, in its grace: รอส่งย้อนหลัง, not missing (tester s48: not "not yet due")
    ['read the day it was added: in grace', '2023-03-31', { missing: 0, inGrace: 1, notYetDue: 0, due: 1 }],
    ['read two days later: in grace', '2023-04-02', { missing: 0, inGrace: 1, notYetDue: 0, due: 1 }],
    ['read on its last on-time day (5 April): due, missing', '2023-04-05', { missing: 1, notYetDue: 0, due: 1 }],
  ] as const)('added 31 March, its counts %s', (_name, asOf, counts) => {
    const s = summarizeCompliance(
      [{ obligation: { ...december!, addedOn: '2023-03-31' }, status: 'due' }],
      { from: '2022-10-01', to: '2023-03-31' },
      asOf,
      unitNames,
    );
    expect(s.total).toMatchObject(counts);
  });

  it('one in the plan from the start (due 31 December) is listed the day after its due date, as before', () => {
    expect(listed(december!, '2023-01-01')).toBe(1);
    expect(listed(december!, '2022-12-31')).toBe(0);
  });
});

// tester s38: the executives' summary listed its overdue reports with nothing saying in which order
describe('each overdue list of a summary says its order on one line above it', () => {
  const FY_MONTHLY = /^i(4\.f2|10\.f[14])\.\d{4}-\d{2}\.(clerk|finance|engineering|education|health)$/;
  /** The text part's line just before the list's first entry. */
  const lineAbove = (text: string, heading = 'รายงานที่ค้างส่ง') => {
    const lines = text.slice(text.indexOf(heading)).split('\n');
    return lines[lines.findIndex((l) => l.startsWith('- ')) - 1];
  };

  it('a list of 50 or fewer: by due date, oldest first, in the text and the HTML', () => {
    const mail = digest(plan.measures, (id) => /^i10\.f1\.\d{4}-\d{2}\.clerk$/.test(id) && id.slice(8, 15) < '2023-04');
    expect(lineAbove(mail.text)).toBe('เรียงตามวันครบกำหนด จากเก่าไปใหม่');
    expect(mail.html).toContain('>เรียงตามวันครบกำหนด จากเก่าไปใหม่</p><ul');
  });

  it("a capped list: the summary's last month first, then by due date", () => {
    const mail = digest(plan.measures, (id) => FY_MONTHLY.test(id) && id.slice(-12, -5) < '2023-04');
    // tester s38b: it read "ครบกำหนดในมีนาคม ๒๕๖๖ขึ้นก่อน"
    expect(lineAbove(mail.text)).toBe('รายงานที่ครบกำหนดในเดือนมีนาคม ๒๕๖๖ ขึ้นก่อน แล้วจึงเรียงตามวันครบกำหนด จากเก่าไปใหม่');
    expect(overdueEntries(mail.text)[0]).toContain('รอบ มีนาคม ๒๕๖๖');
  });

  it('another month first, or none, reads the same way (neighbours)', () => {
    expect(overdueOrderTh(60, '2023-02')).toBe(
      'รายงานที่ครบกำหนดในเดือนกุมภาพันธ์ ๒๕๖๖ ขึ้นก่อน แล้วจึงเรียงตามวันครบกำหนด จากเก่าไปใหม่',
    );
    expect(overdueOrderTh(60)).toBe('เรียงตามวันครบกำหนด จากเก่าไปใหม่');
  });

  it('an empty list has no order line; reports given out of order are listed oldest first', () => {
    const none = digest(plan.measures, () => false);
    expect(none.html).toContain('ไม่มีรายงานค้างส่ง');
    expect(`${none.text}${none.html}`).not.toContain('เรียงตามวันครบกำหนด');
    const march = expandPlan(plan, FIVE_UNITS).filter((o) => /^i10\.f1\.2023-0[13]\.clerk$/.test(o.obligationId));
    const summary = summarizeCompliance(
      [...march].reverse().map((obligation) => ({ obligation, status: 'overdue' as const })),
      { from: '2022-10-01', to: '2023-03-31' },
      '2023-04-03',
      unitNames,
    );
    const mail = renderSummary(summary, {
      title: 'สรุป',
      subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
      orgName: 'เทศบาลตำบลดอนอะระง',
      unitNames,
      measures: new Map(plan.measures.map((m) => [m.measureId, m])),
      formUrl: 'https://ita.example.org',
    });
    expect(overdueEntries(mail.text).map((e) => /รอบ (\S+)/.exec(e)![1])).toEqual(['มกราคม', 'มีนาคม']);
  });
});

/**
 * A summary of `range` on `asOf` listing `obligations` as overdue: its text part's range line at the
 * top (without "(ข้อมูล ณ …)") and the one under the overdue list's heading.
 */
function rangeLines(obligations: Obligation[], range: { from: PlainDate; to: PlainDate }, asOf: PlainDate) {
  const summary = summarizeCompliance(
    obligations.map((obligation) => ({ obligation, status: 'overdue' as const })),
    range,
    asOf,
    unitNames,
  );
  const { text } = renderSummary(summary, {
    title: 'สรุป',
    subjectPeriod: 'สรุป',
    orgName: 'เทศบาลตำบลดอนอะระง',
    unitNames,
    measures: new Map(plan.measures.map((m) => [m.measureId, m])),
    formUrl: 'https://ita.example.org',
  });
  const lines = text.split('\n');
  return {
    top: lines.find((l) => l.startsWith('ครบกำหนดระหว่าง'))!.replace(/ \(ข้อมูล ณ .*\)$/, ''),
    list: lines[lines.findIndex((l) => l.startsWith('รายงานที่ค้างส่ง')) + 1],
  };
}

// tester s38b: the April summary's top said "ครบกำหนดระหว่าง … ถึง ๓๑ มีนาคม ๒๕๖๖" and its overdue list's
// range "ถึง ๒ เมษายน ๒๕๖๖", though it listed nothing due after 31 March
describe("the overdue list's range ends where the summary's does, unless it lists reports due after it", () => {
  const clerk = expandPlan(plan, FIVE_UNITS).filter((o) => /^i10\.f1\.2023-0[13]\.clerk$/.test(o.obligationId));
  /** The text part's line under the overdue list's heading. */
  const rangeOf = (obligations: typeof clerk, from: PlainDate) =>
    rangeLines(obligations, { from, to: '2023-03-31' }, '2023-04-03').list;

  it('the half year (to 31 March), run on 3 April, listing January and March: both end on 31 March', () => {
    expect(rangeOf(clerk, '2022-10-01')).toBe('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖');
  });

  it("March's summary of the same list: 31 March too, with how many are March's own", () => {
    expect(rangeOf(clerk, '2023-03-01')).toBe(
      'ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ ในจำนวนนี้ ๑ รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖',
    );
  });

  it("a report due 1 April listed too: the range runs to 2 April and says how many are the summary's", () => {
    const april = {
      ...clerk[1]!,
      obligationId: 'i10.f1.2023-04x.clerk',
      dueDate: '2023-04-01' as PlainDate,
    };
    expect(rangeOf([...clerk, april], '2022-10-01')).toBe(
      'ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๒ เมษายน ๒๕๖๖ ในจำนวนนี้ ๒ รายการครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖',
    );
  });
});

// tester s41b (F9): the September summary said "ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๑ กันยายน ๒๕๖๖" at the
// top and "… ถึง ๓๑ สิงหาคม ๒๕๖๖" over its overdue list: two ranges for one count
describe('a summary whose period runs past its run day: its overdue list gives the range its figures count', () => {
  const clerk = expandPlan(plan, FIVE_UNITS).filter((o) => /^i10\.f1\.2023-0[13]\.clerk$/.test(o.obligationId));
  const ranges = (to: PlainDate, asOf: PlainDate) => rangeLines(clerk, { from: '2022-10-01', to }, asOf);

  it.each([
    ['the year to 30 September, run 1 September', '2023-09-30', '2023-09-01', '๑ กันยายน ๒๕๖๖'],
    ['the same summary sent on the next working day, 4 September', '2023-09-30', '2023-09-04', '๔ กันยายน ๒๕๖๖'],
    ['the year to 5 October (an org due rule), run 1 September', '2023-10-05', '2023-09-01', '๑ กันยายน ๒๕๖๖'],
  ] as const)('%s: both lines end on its as-of day', (_name, to, asOf, end) => {
    const { top, list } = ranges(to, asOf);
    expect(top).toBe(`ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ${end}`);
    expect(list).toBe(top);
  });
});

// tester s39: the executives' digest greeted no one (the reminders say "เรียน …")
describe('the summaries greet their reader, as the reminders do', () => {
  const summary = summarizeCompliance([], { from: '2023-03-01', to: '2023-03-31' }, '2023-04-03', unitNames);
  const render = (reader?: 'executive' | 'coordinator') =>
    renderSummary(summary, {
      title: 'สรุปผลประจำเดือนมีนาคม ๒๕๖๖',
      subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
      orgName: 'เทศบาลตำบลดอนอะระง',
      ...(reader ? { reader } : {}),
      unitNames,
      measures: new Map(),
      formUrl: 'https://ita.example.org',
    });

  it.each([
    ['an executive', 'executive', 'เรียน ผู้บริหาร เทศบาลตำบลดอนอะระง'],
    ['a coordinator', 'coordinator', 'เรียน คณะทำงาน ITA เทศบาลตำบลดอนอะระง'],
    ['a reader not named (executive)', undefined, 'เรียน ผู้บริหาร เทศบาลตำบลดอนอะระง'],
  ] as const)('%s: the line under the title', (_who, reader, greeting) => {
    const email = render(reader);
    expect(email.text.split('\n').slice(0, 2)).toEqual(['สรุปผลประจำเดือนมีนาคม ๒๕๖๖', greeting]);
    expect(htmlWords(email.html)).toContain(`>${greeting}</p>`);
  });
});

// tester s43b F13: a mail list's preview line repeated the heading; it carries the figures now
describe("the digest's preview line (preheader)", () => {
  const preheader = (html: string) => /<div class="preheader"[^>]*>([^<]*)<\/div>/.exec(html)?.[1];
  it.each([
    [
      'two overdue',
      (id: string) => /^i10\.f[14]\.2022-10\.clerk$/.test(id),
      'ครบกำหนด ๒ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๒',
    ],
    ['none due', () => false, 'ครบกำหนด ๐ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๐'],
  ])('%s: the figures, first in the body and hidden', (_n, pick, line) => {
    const { html } = digest(plan.measures, pick);
    expect(preheader(html)).toBe(line);
    expect(html.indexOf('class="preheader"')).toBeLessThan(html.indexOf('<h1'));
  });
});
