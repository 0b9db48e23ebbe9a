// Tester s45 #2 and #3: the results report's period lines said "มกราคม ๒๕๗๐: ส่งแล้ว ๔/๔ (ล่าช้า ๑)"
// without naming the late unit (the missing ones are named), and a report sent "อยู่ระหว่างดำเนินการ"
// (settled and on time: docs/domain.md, "Settled and on time") was printed as a finished one. Both
// are named in the period line, in the PDF, the DOCX and the HTML (periodLines, one source), and an
// unfinished report's text is marked where it is printed; the statistics stay as they were.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildAnnualReport, periodLines, type AnnualReportModel } from '../../shared/documents/annual-report-model.js';
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

// i4's monthly follow-up: May 2023 is due 31 May from สำนักปลัดเทศบาล, กองคลัง, กองช่าง, กองการศึกษา, กองสาธารณสุขฯ
const MAY = (unitId: string) => `i4.f2.2023-05.${unitId}`;
const ON_TIME = '2023-05-20T03:00:00.000Z';
const LATE = '2023-06-10T03:00:00.000Z';

function report(obligationId: string, fields: Partial<Report> = {}): Report {
  return {
    orgId: 'demo',
    fy: 2566,
    obligationId,
    unitId: obligationId.split('.').at(-1)!,
    version: 1,
    reviewState: 'submitted',
    progress: 'done',
    summary: `รายงานของ ${obligationId.split('.').at(-1)}`,
    obstacles: '',
    suggestions: '',
    evidence: [],
    submittedBy: 'person:p1',
    submittedAt: ON_TIME,
    firstSubmittedAt: ON_TIME,
    settledAt: ON_TIME,
    ...fields,
  };
}
const late = (obligationId: string, fields: Partial<Report> = {}) =>
  report(obligationId, { submittedAt: LATE, firstSubmittedAt: LATE, settledAt: LATE, ...fields });

function build(reports: Report[]): AnnualReportModel {
  return buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: stored,
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    asOf: '2023-10-02',
  });
}

const mayLines = (model: AnnualReportModel) =>
  periodLines(
    model.measures
      .find((m) => m.measureId === 'i4')!
      .followUps.find((f) => f.followUpNo === 2)!
      .periods.find((p) => p.periodId === '2023-05')!,
  );

