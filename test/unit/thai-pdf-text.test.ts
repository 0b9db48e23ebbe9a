// Thai text that survives: the PDF's text layer gives back what was laid out, and marks after
// Latin letters are placed as in a Thai-only run (faults 1 and 2 of issue 19).
import PDFDocument from 'pdfkit';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import { type PlanDocumentModel, planMeasureCells } from '../../shared/documents/plan-document-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderPlanDocx, renderPlanPdf } from '../../shared/documents/render-plan-document.js';
import {
  drawTextLine,
  endThaiText,
  lineWidth,
  type PdfTextTarget,
  registerThaiFonts,
} from '../../shared/documents/pdf-text-line.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { measureCells } from '../../shared/documents/report-cells.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import { HARD_WORDS, sampleAnnualReport, samplePlanDocument } from '../support/document-samples.js';
import { notdefGlyphs, pagePixels, pdfText, squeeze } from '../support/pdf-tools.js';
import { pdfjsText } from '../support/pdfjs-text.js';

/** A one-page PDF, Sarabun 28 pt, drawing with `draw`. */
function onePage(draw: (doc: PdfTextTarget) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5', layout: 'landscape' });
  registerThaiFonts(doc, thaiFonts());
  doc.fontSize(28);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  endThaiText(doc);
  doc.end();
  return done;
}

/** `make`'s result, made on the first call and the same after: a document read by two tests is rendered once. */
const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};
/** The sample documents' PDFs, which poppler's and pdf.js's text are both read from (not changed by either). */
const sampleReportPdf = once(() => renderPdf(sampleAnnualReport()));
const samplePlanPdf = once(() => renderPlanPdf(samplePlanDocument()));

// Lines break only between these words (shared/documents/thai-line-break.ts), and a long row may
// continue on the next page, so words, not whole paragraphs, are what must come back intact.
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

const annualReportParagraphs = (m: AnnualReportModel) => [
  m.title,
  m.introduction,
  ...m.measures.flatMap((x) => measureCells(x).flat()),
];
const planParagraphs = (m: PlanDocumentModel) => [
  m.title,
  ...m.introduction,
  ...m.measures.flatMap((x) => planMeasureCells(x).flat()),
];

describe("the PDF's text layer", () => {
  it.each(HARD_WORDS)('gives back "%s" exactly as drawn', async (word) => {
    const pdf = await onePage((doc) => drawTextLine(doc, `คำว่า ${word} ในบรรทัด`, 40, 40));
    expect(squeeze(pdfText(pdf))).toBe(squeeze(`คำว่า ${word} ในบรรทัด`));
  });

  it.each([
    ['results report', sampleReportPdf, () => annualReportParagraphs(sampleAnnualReport())],
    ['plan document', samplePlanPdf, () => planParagraphs(samplePlanDocument())],
  ])('gives back every word of the %s model, sara am included', async (_, render, paragraphs) => {
    const text = squeeze(pdfText(await render()));
    const words = paragraphs().flatMap((p) =>
      [...thaiWords.segment(p)].filter((w) => w.isWordLike).map((w) => w.segment),
    );
    expect(words.filter((w) => !text.includes(w))).toEqual([]);
    expect(words.filter((w) => w.includes('ำ')).length).toBeGreaterThan(50);
    expect(text).not.toContain('ำา');
    for (const w of HARD_WORDS) expect(text).toContain(w);
  });
});

// Sara am (ำ) words, with and without a tone mark, Latin beside them; and plain sara aa words.
const AM_WORDS = ['ดำเนินการ', 'สำนัก', 'กำหนด', 'น้ำ', 'ทำ', 'คำ', 'จำนวน', 'ซ้ำ', 'ค่ำ', 'ต่ำ'];
const AA_WORDS = ['ฐาน', 'ญาติ', 'ฎีกา', 'การ'];

