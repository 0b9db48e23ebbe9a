// Tester s48 (P3): reports recorded within a late addition's grace counted as on time with no trace
// that they were recorded months later, and the results report did not say when the org began
// using the system. Its statistics now end with a note: "หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ …
// รายงาน N รายการของรอบก่อนหน้านั้นบันทึกย้อนหลัง …", in the PDF, the DOCX and the HTML.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type AnnualReportModel, buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import { wholeThaiDates } from '../../shared/mail/html.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { lateAdditionPlan, sentReport } from '../support/late-addition-year.js';

const GRACE = '(รายงานที่ส่งภายในวันทำการที่ ๓ หลังวันที่เพิ่มเข้าแผนนับเป็นส่งตรงเวลา)';

const plan = (i4AddedOn?: PlainDate, m9AddedOn?: PlainDate) => lateAdditionPlan(i4AddedOn, m9AddedOn);
const sent = sentReport;

const report = (p: StoredPlan, reports: Report[], asOf: PlainDate = '2027-10-01') =>
  buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: p,
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    asOf,
  });

const docxText = async (m: AnnualReportModel) =>
  strFromU8(unzipSync(await renderDocx(m))['word/document.xml']!)
    .replace(/<w:p[ >].*?<\/w:p>/gs, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
    .replace(/<[^>]+>/g, '');

describe("the results report's statistics say when the org began tracking and which reports were recorded after the fact", () => {
  it("the tester's case, adopted 12 May 2027: 5 reports of earlier periods recorded later (4 in the grace, 1 after)", async () => {
    const m = report(plan('2027-05-12', '2027-05-12'), [
      sent('i4.f1.2026-10.clerk', '2027-05-13T03:00:00.000Z'),
      sent('i4.f1.2026-11.clerk', '2027-05-13T03:00:00.000Z'),
      sent('i4.f1.2026-10.finance', '2027-05-14T03:00:00.000Z'),
      sent('m9.f1.2027-04.finance', '2027-05-17T03:00:00.000Z'),
      sent('m9.f1.2027-01.clerk', '2027-06-20T03:00:00.000Z'), // after the grace: late, still recorded later
      sent('i4.f1.2027-05.clerk', '2027-05-30T03:00:00.000Z'), // May's own, due after the adoption: not back-recorded
    ]);
    const note = `หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๑๒ พฤษภาคม ๒๕๗๐ รายงาน ๕ รายการของรอบก่อนหน้านั้นบันทึกย้อนหลัง ${GRACE}`;
    expect(m.backRecorded).toBe(note);
    expect(squeeze(pdfText(await renderPdf(m)))).toContain(squeeze(note));
    expect(await docxText(m)).toContain(note);
    // its dates kept whole, as every date of the HTML rendering
    expect(renderHtml(m)).toContain(wholeThaiDates(`<p class="note">${note}</p>`));
  });

  it('adopted on 3 February 2027 instead: counted from that day', () => {
    const m = report(plan('2027-02-03', '2027-02-03'), [sent('i4.f1.2026-12.engineering', '2027-02-05T03:00:00.000Z')]);
    expect(m.backRecorded).toBe(
      `หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๓ กุมภาพันธ์ ๒๕๗๐ รายงาน ๑ รายการของรอบก่อนหน้านั้นบันทึกย้อนหลัง ${GRACE}`,
    );
  });

  it('a measure added on 15 March 2027 to a plan running from October: its back reports, no adoption day', () => {
    const m = report(plan(undefined, '2027-03-15'), [
      sent('i4.f1.2026-10.clerk', '2026-10-20T03:00:00.000Z'),
      sent('m9.f1.2026-10.clerk', '2027-03-16T03:00:00.000Z'),
      sent('m9.f1.2027-02.finance', '2027-03-16T03:00:00.000Z'),
    ]);
    expect(m.backRecorded).toBe(`หมายเหตุ: รายงาน ๒ รายการของรอบที่เพิ่มเข้าแผนหลังวันครบกำหนดบันทึกย้อนหลัง ${GRACE}`);
  });

  it('adopted in May with a measure added in July: both, apart', () => {
    const m = report(plan('2027-05-12', '2027-07-15'), [
      sent('i4.f1.2026-10.clerk', '2027-05-13T03:00:00.000Z'),
      sent('m9.f1.2027-06.clerk', '2027-07-16T03:00:00.000Z'),
    ]);
    expect(m.backRecorded).toBe(
      `หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๑๒ พฤษภาคม ๒๕๗๐ รายงาน ๑ รายการของรอบก่อนหน้านั้นบันทึกย้อนหลัง รายงาน ๑ รายการของรอบที่เพิ่มเข้าแผนหลังวันครบกำหนดบันทึกย้อนหลัง ${GRACE}`,
    );
  });

  it('a year without adoption, or a late plan nobody back-reported: no note', async () => {
    const plain = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: samplePlan(),
      reports: new Map(),
      asOf: '2023-10-01',
    });
    expect(plain.backRecorded).toBeUndefined();
    expect(squeeze(pdfText(await renderPdf(plain)))).not.toContain(squeeze('บันทึกย้อนหลัง'));
    expect(report(plan(undefined, '2027-03-15'), []).backRecorded).toBeUndefined();
  });
});

