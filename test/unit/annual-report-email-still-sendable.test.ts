// Tester s49 (P2): the results report's email of 1 October called September's reports, due the day
// before, "ไม่ได้ส่ง" (not sent: a head reads them as lost), where the summaries call any report past
// its due date "ยังไม่ส่ง" (it can still be sent, late). The email now says ยังไม่ส่ง, how many fell
// due last, and that they can still be sent; the attached file keeps its "ไม่ได้ส่ง ณ วันที่จัดทำ".
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { renderAnnualReportEmail } from '../../shared/mail/annual-report-email.js';
import { htmlWords } from '../support/mailbox.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { lateAdditionPlan, sentReport } from '../support/late-addition-year.js';

const STILL = 'หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า';

/** FY2570: i4 (สำนักปลัด, กองคลัง, กองช่าง) monthly from the start; m9 (สำนักปลัด, กองคลัง) added on 15 March 2027. */
function runningPlanWithAddedMeasure(): StoredPlan {
  return lateAdditionPlan(undefined, '2027-03-15', { version: 2, updatedAt: '2027-03-15T03:00:00.000Z' });
}

const sent = sentReport;

describe("the results report's email calls reports past their due date ยังไม่ส่ง and says they can still be sent", () => {
  it.each<[string, PlainDate]>([
    ['a year without adoption, made on its 1 October (a Sunday)', '2023-10-01'],
    ['the same, made on Monday 2 October', '2023-10-02'],
  ])("%s: September's 77 of 324 fell due on 30 September", (_n, asOf) => {
    const m = buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan: samplePlan(), reports: new Map(), asOf });
    const email = renderAnnualReportEmail(m, 1, 'https://ita.example.org');
    expect(email.subject).toBe('[ITA] รายงานผลปีงบฯ ๒๕๖๖: ยังไม่ส่ง ๓๒๔ จาก ๓๒๔ รายการ');
    expect(email.text).toContain('ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๓๒๔');
    const line = `รายงานที่ยังไม่ส่ง ๓๒๔ รายการ (ในจำนวนนี้ ๗๗ รายการครบกำหนดเมื่อ ๓๐ กันยายน ๒๕๖๖) ${STILL}`;
    expect(email.text).toContain(line);
    expect(htmlWords(email.html)).toContain(line);
  });

  it('a measure added on 15 March 2027 to a running plan, its back reports sent: those still unsent are ยังไม่ส่ง too', () => {
    // i4 sent every month by กองคลัง; m9's months before March sent by สำนักปลัด in the grace
    const reports = [
      ...[
        '2026-10',
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
        '2027-09',
      ].map((month) => sent(`i4.f1.${month}.finance`, `${month}-20T03:00:00.000Z`)),
      ...['2026-10', '2026-11', '2026-12', '2027-01', '2027-02'].map((month) =>
        sent(`m9.f1.${month}.clerk`, '2027-03-16T03:00:00.000Z'),
      ),
    ];
    const m = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: runningPlanWithAddedMeasure(),
      reports: new Map(reports.map((r) => [r.obligationId, r])),
      asOf: '2027-10-01',
    });
    // due 60 (36 + 24); sent 17 on time; unsent 43, of which 4 due on 30 September (i4 ×2, m9 ×2)
    expect(m.statistics.total).toMatchObject({ due: 60, onTime: 17, late: 0, missing: 43 });
    const email = renderAnnualReportEmail(m, 1, 'https://ita.example.org');
    expect(email.subject).toBe('[ITA] รายงานผลปีงบฯ ๒๕๗๐: ยังไม่ส่ง ๔๓ จาก ๖๐ รายการ');
    expect(email.text).toContain(`รายงานที่ยังไม่ส่ง ๔๓ รายการ (ในจำนวนนี้ ๔ รายการครบกำหนดเมื่อ ๓๐ กันยายน ๒๕๗๐) ${STILL}`);
  });

  it('every report sent: no such line', () => {
    const m = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: samplePlan(),
      reports: new Map(),
      asOf: '2023-10-01',
    });
    const all = { ...m, statistics: { ...m.statistics, total: { ...m.statistics.total, missing: 0, onTime: 324 } } };
    const email = renderAnnualReportEmail(all, 1, 'https://ita.example.org');
    expect(email.subject).toBe('[ITA] รายงานผลปีงบฯ ๒๕๖๖: ส่งครบ ๓๒๔ รายการ');
    expect(email.text).not.toContain(STILL);
    expect(email.html).not.toContain(STILL);
  });
});