const docxText = (docx: Uint8Array) =>
  strFromU8(unzipSync(docx)['word/document.xml']!)
    .replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`)
    .replace(/<[^>]+>/g, '');

/** The PDF's, the DOCX's and the HTML's text, spaces squeezed out. */
async function printedIn(model: AnnualReportModel): Promise<string[]> {
  return [
    squeeze(pdfText(await renderPdf(model))),
    squeeze(docxText(await renderDocx(model))),
    squeeze(renderHtml(model)),
  ];
}

const EVERY = ['clerk', 'finance', 'engineering', 'education', 'health'];

describe('the period line names the units that sent late', () => {
  it('one late unit: "(ล่าช้า: กองช่าง)", in the PDF, the DOCX and the HTML', async () => {
    const model = build([
      ...EVERY.filter((u) => u !== 'engineering').map((u) => report(MAY(u))),
      late(MAY('engineering')),
    ]);
    expect(mayLines(model)[0]).toBe('พฤษภาคม ๒๕๖๖: ส่งแล้ว ๕/๕ (ล่าช้า: กองช่าง)');
    for (const text of await printedIn(model)) expect(text).toContain(squeeze('ส่งแล้ว ๕/๕ (ล่าช้า: กองช่าง)'));
  }, 30_000);

  it("two late units beside a missing one (neighbour): both named in the reader's order, the missing one as before", () => {
    const model = build([report(MAY('clerk')), late(MAY('engineering')), late(MAY('finance')), report(MAY('health'))]);
    expect(mayLines(model)[0]).toBe('พฤษภาคม ๒๕๖๖: ส่งแล้ว ๔/๕ (ล่าช้า: กองคลัง, กองช่าง) · ไม่ได้ส่ง: กองการศึกษา');
  });

  it('all on time (neighbour): no late bracket', () => {
    const model = build(EVERY.map((u) => report(MAY(u))));
    expect(mayLines(model)[0]).toBe('พฤษภาคม ๒๕๖๖: ส่งแล้ว ๕/๕');
  });
});

describe('a report sent "อยู่ระหว่างดำเนินการ" is marked unfinished, still counted sent and on time', () => {
  it('on time and in progress: named in the period line and beside its text, in the PDF, the DOCX and the HTML; the statistics unchanged', async () => {
    const reports = EVERY.map((u) => report(MAY(u)));
    const done = build(reports);
    const model = build(
      reports.map((r) => (r.unitId === 'engineering' ? { ...r, progress: 'in_progress' as const } : r)),
    );
    const lines = mayLines(model);
    expect(lines[0]).toBe('พฤษภาคม ๒๕๖๖: ส่งแล้ว ๕/๕ (อยู่ระหว่างดำเนินการ: กองช่าง)');
    expect(lines).toContain('  - กองช่าง (อยู่ระหว่างดำเนินการ): รายงานของ engineering');
    expect(lines).toContain('  - กองคลัง: รายงานของ finance');
    expect(model.statistics).toEqual(done.statistics);
    for (const text of await printedIn(model)) {
      expect(text).toContain(squeeze('ส่งแล้ว ๕/๕ (อยู่ระหว่างดำเนินการ: กองช่าง)'));
      expect(text).toContain(squeeze('กองช่าง (อยู่ระหว่างดำเนินการ): รายงานของ engineering'));
    }
  }, 30_000);

  it('late and in progress beside another late one (neighbour): each bracket names its units', () => {
    const model = build([
      report(MAY('clerk'), { progress: 'in_progress' }),
      late(MAY('finance')),
      late(MAY('engineering'), { progress: 'in_progress' }),
      report(MAY('education')),
      report(MAY('health')),
    ]);
    expect(mayLines(model)[0]).toBe(
      'พฤษภาคม ๒๕๖๖: ส่งแล้ว ๕/๕ (ล่าช้า: กองคลัง, กองช่าง) (อยู่ระหว่างดำเนินการ: สำนักปลัดเทศบาล, กองช่าง)',
    );
  });

  it('a report in progress returned for changes (neighbour) is not sent: not named unfinished, its text not printed', () => {
    const model = build([
      ...EVERY.filter((u) => u !== 'engineering').map((u) => report(MAY(u))),
      report(MAY('engineering'), { progress: 'in_progress', reviewState: 'returned', settledAt: undefined }),
    ]);
    const lines = mayLines(model);
    expect(lines[0]).toBe('พฤษภาคม ๒๕๖๖: ส่งแล้ว ๔/๕ · ไม่ได้ส่ง: กองช่าง');
    expect(lines.join('\n')).not.toContain('อยู่ระหว่างดำเนินการ');
  });
});

// s45 re-check: the CSV's per-period rows gave a report sent unfinished the status of a finished one
// ("ส่งตรงเวลา"), where the PDF marks it; its status says so now, in the same words (unfinishedMark)
describe('the CSV marks a report sent "อยู่ระหว่างดำเนินการ" in its status', () => {
  /** The CSV's per-period row of May 2566's i4 follow-up 2 for `unit`: its cells, unquoted. */
  const mayRow = (model: AnnualReportModel, unit: string) =>
    renderCsv(model)
      .toString('utf8')
      .split('\r\n')
      .find((line) => line.startsWith('"4","2","พฤษภาคม ๒๕๖๖",') && line.includes(`"${unit}"`))
      ?.slice(1, -1)
      .split('","');

  it('on time and in progress: "ส่งตรงเวลา (อยู่ระหว่างดำเนินการ)"; a finished one beside it as before', () => {
    const model = build(EVERY.map((u) => report(MAY(u), u === 'engineering' ? { progress: 'in_progress' } : {})));
    expect(mayRow(model, 'กองช่าง')?.slice(4, 6)).toEqual(['กองช่าง', 'ส่งตรงเวลา (อยู่ระหว่างดำเนินการ)']);
    expect(mayRow(model, 'กองคลัง')?.slice(4, 6)).toEqual(['กองคลัง', 'ส่งตรงเวลา']);
  });

  it('late and in progress (neighbour): "ส่งล่าช้า (อยู่ระหว่างดำเนินการ)"', () => {
    const model = build([late(MAY('finance'), { progress: 'in_progress' })]);
    expect(mayRow(model, 'กองคลัง')?.[5]).toBe('ส่งล่าช้า (อยู่ระหว่างดำเนินการ)');
  });

  it('in progress but returned for changes (neighbour): not sent, not marked', () => {
    const model = build([
      report(MAY('engineering'), { progress: 'in_progress', reviewState: 'returned', settledAt: undefined }),
    ]);
    expect(mayRow(model, 'กองช่าง')?.[5]).toBe('ไม่ได้ส่ง');
    expect(renderCsv(model).toString('utf8')).not.toContain('อยู่ระหว่างดำเนินการ');
  });
});
