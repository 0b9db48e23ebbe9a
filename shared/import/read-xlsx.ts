// A spreadsheet (.xlsx) -> SourceDocument: every row of every sheet, cells as paragraphs (line
// breaks inside a cell separate items). A merged range gives its text to every cell it covers,
// marked as covered (CellMerge): a unit merged over two measures' rows applies to both.
import { inSymbolFont, isSymbolFont } from './symbol-font-chars.js';
import ExcelJS from 'exceljs';
import type { Unzipped } from 'fflate';
import { toThaiDigits } from '../domain/thai-format.js';
import {
  type CellMerge,
  MAX_ROW_CELLS,
  paragraphsCell,
  type SourceBlock,
  type SourceDocument,
  type SourceNotice,
} from './source-document.js';
import { beYearDatesNotice, type BeYearDates, dateCellText } from './xlsx-dates.js';
import { withoutXstringEscapes } from './xlsx-escapes.js';
import { type HiddenCells, hiddenBy, hiddenCellsNotice } from './xlsx-hidden-cells.js';
import { preparedWorkbook } from './xlsx-prepared.js';
import { cellCommentNotice, MAX_COMMENTS_TOLD, moreCommentsNotice, type SheetComments } from './xlsx-comments.js';
import {
  filteredRowsNotice,
  filterOfRows,
  filterRange,
  inFilter,
  type SheetFilter,
  sheetFilters,
} from './xlsx-filters.js';
import { columnLetters } from './import-warning.js';
import { type FormulasWithoutValues, formulasWithoutValuesNotice, formulaWithoutValue } from './xlsx-formulas.js';
import { cellOfStruckLines, type StruckPiece, struckLines, struckTextNotice } from './struck-text.js';
import { counted } from '../domain/english-count.js';
import { excelFillColour } from './cell-fills.js';

/**
 * A cell's text as the sheet shows it. A date cell is written as a Thai date with its BE year
 * ("๑ ตุลาคม ๒๕๖๖"; a date cell holds the date at UTC midnight; a stored year from 2400 is BE
 * already, see xlsx-dates.ts), not JavaScript's
 * "Sun Oct 01 2023 00:00:00 GMT"; an error value (#N/A) and a boolean are no plan text. Escapes
 * such as "_x000D_" are decoded (xlsx-escapes.ts).
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const date = cellDate(value);
  if (date) return dateCellText(date).text;
  if (typeof value === 'boolean') return '';
  if (value && typeof value === 'object' && 'error' in value) return '';
  if (value && typeof value === 'object' && 'result' in value) {
    const result = value.result;
    if (result instanceof Date || typeof result === 'boolean' || (result && typeof result === 'object')) return '';
  }
  return withoutXstringEscapes(symbolFontText(cell) ?? String(cell.text ?? ''));
}

/**
 * A cell's text with characters in a symbol font as what they show (S15-16): Excel's check-box
 * trick writes "þ" (☑) and "¨" (☐) in Wingdings, as the whole cell's font or a rich-text run's.
 * Undefined when no part of the cell is in a symbol font.
 */
function symbolFontText(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    // a run without a font of its own is in the cell's font
    const runs = value.richText.map((r) => ({ text: r.text ?? '', font: r.font?.name ?? cell.font?.name }));
    return runs.some((r) => isSymbolFont(r.font)) ? runs.map((r) => inSymbolFont(r.text, r.font)).join('') : undefined;
  }
  return typeof value === 'string' && isSymbolFont(cell.font?.name) ? inSymbolFont(value, cell.font.name) : undefined;
}

/** The date a cell shows: its value, or its formula's cached result ("=DATE(2023,10,1)", "=C2+30"). */
function cellDate(value: ExcelJS.CellValue): Date | undefined {
  if (value instanceof Date) return value;
  if (value && typeof value === 'object' && 'result' in value && value.result instanceof Date) return value.result;
  return undefined;
}

/**
 * A cell's text in pieces struck through or not (S13-10): a font strike on the cell, or on runs of
 * its rich text (a run with a font of its own does not take the cell's). Undefined: nothing struck.
 */
