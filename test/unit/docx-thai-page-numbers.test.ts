// The DOCX files number their pages in Thai digits, as the PDFs do (session 49, s48 P3): the
// section's page numbers are Word's "thaiNumbers" (w:pgNumType), so the footer's PAGE field reads
// "หน้า ๓". No total: NUMPAGES takes no section format, and its Thai switch ("\* ThaiArabic")
// LibreOffice 7.4 prints as Thai letters ("ก / บ"), so "หน้า ๓ / 10" or "หน้า 3 / ฏ" would follow.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPlanDocx } from '../../shared/documents/render-plan-document.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan, samplePlanDocument } from '../support/document-samples.js';

const report = (scope?: 'half-year') =>
  buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: samplePlan(),
    reports: new Map(),
    asOf: '2023-10-02',
    ...(scope ? { scope } : {}),
  });

describe('the DOCX page numbers are in Thai digits', () => {
  it.each([
    ['the results report', () => renderDocx(report())],
    ['the half-year report', () => renderDocx(report('half-year'))],
    ['the plan document', () => renderPlanDocx(samplePlanDocument())],
  ])('%s: "หน้า " and the page number field, formatted thaiNumbers', async (_n, render) => {
    const files = unzipSync(await render());
    const document = strFromU8(files['word/document.xml']!);
    const sections = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/gu)!;
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(s).toMatch(/<w:pgNumType[^>]*w:fmt="thaiNumbers"/u);
    const footers = Object.keys(files).filter((f) => /^word\/footer\d*\.xml$/u.test(f));
    expect(footers.length).toBeGreaterThan(0);
    for (const f of footers) {
      const footer = strFromU8(files[f]!);
      expect(footer).toMatch(/>หน้า <\/w:t>[\s\S]*w:instr="PAGE"/u);
      // no field whose number would print in Arabic digits beside it
      expect(footer).not.toMatch(/NUMPAGES|SECTIONPAGES/u);
    }
  });
});