// Tester s49 (P3): an org adopted on 31 May with nothing sent for October-March got a half-year report
// "ไม่ได้ส่ง ๑๓๖ รายการ" with no word that tracking began on 31 May: the note came only with a report
// recorded late. The start is now said whenever the plan was adopted mid-year.
describe('the results report says when tracking began even when no earlier report was recorded', () => {
  const NONE = 'ยังไม่มีรายงานของรอบก่อนหน้านั้นที่บันทึกย้อนหลัง';

  it("the tester's case: adopted 31 May 2027, nothing sent for October-March, the half-year report", async () => {
    const m = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: plan('2027-05-31', '2027-05-31'),
      reports: new Map(),
      asOf: '2027-10-01',
      scope: 'half-year',
    });
    const note = `หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๓๑ พฤษภาคม ๒๕๗๐ ${NONE}`;
    expect(m.statistics.total.missing).toBeGreaterThan(0);
    expect(m.backRecorded).toBe(note);
    expect(squeeze(pdfText(await renderPdf(m)))).toContain(squeeze(note));
    expect(await docxText(m)).toContain(note);
    expect(renderHtml(m)).toContain(wholeThaiDates(`<p class="note">${note}</p>`));
  });

  it('adopted 3 February 2027, only reports due after it sent: the start, none recorded late', () => {
    const m = report(plan('2027-02-03', '2027-02-03'), [sent('i4.f1.2027-02.clerk', '2027-02-27T03:00:00.000Z')]);
    expect(m.backRecorded).toBe(`หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๓ กุมภาพันธ์ ๒๕๗๐ ${NONE}`);
  });

  it("adopted in May, a measure added in July whose back report was sent: the start, none of the earlier periods, the July one's", () => {
    const m = report(plan('2027-05-12', '2027-07-15'), [sent('m9.f1.2027-06.clerk', '2027-07-16T03:00:00.000Z')]);
    expect(m.backRecorded).toBe(
      `หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๑๒ พฤษภาคม ๒๕๗๐ ${NONE} รายงาน ๑ รายการของรอบที่เพิ่มเข้าแผนหลังวันครบกำหนดบันทึกย้อนหลัง ${GRACE}`,
    );
  });

  it('a report.json made before the note was said without back reports still renders, without it', async () => {
    const { backRecorded: _, ...old } = report(plan('2027-05-31', '2027-05-31'), []);
    expect(squeeze(pdfText(await renderPdf(old)))).not.toContain(squeeze('เริ่มใช้ระบบติดตาม'));
    expect(renderHtml(old)).not.toContain('เริ่มใช้ระบบติดตาม');
  });
});
