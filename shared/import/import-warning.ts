// What the importer could not read with certainty, and where in the source it was.
import * as z from 'zod';
import { toThaiDigits } from '../domain/thai-format.js';

/** A place in the source: a text line, or a table (or sheet, or PDF page) row and column; all 1-based. */
export const Where = z.object({
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  /** the last page of a PDF table row the page break split (the row goes on from `page` to it) */
  toPage: z.number().int().optional(),
  table: z.number().int().optional(),
  /** an object embedded in a Word file (an Excel worksheet pasted as an object), 1-based in document order */
  object: z.number().int().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.number().int().optional(),
});
export type Where = z.infer<typeof Where>;
/**
 * A row's place as the importer reads it: with how many cells came before its first when it was cut
 * from a wider row (a side table's right half, side-tables.ts). A warning's column is counted from
 * the row's first cell; adding them gives the column the document shows. Never part of a warning.
 */
export type RowWhere = Where & { columnsBefore?: number };

export const IMPORT_WARNING_CODES = [
  'unspecified-cadence',
  'no-indicator',
  'indicator-label-guessed',
  'unknown-indicator-name',
  /** the name after the heading's number is another indicator's ("ตัวชี้วัดที่ ๗ การปฏิบัติหน้าที่"): the number may be misread */
  'indicator-name-differs',
  /** a heading naming two or more indicators ("ตัวชี้วัดที่ ๔-๕"): the measure is imported under the first */
  'several-indicators',
  'unknown-unit',
  'unit-guessed',
  /** a deactivated unit named beside active ones: it makes no obligations */
  'unit-inactive',
  /** a units cell that excludes units ("ทุกหน่วยงาน ยกเว้นกองช่าง"): every other unit, one by one */
  'units-excluded',
  /** a section or position excepted from its unit ("กองคลัง ยกเว้นงานพัสดุ"): the unit stays responsible */
  'unit-section-excepted',
  /** "the units concerned" (ทุกหน่วยงานที่เกี่ยวข้อง) without naming them: not all units; which ones? */
  'units-concerned',
  /** every staff member (บุคลากรทุกคน) read as all units */
  'all-units-from-staff',
  'no-responsible-unit',
  /** a table header with no column of responsible units: named with the header as read */
  'no-responsible-column',
  /** a plan table's header without a follow-up column: its measures have none */
  'no-follow-up-column',
  'orphan-continuation',
  /** a header row of bare numbers 1-12 over a Gantt's months: which month each is cannot be told (S26-10) */
  'month-row-unread',
  /** a Gantt's month row dated in another fiscal year's months ("ต.ค. 67 … ก.ย. 68" as FY2567): read by name, said */
  'month-row-other-year',
  /** marks in a Gantt's months that its header dates outside the fiscal year (a calendar-year Gantt's Oct-Dec): not taken */
  'months-outside-year',
  'unexpected-cell-count',
  'unmatched-results-row',
  'responsibility-differs',
  'fiscal-year-differs',
  /** a heading names another organisation (a neighbour's plan as the start: S13-13) */
  'other-organisation',
  'no-measures',
  'two-cadences',
  /** a follow-up text naming two follow-ups joined by "และ" or "/", each with its cadence: split into them (S23-8) */
  'follow-up-split',
  /** a note in the plan document's wording ("(ตั้งแต่เดือน…)", "(หน่วยงานที่รายงาน: …)") not read: set by hand (S25-3) */
  'follow-up-note-unread',
  /** a cadence read from other words than a cadence phrase (a deadline, months named, a near spelling): check it */
  'cadence-guessed',
  /** a plan copied into another year: this text's BE years were moved on (a cited document's must not be) */
  'years-moved',
  /** a plan copied into another year: a follow-up's months of last year dropped, or the follow-up left out (S15-7) */
  'months-from-last-year',
  'more-warnings',
  /** rows past the 500 measures a plan holds (not imported) */
  'measures-dropped',
  /** a measure the plan's schema refuses as it is (too big, no follow-up ...): fix it before saving */
  'cannot-save',
  'pdf-row-joined',
  /** a text line holding several rows of the header's width one after the other (OCR lost a line break), read as those rows */
  'rows-joined-on-line',
  /** a text row short of its header's cells: a unit name at a cell's end taken as its responsible unit (a tab lost before it) */
  'unit-from-cell-end',
  'pdf-text-unplaced',
  'pdf-unreadable-characters',
  /** a page drawing too many rules to be a table (a pattern, a chart): its layout was guessed from the text */
  'pdf-layout-guessed',
  /** an empty merged cell at a page's top that may go on from the page before's last row */
  'pdf-merge-unsure',
  /** a page of a PDF that is mostly image with little text (a scanned page): its plan needs OCR */
  'pdf-page-scanned',
  /** a wide sheet printed "down, then over": the next pages' table, its rows matching, read as the right-hand columns (S25-5) */
  'pdf-pages-side-by-side',
  /** pages holding a plan header's missing columns, their rows not matching the left-hand pages': not read (S25-5) */
  'pdf-columns-on-other-page',
  /** a row of more than MAX_ROW_CELLS cells (Word, Excel): the cells past it were not read */
  'row-cells-ignored',
  /** a column header read by similarity ("การติคตามผล" taken for "การติดตามผล") */
  'column-name-guessed',
  /** a units or cadence matrix (one column per unit or cadence, rows ticked "/ ✓ x"): read from the ticked columns */
  'read-from-ticked-columns',
  /** two columns of a header read as one role under different labels: their cells joined into one field */
  'columns-joined',
  /** a data cell merged across the follow-up or units column: what that column holds read out of it (S15-8) */
  'cell-spans-columns',
  /** a row that looks like a plan table's header but was not read as one: its table was not read */
  'header-unrecognised',
  /** no table header: rows opening with an indicator heading read in the NACC form's column order */
  'header-assumed',
  /** no table: measures written as paragraphs opening with column names ("มาตรการ: …") read as rows (S15-9) */
  'plan-from-paragraphs',
  /** a text table whose columns are separated by runs of spaces (OCR, copied text): split at them */
  'columns-by-spaces',
  /** no plan table read: the measures come from a results-report table, while other tables were not read */
  'plan-from-results-table',
  /** hidden sheets, rows or columns of a workbook with text: not imported, counted */
  'hidden-content-skipped',
  /** rows a sheet's AutoFilter hid: read all the same (a filter is a view), counted and the filter named (S15-10) */
  'filtered-rows-read',
  /** an Excel cell's comment (note): no plan text, not imported, quoted at its row (S14-2) */
  'cell-comment-unread',
  /** Excel date cells whose stored year is BE already (typed "1/10/2566"): read as that BE year */
  'date-year-be',
  /** a Word/Excel/PDF document's Thai in the wrong encoding or a legacy font ("ÁÒµÃ¡ÒÃ"): converted back */
  'text-encoding-repaired',
  /** a text file's lines that began with a Thai vowel or tone mark (pdftotext broke a word there): joined to the line before (S21-5) */
  'lines-joined-in-word',
  /** the draft is larger than PUT /plan takes (MAX_PLAN_SAVE_BODY_BYTES): the largest measures named */
  'plan-too-large',
  /** rows of one text across the table (a section "มิติที่ ๑", a total): no measures, not imported */
  'heading-row-skipped',
  /** a table after the plan's with no plan header of its own (a sign-off block, a summary sheet) */
  'table-not-read',
  /** a row read as the continuation of the measure above ("๒. …" without a unit of its own) */
  'continuation-guessed',
  /** marks (✓) under follow-up round columns: a follow-up named by the columns' label, its cadence from the rounds */
  'follow-up-from-marks',
  /** a row of its own follow-ups and units under a measure of several rows: read as a measure of its own */
  'measure-split-by-unit',
  /** a row of more notes than a measure holds (joined into the last), or a note cut at its length limit */
  'notes-joined',
  /** a cell listing more items (follow-ups, methods, sub-measures…) than a measure holds: those past it left out */
  'items-cut',
  /** a re-imported measure found as a saved one of another indicator: it keeps the saved id and reports */
  'measure-indicator-moved',
  /**
   * a re-imported measure unlike the saved one at its place, keeping that saved id by its place only:
   * no longer given (such a measure is new, review 17 s19, S19-3); a draft kept in a browser may hold it
   */
  'measure-kept-by-place',
  /** a status word before the heading ("(ยกเลิก)", "ตัวอย่าง", "ร่าง"): the measure may be no live one */
  'measure-status-marked',
  /** words before the indicator heading: a label other than the indicator's assessment or a ด้าน (kept as a note) */
  'words-before-heading',
  /** formula cells of a workbook with no saved value (never opened in Excel): read as empty, one notice a sheet */
  'formula-without-value',
  /** struck-through text in a cell that keeps other text (a dropped method or follow-up): left out, quoted */
  'struck-text-left-out',
  /** a Word table row of hidden text only (Font > Hidden): not printed, so no measure; quoted at its row (S16-11) */
  'hidden-text-skipped',
  /** lines under the table's last row naming units, read as its sign-off (a signer's position): left out, said */
  'sign-off-left-out',
  /** an object embedded in a Word file (an old .xls, a chart, another file) or a picture where the plan table may be: not read */
  'embedded-content-unread',
  /** the page's copy of last year's plan onto a year with a saved plan: which saved measures it keeps, adds, drops */
  'copy-over-saved-plan',
  /** a file read over a year's saved plan that lacks saved measures: which the save keeps, adds and removes */
  'file-over-saved-plan',
  /** a file read over a saved plan keeps a measure but not some of its saved follow-ups: the save removes them (S21-3) */
  'follow-up-removed',
  /** a saved follow-up the file lacks that continues one stopped in the saved plan (its months start after the stop): kept (tester s43 F1) */
  'follow-up-continuation-kept',
  /**
   * a file read over a saved plan whose save the guard on reports would refuse: it takes a reported
   * unit off, changes a reported follow-up's cadence or months, or drops a reported follow-up or
   * measure (the 409's own words, naming the measure, follow-up, units and periods: S21-3)
   */
  'reports-cut',
  /**
   * a save over the saved plan that removes overdue work never reported (a cadence changed, months
   * narrowed, a unit, follow-up or measure taken off mid-year): how many, per unit; allowed (tester s56 D)
   */
  'overdue-removed',
  /** a measure's timeframe shorter than the year ("เม.ย. - ก.ย. ๒๕๖๙"): its follow-ups start (and end) with it (S23-7) */
  'timeframe-months',
  /** a measure's timeframe of another fiscal year than the plan's and the document's: a span's months read as the plan's, a date alone not taken (review 17 s26, s27-d) */
  'timeframe-other-year',
  /** a measure repeating an earlier one word for word (a row copied twice): kept, warned naming the first (S22-6) */
  'measure-repeated',
  /** a sheet named after a unit, its table without a units column: its measures are that unit's (S23-4) */
  'units-from-sheet-names',
  /** the same measure (indicator and title) on two unit sheets: joined into one of both units (S23-5) */
  'measure-joined',
  /** a table beside the plan's with a plan header of its own (a plan in two halves): read after it (S24-4) */
  'side-table-read',
] as const;

