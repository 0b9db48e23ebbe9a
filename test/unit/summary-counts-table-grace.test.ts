// s49 (re-check of s48): the summary emails' headlines count รอส่งย้อนหลัง (due, in a late addition's
// grace, not sent), but their tables by unit and by indicator had four columns, ครบกำหนด ตรงเวลา
// ล่าช้า ยังไม่ส่ง, so a row of work in grace did not add up ("ครบกำหนด ๗ … ยังไม่ส่ง ๐"). A table with
// such work has a รอส่งย้อนหลัง column, and each row's four figures add up to its ครบกำหนด.
import { describe, expect, it } from 'vitest';
import { summarizeCompliance } from '../../shared/domain/compliance-summary.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import type { Report } from '../../shared/domain/report.js';
import { fromThaiDigits, toThaiDigits } from '../../shared/domain/thai-format.js';
import { renderSummary } from '../../shared/mail/summary-email.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';
import { sentReport } from '../support/late-addition-year.js';

const { plan } = importSeedPlan();
const unitNames = new Map([
  ['clerk', 'สำนักปลัดเทศบาล'],
  ['finance', 'กองคลัง'],
  ['engineering', 'กองช่าง'],
  ['education', 'กองการศึกษา'],
  ['health', 'กองสาธารณสุขและสิ่งแวดล้อม'],
]);

const report = (obligationId: string, reviewState: Report['reviewState'], at = '2023-04-20T04:00:00.000Z'): Report =>
  sentReport(obligationId, at, { fy: 2566, reviewState });

/**
 * The March summary read 20 April 2566: the plan saved that day (`addedOn`, none for a plan in place
 * from the start), so October-March are on time until 25 April; `sent` obligations reported that day.
 */
function march(addedOn: string | undefined, sent: Record<string, Report['reviewState']> = {}) {
  const tracked: TrackedObligation[] = expandPlan(plan, FIVE_UNITS)
    .filter((o) => o.dueDate <= '2023-03-31')
    .map((o) => ({
      obligation: addedOn ? { ...o, addedOn: addedOn as never } : o,
      status: 'due' as const,
      ...(sent[o.obligationId] ? { report: report(o.obligationId, sent[o.obligationId]!) } : {}),
    }));
  const summary = summarizeCompliance(tracked, { from: '2022-10-01', to: '2023-03-31' }, '2023-04-20', unitNames);
  const mail = renderSummary(summary, {
    title: 'สรุปผลประจำเดือนมีนาคม ๒๕๖๖',
    subjectPeriod: 'สรุปเดือนมีนาคม ๒๕๖๖',
    orgName: 'เทศบาลตำบลดอนอะระง',
    unitNames,
    measures: new Map(plan.measures.map((m) => [m.measureId, m])),
    formUrl: 'https://ita.example.org',
  });
  return { summary, mail };
}

/** The HTML table after the heading `h2`: its heads, and each row's label and figures as numbers. */
function countsTable(html: string, h2: string) {
  const table = html.slice(html.indexOf(`>${h2}</h2>`)).match(/<table[\s\S]*?<\/table>/)![0];
  const heads = [...table.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  const labels = [...table.matchAll(/<td colspan="\d+"[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  const figures = [...table.matchAll(/<tr>((?:<td style="[^"]*">[๐-๙]+<\/td>)+)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/>([๐-๙]+)</g)].map((f) => Number(fromThaiDigits(f[1]!))),
  );
  return { heads, rows: labels.map((label, i) => ({ label, figures: figures[i]! })) };
}

const addsUp = (rows: { figures: number[] }[]) =>
  rows.every(({ figures: [due, ...parts] }) => parts.reduce((a, b) => a + b, 0) === due);

const SENT = {
  'i4.f2.2022-10.clerk': 'submitted',
  'i4.f2.2022-11.clerk': 'accepted',
  // returned while in its grace: not sent, รอส่งย้อนหลัง as the rest
  'i4.f2.2022-12.clerk': 'returned',
} as const;

describe("the summary's tables by unit and by indicator with work in its back-reporting grace", () => {
  it('a รอส่งย้อนหลัง column after ยังไม่ส่ง, and every row adds up to its ครบกำหนด', () => {
    const { summary, mail } = march('2023-04-20', SENT);
    expect(summary.total.inGrace).toBeGreaterThan(0);
    for (const h2 of ['รายหน่วยงาน', 'รายตัวชี้วัด']) {
      const { heads, rows } = countsTable(mail.html, h2);
      expect(heads).toEqual(['ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ยังไม่ส่ง', 'รอส่งย้อนหลัง']);
      expect(rows.length).toBeGreaterThan(1);
      expect(addsUp(rows)).toBe(true);
    }
  });

  it('สำนักปลัดเทศบาล sent two, one came back: its row says so; a unit with none sent has all in grace', () => {
    const { summary, mail } = march('2023-04-20', SENT);
    const { rows } = countsTable(mail.html, 'รายหน่วยงาน');
    const clerk = summary.byUnit.find((u) => u.unitId === 'clerk')!.counts;
    expect(rows.find((r) => r.label === 'สำนักปลัดเทศบาล')!.figures).toEqual([clerk.due, 2, 0, 0, clerk.due - 2]);
    const finance = summary.byUnit.find((u) => u.unitId === 'finance')!.counts;
    expect(rows.find((r) => r.label === 'กองคลัง')!.figures).toEqual([finance.due, 0, 0, 0, finance.due]);
    // the text part's lines said it already; they still do
    expect(mail.text).toContain(`- กองคลัง: ครบกำหนด ${toThaiDigits(finance.due)}`);
  });

  it('a year without grace: four columns as before, which add up', () => {
    const { summary, mail } = march(undefined, SENT);
    expect(summary.total.inGrace).toBe(0);
    const { heads, rows } = countsTable(mail.html, 'รายหน่วยงาน');
    expect(heads).toEqual(['ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ยังไม่ส่ง']);
    expect(addsUp(rows)).toBe(true);
  });
});
