// Tester s45 P2: the ITA assessment reads the municipality's measures results "รอบ ๖ เดือน" in
// mid-year. A results report made with scope 'half-year' covers the work of 1 October - 31 March
// (the obligations whose periods end by 31 March, their status as of the day it is made), says so
// in its title and the line under it, and the year's report (scope 'year', the default) is unchanged.
// Tester s47 (the assessor): it covered the obligations *due* by 31 March, so the April report of
// a measure "รายงานผลในเดือนเมษายน และ กันยายน" (its first half), March's monthly report and the
// second quarter's never appeared in it: "ไม่มีรอบที่ครบกำหนดในรอบ ๖ เดือนแรก" under indicators 6, 7, 9.
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, NO_PERIODS_LINE } from '../../shared/documents/annual-report-model.js';
import type { Org } from '../../shared/domain/organisation.js';
import { measureCells } from '../../shared/documents/report-cells.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import { itaPageReporting, renderItaPage } from '../../shared/publishing/ita-page.js';
import { wholeThaiDates } from '../../shared/mail/html.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pagesContaining, pdfText, squeeze } from '../support/pdf-tools.js';

const model = (asOf: PlainDate, scope?: 'year' | 'half-year') =>
  buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    reports: new Map(),
    asOf,
    ...(scope ? { scope } : {}),
  });

const dueDates = (m: ReturnType<typeof model>) =>
  m.measures.flatMap((x) => x.followUps.flatMap((f) => f.periods.map((p) => p.dueDate)));
const periodIds = (m: ReturnType<typeof model>) =>
  new Set(m.measures.flatMap((x) => x.followUps.flatMap((f) => f.periods.map((p) => p.periodId))));

describe('the รอบ ๖ เดือน results report (scope half-year)', () => {
  it.each<[string, PlainDate, string]>([
    ['made on 26 April, after the half ended', '2023-04-26', 'ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๖๖'],
    ['made on 1 October, after the year ended', '2023-10-01', 'ข้อมูล ณ วันที่ ๑ ตุลาคม ๒๕๖๖'],
    ['made on 15 March, before the half ended', '2023-03-15', 'ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๖'],
  ])('%s: only the work of 1 October - 31 March, titled as the half-year', (_, asOf, asOfTh) => {
    const half = model(asOf, 'half-year');
    expect(half.title).toBe(
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลดอนอะระง รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
    );
    // the range of the work reported on, then the day the statuses are for
    expect(half.yearSoFar).toBe(`ผลการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ (${asOfTh})`);
    expect(half.scope).toBe('half-year');
    expect(dueDates(half).length).toBeGreaterThan(0);
    // reported in April at the latest: March's, the second quarter's and the first half's reports
    expect(dueDates(half).every((d) => d >= '2022-10-01' && d <= '2023-04-30')).toBe(true);
    expect(periodIds(half).has('2023-03')).toBe(true);
    expect(periodIds(half).has('H1')).toBe(true);
    // no April line, no second half-year, no whole year
    expect(periodIds(half).has('2023-04')).toBe(false);
    expect(periodIds(half).has('H2')).toBe(false);
    expect(periodIds(half).has('FY')).toBe(false);
    // the statistics count the half only
    const year = model('2023-10-01');
    const t = half.statistics.total;
    expect(t.due + t.notYetDue).toBe(count(half));
    expect(t.due + t.notYetDue).toBeLessThan(year.statistics.total.due + year.statistics.total.notYetDue);
  });

  it('a follow-up with no period in the half (a yearly one) says so, not "nothing to report this year"', () => {
    const half = model('2023-04-26', 'half-year');
    const lines = half.measures.flatMap((m) => measureCells(m)[3]!);
    expect(lines).toContain('ไม่มีรอบการรายงานในรอบ ๖ เดือนแรก');
    expect(lines).not.toContain(NO_PERIODS_LINE);
  });

  it.each<[string, string, number, string, PlainDate, Org['dueRules']]>([
    ["indicator 6's first half (due 30 April)", 'i6', 1, 'H1', '2023-04-20', {}],
    ["indicator 9's first half, another unit's (due 30 April)", 'i9', 1, 'H1', '2023-04-28', {}],
    [
      "a monthly measure's March, due on the 5th of April by the org's rule",
      'i4',
      2,
      '2023-03',
      '2023-04-05',
      { monthly: { kind: 'day-of-next-month', day: 5 } },
    ],
  ])('%s is in it with what the unit sent, on time', (_, measureId, followUpNo, periodId, submittedOn, dueRules) => {
    const plan = samplePlan();
    const org = { ...SAMPLE_ORG, dueRules };
    const unitId = submittedOn.endsWith('28') ? 'finance' : 'clerk';
    const obligationId = `${measureId}.f${followUpNo}.${periodId}.${unitId}`;
    const at = `${submittedOn}T03:00:00.000Z`;
    const report: Report = {
      orgId: org.orgId,
      fy: plan.fy,
      obligationId,
      unitId,
      version: 1,
      reviewState: 'submitted',
      progress: 'done',
      summary: 'จัดทำรายงานเสนอผู้บริหารแล้ว',
      obstacles: '',
      suggestions: '',
      evidence: [],
      submittedBy: 'p1',
      submittedAt: at,
      firstSubmittedAt: at,
      settledAt: at,
    };
    const half = buildAnnualReport({
      org,
      units: SAMPLE_UNITS,
      plan,
      reports: new Map([[obligationId, report]]),
      asOf: '2023-05-10',
      scope: 'half-year',
    });
    const shown = half.measures
      .find((m) => m.measureId === measureId)!
      .followUps.find((f) => f.followUpNo === followUpNo)!;
    expect(shown.noPeriods).toBeUndefined();
    const period = shown.periods.find((p) => p.periodId === periodId)!;
    expect(period.dueDate > '2023-03-31').toBe(true);
    const line = period.entries.find((e) => e.unitId === unitId)!;
    expect(line.summary).toBe('จัดทำรายงานเสนอผู้บริหารแล้ว');
    expect(line.status).toBe('on_time');
    expect(half.statistics.total.onTime).toBe(1);
  });

  it('the PDF says the half-year under its title on page 1, and has no April line', async () => {
    const half = model('2023-04-26', 'half-year');
    const pdf = await renderPdf(half);
    expect(pagesContaining(pdf, 'รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๕ – ๓๑ มีนาคม ๒๕๖๖)')[0]).toBe(1);
    expect(pagesContaining(pdf, 'ผลการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖')).toEqual([1]);
    const text = squeeze(pdfText(pdf));
    expect(text).not.toContain(squeeze('เมษายน ๒๕๖๖ (กำหนด'));
    expect(text).not.toContain('ปีงบประมาณยังไม่สิ้นสุด');
    expect(renderHtml(half)).toContain('รอบ ๖ เดือน');
  });

  it.each([undefined, 'year'] as const)('scope %s: the year report is as before', (scope) => {
    const year = model('2023-04-26', scope);
    expect(year.title).toBe(
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลดอนอะระง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
    );
    expect(year.yearSoFar).toBe('ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๖๖ (ปีงบประมาณยังไม่สิ้นสุด)');
    expect(year.scope).toBeUndefined();
    expect(periodIds(year).has('2023-04')).toBe(true);
    expect(periodIds(year).has('H2')).toBe(true);
  });
});

