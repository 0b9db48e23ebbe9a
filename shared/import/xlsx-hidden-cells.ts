// A cell whose value the sheet shows as nothing: Excel's usual ways to hide a value are the number
// format ";;;" (an empty section for the value's type) and white text on no (or a white) fill.
// Such a cell was read: a row the sheet shows blank became a measure (review 17 s11, S11-22).
import type ExcelJS from 'exceljs';
import { toThaiDigits } from '../domain/thai-format.js';
import type { SourceNotice } from './source-document.js';

export type HiddenBy = 'format' | 'white';

/** The format's sections (";" outside quotes and brackets), each without its [colour]/[condition]. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\' && i + 1 < format.length) current += format.slice(i, ++i + 1);
    else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.replace(/\[[^\]]*\]/g, '').trim());
}

/** The number format shows nothing for this value (";;;" for any, ";;" for numbers). */
function formatShowsNothing(format: string | undefined, value: ExcelJS.CellValue): boolean {
  if (!format || !format.includes(';')) return false;
  const parts = sections(format);
  const result = value && typeof value === 'object' && 'result' in value ? value.result : value;
  if (typeof result === 'number' || result instanceof Date) {
    const n = result instanceof Date ? 1 : result;
    const section = n > 0 ? parts[0] : n < 0 ? (parts[1] ?? parts[0]) : (parts[2] ?? parts[0]);
    return section === '';
  }
  // text: the fourth section, when there is one
  return parts.length >= 4 && parts[3] === '';
}

/** A colour that is white: ARGB "FFFFFFFF"/"FFFFFF", or the theme's Background 1 (theme 0) untinted. */
export const isWhite = (color: Partial<ExcelJS.Color> | undefined): boolean =>
  !!color &&
  ((typeof color.argb === 'string' && /^(FF)?FFFFFF$/i.test(color.argb)) ||
    (color.theme === 0 && !(color as { tint?: number }).tint));

/** White text with no fill, or a white one. */
function whiteOnWhite(cell: ExcelJS.Cell): boolean {
  if (!isWhite(cell.font?.color)) return false;
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return true;
  return fill.pattern === 'solid' && isWhite(fill.fgColor);
}

/** Why the sheet shows this cell's value as nothing, if it does. */
export function hiddenBy(cell: ExcelJS.Cell): HiddenBy | undefined {
  if (formatShowsNothing(cell.numFmt, cell.value)) return 'format';
  if (whiteOnWhite(cell)) return 'white';
  return undefined;
}

/** The cells of a sheet whose text was hidden by format or colour, for one notice. */
export interface HiddenCells {
  format: string[];
  white: string[];
  source: string;
}

const listed = (addresses: string[]) => addresses.slice(0, 10).join(', ') + (addresses.length > 10 ? ' …' : '');

export function hiddenCellsNotice(block: number, sheet: string, hidden: HiddenCells): SourceNotice {
  const th: string[] = [];
  const en: string[] = [];
  if (hidden.format.length > 0) {
    th.push(`เซลล์ที่ซ่อนค่าด้วยรูปแบบตัวเลข ";;;" ${toThaiDigits(hidden.format.length)} เซลล์ (${listed(hidden.format)})`);
    en.push(`${hidden.format.length} cell(s) hidden by the number format ";;;" (${listed(hidden.format)})`);
  }
  if (hidden.white.length > 0) {
    th.push(`เซลล์ข้อความสีขาวบนพื้นขาว ${toThaiDigits(hidden.white.length)} เซลล์ (${listed(hidden.white)})`);
    en.push(`${hidden.white.length} cell(s) of white text on white (${listed(hidden.white)})`);
  }
  return {
    block,
    where: { sheet },
    code: 'hidden-content-skipped',
    message_th: `แผ่นงานนี้มี${th.join(' และ')} ซึ่ง Excel ไม่แสดงข้อความ จึงไม่ได้นำเข้า หากต้องการนำเข้า ให้เปลี่ยนรูปแบบเซลล์หรือสีตัวอักษรใน Excel แล้วนำเข้าใหม่`,
    message_en: `this sheet has ${en.join(' and ')} that Excel shows blank, not imported; to import them, change the cells' format or font colour in Excel and import again`,
    source: hidden.source,
  };
}
