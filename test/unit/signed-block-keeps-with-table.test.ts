// The signed end of a document never sits alone on its last page (re-check s48 #4 for the plan
// document, session 49 for the results report): when it does not fit below the table before it,
// that table's last row goes over with it, under the repeated header; the DOCX keeps them together
// (keepNext on the last row's paragraphs), as Word keeps a row with the paragraph after it.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Org, Unit } from '../../shared/domain/organisation.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { renderPlanDocx } from '../../shared/documents/render-plan-document.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';

const MAYOR: Org = { ...SAMPLE_ORG, chiefExecutive: { name: 'นายสมชาย ใจดี' } };

/** `n` units named "กองทดสอบที่ ๐๑" …, in that order. */
const unitsOf = (n: number): Unit[] =>
  Array.from({ length: n }, (_, i) => ({
    ...SAMPLE_UNITS[0]!,
    unitId: `u${i + 1}`,
    name: `กองทดสอบที่ ${toThaiDigits(String(i + 1).padStart(2, '0'))}`,
  }));

const report = (units: Unit[], plan = samplePlan(), scope?: 'half-year') =>
  buildAnnualReport({
    org: MAYOR,
    units,
    plan,
    reports: new Map(),
    asOf: '2023-10-02',
    ...(scope ? { scope } : {}),
  });

/** The PDF's pages as text, without their page numbers. */
const pagesOf = (pdf: Uint8Array) =>
  pdfText(pdf)
    .split('\f')
    .filter((p) => p.trim())
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^หน้า [๐-๙]+ \/ [๐-๙]+$/u.test(l)),
    );

describe("the results report's memo and signatures are never alone on the last page", () => {
  it.each([
    // the statistics fill their page to its foot (17 units): before, the memo began a page of its own
    ['statistics that end at a page foot', unitsOf(17), samplePlan(), undefined],
    // one unit: the unit table is one row, its heading and header go over with it
    ['a short unit table (one unit)', unitsOf(1), samplePlan(), undefined],
    // a plan of one measure, the half-year: a short report
    [
      'a very short report',
      SAMPLE_UNITS,
      { ...samplePlan(), measures: samplePlan().measures.slice(0, 1) },
      'half-year' as const,
    ],
    // 30 units: the statistics run over two pages
    ['a long unit table (30 units)', unitsOf(30), samplePlan(), undefined],
  ])('%s: the last unit row is on the page of "เรียน …"', async (_n, units, plan, scope) => {
    const model = report(units, plan, scope);
    const pages = pagesOf(await renderPdf(model));
    const last = pages.at(-1)!;
    const memo = last.indexOf('เรียน นายกเทศมนตรีตำบลดอนอะระง');
    expect(memo).toBeGreaterThan(0);
    expect(last.at(-1)).toMatch(/^วันที่ /u);
    // before the memo on its page: the unit table's header and its last row
    const before = squeeze(last.slice(0, memo).join('\n'));
    expect(before).toContain(squeeze('ครบกำหนด'));
    expect(model.statistics.byUnit.length).toBeGreaterThan(0);
    expect(before).toContain(squeeze(model.statistics.byUnit.at(-1)!.unitName));
  });

  it('statistics that end at a page foot: the page before keeps every other unit', async () => {
    const units = unitsOf(17);
    const pages = pagesOf(await renderPdf(report(units)));
    const before = squeeze(pages.at(-2)!.join('\n'));
    expect(before).toContain(squeeze(units.at(-2)!.name));
    expect(before).not.toContain(squeeze(units.at(-1)!.name));
    expect(before).not.toContain(squeeze('เรียน'));
  });
});

/** The XML of each w:tr of word/document.xml's last table, and what follows the table. */
function lastTable(docx: Uint8Array) {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const start = xml.lastIndexOf('<w:tbl>');
  const end = xml.indexOf('</w:tbl>', start);
  const rows = xml.slice(start, end).split('<w:tr>').slice(1);
  return { rows, before: xml.slice(0, start), after: xml.slice(end) };
}
const paragraphs = (xml: string) => xml.split('<w:p>').slice(1);
const keptWithNext = (p: string) => /<w:keepNext\/>/u.test(p);

describe('the DOCX keeps the last row with the signed block after it', () => {
  it.each([
    ['statistics of 17 units', unitsOf(17)],
    ['statistics of one unit', unitsOf(1)],
    ['statistics of 30 units', unitsOf(30)],
  ])('the results report, %s: the last row and the memo on one page', async (_n, units) => {
    const { rows, before, after } = lastTable(await renderDocx(report(units)));
    const lastRow = rows.at(-1)!;
    expect(squeeze(lastRow.replace(/<[^>]+>/g, ''))).toContain(squeeze(units.at(-1)!.name));
    // the row never split, every paragraph in it kept with the next: the row goes with "เรียน …"
    expect(lastRow).toContain('<w:cantSplit/>');
    expect(paragraphs(lastRow).every(keptWithNext)).toBe(true);
    expect(after.replace(/<[^>]+>/g, '')).toContain('เรียน นายกเทศมนตรีตำบลดอนอะระง');
    // the table's heading ("รายส่วนราชการ") and its header row go with the first row
    expect(keptWithNext(paragraphs(before).at(-1)!)).toBe(true);
    expect(paragraphs(rows[0]!).every(keptWithNext)).toBe(true);
    // the other rows are free to break before the last
    if (rows.length > 3) expect(paragraphs(rows[1]!).some(keptWithNext)).toBe(false);
  });

  it.each([
    ['the sample plan', samplePlan()],
    ['a plan of one measure', { ...samplePlan(), measures: samplePlan().measures.slice(0, 1) }],
    ['the seed plan without the sample measure', { ...samplePlan(), measures: samplePlan().measures.slice(1) }],
  ])('the plan document, %s: its last measure kept with the announcement', async (_n, plan) => {
    const model = buildPlanDocument({
      org: MAYOR,
      units: SAMPLE_UNITS,
      plan,
      madeOn: '2022-10-03',
      announcedOn: '2022-10-15',
    });
    const { rows, after } = lastTable(await renderPlanDocx(model));
    expect(paragraphs(rows.at(-1)!).every(keptWithNext)).toBe(true);
    expect(after.replace(/<[^>]+>/g, '')).toContain('ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๕');
    if (rows.length > 3) expect(paragraphs(rows[1]!).some(keptWithNext)).toBe(false);
  });
});