function struckPieces(cell: ExcelJS.Cell, text: string): StruckPiece[] | undefined {
  const value = cell.value;
  const cellStruck = cell.font?.strike === true;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    const pieces = value.richText.map((r) => ({
      text: withoutXstringEscapes(r.text ?? ''),
      struck: r.font ? r.font.strike === true : cellStruck,
    }));
    return pieces.some((p) => p.struck && p.text.trim()) ? pieces : undefined;
  }
  return cellStruck && text.trim() ? [{ text, struck: true }] : undefined;
}

/** What a sheet's hidden rows and columns held, for one notice (rows listed up to 10). */
interface HiddenInSheet {
  rows: number[];
  columns: Set<number>;
  source: string;
  /** of the rows, those under the sheet's filter buttons (an autoFilter range without criteria) */
  underFilter?: number[];
}

function hiddenSheetNotice(block: number, name: string, rowsWithText: number, source: string): SourceNotice {
  return {
    block,
    where: { sheet: name },
    code: 'hidden-content-skipped',
    message_th: `แผ่นงานนี้ถูกซ่อนไว้ จึงไม่ได้นำเข้า (มีข้อความ ${toThaiDigits(rowsWithText)} แถว) หากต้องการนำเข้า ให้เลิกซ่อนแผ่นงานนั้นใน Excel แล้วนำเข้าใหม่`,
    message_en: `this sheet is hidden, so it was not imported (${counted(rowsWithText, 'row')} with text); to import it, unhide the sheet in Excel and import again`,
    source,
  };
}

function hiddenPartsNotice(block: number, name: string, hidden: HiddenInSheet): SourceNotice {
  const th: string[] = [];
  const en: string[] = [];
  const { rows, columns } = hidden;
  if (rows.length > 0) {
    const listed = rows.slice(0, 10);
    const more = rows.length > 10 ? ' …' : '';
    th.push(`แถวที่ซ่อนไว้ ${toThaiDigits(rows.length)} แถว (แถว ${listed.map(toThaiDigits).join(', ')}${more})`);
    en.push(`${rows.length} hidden row${rows.length > 1 ? 's' : ''} (row ${listed.join(', ')}${more})`);
  }
  if (columns.size > 0) {
    const letters = [...columns]
      .sort((a, b) => a - b)
      .map(columnLetters)
      .join(', ');
    th.push(`คอลัมน์ที่ซ่อนไว้ ${toThaiDigits(columns.size)} คอลัมน์ (${letters})`);
    en.push(`${columns.size} hidden column${columns.size > 1 ? 's' : ''} (${letters})`);
  }
  // rows hidden under filter buttons that name no criteria: hidden by hand, or by a filter the file
  // does not say (review 17 s17, S17-9): how to show them either way
  const under = hidden.underFilter ?? [];
  const filterTh =
    under.length > 0
      ? ` (แถว ${under.slice(0, 10).map(toThaiDigits).join(', ')}${under.length > 10 ? ' …' : ''} อยู่ในช่วงของปุ่มตัวกรอง: ถ้าซ่อนด้วยตัวกรอง ให้ล้างตัวกรองที่ ข้อมูล > ล้าง แล้วนำเข้าใหม่)`
      : '';
  const filterEn =
    under.length > 0
      ? ` (row ${under.slice(0, 10).join(', ')}${under.length > 10 ? ' …' : ''} under the sheet's filter buttons: if a filter hid them, clear it with Data > Clear and import again)`
      : '';
  return {
    block,
    where: { sheet: name },
    code: 'hidden-content-skipped',
    message_th: `แผ่นงานนี้มี${th.join(' และ')} ที่มีข้อความ จึงไม่ได้นำเข้า หากต้องการนำเข้า ให้เลิกซ่อนใน Excel แล้วนำเข้าใหม่${filterTh}`,
    message_en: `this sheet has ${en.join(' and ')} with text, not imported; to import them, unhide them in Excel and import again${filterEn}`,
    source: hidden.source,
  };
}

const rowText = (row: ExcelJS.Row) => {
  const texts: string[] = [];
  for (let c = 1; c <= Math.min(row.cellCount, MAX_ROW_CELLS); c++) {
    const cell = row.getCell(c);
    const text = cellText(cell.isMerged ? cell.master : cell).trim();
    if (text) texts.push(text);
  }
  return texts.join(' | ');
};

