// Break 19 s28, F13: a report the coordinator returned ("ลิงก์ผิด กรุณาแก้ไข") still had its text in
// the results report, under "ส่งแล้ว ๐/๕ · ยังไม่มีหน่วยงานส่ง", and so at the public address once
// published. Only settled reports' words (shared/domain/settlement.ts) go into the document: a
// returned report, or a not-started placeholder, counts as not sent and its text stays out.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import {
  buildAnnualReport,
  NO_OBSTACLES,
  OBSTACLES_HEADING,
  obstaclesSection,
  periodLines,
  type AnnualReportModel,
} from '../../shared/documents/annual-report-model.js';
import { renderCsv } from '../../shared/documents/render-csv.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import type { Report } from '../../shared/domain/report.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const stored = { ...plan, version: 1, updatedAt: '2022-10-01T02:00:00.000Z', updatedBy: 'test' };

function report(obligationId: string, fields: Partial<Report>): Report {
  return {
    orgId: 'demo',
    fy: 2566,
    obligationId,
    unitId: obligationId.split('.').at(-1)!,
    version: 1,
    reviewState: 'submitted',
    progress: 'done',
    summary: 'ข้อความรายงาน',
    obstacles: '',
    suggestions: '',
    evidence: [],
    submittedBy: 'person:p1',
    submittedAt: '2023-05-20T03:00:00.000Z',
    firstSubmittedAt: '2023-05-20T03:00:00.000Z',
    settledAt: '2023-05-20T03:00:00.000Z',
    ...fields,
  };
}

function build(reports: Report[]): AnnualReportModel {
  return buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: stored,
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    asOf: '2023-10-02',
  });
}

/** Every line the PDF/DOCX prints for the measure's periods, and its recommendations. */
function printed(model: AnnualReportModel): string {
  return model.measures
    .flatMap((m) => [...m.followUps.flatMap((f) => f.periods.flatMap(periodLines)), ...m.recommendations])
    .join('\n');
}

function periodOf(model: AnnualReportModel, obligationId: string) {
  const [measureId, f, periodId] = obligationId.split('.');
  const followUp = model.measures
    .find((m) => m.measureId === measureId)!
    .followUps.find((x) => `f${x.followUpNo}` === f)!;
  return followUp.periods.find((p) => p.periodId === periodId)!;
}

const MAY = 'i4.f2.2023-05.finance';
const RETURNED = 'เผยแพร่ทางเว็บไซต์ https://www.donarang.go.th/news/2566/ita/o43-ลิงก์ผิด';

describe("a report that is not settled is not in the results report's text", () => {
  it('a returned report: กองคลัง counts as not sent and its words are not printed', () => {
    const model = build([
      report(MAY, {
        reviewState: 'returned',
        reviewComment: 'ลิงก์ผิด กรุณาแก้ไข',
        summary: RETURNED,
        settledAt: undefined,
      }),
    ]);
    const entry = periodOf(model, MAY).entries.find((e) => e.unitId === 'finance')!;
    expect(entry).toEqual({ unitId: 'finance', unitName: 'กองคลัง', status: 'missing' });
    expect(periodLines(periodOf(model, MAY))[0]).toContain('ส่งแล้ว ๐/');
    expect(printed(model)).not.toContain('donarang');
    expect(JSON.stringify(model)).not.toContain('donarang');
  });

  it("a returned report's suggestions are not among the measure's recommendations", () => {
    const model = build([
      report(MAY, { reviewState: 'returned', suggestions: 'ควรแจ้งนายสมชาย โทร 081', settledAt: undefined }),
    ]);
    expect(JSON.stringify(model)).not.toContain('นายสมชาย');
  });

  it('a not-started placeholder: not sent, its words not printed', () => {
    const model = build([
      report(MAY, { progress: 'not_started', summary: 'ยังไม่ได้เริ่ม รอนายสมชาย', settledAt: undefined }),
    ]);
    expect(periodOf(model, MAY).entries.find((e) => e.unitId === 'finance')).toEqual({
      unitId: 'finance',
      unitName: 'กองคลัง',
      status: 'missing',
    });
    expect(JSON.stringify(model)).not.toContain('นายสมชาย');
  });

  it('a returned report beside a unit that sent: only the sender is printed', () => {
    const APRIL = 'i4.f2.2023-04.finance';
    const model = build([
      report(APRIL, { reviewState: 'returned', summary: 'ข้อความที่ถูกตีกลับ', settledAt: undefined }),
      report('i4.f2.2023-04.clerk', { summary: 'สำนักปลัดประชุมแล้ว', submittedAt: '2023-04-20T03:00:00.000Z' }),
    ]);
    const text = printed(model);
    expect(text).toContain('สำนักปลัดเทศบาล: สำนักปลัดประชุมแล้ว');
    expect(text).not.toContain('ข้อความที่ถูกตีกลับ');
  });

  it('settled reports stay: submitted, accepted, and resubmitted after a return', () => {
    const model = build([
      report(MAY, { summary: 'ส่งแล้วรอตรวจ', suggestions: 'ข้อเสนอที่ส่งแล้ว' }),
      report('i4.f2.2023-04.finance', { reviewState: 'accepted', summary: 'ตรวจรับแล้ว' }),
      report('i4.f2.2023-06.finance', { version: 2, summary: 'แก้ไขส่งใหม่', submittedAt: '2023-06-25T03:00:00.000Z' }),
    ]);
    const text = printed(model);
    for (const words of ['กองคลัง: ส่งแล้วรอตรวจ', 'กองคลัง: ตรวจรับแล้ว', 'กองคลัง: แก้ไขส่งใหม่', 'ข้อเสนอที่ส่งแล้ว']) {
      expect(text).toContain(words);
    }
    expect(periodOf(model, MAY).entries.find((e) => e.unitId === 'finance')).toMatchObject({
      status: 'on_time',
      submittedAt: '2023-05-20T03:00:00.000Z',
    });
  });
});