export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export const ImportWarning = z.object({
  where: Where,
  code: z.enum(IMPORT_WARNING_CODES),
  message_th: z.string(),
  message_en: z.string(),
  /** the source text the warning is about (at most 500 characters) */
  source: z.string(),
  /** the draft measure it is about, when it is about one (the page shows it beside that measure) */
  measureId: z.string().optional(),
  /** and the follow-up of that measure, when it is about one */
  followUpNo: z.number().int().optional(),
  /**
   * indicators the warning offers in place of, or besides, the one read: indicator-name-differs the
   * other reading (the page offers to choose it), several-indicators the others named (to copy to)
   */
  indicators: z.array(z.number().int().min(1).max(10)).max(10).optional(),
});
export type ImportWarning = z.infer<typeof ImportWarning>;

/** A spreadsheet column's letters as Excel shows them (1 -> "A", 28 -> "AB"). */
export const columnLetters = (n: number): string =>
  (n > 26 ? columnLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

/**
 * "บรรทัด ๑๒" / "ตาราง ๒ แถว ๓ คอลัมน์ ๔" / "แผ่นงาน แผน แถว ๕ คอลัมน์ E": the place, Thai first
 * (Thai digits); a sheet's column by its letters, as Excel shows it.
 */
export function describeWhere(where: Where): { th: string; en: string } {
  const th: string[] = [];
  const en: string[] = [];
  const pages = where.toPage !== undefined && where.page !== undefined && where.toPage > where.page;
  const parts: [number | string | undefined, string, string][] = [
    [pages ? `${toThaiDigits(where.page!)}-${toThaiDigits(where.toPage!)}` : where.page, 'หน้า', 'page'],
    [where.object, 'วัตถุที่ฝัง', 'embedded object'],
    [where.sheet, 'แผ่นงาน', 'sheet'],
    [where.table, 'ตาราง', 'table'],
    [where.line, 'บรรทัด', 'line'],
    [where.row, 'แถว', 'row'],
    [where.sheet !== undefined && where.column ? columnLetters(where.column) : where.column, 'คอลัมน์', 'column'],
  ];
  for (const [value, thName, enName] of parts) {
    if (value === undefined) continue;
    th.push(`${thName} ${typeof value === 'number' ? toThaiDigits(value) : value}`);
    en.push(pages && enName === 'page' ? `pages ${where.page}-${where.toPage}` : `${enName} ${value}`);
  }
  return { th: th.join(' ') || 'เอกสาร', en: en.join(', ') || 'document' };
}

/**
 * `w` said at `where`, its messages led by the place as every warning the reading says is
 * ("บรรทัด ๑๒ คอลัมน์ ๔: …"): for a warning made after the reading about one of its texts.
 */
export function placedWarning(w: ImportWarning, where: Where): ImportWarning {
  const place = describeWhere(where);
  return { ...w, where, message_th: `${place.th}: ${w.message_th}`, message_en: `${place.en}: ${w.message_en}` };
}