describe("pdf.js's text (Firefox's viewer and web viewers: find, copy), which ignores /ActualText", () => {
  // ป่ำ: the tone joined to the nikhahit in its narrow form (over a tall consonant)
  it.each([...HARD_WORDS, ...AM_WORDS, 'ป่ำ', 'PDFน้ำ', 'น้ำITA', 'ITA ซ้ำ', '(ค่ำ)O43', 'ทำ"ซ้ำ"'])(
    'gives back "%s" exactly as drawn',
    async (word) => {
      const pdf = await onePage((doc) => drawTextLine(doc, `คำว่า ${word} ในบรรทัด`, 40, 40));
      expect((await pdfjsText(pdf)).trim()).toBe(`คำว่า ${word} ในบรรทัด`);
    },
  );

  it.each([
    ['ITAน้ำใจ', 'ฐาน ญาติ ฎีกา การ'],
    ['ดำ', 'การทำงาน ญาติ'],
    ['ค่ำ', 'ฎีกา ฐาน'],
  ])('after "%s" came first, plain sara aa still reads as sara aa ("%s")', async (first, then) => {
    const pdf = await onePage((doc) => {
      drawTextLine(doc, first, 40, 40);
      drawTextLine(doc, then, 40, 90);
    });
    expect((await pdfjsText(pdf)).trim().split('\n')).toEqual([first, then]);
  });

  it.each([
    ['results report', sampleReportPdf, () => annualReportParagraphs(sampleAnnualReport())],
    ['plan document', samplePlanPdf, () => planParagraphs(samplePlanDocument())],
  ])('finds every word of the %s model, sara am included', async (_, render, paragraphs) => {
    const text = squeeze(await pdfjsText(await render()));
    const words = paragraphs().flatMap((p) =>
      [...thaiWords.segment(p)].filter((w) => w.isWordLike).map((w) => w.segment),
    );
    expect(words.filter((w) => !text.includes(w))).toEqual([]);
    expect(text).not.toContain('ำา');
    for (const w of [...HARD_WORDS, ...AM_WORDS, ...AA_WORDS]) expect(text).toContain(w);
  });
});

describe("the DOCX's text", () => {
  it.each([
    ['results report', () => renderDocx(sampleAnnualReport()), () => annualReportParagraphs(sampleAnnualReport())],
    ['plan document', () => renderPlanDocx(samplePlanDocument()), () => planParagraphs(samplePlanDocument())],
  ])('holds every paragraph of the %s model (word/document.xml)', async (_, render, paragraphs) => {
    const xml = strFromU8(unzipSync(await render())['word/document.xml']!);
    const text = squeeze(
      xml
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    );
    expect(paragraphs().filter((p) => !text.includes(squeeze(p)))).toEqual([]);
  });
});

describe('sara am drawn in its own font instance', () => {
  it.each(['น้ำใจ ดำเนินการ สำนัก', 'ค่ำ ป่ำ ซ้ำ ทำ คำ จำนวน', 'กำหนดการ ฐาน ญาติ'])(
    '"%s" draws exactly as one Thai run in one font',
    async (thai) => {
      const split = await onePage((doc) => drawTextLine(doc, thai, 40, 40));
      const whole = await onePage((doc) => doc.text(thai, 40, 40, { lineBreak: false }));
      expect(pagePixels(split).equals(pagePixels(whole))).toBe(true);
    },
  );
});

// Text pasted from LINE, Facebook, web pages, Word or an Excel cell (break 19 s28, F1).
const UNDRAWABLE: [string, string, string][] = [
  ['a zero-width space', 'แจ้งผ่าน\u200Bไลน์กลุ่ม', 'แจ้งผ่านไลน์กลุ่ม'],
  ['a zero-width non-joiner and joiner', 'ช\u200Cซ\u200Dฌ', 'ชซฌ'],
  ['a byte order mark at the start', '\uFEFFญาติ', 'ญาติ'],
  ['a soft hyphen', 'ประชา\u00ADสัมพันธ์', 'ประชาสัมพันธ์'],
  ['a word joiner', 'ITA\u2060น้ำใจ', 'ITAน้ำใจ'],
  ['a tab (an Excel cell)', 'คัดลอกจากExcel\tจำนวน', 'คัดลอกจากExcel จำนวน'],
  ['a line break inside the line', 'ครั้ง\r\nที่ ๒', 'ครั้ง ที่ ๒'],
  ['a line separator', 'ครั้ง\u2028ที่ ๒', 'ครั้ง ที่ ๒'],
  // an emoji is left out, and no doubled space stays (printedText, the DOCX's rule too: tester s38 #2)
  ['an emoji', 'ทำ 😀 ผู้', 'ทำ ผู้'],
  ['an emoji with a variation selector', 'ดี ❤️ มาก', 'ดี มาก'],
  ['a thin space the font lacks', '๑\u2009ครั้ง', '๑ ครั้ง'],
];