/**
 * Read what the workbook shows: hidden sheets (hidden, veryHidden), hidden rows and hidden columns
 * (or of zero height or width) are skipped, each sheet's skipped text told by one notice
 * ('hidden-content-skipped'). A merged cell whose first row or column is hidden is its own in the
 * first row or column shown.
 * Rows without a value are dropped before exceljs loads the workbook (xlsx-prepared.ts).
 * Errors: ValidationError for a workbook with more merged ranges than a plan has (xlsx-merges.ts),
 * or more rows or cells with data (xlsx-rows.ts).
 * `parts`: its entries already inflated (the size check's pass), not inflated again (preparedWorkbook).
 */
export async function readXlsx(bytes: Uint8Array, parts?: Unzipped): Promise<SourceDocument> {
  const workbook = new ExcelJS.Workbook();
  const comments: SheetComments = new Map();
  const prepared = preparedWorkbook(bytes, comments, parts).bytes;
  let commentsTold = 0;
  await workbook.xlsx.load(prepared as unknown as ArrayBuffer);
  /** the sheets' and their tables' row filters, read from the XML once a row is hidden (S15-10, S17-9) */
  let filters: Map<string, SheetFilter[]> | undefined;
  const blocks: SourceBlock[] = [];
  const notices: SourceNotice[] = [];
  const sheetColumns: Record<string, number[]> = {};
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') {
      let rowsWithText = 0;
      let source = '';
      sheet.eachRow({ includeEmpty: false }, (row) => {
        const text = rowText(row);
        if (text) rowsWithText++;
        if (text && !source) source = text.slice(0, 500);
      });
      if (rowsWithText > 0) notices.push(hiddenSheetNotice(blocks.length, sheet.name, rowsWithText, source));
      return;
    }
    const hiddenColumns = new Map<number, boolean>();
    const columnHidden = (c: number) => {
      let hidden = hiddenColumns.get(c);
      if (hidden === undefined) {
        const column = sheet.getColumn(c);
        hidden = column.hidden || column.width === 0;
        hiddenColumns.set(c, hidden);
      }
      return hidden;
    };
    const hidden: HiddenInSheet = { rows: [], columns: new Set(), source: '' };
    /** the Excel column of each cell read (hidden columns are sheet-wide: the same in every row) */
    const shown: number[] = [];
    let columnSkipped = false;
    const hiddenCells: HiddenCells = { format: [], white: [], source: '' };
    const unvalued: FormulasWithoutValues = { cells: [], formula: '' };
    let beYearDates: BeYearDates | undefined;
    let beYearBlock = 0;
    const noticeAt = blocks.length;
    /** the last row read (shown) on this sheet */
    let lastShown = 0;
    const range = typeof sheet.autoFilter === 'string' ? filterRange(sheet.autoFilter) : undefined;
    /** the block of each row read, when the sheet has notes to tell at their rows */
    const sheetNotes = comments.get(sheet.name);
    const rowBlocks = sheetNotes ? new Map<number, number>() : undefined;
    /** rows a filter hid, read as shown (a filter is a view) */
    const filtered: number[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const byFilter =
        (row.hidden || row.height === 0) &&
        inFilter((filters ??= sheetFilters(prepared)).get(sheet.name) ?? [], rowNumber);
      if (byFilter) filtered.push(rowNumber);
      else if (row.hidden || row.height === 0) {
        const text = rowText(row);
        if (!text) return;
        hidden.rows.push(rowNumber);
        if (range !== undefined && rowNumber > range.top && rowNumber <= range.bottom)
          (hidden.underFilter ??= []).push(rowNumber);
        hidden.source ||= text.slice(0, 500);
        return;
      }
      const cells: string[] = [];
      const merged: CellMerge[] = [];
      /** cells struck through as a whole, once one is */
      let struck: boolean[] | undefined;
      /** cells' fill colours, once one has a fill (cell-fills.ts) */
      let fill: string[] | undefined;
      /** the last column read (shown) in this row */
      let lastColumn = 0;
      for (let c = 1; c <= Math.min(row.cellCount, MAX_ROW_CELLS); c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        let text = cellText(master);
        const formula = master.address === cell.address ? formulaWithoutValue(master.value) : undefined;
        if (formula !== undefined && !columnHidden(c)) {
          unvalued.cells.push(cell.address);
          unvalued.formula ||= formula;
        }
        const hiddenAs = text.trim() ? hiddenBy(master) : undefined;
        if (hiddenAs) {
          if (master.address === cell.address && !columnHidden(c)) {
            hiddenCells[hiddenAs].push(cell.address);
            hiddenCells.source ||= text.slice(0, 500);
          }
          text = '';
        }
        if (columnHidden(c)) {
          columnSkipped = true;
          if (text.trim() && master.address === cell.address) {
            hidden.columns.add(c);
            hidden.source ||= text.slice(0, 500);
          }
          continue;
        }
        const pieces = text.trim() ? struckPieces(master, text) : undefined;
        let whole = false;
        if (pieces) {
          const kept = cellOfStruckLines(
            struckLines(pieces.map((p) => ({ ...p, text: p.text.replace(/\r\n?/g, '\n') }))),
          );
          cells.push(paragraphsCell(kept.lines));
          whole = kept.whole;
          if (kept.leftOut.length > 0 && master.address === cell.address) {
            const where = { sheet: sheet.name, row: rowNumber, column: cells.length };
            notices.push(struckTextNotice(blocks.length, where, kept.leftOut));
          }
        } else cells.push(paragraphsCell(text.split(/\r\n?|\n/)));
        if (whole) struck ??= [];
        if (struck) struck[cells.length - 1] = whole;
        const colour = excelFillColour(master.fill);
        if (colour) (fill ??= [])[cells.length - 1] = colour;
        shown[cells.length - 1] = c;
        const date = master.address === cell.address ? cellDate(master.value) : undefined;
        if (date && dateCellText(date).beYear) {
          beYearBlock ||= blocks.length;
          beYearDates ??= {
            first: {
              where: { sheet: sheet.name, row: rowNumber, column: cells.length },
              address: cell.address,
              text,
              stored: date.getUTCFullYear(),
            },
            count: 0,
          };
          beYearDates.count++;
        }
        const [col, rowOf] = [Number(master.col), Number(master.row)];
        // covered only from a cell shown: a merge starting in a hidden row or column is its own here
        merged.push(
          master.address === cell.address
            ? null
            : col < c && lastColumn >= col
              ? 'left'
              : rowOf < rowNumber && lastShown >= rowOf
                ? 'above'
                : null,
        );
        lastColumn = c;
      }
      lastShown = rowNumber;
      rowBlocks?.set(rowNumber, blocks.length);
      blocks.push({
        kind: 'row',
        where: { sheet: sheet.name, row: rowNumber },
        cells,
        ...(merged.some(Boolean) ? { merged } : {}),
        ...(struck ? { struck: cells.map((_, i) => struck[i] === true) } : {}),
        ...(fill ? { fill: cells.map((_, i) => fill[i] ?? '') } : {}),
      });
    });
    if (columnSkipped) sheetColumns[sheet.name] = shown;
    if (beYearDates) notices.push(beYearDatesNotice(beYearBlock, beYearDates));
    // each note told at its row (S14-2), the first MAX_COMMENTS_TOLD of the workbook
    const told = sheetNotes ?? [];
    for (const c of told.slice(0, Math.max(0, MAX_COMMENTS_TOLD - commentsTold)))
      notices.push(cellCommentNotice(rowBlocks?.get(c.row) ?? noticeAt, sheet.name, c));
    if (commentsTold < MAX_COMMENTS_TOLD && commentsTold + told.length > MAX_COMMENTS_TOLD)
      notices.push(moreCommentsNotice(noticeAt, sheet.name, commentsTold + told.length - MAX_COMMENTS_TOLD));
    commentsTold += told.length;
    const filter = filtered.length > 0 ? filterOfRows(filters?.get(sheet.name) ?? [], filtered) : undefined;
    if (filter) notices.push(filteredRowsNotice(noticeAt, { sheet: sheet.name }, filter, filtered));
    if (hidden.rows.length > 0 || hidden.columns.size > 0)
      notices.push(hiddenPartsNotice(noticeAt, sheet.name, hidden));
    if (hiddenCells.format.length > 0 || hiddenCells.white.length > 0)
      notices.push(hiddenCellsNotice(noticeAt, sheet.name, hiddenCells));
    if (unvalued.cells.length > 0) notices.push(formulasWithoutValuesNotice(noticeAt, sheet.name, unvalued));
  });
  const columns = Object.keys(sheetColumns).length > 0 ? { sheetColumns } : {};
  return notices.length > 0 ? { blocks, notices, ...columns } : { blocks, ...columns };
}
