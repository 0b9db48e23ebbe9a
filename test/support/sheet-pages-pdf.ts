// A spreadsheet printed to PDF as Excel prints it: gridlines round every cell, the sheet cut into
// pages of some rows and some columns. Excel's default page order, "down, then over", prints the
// left-hand columns of all rows first, then the right-hand columns of the same rows.
import { planPdf, type PdfPageSpec, type Preview, previewFile } from './plan-pdf.js';

/**
 * One printed page: the sheet's rows and columns it shows ([from, to), 0-based), rows this high
 * (points); `repeat`: the sheet's first columns printed again at the left of a page that does not
 * show them (Excel's print titles, "Columns to repeat at left").
 */
export interface SheetPage {
  rows: [number, number];
  columns: [number, number];
  rowHeight?: number;
  repeat?: number;
}

/** The page's columns, left to right: the repeated ones first when the page does not start with them. */
function pageColumns(page: SheetPage): number[] {
  const repeated = Array.from({ length: Math.min(page.repeat ?? 0, page.columns[0]) }, (_, c) => c);
  const own = Array.from({ length: page.columns[1] - page.columns[0] }, (_, c) => page.columns[0] + c);
  return [...repeated, ...own];
}

/** Where a page's grid starts (points from the page's top left). */
const LEFT = 40;
const TOP = 70;

/**
 * A landscape A4 PDF of `cells` (rows of the sheet's cells), columns `widths` points wide, one page
 * per `pages` entry, each a grid of its rows and columns from the same top left (as Excel prints
 * every page); `title` above the first page's grid.
 */
export function sheetPagesPdf(
  cells: readonly string[][],
  widths: readonly number[],
  pages: readonly SheetPage[],
  title?: string,
): Promise<Uint8Array> {
  const specs = pages.map((page, p): PdfPageSpec => {
    const height = page.rowHeight ?? 26;
    const columns = pageColumns(page);
    const xs = [LEFT];
    for (const c of columns) xs.push(xs.at(-1)! + widths[c]!);
    const ys: number[] = [];
    for (let r = page.rows[0]; r <= page.rows[1]; r++) ys.push(TOP + height * (r - page.rows[0]));
    const texts: PdfPageSpec['texts'] = p === 0 && title ? [{ x: LEFT, y: 40, text: title }] : [];
    for (let r = page.rows[0]; r < page.rows[1]; r++)
      columns.forEach((c, k) => {
        const text = cells[r]?.[c];
        if (text) texts.push({ x: xs[k]! + 4, y: ys[r - page.rows[0]]! + 7, text });
      });
    const lines: [number, number, number, number][] = [
      ...ys.map((y): [number, number, number, number] => [xs[0]!, y, xs.at(-1)!, y]),
      ...xs.map((x): [number, number, number, number] => [x, ys[0]!, x, ys.at(-1)!]),
    ];
    return { texts, lines };
  });
  return planPdf(specs);
}

/**
 * The pages of a sheet of `rowCount` rows printed "down, then over": `rowsPerPage` rows a page,
 * the columns cut at `columnCuts` (the first column of each page after the first across).
 */
export function downThenOver(
  rowCount: number,
  rowsPerPage: number,
  columnCount: number,
  columnCuts: number[] = [],
  repeat?: number,
) {
  const starts = [0, ...columnCuts];
  const pages: SheetPage[] = [];
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? columnCount;
    for (let r = 0; r < rowCount; r += rowsPerPage)
      pages.push({ rows: [r, Math.min(rowCount, r + rowsPerPage)], columns: [from, to], repeat });
  });
  return pages;
}

/** A plan sheet's title line, printed above its first page's grid. */
export const SHEET_TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลตำบลทดสอบ ประจำปีงบประมาณ พ.ศ. 2567';
export const SHEET_HEADER = ['มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
/** The reviewer's sheet (review 17 s25, S25-5): a header and four measures, columns SHEET_WIDTHS points wide. */
export const SHEET = [
  SHEET_HEADER,
  ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำคู่มือการปฏิบัติงาน', 'ตลอดปีงบประมาณ', 'รายงานผลต่อนายกเทศมนตรีทุกเดือน', 'กองคลัง'],
  ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'เผยแพร่แผนการใช้จ่ายงบประมาณ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
  ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือการยืมคืน', 'ตลอดปีงบประมาณ', 'รายงานผลทุก 6 เดือน', 'กองการศึกษา'],
  ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'เผยแพร่ข้อมูลบนเว็บไซต์', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
];
export const SHEET_WIDTHS = [200, 170, 100, 200, 100];
/** SHEET's measures as measuresOf gives them. */
export const SHEET_MEASURES = [
  { indicator: 1, title: 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', units: ['finance'], cadences: ['monthly'] },
  { indicator: 2, title: 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ', units: ['engineering'], cadences: ['quarterly'] },
  { indicator: 4, title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', units: ['education'], cadences: ['semiannual'] },
  { indicator: 9, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', units: ['clerk'], cadences: ['monthly'] },
];

const UNITS = ['กองคลัง', 'กองช่าง', 'กองการศึกษา', 'สำนักปลัด'];
const CADENCES = ['ทุกเดือน', 'ทุกไตรมาส', 'ทุก 6 เดือน'];
/** A sheet of SHEET_HEADER and 39 measures: 40 rows, two pages long at 20 rows a page. */
export const LONG_SHEET = [
  SHEET_HEADER,
  ...Array.from({ length: 39 }, (_, i) => [
    `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการข้อที่ ${i + 1}`,
    `ดำเนินการข้อที่ ${i + 1}`,
    'ตลอดปีงบประมาณ',
    `รายงานผล${CADENCES[i % 3]}`,
    UNITS[i % 4]!,
  ]),
];

/** The importer's preview of `sheet` (SHEET unless told) printed on `pages`, SHEET_TITLE above the first. */
export async function previewPrinted(
  pages: readonly SheetPage[],
  sheet = SHEET,
  widths = SHEET_WIDTHS,
): Promise<Preview> {
  return previewFile(await sheetPagesPdf(sheet, widths, pages, SHEET_TITLE));
}

/** A preview's warnings of one code. */
export const warningsOf = (p: Preview, code: string) => p.warnings.filter((w) => w.code === code);
/** A preview's measures' titles. */
export const titlesOf = (p: Preview) => p.plan.measures.map((m) => m.title);

/** The pages of `pages` with page `index` one row short (its rows no longer match the others'). */
export const oneRowShort = (pages: readonly SheetPage[], index: number) =>
  pages.map((p, i): SheetPage => (i === index ? { ...p, rows: [p.rows[0], p.rows[1] - 1] } : p));
