// Review 17 s23, S23-6: a Word plan with a 12-month tick grid (a header of two rows, "ระยะเวลาดำเนินการ
// ปีงบประมาณ 2569" over ต.ค. … ก.ย.; ตัวชี้วัด, มาตรการ, การติดตามผล and ผู้รับผิดชอบ merged down over
// both; both rows repeated as the header) running onto page 2, saved as PDF by LibreOffice. Page 2
// draws the header in the two rows' height only: "การติดตามผล" (การ / ติดตา / มผล) and "ผู้รับผิดชอบ"
// lose their last line into the first row under them. The header rows no longer read as page 1's, so
// the first was joined to page 1's last measure ("…เป็นธรรมมาตรการ", unit "…ผู้รับผิด" unknown), the
// second read as a new header without a unit column (every measure of page 2 without its unit), and
// with rows allowed to split, the rest of a split row became a 7th measure "รม". A page's first rows
// that repeat the header (by its texts, cut or spaced otherwise) are the header again, the text they
// lost is taken off the row under them, and a split row goes on with the last measure.
// Fixtures (test/fixtures/pdf-month-grid): the reviewer's MON-text (rows may split), MON-text-cantsplit
// and MON-wingdings-cantsplit (Wingdings ticks) from gen_mon.py/gen_mon2.py; a header of three rows
// (ระยะเวลาดำเนินการ / พ.ศ. 2568 | พ.ศ. 2569 / months, its outer labels long enough to be cut on page 2:
// "การติดตามและรายงานผล", "หน่วยงานที่รับผิดชอบ") the same way; all LibreOffice PDFs. And a table
// drawn here whose page-2 header spaces its months otherwise ("ต. ค.").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measuresOf, planPdf, previewFile, type PdfPageSpec } from '../support/plan-pdf.js';
import { repeatedHeaderRow, withoutHeaderOverrun } from '../../shared/import/pdf-repeated-header.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-month-grid/${name}`, import.meta.url))));

