// Tester s49 (P2): the first digest after adopting the system (12 May 2027) showed none of the back
// reports sent that month, for periods due before it: its figures count by due date, so a month of
// work read as nothing. A summary now says what was sent in its range for earlier periods, on time
// (within a late addition's grace) or late, by unit; the counts by due date stay as they were.
import { describe, expect, it } from 'vitest';
import { backReportsSent, backReportsTh } from '../../shared/domain/back-reports.js';
import { summarizeCompliance } from '../../shared/domain/compliance-summary.js';
import type { Obligation } from '../../shared/domain/obligations.js';
import { addDays, firstOfMonth, type PlainDate } from '../../shared/domain/plain-date.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import type { Report } from '../../shared/domain/report.js';
import { renderSummary } from '../../shared/mail/summary-email.js';
import { sentReport } from '../support/late-addition-year.js';

const unitNames = new Map([
  ['clerk', 'สำนักปลัดเทศบาล'],
  ['finance', 'กองคลัง'],
  ['engineering', 'กองช่าง'],
]);

/** i4's monthly report of `month` (YYYY-MM) for `unitId`, due on the month's last day; `addedOn` for a late addition. */
function monthly(month: string, unitId: string, addedOn?: PlainDate): Obligation {
  const start = `${month}-01` as PlainDate;
  const dueDate = addDays(firstOfMonth(addDays(start, 32)), -1);
  const fy = Number(month.slice(0, 4)) + (Number(month.slice(5)) >= 10 ? 544 : 543);
  return {
    obligationId: `i4.f1.${month}.${unitId}`,
    orgId: 'demo',
    fy,
    measureId: 'i4',
    indicator: 4,
    followUpNo: 1,
    cadence: 'monthly',
    cadenceFlagged: false,
    periodId: month,
    periodStart: start,
    periodEnd: dueDate,
    opensOn: start,
    dueDate,
    unitId,
    isLead: false,
    ...(addedOn !== undefined && addedOn >= dueDate ? { addedOn } : {}),
  };
}

/** `o` with its report sent at Bangkok time `local` (or not sent). */
function tracked(o: Obligation, local?: string): TrackedObligation {
  if (!local) return { obligation: o, status: 'overdue' };
  const at = new Date(`${local}+07:00`).toISOString();
  const report: Report = { ...sentReport(o.obligationId, at, { fy: o.fy }), orgId: o.orgId, unitId: o.unitId };
  return { obligation: o, status: 'submitted', report };
}

/** The digest of the month `from` .. `to`, run on `asOf`: its text part. */
function digestText(all: TrackedObligation[], from: PlainDate, to: PlainDate, asOf: PlainDate): string {
  const summary = summarizeCompliance(all, { from, to }, asOf, unitNames);
  const backReports = backReportsSent(all, { from, to }, asOf, unitNames);
  return renderSummary(summary, {
    title: 'สรุป',
    subjectPeriod: 'สรุป',
    orgName: 'องค์การบริหารส่วนตำบลทดสอบ',
    unitNames,
    measures: new Map(),
    formUrl: 'https://ita.example.org',
    ...(backReports ? { backReports } : {}),
  }).text;
}

const backLine = (text: string) => text.split('\n').filter((l) => l.startsWith('รายงานย้อนหลัง'));

