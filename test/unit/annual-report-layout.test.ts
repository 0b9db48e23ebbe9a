// How the results report's PDF and DOCX lay their text out (tester s43): a unit's long name wraps
// in its column of the statistics instead of running over the counts (F1); a long summary is cut
// at a word and the report says so (F2).
import { strFromU8, unzipSync } from 'fflate';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BY_INDICATOR_HEADING,
  buildAnnualReport,
  printedSummary,
  shortenedSummariesNote,
  SUMMARY_PRINTED,
} from '../../shared/documents/annual-report-model.js';
import { renderDocx } from '../../shared/documents/render-docx.js';
import { renderHtml } from '../../shared/documents/render-html.js';
import { lineWidth, registerThaiFonts, useThaiFont } from '../../shared/documents/pdf-text-line.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import { breakUnits } from '../../shared/domain/thai-break-units.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { SAMPLE_ORG, SAMPLE_UNITS, samplePlan } from '../support/document-samples.js';
import { headedTitle } from '../../shared/documents/document-model-fields.js';
import { sampleAnnualReport } from '../support/document-samples.js';
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
    const after = (a: (typeof items)[number], b: (typeof items)[number]) =>
      a.page > b.page || (a.page === b.page && a.y > b.y);
    // the tables end where the report to the chief executive begins (signature-block.ts)
    const ack = items.find((i) => after(i, heading) && i.str.startsWith('เรียน'))!;
    const inTables = items.filter(
      (i) => after(i, heading) && !after(i, ack) && i !== ack && i.y < A4_LANDSCAPE_HEIGHT - 40, // not the page number
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

// Tester s43 F2: a summary was cut at 300 UTF-16 units of "unit: summary", mid-word and mid-cluster
// ("ประชุม ๆ น้…" without its ำ), with a space before "…", and the reader was not told.
describe('a long summary is printed up to a word, and the report says it was shortened', () => {
  const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
  /** The offsets where each of `units` ends. */
  const boundaries = (units: string[]) => {
    let at = 0;
    return new Set(units.map((u) => (at += u.length)));
  };
  const clusterEnds = (s: string) => boundaries(Array.from(graphemes.segment(s), (g) => g.segment));

  it.each([
    [
      'Thai words with spaces and ๆ',
      (pad: number) => `${'ก'.repeat(pad)} ${'ประชุม ๆ น้ำท่วม เกี่ยวข้อง, '.repeat(20)}`,
      true,
    ],
    [
      'Thai without spaces',
      (pad: number) => `${'ก'.repeat(pad)}${'ดำเนินการประชุมน้ำท่วมเกี่ยวข้องตุลาคมพ.ศ.๒๕๖๖'.repeat(10)}`,
      true,
    ],
    [
      'a link without a break opportunity',
      (pad: number) => `https://drive.example.org/${'น้ำa'.repeat(120 + pad)}`,
      false,
    ],
  ] as const)('%s, wherever the limit falls', (_, summary, atWord) => {
    for (let pad = 0; pad < 14; pad++) {
      const text = summary(pad);
      const printed = printedSummary(text);
      expect(printed).toMatch(/[^\s,;:]…$/u);
      const start = printed.slice(0, -1);
      expect(text.startsWith(start)).toBe(true);
      expect(start.length).toBeLessThanOrEqual(SUMMARY_PRINTED);
      expect(start.length).toBeGreaterThan(SUMMARY_PRINTED - 40);
      // never inside a grapheme cluster; at a place a line may break when there is one
      const ends = atWord ? boundaries(breakUnits(text)) : clusterEnds(text);
      expect(
        [...ends].some((e) => text.slice(0, e).replace(/[\s,;:]+$/u, '') === start),
        `pad ${pad}: ${start.slice(-12)}`,
      ).toBe(true);
    }
  });

  it('a summary within the limit prints whole, the unit name not counted', () => {
    for (const text of ['ก'.repeat(SUMMARY_PRINTED), `${'ประชุม '.repeat(42)}น้ำ`, 'ผ'.repeat(SUMMARY_PRINTED - 1)]) {
      const model = withUnitNamed('กองยุทธศาสตร์และงบประมาณ');
      model.measures[0]!.followUps[0]!.periods[0]!.entries[0]!.summary = text;
      expect(renderHtml(model)).toContain(`- กองยุทธศาสตร์และงบประมาณ: ${text}</p>`);
      expect(shortenedSummariesNote(model)).toBeUndefined();
    }
  });

  it('"…" stays with the word before it, never a line of its own', () => {
    for (const text of ['ประชุม ๆ น้ำท่วม…', 'เกี่ยวข้อง…', 'ITA O43…']) {
      const units = breakUnits(text);
      expect(units.join('')).toBe(text);
      expect(units.at(-1)).toMatch(/[^…]…$/u);
    }
  });

  it('the PDF, DOCX and HTML note it under the table only when a summary was shortened', async () => {
    const long = withUnitNamed('กองคลัง');
    long.measures[0]!.followUps[0]!.periods[0]!.entries[0]!.summary = 'ประชุมชี้แจง เกี่ยวกับมาตรการ '.repeat(20);
    const short = withUnitNamed('กองคลัง');
    short.measures[0]!.followUps[0]!.periods[0]!.entries[0]!.summary = 'ประชุมชี้แจงแล้ว';
    const note = shortenedSummariesNote(long)!;
    expect(note).toContain('ยาวเกิน ๓๐๐ ตัวอักษร');
    expect(shortenedSummariesNote(short)).toBeUndefined();
    for (const [model, shown] of [
      [long, true],
      [short, false],
    ] as const) {
      const pdf = squeeze(pdfText(await renderPdf(model)));
      const docx = strFromU8(unzipSync(new Uint8Array(await renderDocx(model)))['word/document.xml']!);
      const html = renderHtml(model);
      expect(pdf.includes(squeeze(note))).toBe(shown);
      expect(docx.includes('พิมพ์เพียงส่วนต้น')).toBe(shown);
      expect(html.includes('พิมพ์เพียงส่วนต้น')).toBe(shown);
    }
    // the period line ends at a word with "…" right after it
    expect(squeeze(pdfText(await renderPdf(long)))).toContain('กองคลัง:ประชุมชี้แจงเกี่ยวกับมาตรการ');
    expect(renderHtml(long)).toMatch(/(?:มาตรการ|ชี้แจง)…<\/p>/u);
  });
});

// Tester s43 F5, F6: the DOCX's period column (8 %) wrapped "ตลอด / ปีงบปร / ะมาณ" and its header
// "ระยะ / เวลา / ดำเนิน / การ" at 14 pt; the DOCX had no page numbers and no Thai language.
describe('the DOCX gives each column room for its words, numbers its pages and says it is Thai', () => {
  const xmlOf = async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(withUnitNamed('กองคลัง'))));
    return (name: string) => strFromU8(files[name]!);
  };
  const attr = (xml: string, element: string, name: string) =>
    Number(new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(\\d+)"`).exec(xml)![1]);

  let measure14: (s: string, bold: boolean) => number;
  beforeAll(() => {
    // Sarabun (the PDF's font) as a stand-in for TH SarabunPSK's widths: about as wide or wider
    const doc = new PDFDocument({ size: 'A4', font: null as unknown as string });
    registerThaiFonts(doc, thaiFonts());
    measure14 = (s, bold) => {
      useThaiFont(doc, bold ? 'th-bold' : 'th');
      doc.fontSize(14);
      return lineWidth(doc, s);
    };
  });

  it.each([
    ['ระยะเวลาดำเนินการ', 2, ['ระยะเวลา', 'ดำเนินการ'], true],
    ['a period', 2, ['ปีงบประมาณ', 'ไตรมาสที่'], false],
    ['ผู้รับผิดชอบ', 5, ['ผู้รับผิดชอบ', 'สำนักปลัด'], true],
  ] as const)('%s: each word fits its column at 14 pt', async (_, column, words, bold) => {
    const xml = await xmlOf();
    const document = xml('word/document.xml');
    const grid = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].slice(0, 6).map(([, w]) => Number(w));
    // the table within the page's width between its margins (twips)
    const room = attr(document, 'pgSz', 'w') - attr(document, 'pgMar', 'left') - attr(document, 'pgMar', 'right');
    expect(grid.reduce((a, w) => a + w, 0)).toBeLessThanOrEqual(room + 6);
    expect(document).toContain('w:orient="landscape"');
    // a cell's text width: the column less Word's default cell margins (108 twips a side), in points
    const inside = (grid[column]! - 2 * 108) / 20;
    for (const w of words) expect(measure14(w, bold), w).toBeLessThanOrEqual(inside);
  });

  it('has "หน้า N" in its footer and its text marked Thai', async () => {
    const xml = await xmlOf();
    const footer = xml('word/footer1.xml');
    expect(footer).toContain('>หน้า </w:t>');
    // in Thai digits: test/unit/docx-thai-page-numbers.test.ts
    expect(footer).toMatch(/w:instr="PAGE"/u);
    expect(xml('word/styles.xml')).toMatch(/<w:lang w:val="th-TH" w:bidi="th-TH"\/>/u);
  });
});

