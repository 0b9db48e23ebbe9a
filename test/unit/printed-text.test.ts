// Tester s38 #2: a report's texts reached the DOCX as typed (zero-width spaces, tabs, U+3000, NBSP
// runs) while the PDF silently left out an emoji (Sarabun has none). One rule (printedText) decides
// what both print: invisible characters and emoji left out, another character the font cannot draw
// a visible □; and report texts stored before they were saved as multiLine print as saved now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { MISSING_CHARACTER, printedText, SARABUN_CHARACTERS } from '../../shared/documents/printed-text.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import type { Report } from '../../shared/domain/report.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { notdefGlyphs, pdfText } from '../support/pdf-tools.js';
import { pdfjsText } from '../support/pdfjs-text.js';
import { importSeedPlan } from '../support/seed-plan.js';

// fontkit (pdfkit's) has no types of its own: only `create` and the character set are used
const fontkit = createRequire(import.meta.url)('fontkit') as { create(data: Buffer): { characterSet: number[] } };

const { plan } = importSeedPlan();
const stored = { ...plan, version: 1, updatedAt: '2022-10-01T02:00:00.000Z', updatedBy: 'test' };

/** กองคลัง's accepted report of `month` (2023-05…) saying `summary`, suggesting `suggestions`. */
function report(month: string, summary: string, suggestions = ''): Report {
  return {
    orgId: 'demo',
    fy: 2566,
    obligationId: `i4.f2.${month}.finance`,
    unitId: 'finance',
    version: 1,
    reviewState: 'accepted',
    progress: 'done',
    summary,
    obstacles: '',
    suggestions,
    evidence: [],
    submittedBy: 'person:p1',
    submittedAt: `${month}-20T03:00:00.000Z`,
    firstSubmittedAt: `${month}-20T03:00:00.000Z`,
    settledAt: `${month}-20T03:00:00.000Z`,
  };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The DOCX's paragraphs as Word shows their text: runs joined, a line break "\n". */
function docxParagraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map(([tag, t]) => (tag.startsWith('<w:br') ? '\n' : t!.replace(/&(\w+);/g, (_, e: string) => XML_ENTITIES[e]!)))
      .join(''),
  );
}

// [what, the month's report says, what both print, the next month's period line]: one report a month
const SUMMARIES: [string, string, string, string][] = [
  ['emoji, left out with the space before them', 'จัดประชุมแล้ว ✅ ครบ ๓ ครั้ง 👍🏽', 'จัดประชุมแล้ว ครบ ๓ ครั้ง', '2023-05'],
  [
    'characters of a script the font lacks, each a visible □',
    'อบรมภาษาจีน 中文 และลาว ລາວ',
    'อบรมภาษาจีน □□ และลาว □□□',
    '2023-06',
  ],
  [
    'NBSP runs, a tab, U+3000 and zero-width spaces stored before they were cleaned',
    'ครั้งที่\u00a0\u00a0๑\tประชุม\u200bแล้ว\u3000\u3000ครบ',
    'ครั้งที่ ๑ ประชุมแล้ว ครบ',
    '2023-07',
  ],
  ['a keycap and a flag: the digit kept, the flag left out', '1️⃣ ประชุมครั้งแรก 🇹🇭', '1 ประชุมครั้งแรก', '2023-08'],
];
const NEXT_PERIOD: Record<string, string> = {
  '2023-05': 'มิถุนายน',
  '2023-06': 'กรกฎาคม',
  '2023-07': 'สิงหาคม',
  '2023-08': 'กันยายน',
};
const SUGGESTED = 'ควรจัดอบรม\u3000ทุกไตรมาส 📅\r\n\r\n\r\nและรายงาน\tผู้บริหาร\u200b';

/** The FY2566 results report with those reports (the first also suggesting SUGGESTED), as PDF and DOCX, made once. */
const rendered = (async () => {
  const reports = SUMMARIES.map(([, summary, , month], i) => report(month, summary, i === 0 ? SUGGESTED : ''));
  const model = buildAnnualReport({
    org: SAMPLE_ORG,
    units: SAMPLE_UNITS,
    plan: stored,
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    asOf: '2023-10-02',
  });
  const pdf = await renderPdf(model);
  return { pdf, pdfText: pdfText(pdf), docx: docxParagraphs(await renderDocx(model)) };
})();

