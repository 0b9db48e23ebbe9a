// A spreadsheet printed to PDF as Excel prints it: gridlines round every cell, the sheet cut into
// pages of some rows and some columns. Excel's default page order, "down, then over", prints the
// left-hand columns of all rows first, then the right-hand columns of the same rows.
import { planPdf, type PdfPageSpec } from './plan-pdf.js';

/** One printed page: the sheet's rows and columns it shows ([from, to), 0-based), rows this high (points). */
export interface SheetPage {
  rows: [number, number];
  columns: [number, number];
  rowHeight?: number;
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
    const xs = [LEFT];
    for (let c = page.columns[0]; c < page.columns[1]; c++) xs.push(xs.at(-1)! + widths[c]!);
    const ys: number[] = [];
    for (let r = page.rows[0]; r <= page.rows[1]; r++) ys.push(TOP + height * (r - page.rows[0]));
    const texts: PdfPageSpec['texts'] = p === 0 && title ? [{ x: LEFT, y: 40, text: title }] : [];
    for (let r = page.rows[0]; r < page.rows[1]; r++)
      for (let c = page.columns[0]; c < page.columns[1]; c++) {
        const text = cells[r]?.[c];
        if (text) texts.push({ x: xs[c - page.columns[0]]! + 4, y: ys[r - page.rows[0]]! + 7, text });
      }
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
export function downThenOver(rowCount: number, rowsPerPage: number, columnCount: number, columnCuts: number[] = []) {
  const starts = [0, ...columnCuts];
  const pages: SheetPage[] = [];
  starts.forEach((from, k) => {
    const to = starts[k + 1] ?? columnCount;
    for (let r = 0; r < rowCount; r += rowsPerPage)
      pages.push({ rows: [r, Math.min(rowCount, r + rowsPerPage)], columns: [from, to] });
  });
  return pages;
}
