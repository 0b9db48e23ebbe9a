// Table rows that are no measure of their own: a row of column numbers under the header, a heading
// row (one cell across the table: an indicator over its measures, a section "มิติที่ ๑ …", a total
// "รวมทั้งสิ้น"), and the rows of a measure written one line per row ("๒. …" under its heading).
import { isSignatureLine, isSignedLine, SIGN_OFF_START_LETTERS } from './sign-off-lines.js';
import { indicatorHeadingText } from './table-headings.js';
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import { isRowNumber, type Role } from './column-names.js';
import { type IndicatorHeading, indicatorHeadingLine, parseIndicatorHeading } from './indicator-heading.js';
import type { CellMerge } from './source-document.js';
import {
  fewLetters,
  hasStrippedText,
  MAX_ITEMS,
  splitItems,
  strippedStart,
  strippedUpTo,
  stripTags,
} from './thai-text.js';
import { escapeMarkup } from './xml-text.js';
import { quoteStart } from './warning-quotes.js';
import { countWork } from './read-once.js';

/** The work counted (read-once.ts countWork), for tests: rows looked through for a lone cell, and for a heading across. */
export const LONE_CELL_WORK = 'rows looked through for a lone cell';
export const HEADING_ACROSS_WORK = 'rows looked through for a heading across';

/** Items kept of each side of a join: a title, MAX_ITEMS items, and one to tell that more were left out. */
export const JOINED_ITEMS = MAX_ITEMS + 2;

/** "(๑)", "1", "๒.", "[3]": a column's number, as Thai official forms number their columns. */
const COLUMN_NUMBER = /^[([]?\s*([0-9๐-๙]{1,2})\s*[.)\]]?$/;
/** The longest text COLUMN_NUMBER matches in a stripped cell (spaces collapsed): "( ๑๒ )". */
const MAX_COLUMN_NUMBER = 6;

/**
 * A row whose every cell is only a column number (at least two, increasing, as "(๑) | (๒) | (๓)"
 * or "1 | 2 | 3"): part of the header, not a measure.
 */
export function isColumnNumbersRow(cells: readonly string[], merged: readonly CellMerge[]): boolean {
  let count = 0;
  let last = 0;
  for (let j = 0; j < cells.length; j++) {
    // a longer cell is no column number: said without stripping it whole
    const text = merged[j] ? '' : strippedUpTo(cells[j] ?? '', MAX_COLUMN_NUMBER);
    if (text === undefined) return false;
    if (!text) continue;
    const m = COLUMN_NUMBER.exec(text);
    if (!m) return false;
    const n = Number(fromThaiDigits(m[1]!));
    if (n <= last) return false;
    last = n;
    count++;
  }
  return count >= 2;
}

/** The one cell with text of a row, and how many columns it covers (itself and the cells merged into it). */
export interface LoneCell {
  column: number;
  text: string;
  /** the cell as read (its paragraphs marked up) */
  html: string;
  spans: number;
}

/**
 * The row's only cell with text (every other cell empty, or merged from it across the row), or
 * undefined when the row has text in more than one cell of its own, or a cell merged from above.
 */
export function loneCell(cells: readonly string[], merged: readonly CellMerge[]): LoneCell | undefined {
  countWork(LONE_CELL_WORK);
  let found: { column: number; spans: number } | undefined;
  for (let j = 0; j < cells.length; j++) {
    const m = merged[j] ?? null;
    if (m === 'left') {
      if (found && found.column + found.spans === j) found.spans++;
      continue;
    }
    // whether a cell has text, asked without stripping it: only the lone cell's text is read
    if (!hasStrippedText(cells[j] ?? '')) continue;
    if (m === 'above' || found) return undefined;
    found = { column: j, spans: 1 };
  }
  if (!found) return undefined;
  const html = cells[found.column]!;
  return { column: found.column, text: stripTags(html), html, spans: found.spans };
}

/** A heading over a group of measures: a section of the plan ("มิติที่ ๑", "ด้านที่ ๒", "ส่วนที่ ๓"…). */
const SECTION_HEADING = /^(?:มิติ|ด้าน|ส่วน|หมวด|ยุทธศาสตร์|ประเด็นยุทธศาสตร์|องค์ประกอบ|หมวดหมู่|เป้าประสงค์|กลยุทธ์)\s*ที่\s*[0-9๐-๙]/;
/** A table's total row ("รวม", "รวมทั้งสิ้น", "รวมงบประมาณ", "ยอดรวม"…). */
const TOTAL_ROW = /^(?:รวม(?:ทั้งสิ้น|ทั้งหมด|งบประมาณ|เป็นเงิน)?|ยอดรวม|total)\s*[:：]?\s*(?:[0-9๐-๙,.\s]*(?:บาท)?)?$/i;