describe('what the results report prints of a report text is the same in the PDF and the DOCX', () => {
  it.each(SUMMARIES)('%s', async (_, _summary, printed, month) => {
    const { pdfText: text, docx } = await rendered;
    expect(docx).toContain(`  - กองคลัง: ${printed}`);
    // the PDF's wrapped lines joined again (each line's ActualText keeps the space it broke at)
    expect(text.replace(/\n/g, '')).toContain(`- กองคลัง: ${printed}${NEXT_PERIOD[month]}`);
  });

  it("draws each □ as the font's box, which pdf.js too reads as □", async () => {
    const { pdf } = await rendered;
    const boxes = SUMMARIES.flatMap(([, , printed]) => [...printed]).filter((c) => c === MISSING_CHARACTER);
    expect(notdefGlyphs(pdf)).toBe(boxes.length);
    const pdfjs = await pdfjsText(pdf);
    expect(pdfjs).toContain('□□');
    expect(pdfjs).toContain('□□□');
  });

  it('a suggestion over several lines keeps its line breaks in both, without the odd spaces or the emoji', async () => {
    const { pdfText: text, docx } = await rendered;
    expect(docx).toContain('๒. ควรจัดอบรม ทุกไตรมาส\n\nและรายงาน ผู้บริหาร');
    expect(text).toContain('๒. ควรจัดอบรม ทุกไตรมาส\nและรายงาน ผู้บริหาร\n');
  });
});

describe('printedText', () => {
  it.each([
    ['an emoji joined with ZWJ, one cluster', '👨‍👩‍👧 ครอบครัวร่วมงาน', 'ครอบครัวร่วมงาน'],
    ['a symbol the font has, with a variation selector', '©️ ลิขสิทธิ์', '© ลิขสิทธิ์'],
    ['an arrow and a star the font lacks', '★ ขั้นตอน ➜ ถัดไป', '□ ขั้นตอน □ ถัดไป'],
    ['a sara am typed as nikhahit + sara aa', 'น\u0e4d\u0e32ส่ง', 'นำส่ง'],
    ['text the font draws, as it is', 'ITA O43 ดำเนินการ ๑๒ "ข้อ" – …', 'ITA O43 ดำเนินการ ๑๒ "ข้อ" – …'],
  ])('%s: "%s" is printed "%s"', (_, text, printed) => {
    expect(printedText(text)).toBe(printed);
    expect(printedText(printed)).toBe(printed);
  });

  // tester s53 R: the braille blank shows nothing (hasVisibleCharacter, the save's rule: a text of
  // only it is empty), yet kept inside a text it was printed as the font's box □
  it.each([
    ['at the end of a timeframe', 'ตลอดปีงบประมาณ\u2800', 'ตลอดปีงบประมาณ '],
    ['twice between words of a list item', 'ประชุม\u2800\u2800ชี้แจง', 'ประชุม  ชี้แจง'],
    ['on a line of its own in a note', 'งบประมาณ\n\u2800\nไม่ใช้งบ', 'งบประมาณ\n \nไม่ใช้งบ'],
  ])('a braille blank %s is printed as a space, not □', (_, text, printed) => {
    expect(printedText(text)).toBe(printed);
    expect(printedText(text)).not.toContain(MISSING_CHARACTER);
  });

  it('knows the characters both Sarabun weights draw, from the font files', () => {
    const fonts = thaiFonts();
    const [regular, bold] = [fonts.regular, fonts.bold].map(
      (f) => new Set(fontkit.create(readFileSync(f)).characterSet),
    );
    const printable = (c: number) => !/\p{C}/u.test(String.fromCodePoint(c));
    const both = [...regular!].filter((c) => bold!.has(c) && printable(c)).sort((a, b) => a - b);
    const listed = Array.from({ length: 0x10000 }, (_, c) => c).filter(
      (c) => (c < 0xd800 || c > 0xdfff) && SARABUN_CHARACTERS.test(String.fromCodePoint(c)),
    );
    expect(listed).toEqual(both);
  });
});
