// A spreadsheet (.xlsx) -> SourceDocument: every row of every sheet, cells as paragraphs (line
// breaks inside a cell separate items). A merged range gives its text to every cell it covers,
// marked as covered (CellMerge): a unit merged over two measures' rows applies to both.
import ExcelJS from 'exceljs';
import { formatThaiDate } from '../domain/thai-format.js';
import {
  type CellMerge,
  MAX_ROW_CELLS,
  paragraphsCell,
  type SourceBlock,
  type SourceDocument,
} from './source-document.js';
import { withBoundedMerges } from './xlsx-merges.js';

/**
 * A cell's text as the sheet shows it. A date cell is written as a Thai date with its BE year
 * ("๑ ตุลาคม ๒๕๖๖"; a date cell holds the date at UTC midnight), not JavaScript's
 * "Sun Oct 01 2023 00:00:00 GMT"; an error value (#N/A) and a boolean are no plan text.
 */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return formatThaiDate(value.toISOString().slice(0, 10) as Parameters<typeof formatThaiDate>[0]);
  }
  if (typeof value === 'boolean') return '';
  if (value && typeof value === 'object' && 'error' in value) return '';
  if (value && typeof value === 'object' && 'result' in value) {
    const result = value.result;
    if (result instanceof Date || typeof result === 'boolean' || (result && typeof result === 'object')) return '';
  }
  return String(cell.text ?? '');
}

/**
 * Errors: ValidationError for a workbook with more merged ranges than a plan has (xlsx-merges.ts).
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(withBoundedMerges(bytes) as unknown as ArrayBuffer);
  const blocks: SourceBlock[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      const merged: CellMerge[] = [];
      for (let c = 1; c <= Math.min(row.cellCount, MAX_ROW_CELLS); c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        cells.push(paragraphsCell(cellText(master).split(/\r?\n/)));
        merged.push(master.address === cell.address ? null : Number(master.col) < c ? 'left' : 'above');
      }
      blocks.push({
        kind: 'row',
        where: { sheet: sheet.name, row: rowNumber },
        cells,
        ...(merged.some(Boolean) ? { merged } : {}),
      });
    });
  });
  return { blocks };
}
