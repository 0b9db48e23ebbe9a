// A page's furniture in a document's text: what a printed or exported page carries around the
// plan's rows (its number, a print stamp, a web address, a date), never a piece of a cell. One
// place for the PDF readers (the last item of a page) and the text rows (lines between rows; review
// 17 s13, S13-2).

const N = '[0-9๐-๙]{1,4}';

/**
 * A page number as a footer prints it: "หน้า ๓ / ๑๘", "หน้าที่ 3 จาก 18", "- ๓ -", "— 3 —", "๒/๕",
 * "Page 2 of 5", "3".
 */
const PAGE_NUMBER = new RegExp(
  `^\\s*(?:(?:หน้า(?:ที่)?|page)\\s*)?[-–—]?\\s*${N}\\s*[-–—]?(?:\\s*(?:\\/|จาก|of)\\s*${N})?\\s*$`,
  'i',
);

/** A line opening with a print stamp, a web address, a page mark or a date ("พิมพ์เมื่อ ๑/๑๐/๒๕๖๖ …"). */
const FURNITURE_START = new RegExp(
  '^\\s*(?:' +
    [
      '(?:วันที่)?\\s*พิมพ์(?:เมื่อ|วันที่)?\\s*[:：]?\\s*[0-9๐-๙]',
      'วันที่พิมพ์',
      'www\\.',
      'https?:',
      'หน้า\\s*[0-9๐-๙]',
      '-\\s*[0-9๐-๙]+\\s*-',
      'page\\s*[0-9]',
      '[0-9๐-๙]{1,2}\\s*/\\s*[0-9๐-๙]{1,2}\\s*/\\s*[0-9๐-๙]{2,4}',
    ].join('|') +
    ')',
  'i',
);

/**
 * A spreadsheet's print header or footer as LibreOffice Calc prints it unless told otherwise: the
 * sheet's default name ("Sheet1", "แผ่นงาน2") or the page ("Page 1", "หน้า 1"). Tester s52: "Sheet1"
 * atop a page was read as a unit of the row above.
 */
const PRINT_MARK = new RegExp(
  `^\\s*(?:(?:sheet|แผ่นงาน|worksheet)\\s*${N}|(?:หน้า(?:ที่)?|page)\\s*${N}(?:\\s*(?:\\/|จาก|of)\\s*${N})?)\\s*$`,
  'i',
);

/** Whether a line is only a spreadsheet's print header or footer (PRINT_MARK): no cell's text, wherever it stands. */
export const isPrintMark = (text: string): boolean => PRINT_MARK.test(text);

/** Whether a line (or a page's last text item) is only a page number. */
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text);

/** Whether a line is page furniture: a page number, or a line opening with a print stamp, web address or date. */
export const isPageFurniture = (text: string): boolean =>
  PAGE_NUMBER.test(text) || FURNITURE_START.test(text) || PRINT_MARK.test(text);

/** "(ต่อ)", "ต่อ", "(มีต่อ)", "(ต่อจากหน้าที่แล้ว)", "ต่อหน้า ๒": a table marked as going on over a page. */
const CONTINUATION_MARK = /^\s*\(?\s*(?:มี)?ต่อ(?:\s*(?:จาก|หน้า)[^()]{0,40})?\s*\)?\s*$/;

/** Whether a line or a row's lone cell only marks its table as going on ("(ต่อ)", "มีต่อ"). */
export const isContinuationMark = (text: string): boolean => CONTINUATION_MARK.test(text);