export const isSectionHeading = (text: string) => SECTION_HEADING.test(text.trim());
export const isTotalRow = (text: string) => TOTAL_ROW.test(text.trim());
/** How TOTAL_ROW starts: a cell not starting so is no total, said from its start (strippedStart) alone. */
const TOTAL_ROW_START = /^(?:รวม|ยอดรวม|total)/i;
export const opensTotalRow = (cellHtml: string) => TOTAL_ROW_START.test(strippedStart(cellHtml, 'ยอดรวม'.length));

/** A total row: its measure cell "รวม…", nothing in the follow-ups, units or methods columns. */
export function totalLine(
  own: Partial<Record<'measure' | 'followUps' | 'responsible' | 'methods', string>>,
): string | undefined {
  // a measure cell not starting as a total is not stripped whole
  if (!opensTotalRow(own.measure ?? '')) return undefined;
  const text = stripTags(own.measure ?? '');
  const empty = (role: 'followUps' | 'responsible' | 'methods') => !stripTags(own[role] ?? '');
  return isTotalRow(text) && empty('followUps') && empty('responsible') && empty('methods') ? text : undefined;
}

/** "๑. …", "2) …": a cell that is (the next item of) a numbered list. */
const NUMBERED_ITEM = /^[0-9๐-๙]{1,2}\s*[.)]\s*\S/;
export const startsNumberedItem = (cellHtml: string) => NUMBERED_ITEM.test(stripTags(cellHtml));

/**
 * A heading row's kind, or undefined for a row to read as usual: 'indicator' when its cell is an
 * indicator heading alone ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ", the heading of the measures
 * under it), whatever words follow the name on its line ("… ประจำปี 2569": review 17 s17, entry 1),
 * 'section' for a section or total heading, or any other text merged across the row. The cell must
 * be in the measure (or indicator) column, or cover more than one column.
 */
export function headingRowKind(lone: LoneCell, roles: readonly Role[]): 'indicator' | 'section' | undefined {
  const role = roles[lone.column];
  if (lone.spans < 2 && role !== 'measure' && role !== 'indicator') return undefined;
  // too few letters for a heading's label, a section's or a total's wording ("ก12"): read no further
  if (fewLetters(lone.html)) return lone.spans >= 2 ? 'section' : undefined;
  const heading = parseIndicatorHeading(lone.html);
  if (heading) return heading.subMeasures.length === 0 || indicatorHeadingLine(lone.html) ? 'indicator' : undefined;
  return lone.spans >= 2 || isSectionHeading(lone.text) || isTotalRow(lone.text) ? 'section' : undefined;
}

/** a heading row's text is short: the label, the number and the indicator's name */
const MAX_HEADING_ROW = 200;

/**
 * A row whose only text is an indicator heading, in any column or split over two cells: the heading
 * in the ที่ column and the indicator's name in the measure column ("ตัวชี้วัดที่ ๑ | การปฏิบัติหน้าที่
 * | | |"), or the whole heading in the ที่ column (review 17 s22, S22-1). The first cell with text
 * starts with the label and number; the words after the number are the indicator's name (or none),
 * never a measure's own title (then the row is a measure, its indicator in the ที่ column). The
 * heading as one cell in the first text cell's column, or undefined.
 */
export function headingAcrossRow(cells: readonly string[], merged: readonly CellMerge[]): LoneCell | undefined {
  countWork(HEADING_ACROSS_WORK);
  const texts: { column: number; text: string }[] = [];
  let length = 0;
  for (let j = 0; j < cells.length; j++) {
    const m = merged[j] ?? null;
    if (m === 'left') continue;
    // a text past what is left of the row's length is no heading's: said without stripping it whole
    const text = strippedUpTo(cells[j] ?? '', MAX_HEADING_ROW - length);
    if (text === undefined) return undefined;
    if (!text) continue;
    length += text.length;
    if (m === 'above' || texts.length === 2 || length > MAX_HEADING_ROW) return undefined;
    texts.push({ column: j, text });
  }
  const first = texts[0];
  // a first text of too few letters is no heading (fewLetters): most rows, read no further
  if (!first || fewLetters(first.text) || !labelledHeading(parseIndicatorHeading(first.text))) return undefined;
  const text = texts.map((t) => t.text).join(' ');
  const heading = parseIndicatorHeading(text);
  if (!labelledHeading(heading) || heading.titleFromDocument) return undefined;
  if (heading.subMeasures.length > 0 && !indicatorHeadingLine(text)) return undefined;
  return { column: first.column, text, html: escapeMarkup(text), spans: 1 };
}

/**
 * The indicator heading a row holds alone, above a table's header (where no column says which cell
 * is the measure's): one cell ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ" merged across the row) or split over
 * two (headingAcrossRow); as a heading paragraph above the table reads (table-headings.ts).
 */
export function headingRowText(cells: readonly string[], merged: readonly CellMerge[]): string | undefined {
  const lone = loneCell(cells, merged);
  if (lone) return indicatorHeadingText(lone.text);
  const across = headingAcrossRow(cells, merged);
  return across && indicatorHeadingText(across.text);
}