/** How many entries (unit obligations) the model lists. */
function count(m: ReturnType<typeof model>): number {
  return m.measures.flatMap((x) => x.followUps.flatMap((f) => f.periods.flatMap((p) => p.entries))).length;
}

// re-check P3 (s46): the public page took its figures from the year's report only, so with only the
// half-year report published it showed none
describe("the public ITA page's figures from the รอบ ๖ เดือน report", () => {
  const page = (asOf: PlainDate, scope?: 'half-year') =>
    renderItaPage({
      orgName: SAMPLE_ORG.name,
      fy: 2566,
      items: [],
      reporting: itaPageReporting(model(asOf, scope), 3),
    });
  const reporting = (html: string) => /<section class="reporting"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

  it.each<[string, PlainDate, string]>([
    ['made on 26 April', '2023-04-26', '๒๖ เมษายน ๒๕๖๖'],
    ['made on 1 October', '2023-10-01', '๑ ตุลาคม ๒๕๖๖'],
  ])('%s: headed รอบ ๖ เดือน, its period and day said, read from its generation', (_, asOf, day) => {
    const text = reporting(page(asOf, 'half-year')).replace(/<[^>]+>/g, '');
    expect(text).toContain('ผลการรายงานตามมาตรการ รอบ ๖ เดือน');
    // its dates kept whole on a line (wholeThaiDates), as the page's other dates
    expect(text).toContain(
      wholeThaiDates(
        `ภาระการรายงานของการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ (ข้อมูล ณ วันที่ ${day}) ตามรายงานผลการดำเนินการรอบ ๖ เดือนที่เผยแพร่`,
      ),
    );
    expect(text).not.toContain('ปีงบประมาณยังไม่สิ้นสุด');
  });

  it('a half-year report made before session 47 (its line "ครบกำหนดระหว่าง …") reads as it did', () => {
    const reportingOf = itaPageReporting(model('2023-04-26', 'half-year'), 2);
    const html = renderItaPage({
      orgName: SAMPLE_ORG.name,
      fy: 2566,
      items: [],
      reporting: {
        ...reportingOf,
        half: 'ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ (ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๖๖)',
      },
    });
    expect(reporting(html).replace(/<[^>]+>/g, '')).toContain(
      wholeThaiDates('ภาระการรายงานที่ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖'),
    );
  });

  it("the year's report's figures say nothing of รอบ ๖ เดือน", () => {
    const text = reporting(page('2023-04-26')).replace(/<[^>]+>/g, '');
    expect(text).not.toContain('รอบ ๖ เดือน');
    expect(text).toContain('ตามรายงานผลการดำเนินการที่เผยแพร่');
  });
});