// Tester s43 F7: staff report ปัญหาอุปสรรค with each report, and no output carried them. The
// PDF, DOCX and HTML print them after the results table, per measure, deduplicated with the units
// that wrote them; report.json and the CSV carry each report's text whole.
describe('the obstacles units reported are in the results report', () => {
  const docxText = (docx: Uint8Array) =>
    strFromU8(unzipSync(docx)['word/document.xml']!)
      .replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
      .replace(/<[^>]+>/g, '');

  it("a settled report's obstacle is printed after the table under its measure, with its unit, in the PDF, DOCX and HTML", async () => {
    const model = build([report(MAY, { obstacles: 'งบประมาณไม่เพียงพอต่อการจัดอบรม' })]);
    const item = '๑. กองคลัง: งบประมาณไม่เพียงพอต่อการจัดอบรม';
    expect(obstaclesSection(model)).toEqual([{ measure: expect.stringMatching(/^ตัวชี้วัดที่ ๔ /u), items: [item] }]);
    const pdf = squeeze(pdfText(await renderPdf(model)));
    const docx = docxText(await renderDocx(model));
    const html = squeeze(renderHtml(model));
    for (const text of [pdf, squeeze(docx), html]) {
      expect(text).toContain(squeeze(OBSTACLES_HEADING));
      expect(text).toContain(squeeze(item));
      // after the table, before the statistics
      expect(text.indexOf(squeeze(item))).toBeLessThan(text.indexOf('สถิติการดำเนินการตามมาตรการ'));
      expect(text.indexOf(squeeze(OBSTACLES_HEADING))).toBeGreaterThan(text.indexOf('ผู้รับผิดชอบ'));
    }
  }, 30_000);

  it('the same obstacle from two units and two months is printed once with both units; "ไม่มี" and "-" are left out', () => {
    const model = build([
      report(MAY, { obstacles: 'บุคลากรไม่เพียงพอ' }),
      report('i4.f2.2023-06.finance', { obstacles: 'บุคลากรไม่เพียงพอ' }),
      report('i4.f2.2023-05.clerk', { obstacles: 'บุคลากรไม่เพียงพอ' }),
      report('i4.f2.2023-04.finance', { obstacles: 'ไม่มี' }),
      report('i4.f2.2023-04.clerk', { obstacles: ' - ' }),
      report('i4.f2.2023-07.clerk', { obstacles: 'ไม่มีปัญหาอุปสรรค' }),
    ]);
    // its units in the reader's order, สำนักปลัด first, whoever wrote it first (tester s44 F4)
    expect(obstaclesSection(model).flatMap((s) => s.items)).toEqual(['๑. สำนักปลัดเทศบาล, กองคลัง: บุคลากรไม่เพียงพอ']);
    // report.json keeps every report's answer as written, "ไม่มี" too
    expect(periodOf(model, 'i4.f2.2023-04.finance').entries.find((e) => e.unitId === 'finance')!.obstacles).toBe('ไม่มี');
  });

  it("a returned report's obstacle is in no output; with none reported the section says so", async () => {
    const model = build([report(MAY, { reviewState: 'returned', obstacles: 'ปัญหาของนายสมชาย', settledAt: undefined })]);
    expect(JSON.stringify(model)).not.toContain('นายสมชาย');
    expect(obstaclesSection(model)).toEqual([]);
    expect(renderHtml(model)).toContain(NO_OBSTACLES);
    expect(squeeze(docxText(await renderDocx(model)))).toContain(squeeze(NO_OBSTACLES));
  });

  it("the CSV carries each settled report's obstacles whole, in a column after the summary", () => {
    const long = `${'ขาดงบประมาณในการจัดกิจกรรม '.repeat(40)}ท้ายข้อความ`;
    const csv = renderCsv(build([report(MAY, { obstacles: long })])).toString('utf8');
    expect(csv).toContain('"สรุปผลการดำเนินงาน","ปัญหาอุปสรรค"');
    expect(csv).toContain(`"ข้อความรายงาน","${long.trim()}"`);
  });
});