const SIX = [
  { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', units: ['clerk'], cadences: ['monthly'] },
  { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['finance'], cadences: ['quarterly', 'annual'] },
  { indicator: 3, title: 'ประเมินผลการปฏิบัติงานอย่างเป็นธรรม', units: ['clerk', 'finance'], cadences: ['semiannual'] },
  { indicator: 6, title: 'ประชุมชี้แจงประมวลจริยธรรม', units: ['education'], cadences: ['quarterly'] },
  { indicator: 9, title: 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', units: ['engineering'], cadences: ['annual'] },
  { indicator: 10, title: 'จัดกิจกรรมส่งเสริมคุณธรรม', units: ['health'], cadences: ['monthly'] },
];

const FOLLOW_UPS = [
  ['รายงานผลทุกเดือน'],
  ['รายงานผลทุกไตรมาส', 'สรุปผลปีละครั้ง'],
  ['รายงานผลรอบ 6 เดือน'],
  ['รายงานผลทุกไตรมาส'],
  ['รายงานผลปีละครั้ง'],
  ['รายงานผลทุกเดือน'],
];

/** Codes of warnings that say the table was misread: none may come. */
const MISREAD = ['no-responsible-column', 'no-responsible-unit', 'unknown-unit', 'cannot-save', 'no-indicator'];

describe('a month-grid plan table whose header Word repeats on page 2 (LibreOffice PDF)', () => {
  for (const [name, split] of [
    ['two-row-header-rows-whole.pdf', false],
    ['two-row-header-wingdings-rows-whole.pdf', false],
    ['two-row-header-rows-split.pdf', true],
    ['three-row-header-rows-whole.pdf', false],
    ['three-row-header-rows-split.pdf', true],
  ] as const) {
    it(`${name}: the 6 measures with their units, the follow-ups' texts without the header's`, async () => {
      const preview = await read(name);
      expect(measuresOf(preview)).toEqual(SIX);
      expect(preview.plan.measures.map((m) => m.followUps.map((f) => f.text))).toEqual(FOLLOW_UPS);
      const codes = preview.warnings.map((w) => w.code);
      for (const code of MISREAD) expect(codes).not.toContain(code);
      // the row split over the break goes on with its measure, said once; a whole row is no split
      expect(preview.warnings.filter((w) => w.code === 'pdf-row-joined').map((w) => w.source)).toEqual(
        split ? [expect.stringContaining('รม')] : [],
      );
    });
  }
});

// The table drawn here: 16 columns (ตัวชี้วัด | มาตรการ | 12 months | การติดตามผล | ผู้รับผิดชอบ),
// three measures a page, the header on both pages with its outer labels wrapped to three lines.
const WIDTHS = [70, 90, ...Array<number>(12).fill(34), 60, 60];
const XS = WIDTHS.reduce((edges, w) => [...edges, edges.at(-1)! + w], [30]);
const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
const LABEL_LINES = [['ตัวชี้วัด'], ['มาตรการ'], ['การ', 'ติดตา', 'มผล'], ['ผู้รับ', 'ผิด', 'ชอบ']];
const ROWS: [string, string, string[], string][] = [
  ['ตัวชี้วัดที่ 1', 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', FOLLOW_UPS[0]!, 'สำนักปลัด'],
  ['ตัวชี้วัดที่ 2', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', FOLLOW_UPS[1]!, 'กองคลัง'],
  ['ตัวชี้วัดที่ 3', 'ประเมินผลการปฏิบัติงานอย่างเป็นธรรม', FOLLOW_UPS[2]!, 'สำนักปลัด, กองคลัง'],
  ['ตัวชี้วัดที่ 6', 'ประชุมชี้แจงประมวลจริยธรรม', FOLLOW_UPS[3]!, 'กองการศึกษา'],
  ['ตัวชี้วัดที่ 9', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', FOLLOW_UPS[4]!, 'กองช่าง'],
  ['ตัวชี้วัดที่ 10', 'จัดกิจกรรมส่งเสริมคุณธรรม', FOLLOW_UPS[5]!, 'กองสาธารณสุขฯ'],
];

/**
 * One page: the header (its month row labelled `months`, its rows `heights` tall; its outer labels'
 * lines go on below them when they are too short, as LibreOffice draws them) and three measures.
 */
function page(months: readonly string[], heights: [number, number], rows: typeof ROWS): PdfPageSpec {
  const texts: PdfPageSpec['texts'] = [];
  const lines: PdfPageSpec['lines'] = [];
  const box = (c0: number, c1: number, top: number, bottom: number) => {
    const [x0, x1] = [XS[c0]!, XS[c1 + 1]!];
    lines.push([x0, top, x1, top], [x0, bottom, x1, bottom], [x0, top, x0, bottom], [x1, top, x1, bottom]);
  };
  const write = (c: number, top: number, cellLines: readonly string[]) =>
    cellLines.forEach((text, i) => texts.push({ x: XS[c]! + 4, y: top + 3 + 14 * i, text }));
  const top = 40;
  const middle = top + heights[0];
  const bottom = middle + heights[1];
  // the outer labels, merged down over both rows
  [0, 1, 14, 15].forEach((c, i) => {
    box(c, c, top, bottom);
    write(c, top, LABEL_LINES[i]!);
  });
  box(2, 13, top, middle);
  write(2, top, ['ระยะเวลาดำเนินการ ปีงบประมาณ 2569']);
  months.forEach((m, i) => {
    box(2 + i, 2 + i, middle, bottom);
    write(2 + i, middle, [m]);
  });
  let y = bottom;
  for (const [indicator, title, followUps, unit] of rows) {
    const height = 8 + 14 * Math.max(2, followUps.length);
    WIDTHS.forEach((_, c) => box(c, c, y, y + height));
    write(0, y, [indicator]);
    write(1, y, [title]);
    write(14, y, followUps);
    write(15, y, [unit]);
    y += height;
  }
  return { texts, lines };
}

describe('a month-grid header repeated on page 2 with its months spaced otherwise', () => {
  it('"ต. ค." … under cut labels: the header again, page 2 keeps its units', async () => {
    const spaced = MONTHS.map((m) => m.replace(/\./g, '. ').trim());
    const pdf = await planPdf([page(MONTHS, [18, 46], ROWS.slice(0, 3)), page(spaced, [18, 18], ROWS.slice(3))]);
    const preview = await previewFile(pdf);
    expect(measuresOf(preview, ['indicator', 'title', 'units'])).toEqual(
      SIX.map(({ indicator, title, units }) => ({ indicator, title, units })),
    );
    expect(preview.plan.measures.map((m) => m.followUps.map((f) => f.text))).toEqual(FOLLOW_UPS);
    const codes = preview.warnings.map((w) => w.code);
    for (const code of [...MISREAD, 'pdf-row-joined']) expect(codes).not.toContain(code);
  });

  it('the same months on both pages, the labels whole: the header dropped as before', async () => {
    const pdf = await planPdf([page(MONTHS, [18, 46], ROWS.slice(0, 3)), page(MONTHS, [18, 46], ROWS.slice(3))]);
    const preview = await previewFile(pdf);
    expect(measuresOf(preview, ['indicator', 'units'])).toEqual(
      SIX.map(({ indicator, units }) => ({ indicator, units })),
    );
    expect(preview.warnings.map((w) => w.code)).not.toContain('pdf-row-joined');
  });
});

describe('the header text run into the row under a repeated header', () => {
  it('is taken off the row, whole or cut short ("รายงา" of "รายงานผล"), and only there', () => {
    expect(withoutHeaderOverrun('มผลรายงานผลทุกไตรมาส', 'มผล')).toBe('รายงานผลทุกไตรมาส');
    expect(withoutHeaderOverrun('รายงารายงานผลทุกไตรมาส', 'รายงานผล')).toBe('รายงานผลทุกไตรมาส');
    expect(withoutHeaderOverrun('<p>ชอบ</p><p>กองช่าง</p>', 'ชอบ')).toBe('กองช่าง');
    // one letter that merely starts both is no overrun
    expect(withoutHeaderOverrun('มาตรการเสริม', 'มผล')).toBe('มาตรการเสริม');
    expect(withoutHeaderOverrun('กองคลัง', 'ชอบ')).toBe('กองคลัง');
  });

  it('a row of other texts is no repeat of the header', () => {
    const header = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
    expect(repeatedHeaderRow(['ตัวชี้วัด', 'มาตร การ', 'การติดตา', 'ผู้รับผิดชอบ'], header)).toEqual(['', '', 'มผล', '']);
    expect(repeatedHeaderRow(['ตัวชี้วัดที่ 1', 'มาตรการ', 'การ', 'ผู้รับ'], header)).toBeUndefined();
    expect(repeatedHeaderRow(['ตัวชี้', 'มาตร', 'การ', 'ผู้รับผิดชอบ'], header)).toBeUndefined();
  });
});
