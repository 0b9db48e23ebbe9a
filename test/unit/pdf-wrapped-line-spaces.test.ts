// Review 17 s27 (break attempt, M-1): the product's own PDFs (annual report, plan document) wrap
// lines at Thai word boundaries and at spaces, and drew no space at a wrap: read back, "ดูแลในการยึด
// ทรัพย์สินของราชการ" became "ดูแลในการยึดทรัพย์สินของราชการ", as a reader cannot tell a wrap at a
// space from one inside a Thai phrase. A line wrapped at a space now keeps it in its ActualText.
import { beforeAll, describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { lineWidth, registerThaiFonts } from '../../shared/documents/pdf-text-line.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import { wrapThaiLines } from '../../shared/documents/thai-line-break.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { renderSeedAnnualReport, renderSeedPlanDocument, storedSeedPlan } from '../support/seed-annual-report.js';

type Plan = ReturnType<typeof storedSeedPlan>;

/** Each measure's title, follow-up texts and methods (but `without`), as written (spaces and all). */
const textsOf = (
  measures: readonly { title: string; followUps: readonly { text: string }[]; methods: readonly string[] }[],
  without: 'methods' | '' = '',
) =>
  measures.map((m) => ({
    title: m.title,
    followUps: m.followUps.map((f) => f.text),
    ...(without !== 'methods' && { methods: m.methods }),
  }));

async function readBack(pdf: Uint8Array) {
  const { document } = await readPlanFile(pdf);
  return importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }).plan.measures;
}

/** The seed with follow-ups and a title of many short words apart: a wrap falls at a space again and again. */
function spacedPlan(): Plan {
  const seed = storedSeedPlan();
  const [first, ...rest] = seed.measures;
  const measure = {
    ...first!,
    methods: ['จัดประชุม ณ สำนักงาน และ ณ จุดบริการ ของ เทศบาล ทุก แห่ง ให้ ประชาชน ได้ รับ ทราบ ทั่วกัน'],
    followUps: first!.followUps.map((f, i) => ({
      ...f,
      text: `รายงานผล ${i + 1} ต่อ นายกเทศมนตรี และ ปลัดเทศบาล ณ ที่ประชุม ประจำ เดือน ของ สำนักงาน ทุก ครั้ง`,
    })),
  };
  return { ...seed, measures: [measure, ...rest] };
}

describe("the product's own PDFs read back with the spaces their lines were wrapped at", () => {
  it("the annual report's PDF: every title, follow-up text and method as written", async () => {
    const plan = storedSeedPlan();
    const read = await readBack((await renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), plan)).pdf);
    expect(textsOf(read)).toEqual(textsOf(plan.measures));
  }, 60_000);

  it("the plan document's PDF: every title and follow-up text as written", async () => {
    // its methods not compared: "พ.ศ." wrapped before "๒๕๔๐" comes back with a space (not a wrap at a space)
    const plan = storedSeedPlan();
    const read = await readBack((await renderSeedPlanDocument(plan)).pdf);
    expect(textsOf(read, 'methods')).toEqual(textsOf(plan.measures, 'methods'));
  }, 60_000);

  it('texts of many short words apart, wrapped at their spaces again and again: as written', async () => {
    const plan = spacedPlan();
    const read = await readBack((await renderSeedAnnualReport(new Date('2023-10-02T02:00:00Z'), plan)).pdf);
    expect(textsOf(read).slice(0, 1)).toEqual(textsOf(plan.measures).slice(0, 1));
  }, 60_000);
});

describe('a wrapped line says whether it was broken at a space', () => {
  let measure: (s: string) => number;
  beforeAll(() => {
    const pdf = new PDFDocument({ size: 'A4' });
    registerThaiFonts(pdf, thaiFonts());
    pdf.fontSize(10);
    measure = (s) => lineWidth(pdf, s);
  });

  it.each([
    ['at a space', 'ประชาชน ณ จุดบริการ', 'ประชาชน', true],
    ['inside a Thai phrase', 'ประชาชนและจุดบริการ', 'ประชาชน', false],
  ])('%s', (_, text, first, spaced) => {
    const [line, ...more] = wrapThaiLines(text, measure(`${first} `) + 0.5, measure);
    expect(line).toEqual({ text: first, spaceAfter: spaced });
    expect(more.at(-1)!.spaceAfter).toBe(false);
  });

  it('a word wider than the line, cut between letters: no space', () => {
    const lines = wrapThaiLines('ก'.repeat(40), measure('ก'.repeat(10)), measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => !l.spaceAfter)).toBe(true);
  });
});