describe('a digest says the back reports sent in its month, for periods due before it', () => {
  it("adopted on 3 February 2027 (grace to 8 February): February's digest counts October to January sent in February", () => {
    const added: PlainDate = '2027-02-03';
    const all = [
      tracked(monthly('2026-10', 'finance', added), '2027-02-05T10:00:00'), // in the grace: on time
      tracked(monthly('2026-11', 'finance', added), '2027-02-15T10:00:00'), // after it: late
      tracked(monthly('2026-12', 'engineering', added), '2027-02-08T16:00:00'), // its last day: on time
      tracked(monthly('2027-01', 'clerk', added)), // not sent
      tracked(monthly('2027-02', 'finance'), '2027-02-27T10:00:00'), // February's own: in the figures
    ];
    const text = digestText(all, '2027-02-01', '2027-02-28', '2027-03-01');
    expect(backLine(text)).toEqual([
      'รายงานย้อนหลังที่ส่งในเดือนกุมภาพันธ์ ๒๕๗๐ ๓ รายการ (ของรอบที่ครบกำหนดก่อน ๑ กุมภาพันธ์ ๒๕๗๐ จึงไม่นับรวมในตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ๒ · ส่งล่าช้า ๑ · กองคลัง ๒ · กองช่าง ๑',
    ]);
    expect(text).toContain('ครบกำหนด ๑ รายการ · ส่งตรงเวลา ๑ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๐');
  });

  it("a measure added on 15 July 2027 to a running plan: July's digest counts its earlier months sent in July, not the plan's own late ones sent before", () => {
    const added: PlainDate = '2027-07-15';
    const all = [
      tracked(monthly('2026-10', 'clerk', added), '2027-07-16T09:00:00'),
      tracked(monthly('2027-03', 'clerk', added), '2027-07-16T09:30:00'),
      tracked(monthly('2027-06', 'clerk', added), '2027-07-31T09:00:00'), // after the grace (20 July): late
      tracked(monthly('2027-05', 'finance'), '2027-06-10T09:00:00'), // a late report sent in June: not July's
      tracked(monthly('2027-07', 'clerk'), '2027-07-30T09:00:00'),
    ];
    expect(backLine(digestText(all, '2027-07-01', '2027-07-31', '2027-08-01'))).toEqual([
      'รายงานย้อนหลังที่ส่งในเดือนกรกฎาคม ๒๕๗๐ ๓ รายการ (ของรอบที่ครบกำหนดก่อน ๑ กรกฎาคม ๒๕๗๐ จึงไม่นับรวมในตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ๒ · ส่งล่าช้า ๑ · สำนักปลัดเทศบาล ๓',
    ]);
  });

  it("a year without adoption: March's report sent late in April is April's back report, late", () => {
    const all = [
      tracked(monthly('2023-03', 'finance'), '2023-04-12T09:00:00'),
      tracked(monthly('2023-04', 'finance'), '2023-04-28T09:00:00'),
    ];
    expect(backLine(digestText(all, '2023-04-01', '2023-04-30', '2023-05-01'))).toEqual([
      'รายงานย้อนหลังที่ส่งในเดือนเมษายน ๒๕๖๖ ๑ รายการ (ของรอบที่ครบกำหนดก่อน ๑ เมษายน ๒๕๖๖ จึงไม่นับรวมในตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ๐ · ส่งล่าช้า ๑ · กองคลัง ๑',
    ]);
  });

  // tester s50: the November 2023 digest (FY2567) said "รายงานย้อนหลังที่ส่งในเดือนพฤศจิกายน ๒๕๖๖ ๔ รายการ" of
  // four FY2566 reports without naming their year
  it.each([
    [
      "November's digest: four of last year's reports, sent in November",
      [
        tracked(monthly('2023-08', 'finance'), '2023-11-03T09:00:00'),
        tracked(monthly('2023-09', 'finance'), '2023-11-03T09:10:00'),
        tracked(monthly('2023-09', 'clerk'), '2023-11-20T09:00:00'),
        tracked(monthly('2023-07', 'engineering'), '2023-11-21T09:00:00'),
      ],
      '2023-11-01',
      '2023-11-30',
      'รายงานย้อนหลังที่ส่งในเดือนพฤศจิกายน ๒๕๖๖ ๔ รายการ ของปีงบประมาณ ๒๕๖๖ (ของรอบที่ครบกำหนดก่อน ๑ พฤศจิกายน ๒๕๖๖',
    ],
    [
      "December's digest: last year's and this year's October",
      [
        tracked(monthly('2023-09', 'finance'), '2023-12-04T09:00:00'),
        tracked(monthly('2023-10', 'finance'), '2023-12-05T09:00:00'),
        tracked(monthly('2023-10', 'clerk'), '2023-12-06T09:00:00'),
      ],
      '2023-12-01',
      '2023-12-31',
      'รายงานย้อนหลังที่ส่งในเดือนธันวาคม ๒๕๖๖ ๓ รายการ ของปีงบประมาณ ๒๕๖๖ ๑ รายการ และปีงบประมาณ ๒๕๖๗ ๒ รายการ (ของรอบที่ครบกำหนดก่อน ๑ ธันวาคม ๒๕๖๖',
    ],
    [
      "October's digest: September's reports sent in October",
      [tracked(monthly('2024-09', 'engineering'), '2024-10-10T09:00:00')],
      '2024-10-01',
      '2024-10-31',
      'รายงานย้อนหลังที่ส่งในเดือนตุลาคม ๒๕๖๗ ๑ รายการ ของปีงบประมาณ ๒๕๖๗ (ของรอบที่ครบกำหนดก่อน ๑ ตุลาคม ๒๕๖๗',
    ],
  ])('%s: the line names the fiscal year the reports are of', (_name, all, from, to, start) => {
    const [line] = backLine(digestText(all, from as PlainDate, to as PlainDate, addDays(to as PlainDate, 1)));
    expect(line).toMatch(new RegExp(`^${start.replace(/[()]/g, '\\$&')}`));
  });

  it('no report of an earlier period sent in the month: no line', () => {
    const all = [
      tracked(monthly('2023-03', 'finance'), '2023-03-30T09:00:00'),
      tracked(monthly('2023-02', 'finance')),
      tracked(monthly('2023-04', 'finance'), '2023-04-28T09:00:00'),
    ];
    expect(backLine(digestText(all, '2023-04-01', '2023-04-30', '2023-05-01'))).toEqual([]);
  });

  it('the half-year and year summaries, counting from 1 October, have none: their figures hold every report', () => {
    const all = [tracked(monthly('2022-10', 'finance'), '2023-03-01T09:00:00')];
    expect(backReportsSent(all, { from: '2022-10-01', to: '2023-03-31' }, '2023-04-01', unitNames)).toBeUndefined();
  });

  it('a range across months names its days', () => {
    const b = backReportsSent(
      [tracked(monthly('2022-10', 'finance'), '2023-03-01T09:00:00')],
      { from: '2023-02-15', to: '2023-03-31' },
      '2023-04-01',
      unitNames,
    )!;
    expect(backReportsTh(b, unitNames)).toMatch(/^รายงานย้อนหลังที่ส่งระหว่าง ๑๕ กุมภาพันธ์ ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖ ๑ รายการ /);
  });
});