// Tester s43 F11: a row going on over a page break had its first columns blank on the next page,
// nothing saying whose row it was. The part names the measure again, "… (ต่อ)", for the eye only:
// its text is read as nothing, so poppler's text and the re-import read the row once.
describe('a row going on over a page break names its measure again on the next page', () => {
  const base = sampleAnnualReport();
  const measure = base.measures[0]!;
  const title = headedTitle(measure);
  const many = (n: number, what: string) => Array.from({ length: n }, (_, i) => `${what}ข้อที่ ${i + 1}`);
  const pdfOf = (m: typeof measure) => renderPdf({ ...base, measures: [m, ...base.measures.slice(1, 2)] });
  /** pdf.js's text (the glyphs drawn) in the first column, per page; page numbers and headers out */
  const firstColumn = async (pdf: Uint8Array) => {
    const pages = new Map<number, string>();
    for (const i of await pdfjsItems(pdf))
      if (i.x < 36 + 150 && i.y > 60 && i.y < A4_LANDSCAPE_HEIGHT - 40)
        pages.set(i.page, (pages.get(i.page) ?? '') + i.str);
    return [...pages.values()].map((t) => squeeze(t).replace(/^มาตรการ\/แนวทาง/u, ''));
  };

  it('a long row whose title column is done: every later part starts with the title and "(ต่อ)"', async () => {
    const pdf = await pdfOf({ ...measure, recommendations: many(70, 'ข้อเสนอแนะ') });
    const columns = await firstColumn(pdf);
    expect(columns.length).toBeGreaterThan(2);
    expect(columns[0]).toContain(squeeze(title));
    expect(columns[0]).not.toContain('(ต่อ)');
    // pages 2 and 3 hold only the row's later parts
    for (const page of columns.slice(1, 3)) expect(page.startsWith(squeeze(`${title} (ต่อ)`))).toBe(true);
    // poppler reads the row's title once: the label is no text of the row
    expect(pdfText(pdf).match(/\(ต่อ\)/gu)).toBeNull();
    expect(squeeze(pdfText(pdf)).split(squeeze(title)).length - 1).toBe(1);
  }, 30_000);

  it('a row whose own first column goes on over the break prints it there, no label', async () => {
    const pdf = await pdfOf({
      ...measure,
      subMeasures: many(45, 'มาตรการย่อย'),
      recommendations: many(45, 'ข้อเสนอแนะ'),
    });
    const [, second] = await firstColumn(pdf);
    expect(second).toMatch(/^[๐-๙]+\.มาตรการย่อยข้อที่/u);
    expect(second).not.toContain('(ต่อ)');
  }, 30_000);

  it('rows that fit on their pages: no label anywhere', async () => {
    // indicators 4 and 6: a yearly and a half-yearly follow-up
    const pdf = await renderPdf({ ...base, measures: [base.measures[1]!, base.measures[3]!] });
    expect((await firstColumn(pdf)).join('')).not.toContain('(ต่อ)');
  }, 30_000);
});

