// How the results report's PDF and DOCX lay their text out (tester s43): a unit's long name wraps
// in its column of the statistics instead of running over the counts (F1).
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { pdfText, squeeze } from '../support/pdf-tools.js';
import { pdfjsItems } from '../support/pdfjs-text.js';

/** The sample year with the first unit renamed `name`. */
const withUnitNamed = (name: string) =>
  buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS.map((u, i) => (i === 0 ? { ...u, name } : u)),
    plan: samplePlan(),
    reports: new Map(),
    asOf: '2023-10-02',
  });

// the statistics tables' first column, the name, ends where ครบกำหนด begins (render-pdf.ts)
const NAME_COLUMN_END = 36 + 230;
const A4_LANDSCAPE_HEIGHT = 595.28;
// the counts' headers (pdf.js may give a word in parts: a ำ cluster is drawn in a font of its own)
const HEADS = ['ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ไม่ได้ส่ง', 'ร้อยละที่ส่ง'];

describe("the statistics' per-unit table keeps a unit's name in its column", () => {
  it.each([
    ['a long Thai name', 'กองยุทธศาสตร์และงบประมาณและการพัฒนาเทคโนโลยีสารสนเทศเพื่อการบริหารจัดการภาครัฐ'],
    ['a Latin name without a break opportunity', 'ITDigitalTransformationAndCybersecurityOperationsCenter'],
    ['Thai and Latin with spaces', 'ศูนย์ปฏิบัติการความมั่นคงปลอดภัยไซเบอร์ (Cybersecurity Operations Center) ภาครัฐ'],
  ])('%s', async (_, name) => {
    const model = withUnitNamed(name);
    expect(model.statistics.byUnit.map((u) => u.unitName)).toContain(name);
    const pdf = await renderPdf(model);
    const items = await pdfjsItems(pdf);
    const heading = items.find((i) => i.str.includes('รายตัวชี้วัด'))!;
    const inTables = items.filter(
      (i) => (i.page > heading.page || (i.page === heading.page && i.y > heading.y)) && i.y < A4_LANDSCAPE_HEIGHT - 40, // not the page number
    );
    // nothing of a name reaches the counts, and right of the names only counts and percentages
    for (const i of inTables)
      if (i.x < NAME_COLUMN_END - 1) expect(i.x + i.width, i.str).toBeLessThanOrEqual(NAME_COLUMN_END);
      else
        expect(/^[๐-๙%\s]+$/u.test(i.str) || HEADS.some((h) => h.includes(i.str.trim())), `${i.str} at x ${i.x}`).toBe(
          true,
        );
    // and the whole name is printed
    expect(squeeze(pdfText(pdf))).toContain(squeeze(name));
  });
});