/**
 * A ที่ column's cell holding an indicator heading ("ตัวชี้วัดที่ ๑", not a row number): the row's
 * indicator, as an indicator column's cell is (review 17 s22, S22-1).
 */
export const headingInNumberCell = (cellHtml: string): boolean => {
  const text = strippedUpTo(cellHtml, MAX_HEADING_ROW);
  return text !== undefined && !isRowNumber(text) && labelledHeading(parseIndicatorHeading(text));
};

/** A heading with its label and number as written ("ตัวชี้วัดที่ ๑"), not a name or an "N.M" alone. */
const labelledHeading = (heading: IndicatorHeading | undefined): heading is IndicatorHeading =>
  !!heading && !heading.namedOnly && heading.numberedAs === undefined && !heading.statusBefore;

export { escapeMarkup };
export const hasMarkup = (s: string) => /<(?:p|li)\b/i.test(s);

/** `heading` (plain text) as the first item of a measure cell. */
export const withHeadingItem = (heading: string, cellHtml: string) =>
  `<p>${escapeMarkup(heading)}</p>${hasMarkup(cellHtml) ? cellHtml : cellHtml ? `<p>${escapeMarkup(stripTags(cellHtml))}</p>` : ''}`;

/**
 * A cell's text with the text of the row below added (a continuation row): plain texts joined
 * with a space, as before; when either is markup (<p>/<li> items), the items of both, so that
 * neither is lost (splitItems reads the elements of a marked-up cell, not the text between).
 */
export function joinCells(above: string, below: string): string {
  if (!hasMarkup(above) && !hasMarkup(below)) return above ? `${above} ${below}` : below;
  return joinItems(above, below);
}

/** The items of both cells as one marked-up cell (each cell's text its items, see splitItems). */
export const joinItems = (above: string, below: string): string =>
  [...splitItems(above, JOINED_ITEMS), ...splitItems(below, JOINED_ITEMS)]
    .map((t) => `<p>${escapeMarkup(t)}</p>`)
    .join('');

/** What the importer says about heading rows it left out of the measures (one warning for all). */
export function headingRowsMessage(texts: readonly { text: string; place: string; placeEn: string }[]): {
  th: string;
  en: string;
} {
  const th = texts.map((t) => `"${quoteStart(t.text, 80)}" (${t.place})`).join(', ');
  const en = texts.map((t) => `"${quoteStart(t.text, 80)}" (${t.placeEn})`).join(', ');
  return {
    th: `แถวหัวข้อ (ข้อความเดียวคร่อมทั้งแถว หรือแถวรวม) ไม่ใช่มาตรการ จึงไม่นำเข้า ${toThaiDigits(texts.length)} แถว: ${th}`,
    en: `heading rows (one text across the row, or a total row) are no measures and were not imported (${texts.length}): ${en}`,
  };
}

/** What the importer says about a table after the plan's that it did not read. */
export function tableNotReadMessage(source: string, noFollowUps: boolean): { th: string; en: string } {
  const quoted = source.slice(0, 200);
  return noFollowUps
    ? {
        th: `ตารางนี้ไม่มีคอลัมน์การติดตามผล (หัวตาราง: "${quoted}") และแผนมีมาตรการจากตารางก่อนหน้าแล้ว จึงไม่ใช่ตารางแผนมาตรการ และไม่นำเข้า`,
        en: `this table has no follow-up column (header: "${quoted}") and the plan's measures were read from an earlier table: it is no plan table and was not imported`,
      }
    : {
        th: `ตารางนี้ไม่มีหัวตารางแผนมาตรการของตัวเอง จึงไม่ใช่ตารางแผนมาตรการ และไม่นำเข้า (แถวแรก: "${quoted}")`,
        en: `this table has no plan header of its own: it is no plan table and was not imported (first row: "${quoted}")`,
      };
}

/** the cells of an approval block are short: a name, a position */
const MAX_SIGN_OFF_CELL = 80;

/**
 * A row whose first cell with text is a sign-off line: the sign-off block under the plan table.
 * Besides "ลงชื่อ", an approval word or a name in brackets ("ผู้เสนอ", "ผู้อนุมัติ", "(นายวิชัย
 * มั่นคง)": sign-off-lines.ts) when every cell of the row is that short (review 17 s13, S13-16: the
 * block under an Excel table became the last measure's follow-ups).
 */
export function isSignOffRow(cells: readonly string[], merged: readonly CellMerge[]): boolean {
  for (let j = 0; j < cells.length; j++) {
    // the patterns read the line's start: a long cell is not stripped whole
    const text = merged[j] ? '' : strippedStart(cells[j] ?? '', SIGN_OFF_START_LETTERS);
    if (!text) continue;
    if (isSignedLine(text)) return true;
    return isSignatureLine(text) && cells.every((c) => c.trim().length <= MAX_SIGN_OFF_CELL);
  }
  return false;
}