// Tester s44 F5: a city's statistics per unit went on over a page break with no column headings on
// the next page, a column of bare numbers; the results table repeats its header, and so does this
// table now (drawn for the eye; the tagged header row is there once).
describe("the statistics' per-unit table repeats its column headings on each page it goes on to", () => {
  const base = sampleAnnualReport();
  const HEADINGS = squeeze(HEADS.join(''));

  it.each([
    ['forty units of short names: one page more', 40, 'ฝ่ายบริการ', 1],
    [
      'nineteen units of long names, each on three lines',
      19,
      'กองยุทธศาสตร์และงบประมาณและการพัฒนาเทคโนโลยีสารสนเทศเพื่อการบริหารจัดการภาครัฐ',
      1,
    ],
    ['a hundred and twenty units: pages more, each with the headings', 120, 'ฝ่ายบริการ', 2],
  ] as const)(
    '%s',
    async (_, n, name, pagesAfter) => {
      const byUnit = Array.from({ length: n }, (_, i) => ({
        unitId: `u${i + 1}`,
        unitName: `${name} แห่งที่ ${toThaiDigits(i + 1)} ก`,
        counts: { due: 12, onTime: 9, late: 1, missing: 2, notYetDue: 0 },
      }));
      const pdf = await renderPdf({ ...base, statistics: { ...base.statistics, byUnit } });
      const pages = pdfText(pdf).split('\f').map(squeeze);
      const start = pages.findIndex((p) => p.includes('รายส่วนราชการ'));
      const later = pages.slice(start + 1).filter((p) => p.includes(squeeze(name)));
      expect(later.length).toBeGreaterThanOrEqual(pagesAfter);
      // each later page opens with the headings, then its first unit
      for (const page of later) expect(page.slice(0, page.indexOf(squeeze(name)))).toBe(HEADINGS);
      // every unit is printed once, with its counts
      for (const u of byUnit) expect(pages.join('').split(squeeze(`${u.unitName} ๑๒ ๙ ๑ ๒`)).length - 1).toBe(1);
    },
    30_000,
  );
});

