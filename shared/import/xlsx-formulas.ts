// Formula cells without a saved value (review 17 s12, S12-16): a workbook written by a program
// (openpyxl, pandas, a report generator) and never opened in Excel holds its formulas but not
// their results, which only Excel or LibreOffice compute on opening. The importer reads the saved
// values, so these cells read as empty: one notice a sheet names them and says to open and save
// the file in Excel or LibreOffice first, so that the warnings that follow (no unit, no
// follow-up) are not taken for faults of the plan.
import type ExcelJS from 'exceljs';
import { toThaiDigits } from '../domain/thai-format.js';
import type { SourceNotice } from './source-document.js';

/** The cells of a sheet whose formulas have no saved value: addresses, and the first formula. */
export interface FormulasWithoutValues {
  cells: string[];
  formula: string;
}

/** A formula (its own or shared) with no saved result: the formula's text, else undefined. */
export function formulaWithoutValue(value: ExcelJS.CellValue): string | undefined {
  if (!value || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return undefined;
  const { result } = value as { result?: unknown };
  if (result !== undefined && result !== null) return undefined;
  const formula = 'formula' in value ? value.formula : (value as { sharedFormula?: string }).sharedFormula;
  return `=${String(formula ?? '')}`;
}

/** How many cells a notice lists by address. */
const LISTED = 10;

export function formulasWithoutValuesNotice(block: number, sheet: string, found: FormulasWithoutValues): SourceNotice {
  const n = found.cells.length;
  const listed = `${found.cells.slice(0, LISTED).join(', ')}${n > LISTED ? ' …' : ''}`;
  return {
    block,
    where: { sheet },
    code: 'formula-without-value',
    message_th: `แผ่นงานนี้มีเซลล์ที่เป็นสูตรแต่ไม่มีค่าที่คำนวณไว้ ${toThaiDigits(n)} เซลล์ (${listed}) ระบบอ่านได้เฉพาะค่าที่บันทึกไว้ในไฟล์ เซลล์เหล่านี้จึงอ่านเป็นช่องว่าง (ไฟล์ที่โปรแกรมสร้างขึ้นและยังไม่เคยเปิดใน Excel เป็นเช่นนี้) ให้เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกอีกครั้ง จากนั้นนำเข้าใหม่ คำเตือนเรื่องหน่วยงานหรือการติดตามผลที่ขาดหายในแถวเหล่านี้มาจากสาเหตุนี้`,
    message_en: `this sheet has ${n} formula cell${n > 1 ? 's' : ''} without a computed value (${listed}); only the values saved in the file can be read, so ${n > 1 ? 'these cells read' : 'this cell reads'} as empty (a file written by a program and never opened in Excel is so): open the file in Excel or LibreOffice, save it again, then import it again; warnings of missing units or follow-ups in these rows come from this`,
    source: `${found.cells[0]} ${found.formula}`.slice(0, 500),
  };
}