describe('characters the font cannot draw, or that are invisible', () => {
  it.each(UNDRAWABLE)('%s: "%s" is drawn as "%s" (no box) and reads back so', async (_, text, drawn) => {
    const pdf = await onePage((doc) => drawTextLine(doc, text, 40, 40));
    const expected = await onePage((doc) => drawTextLine(doc, drawn, 40, 40));
    expect(notdefGlyphs(pdf)).toBe(0);
    expect(pagePixels(pdf).equals(pagePixels(expected))).toBe(true);
    expect(pdfText(pdf).trim()).toBe(drawn);
  });

  it.each([
    ['results report', () => sampleAnnualReport(), renderPdf],
    ['plan document', () => samplePlanDocument(), renderPlanPdf],
  ] as const)('the %s draws no box for any of them', async (_, sample, render) => {
    const model = sample();
    model.measures[0]!.methods.push(...UNDRAWABLE.map(([, text]) => text));
    const pdf = await (render as (m: typeof model) => Promise<Buffer>)(model);
    expect(notdefGlyphs(pdf)).toBe(0);
    const text = squeeze(pdfText(pdf));
    for (const [, , drawn] of UNDRAWABLE) expect(text).toContain(squeeze(drawn));
  });
});

describe('marks after Latin letters', () => {
  it.each([
    ['ITA', 'น้ำใจ'],
    ['O43', 'ที่ผู้'],
    ['Facebook', 'ที่'],
  ])('"%s%s" draws its Thai exactly as the Thai drawn on its own', async (latin, thai) => {
    const mixed = await onePage((doc) => drawTextLine(doc, latin + thai, 40, 40));
    const apart = await onePage((doc) => {
      drawTextLine(doc, latin, 40, 40);
      drawTextLine(doc, thai, 40 + lineWidth(doc, latin), 40);
    });
    expect(pagePixels(mixed).equals(pagePixels(apart))).toBe(true);
  });
});

// Break s30-u, F11: some phones type sara am as nikhahit + sara aa (U+0E4D U+0E32); the report
// kept it and the PDF printed "นํา", which a search for "นำ" does not find. The PDF draws ำ.
const DECOMPOSED_AM: [string, string][] = [
  ['น\u0E4D\u0E32ส่งเอกสาร', 'นำส่งเอกสาร'],
  ['ท\u0E4D\u0E32ประกาศ', 'ทำประกาศ'],
  ['ค\u0E4D\u0E32สั่ง ITA', 'คำสั่ง ITA'],
  ['น\u0E49\u0E4D\u0E32ประปา', 'น้ำประปา'],
];

describe('a sara am typed as nikhahit + sara aa', () => {
  it.each(DECOMPOSED_AM)('"%s" is drawn as "%s" and reads back so (poppler and pdf.js)', async (typed, am) => {
    const pdf = await onePage((doc) => drawTextLine(doc, typed, 40, 40));
    expect(pagePixels(pdf).equals(pagePixels(await onePage((doc) => drawTextLine(doc, am, 40, 40))))).toBe(true);
    expect(pdfText(pdf).trim()).toBe(am);
    expect((await pdfjsText(pdf)).trim()).toBe(am);
  });

  it("a unit's report text typed so is found with ำ in the results report", async () => {
    const model = sampleAnnualReport();
    const entry = model.measures[0]!.followUps[0]!.periods[0]!.entries[0]!;
    Object.assign(entry, { status: 'on_time', summary: DECOMPOSED_AM.map(([typed]) => typed).join(' ') });
    const pdf = await renderPdf(model);
    const [poppler, pdfjs] = [squeeze(pdfText(pdf)), squeeze(await pdfjsText(pdf))];
    for (const [, am] of DECOMPOSED_AM) {
      expect(poppler).toContain(squeeze(am));
      expect(pdfjs).toContain(squeeze(am));
    }
  });
});
