// Re-check tester s49 (P3): the results report's email showed "รอส่งย้อนหลัง ๒๓๕" but explained only the
// reports not sent ("หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า"); the attached PDF says until when the ones in
// their grace can be sent on time. The email now says it too.
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { renderAnnualReportEmail } from '../../shared/mail/annual-report-email.js';
import { htmlWords } from '../support/mailbox.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { lateAdditionPlan, sentReport } from '../support/late-addition-year.js';

/** FY2570's results report made on `asOf`, i4 added on `i4`, m9 on `m9`; i4's October sent on time. */
function email(i4: PlainDate, m9: PlainDate, asOf: PlainDate) {
  const saved = { version: 1, updatedAt: `${i4}T03:00:00.000Z` };
  const reports = [sentReport('i4.f1.2026-10.finance', `${i4}T05:00:00.000Z`)];
  const m = buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: lateAdditionPlan(i4, m9, saved),
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    asOf,
  });
  return { m, mail: renderAnnualReportEmail(m, 1, 'https://ita.example.org') };
}

const graceLine = (text: string) => text.split('\n').find((l) => l.startsWith('รายงานที่รอส่งย้อนหลัง'));

describe("the results report's email says until when the reports in their grace can be sent on time", () => {
  it('a plan saved on 29 September 2027, made on 1 October: on time until 4 October', () => {
    const { m, mail } = email('2027-09-29', '2027-09-29', '2027-10-01');
    const n = m.statistics.total.inGrace!;
    expect(n).toBeGreaterThan(0);
    const line = graceLine(mail.text);
    expect(line).toMatch(/^รายงานที่รอส่งย้อนหลัง [๐-๙]+ รายการ เพิ่มเข้าแผนหลังวันครบกำหนด หน่วยงานส่งได้ตรงเวลาถึง ๔ ตุลาคม ๒๕๗๐/);
    expect(mail.text).toContain(`· รอส่งย้อนหลัง ${line!.split(' ')[1]}`);
    expect(htmlWords(mail.html)).toContain(line);
  });

  it('a year-so-far report made the day after a save on 12 May 2027: on time until 17 May', () => {
    const { mail } = email('2027-05-12', '2027-05-12', '2027-05-13');
    expect(graceLine(mail.text)).toMatch(/หน่วยงานส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐/);
  });

  it('two measures saved on different days, made on 30 September: the grace rule, its first and last days', () => {
    const { mail } = email('2027-09-28', '2027-09-29', '2027-09-30');
    expect(graceLine(mail.text)).toMatch(
      /หน่วยงานส่งได้ตรงเวลาถึงวันทำการที่ ๓ หลังวันที่เพิ่มเข้าแผน \(๑ ตุลาคม ๒๕๗๐ ถึง ๔ ตุลาคม ๒๕๗๐ แล้วแต่รายการ\)/,
    );
  });

  it('none in grace (plan from the start): no such line', () => {
    const { mail } = email('2026-09-01', '2026-09-01', '2027-10-01');
    expect(graceLine(mail.text)).toBeUndefined();
    expect(mail.text).not.toContain('รอส่งย้อนหลัง');
  });
});

// re-check 2 s49 (P2): made on the last day of a grace (a plan saved 28 September 2027, on time until
// 1 October), the email said of every unsent report "หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า": sent that day,
// the ones added late are on time
describe("the results report's email on the last day of a grace", () => {
  const stillLine = (text: string) => text.split('\n').find((l) => l.startsWith('รายงานที่ยังไม่ส่ง'));

  it('a plan saved on 28 September, made on 1 October: those added late can be sent on time today', () => {
    const { m, mail } = email('2027-09-28', '2027-09-28', '2027-10-01');
    const line = stillLine(mail.text)!;
    expect(line).toMatch(
      /^รายงานที่ยังไม่ส่ง [๐-๙]+ รายการ ในจำนวนนี้ [๐-๙]+ รายการเพิ่มเข้าแผนหลังวันครบกำหนด ส่งได้ตรงเวลาถึงวันนี้ \(๑ ตุลาคม ๒๕๗๐\) อีก [๐-๙]+ รายการ \(ครบกำหนดเมื่อ ๓๐ กันยายน ๒๕๗๐\) หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า/,
    );
    expect(m.statistics.total.missing).toBeGreaterThan(0);
    expect(htmlWords(mail.html)).toContain(line.split(' ในไฟล์')[0]);
  });

  it('one measure from the start, one saved on 28 September: its reports on time today, the others late', () => {
    const { mail } = email('2026-09-01', '2027-09-28', '2027-10-01');
    expect(stillLine(mail.text)).toMatch(
      /^รายงานที่ยังไม่ส่ง [๐-๙]+ รายการ ในจำนวนนี้ [๐-๙]+ รายการเพิ่มเข้าแผนหลังวันครบกำหนด ส่งได้ตรงเวลาถึงวันนี้ \(๑ ตุลาคม ๒๕๗๐\) อีก [๐-๙]+ รายการ \(ในจำนวนนี้ [๐-๙]+ รายการครบกำหนดเมื่อ ๓๐ กันยายน ๒๕๗๐\) หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า/,
    );
  });

  it('a day after the last day: all late, as before', () => {
    const { mail } = email('2027-09-28', '2027-09-28', '2027-10-02');
    expect(stillLine(mail.text)).not.toContain('ส่งได้ตรงเวลาถึงวันนี้');
    expect(stillLine(mail.text)).toContain('หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า');
  });
});