// Tester s43 F12: the table headed a measure "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ" (the plan's
// words) and the statistics named the indicator "…ของราชการ" (the catalog's), as if two. One rule:
// an indicator is named by the catalog, a measure by its plan title; the statistics say whose names.
describe("the statistics name indicators by the ITA assessment and say so; the table keeps the plan's title", () => {
  const model = sampleAnnualReport();
  const planTitle = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ';
  const official = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ';
  /** the text after the per-indicator heading, squeezed, from one rendering's text */
  const statisticsOf = (text: string) => {
    const at = squeeze(text).indexOf(squeeze(BY_INDICATOR_HEADING));
    expect(at).toBeGreaterThan(0);
    return { before: squeeze(text).slice(0, at), after: squeeze(text).slice(at) };
  };
  const docxText = async () =>
    strFromU8(unzipSync(new Uint8Array(await renderDocx(model)))['word/document.xml']!).replace(/<[^>]+>/g, '');

  it.each([
    ['PDF', async () => pdfText(await renderPdf(model))],
    ['DOCX', docxText],
    ['HTML', () => Promise.resolve(renderHtml(model).replace(/<[^>]+>/g, ''))],
  ])(
    "%s: the table says the plan's title, the statistics the official name under a heading that says so",
    async (_, text) => {
      const { before, after } = statisticsOf(await text());
      expect(before).toContain(squeeze(planTitle));
      expect(after).toContain(squeeze(official));
      expect(after).not.toContain(squeeze(planTitle));
    },
    30_000,
  );
});
