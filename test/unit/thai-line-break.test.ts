// Line breaking for the PDF documents: the lines of measuring the line after each word, found in
// time linear in the text (review 17 s17: measuring the line again after every word was half the
// large annual report's PDF time).
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineWidth, type PdfTextTarget, registerThaiFonts } from '../../shared/documents/pdf-text-line.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import { wrapThai } from '../../shared/documents/thai-line-break.js';

let doc: PdfTextTarget;
beforeAll(() => {
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape' });
  doc = pdf;
  registerThaiFonts(doc, thaiFonts());
  pdf.fontSize(10);
});

/** Sarabun 10 pt as the documents draw a line; counts the characters measured. */
function sarabun() {
  const counter = { measured: 0 };
  const measure = (s: string) => {
    counter.measured += s.length;
    return lineWidth(doc, s);
  };
  return { measure, counter };
}

/** The lines as found by adding one word at a time and measuring the whole line each time. */
function wordByWord(text: string, width: number, measure: (s: string) => number): string[] {
  const words = new Intl.Segmenter('th', { granularity: 'word' });
  const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const { segment } of words.segment(paragraph)) {
      if (measure(line + segment) <= width) {
        line += segment;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = segment.trimStart();
      while (measure(line) > width) {
        let cut = '';
        for (const { segment: g } of graphemes.segment(line)) {
          if (measure(cut + g) > width && cut) break;
          cut += g;
        }
        lines.push(cut);
        line = line.slice(cut.length);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

const THAI =
  'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสต่อที่ประชุมคณะผู้บริหารและหัวหน้าส่วนราชการ ' +
  'จัดให้มีการอำนวยความสะดวกในการให้บริการประชาชนหรือผู้มาติดต่อราชการ น้ำใจ ผู้ใหญ่บ้าน กำนัน ';

describe('wrapThai', () => {
  it.each([
    ['Thai text of many words, in a table column', THAI.repeat(6), 180],
    [
      'Thai and Latin with kerning pairs and digits, full page width',
      `${THAI}AVATAR WAVE To Ty Yo ITA 2566 (O43) ๑๒๓ `.repeat(5),
      698,
    ],
    [
      'words wider than the line, spaces and explicit newlines',
      `${'ก'.repeat(120)} ข  ค\n\n   ${'ประชาสัมพันธ์'.repeat(8)} ง\n${THAI}`,
      60,
    ],
  ])('breaks %s where adding one word at a time would', (_, text, width) => {
    const { measure } = sarabun();
    const lines = wrapThai(text, width, measure);
    expect(lines).toEqual(wordByWord(text, width, measure));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(width);
  });

  it.each([
    ['a 150-word Thai paragraph in a 180 pt column', THAI.repeat(6), 180],
    ['a 600-word Thai paragraph across the page', THAI.repeat(25), 698],
    ['Thai and Latin words across the page', `${THAI}ITA report 2566 for the year `.repeat(20), 698],
  ])('measures %s in time linear in its length', (_, text, width) => {
    const { measure, counter } = sarabun();
    wrapThai(text, width, measure);
    // the line measured about twice, each word once: measuring the line after each word read
    // every line about words-per-line / 2 times (10 to 40 times the text here)
    expect(counter.measured).toBeLessThanOrEqual(4 * text.length);
  });
});

// Tester s43 F11: a period line of the results report ended "… ยังไม่มีหน่วยงาน" with "ส่ง" alone
// on the next line. The report's own status phrases stay whole on a line (WHOLE_WORDS).
describe("the results report's status phrases are not split", () => {
  const { measure } = sarabun();
  const line = (status: string) => `พฤศจิกายน ๒๕๖๕: ส่งแล้ว ๐/๕ · ${status}`;
  it.each([
    ['ยังไม่มีหน่วยงานส่ง', 'ยังไม่มีหน่วยงานส่ง', line('ยังไม่มีหน่วยงานส่ง')],
    ['ยังไม่ถึงกำหนด', 'ยังไม่ถึงกำหนด', line('ยังไม่ถึงกำหนด')],
    [
      'ยังไม่มีหน่วยงานส่ง after a half-year label',
      'ยังไม่มีหน่วยงานส่ง',
      'ครึ่งปีหลัง ปีงบประมาณ ๒๕๖๖ (เม.ย.-ก.ย.): ส่งแล้ว ๐/๕ · ยังไม่มีหน่วยงานส่ง',
    ],
  ])('%s: at every column width the phrase is on one line', (_, phrase, text) => {
    const phraseWidth = measure(phrase);
    for (let width = Math.ceil(phraseWidth); width <= 220; width += 2) {
      const lines = wrapThai(text, width, measure);
      expect(
        lines.some((l) => l.includes(phrase)),
        `${width} pt: ${lines.join(' / ')}`,
      ).toBe(true);
    }
  });
});
