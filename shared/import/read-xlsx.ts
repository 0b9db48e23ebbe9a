// A spreadsheet (.xlsx) -> SourceDocument: every row of every sheet, cells as paragraphs (line
// breaks inside a cell separate items). A merged cell's value counts once, in its first cell.
import ExcelJS from 'exceljs';
import { paragraphsCell, type SourceBlock, type SourceDocument } from './source-document.js';

export async function readXlsx(bytes: Uint8Array): Promise<SourceDocument> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const blocks: SourceBlock[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.min(row.cellCount, 100); c++) {
        const cell = row.getCell(c);
        const merged = cell.isMerged && cell.master.address !== cell.address;
        cells.push(merged ? '' : paragraphsCell(String(cell.text ?? '').split(/\r?\n/)));
      }
      blocks.push({ kind: 'row', where: { sheet: sheet.name, row: rowNumber }, cells });
    });
  });
  return { blocks };
}
