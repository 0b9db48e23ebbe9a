// Reads a measures document (plan table, then optionally the results-report table) into a draft plan.
// Input: a SourceDocument (text lines and table rows, from .txt, .docx, .xlsx or .pdf). The header
// row is found by meaning, columns come in any order, columns the plan has no place for are kept as
// notes, rows with an empty measure cell continue the row above.
import { clipText } from '../domain/text.js';
import { type FollowUp, MAX_MEASURES, type Measure, type Plan } from '../domain/plan.js';
import { withoutUnstorable } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { isContinuationMark, isPageNumber } from './page-furniture.js';
import { FISCAL_YEAR_LINE, fiscalYearOfTitle } from './fiscal-year-names.js';
import { otherYearOfTimeframes } from './timeframe-fiscal-year.js';
import { datedTimeframe, subDateBoundOf, withDateBounds } from './date-bound-columns.js';
import { withTimeframeMonths } from './timeframe-months.js';
import { followUpNotesOf, followUpNotesSaid } from './follow-up-notes.js';
import { titleForIndicator } from '../domain/indicator-title.js';
import { otherOrganisationIn } from './other-organisation.js';
import { detectAudience, detectCadences } from './cadence-detection.js';
import { readFollowUpCadence } from './follow-up-cadence.js';
import { audienceOfNote, CADENCE_LABELS, withoutCadenceNote } from '../domain/plan-labels.js';
import type { Cadence } from '../domain/due-rules.js';
import {
  findIndicatorOutOfRange,
  type IndicatorHeading,
  indicatorHeadingLine,
  parseIndicatorHeading,
} from './indicator-heading.js';
import { headingWarnings } from './indicator-heading-warnings.js';
import { statusMarkMessage, statusMarkOf, struckMeasureMessage } from './measure-status-marks.js';
import { withStruckCellsLeftOut } from './struck-rows.js';
import { headingFromNumbering } from './indicator-numbering.js';
import { spaceAlignedHeader, spaceAlignedMessage } from './space-aligned-header.js';
import { spaceAlignedRows, spaceAlignedRowsMessage } from './space-aligned-rows.js';
import { reportedFollowUpItems } from './report-follow-up-items.js';
import { describeWhere, type ImportWarning, type RowWhere, type Where } from './import-warning.js';
import { inactiveUnitsNamed, measuresDropped, planOverSaveLimit, unsavableMeasures } from './plan-limits.js';
import { markedLeadColumn, type NamedUnit, parseResponsibility, type UnitNames, unitNames } from './responsibility.js';
import { guessedUnitWarning, unitPhraseWarnings } from './unit-phrase-warnings.js';
import { semicolonItems } from './semicolon-items.js';
import { joinedFollowUps } from './joined-follow-ups.js';
import {
  type CellMerge,
  type PageHeaderLine,
  readTextDocument,
  type SourceBlock,
  type SourceDocument,
} from './source-document.js';
import {
  collapseSpaces,
  fewLetters,
  hasStrippedText,
  matchKey,
  MAX_ITEMS,
  normaliseThai,
  PLAIN_CONTROLS,
  plainSpelling,
  splitItems,
  splitItemsKept,
  strippedLettersUpTo,
  strippedStart,
  stripTags,
} from './thai-text.js';
import { isTickListText, joinTickListCell } from './tick-lists.js';
import {
  type Column,
  columnOf,
  fallbackRole,
  headerRoles,
  isColumnName,
  mayNameColumn,
  namesOutcomes,
  namesRowNumbers,
  numberedRow,
  type Role,
  withoutNumbering,
} from './column-names.js';
import { byPlaceMessage, measureColumnByPlace, namesOtherPlanColumns } from './measure-column-by-place.js';
import {
  cadenceMatrixLabels,
  hasCadenceColumns,
  tickColumnsMessage,
  TICKED_CADENCE_LABEL,
  TICKED_FOLLOW_UP,
  tickOf,
  unitSubColumn,
  withTickColumns,
} from './tick-columns.js';
import {
  brokenRowJoined,
  type PageBreakJoin,
  pageBreakJoined,
  repeatedLines,
  pageBreakMessage,
  signOffLinesMessage,
  type WrappedCell,
  wrappedCellLines,
  wrappedCellMessage,
} from './broken-text-rows.js';
import {
  headingAcrossRow,
  headingRowText,
  headingInNumberCell,
  headingRowKind,
  headingRowsMessage,
  isColumnNumbersRow,
  isSectionHeading,
  isSignOffRow,
  isTotalRow,
  opensTotalRow,
  joinCells,
  loneCell,
  type LoneCell,
  startsNumberedItem,
  tableNotReadMessage,
  withHeadingItem,
} from './table-row-kinds.js';
import { joinedColumns } from './joined-columns.js';
import { PlainRows, plainRowKey } from './plain-rows.js';
import { countWork, readOnce, readingOnce } from './read-once.js';
import { filledWidth, isLaterTableHeader, laterTableMessage } from './later-table-header.js';
import {
  indicatorsFromHeadingNotes,
  indicatorsFromNoteColumns,
  type TargetColumn,
  targetColumnsAsNotes,
} from './indicator-column.js';
import { indicatorsFromIssueNotes, issueIndicatorMessage } from './issue-column-indicator.js';
import { counted } from '../domain/english-count.js';
import {
  continuedGroup,
  isPeriodColumn,
  markedTimeframe,
  type PeriodCell,
  type RoundCell,
  periodOfSubColumn,
  roundFollowUps,
  rowColour,
  withMonthColumns,
} from './period-columns.js';
import { rowCadence } from './row-cadence.js';
import { fitNotes } from './measure-notes.js';
import { mayBeUnitRow, unitRowText } from './unit-group-rows.js';
import { withFormsTransposed } from './form-tables.js';
import { indicatorHeadingText, MAX_LINES_UNDER_HEADING } from './table-headings.js';
import { joinContinuation, startsUnitMeasure, unitMeasureMessage } from './unit-per-row.js';
import { ContinuedCells } from './continued-cells.js';
import {
  joinTypedOver,
  type ListRole,
  noteNumbered,
  numberedColumns,
  typedOverMessage,
  typedOverRow,
} from './typed-over-rows.js';
import { unknownWordsNote } from './position-units.js';
import { repeatedTableMessage, withoutRepeatedTables } from './repeated-tables.js';
import { repeatedMeasureMessage, repeatedMeasures } from './repeated-measures.js';
import { headerUnrecognisedMessage } from './header-unrecognised.js';
import {
  headerFromUnitSheetMessage,
  joinedMeasureMessage,
  joinUnitSheetMeasures,
  type SheetUnit,
  unitSheetsMessage,
} from './unit-sheets.js';
import { otherYearSheetMessage, withoutOtherYearSheets } from './year-sheets.js';
import { isTitleRow } from './title-row.js';
import { sideTableMessage, withSideTablesCut } from './side-tables.js';
import { headerlessMessage, headerlessRows } from './headerless-rows.js';
import { readSpannedCells } from './spanned-cells.js';
import { endingUnitOf, withShortRowUnits } from './short-row-units.js';
import {
  headingsWithoutTableMessage,
  labelledParagraphs,
  labelledParagraphsMessage,
  labelsWithoutMeasureMessage,
} from './labelled-paragraphs.js';
import { otherYearTableMessage, withoutOtherYearTables } from './year-tables.js';

interface Row {
  table: 'plan' | 'results';
  where: Where;
  cells: Partial<Record<Exclude<Role, 'note'>, string>>;
  /** the 1-based column of each cell, for warnings about one field */
  columnOf: Partial<Record<Exclude<Role, 'note'>, number>>;
  notes: { label: string; text: string }[];
  source: string;
  /** the header the row was read under */
  header?: readonly Column[];
  /** a heading row (one cell across the table) while no row below continues it: see table-row-kinds.ts */
  heading?: 'indicator' | 'section';
  /** its indicator heading was given to the measures under it */
  headedMeasures?: boolean;
  /** the measure cell starts with the indicator heading of a row above (prepended) */
  headingFromGroup?: boolean;
  /** the words after that heading's name on its line, for the title (written on the name without a space: glued) */
  headingWords?: { words: string; glued: boolean };
  /** follow-ups made from marks (✓) under round columns, named by the group's label (period-columns.ts) */
  followUpsFromMarks?: string;
  /** a continuation row with its own follow-ups and units, read as a measure of its own (unit-per-row.ts) */
  splitByUnit?: { th: string; en: string };
  /** its measure cell is struck through as a whole (struck-rows.ts): a measure the plan dropped */
  struck?: true;
  /** its units are its sheet's, named by the sheet's name (a unit sheet without a units column: unit-sheets.ts) */
  unitSheet?: SheetUnit;
  /**
   * The first measure row past its table's MAX_MEASURES: how many rows past the cap it stands for
   * (itself and the later ones, counted only, never kept: see readRows).
   */
  pastCap?: number;
}

/** How many measure rows a row read stands for (the first row past a table's cap stands for them all). */
const rowsCounted = (row: Row) => row.pastCap ?? 1;

/** A measure whose indicator the coordinator still has to choose (null). */
export type DraftMeasure = Omit<Measure, 'indicator'> & { indicator: number | null };
export interface DraftPlan extends Omit<Plan, 'measures'> {
  measures: DraftMeasure[];
}

export interface ImportResult {
  plan: DraftPlan;
  warnings: ImportWarning[];
  /** as printed in the document's title, e.g. "เทศบาลตำบลดอนอะระง" */
  orgNameInDocument?: string;
  fyInDocument?: number;
}

export interface ImportOptions {
  orgId: string;
  fy: number;
  units: readonly NamedUnit[];
  /** the org's own name: a heading naming another org is warned of (other-organisation.ts) */
  orgName?: string;
}

/** One import's options and what is made from them once: the units' match keys. */
interface ImportRun extends ImportOptions {
  names: UnitNames;
}

const KNOWN_ROLES: readonly Role[] = ['measure', 'methods', 'timeframe', 'followUps', 'responsible', 'recommendations'];

/** A header cell is a short label; longer cells are content, never looked at as one. */
const NOTHING_MERGED: readonly CellMerge[] = [];
const MAX_HEADER_CELL = 200;

/**
 * What a short header cell may name, read once per text: 'measure' for the measure column's label
 * (by its wording, or a fallback one), else the role columnOf gives it.
 */
function headerCellRole(cell: string): Role {
  const role = readOnce(columnOf, cell).role;
  return role === 'measure' || readOnce(fallbackRole, cell) === 'measure' ? 'measure' : role;
}

/**
 * Can a row be a header: a cell may name the measure column, or three cells name the plan's other
 * columns (a header whose measure column has a name not known: S15-19)? One reading per short cell
 * (most rows are no header: review 17 s23, each Markdown row of a file was asked).
 */
function mayBeHeader(cells: readonly string[]): boolean {
  const named: { role: Role }[] = [];
  for (const c of cells) {
    // a long cell is content, and a cell of too few letters names nothing (mayNameColumn)
    if (c.length > MAX_HEADER_CELL || !mayNameColumn(c)) continue;
    const role = readOnce(headerCellRole, c);
    if (role === 'measure') return true;
    if (role !== 'note') named.push({ role });
  }
  return namesOtherPlanColumns(named);
}

/**
 * The columns of a header row, or undefined when the row is no header. `read`: the columns of the
 * short cells seen so far in this document (a table repeats its cells: each is read once).
 * `implied`: a role the table has without a column (a unit sheet's units: unit-sheets.ts), counted
 * as known.
 */
function headerColumns(
  cells: readonly string[],
  read = new Map<string, Column>(),
  implied?: Role,
): Column[] | undefined {
  // most rows are not headers: look for the measure column's label (or three others) first
  if (!mayBeHeader(cells)) return undefined;
  const columnOfCell = (c: string) => {
    let column = read.get(c);
    if (!column) read.set(c, (column = readOnce(columnOf, c)));
    return column;
  };
  // a long cell's label is its start: the cell is not stripped whole for it
  const readCell = (c: string) =>
    c.length <= MAX_HEADER_CELL
      ? columnOfCell(c)
      : { role: 'note' as const, label: strippedStart(c, 200).slice(0, 200) };
  const columns = measureColumnByPlace(headerRoles(withMonthColumns(cells.map(readCell))));
  const roles = new Set(columns.map((c) => c.role));
  // a cadence matrix ("รายเดือน | รายไตรมาส | …" ticked) stands for the follow-up column (S19-5)
  if (!roles.has('followUps') && hasCadenceColumns(columns)) roles.add('followUps');
  const known = KNOWN_ROLES.filter((r) => roles.has(r) || r === implied).length;
  return roles.has('measure') && known >= 3 ? columns : undefined;
}

/** For readers that must find tables themselves (PDF): is this a header row, and where is the measure column? */
export const tableHeader = {
  isHeader: (cells: string[]) => headerColumns(cells) !== undefined,
  measureColumn: (cells: string[]) =>
    Math.max(
      0,
      (headerColumns(cells) ?? cells.map(columnOf)).findIndex((c) => c.role === 'measure'),
    ),
  indicatorColumn: (cells: string[]) => (headerColumns(cells) ?? []).findIndex((c) => c.role === 'indicator'),
  rowNumberColumn: (cells: string[]) => (headerColumns(cells) ?? []).findIndex(namesRowNumbers),
  isColumnName,
};

const isSeparator = (cells: readonly string[]) =>
  cells.every((c) => /^[\s-]*$/.test(c)) && cells.join('').includes('-');
/** Characters of a text a warning quotes (ImportWarning.source). */
const SOURCE_CHARS = 500;
const clip = (s: string) => clipText(s, SOURCE_CHARS);

/** Where one cell of a row is: the row's place and the cell's column, when the row has it. */
function cellWhere(row: Row, role: Exclude<Role, 'note'>): Where {
  const column = row.columnOf[role];
  return column ? { ...row.where, column } : row.where;
}

/** Characters of a measure cell looked at for a heading whose number is no indicator: a heading leads its cell. */
const OUT_OF_RANGE_WITHIN = 500;

/**
 * What the no-indicator warning says of a measure cell: that no "ตัวชี้วัดที่" was found, or, when the
 * cell's start has one whose number is no ITA indicator ("ตัวชี้วัดที่ 11"), that number and the
 * ITA's 1-10 (review 17 s24, S24-9). Thai first.
 */
function noIndicatorWords(measureText: string): { th: string; en: string } {
  const found = findIndicatorOutOfRange(normaliseThai(measureText.slice(0, OUT_OF_RANGE_WITHIN)));
  const keep = {
    th: 'จึงนำเข้าโดยยังไม่ระบุตัวชี้วัด กรุณาเลือกตัวชี้วัดก่อนบันทึก',
    en: 'it is kept without one: choose its indicator before saving',
  };
  if (!found) {
    return {
      th: `ไม่พบ "ตัวชี้วัดที่" ของมาตรการนี้ ${keep.th}`,
      en: `no "ตัวชี้วัดที่" (indicator) found for this measure; ${keep.en}`,
    };
  }
  return {
    th: `อ่านได้ว่า "${found.read}": ตัวชี้วัดที่ ${toThaiDigits(found.no)} ไม่มีในการประเมิน ITA (มี ๑-๑๐) ${keep.th}`,
    en: `read "${found.read}": indicator ${found.no} is no ITA indicator (they are 1-10); ${keep.en}`,
  };
}

/** The measure (and follow-up) of the draft a warning is about. */
type About = Pick<ImportWarning, 'measureId' | 'followUpNo' | 'indicators'>;

/** The most warnings one import gives back (a page reads them; a response stays small). */
export const MAX_WARNINGS = 1000;

/**
 * Warnings that stop the draft from being saved, or say it was cut: past MAX_WARNINGS they are kept
 * and advisory ones dropped in their place, so a long document's last measure without an indicator
 * is still named (review 17 s11, S11-18).
 */
const KEPT_PAST_CAP: ReadonlySet<ImportWarning['code']> = new Set([
  'no-indicator',
  'cannot-save',
  'no-responsible-unit',
  'unknown-unit',
  'measures-dropped',
  'plan-too-large',
  'no-measures',
  'formula-without-value',
]);

interface Kept {
  order: number;
  /** the order it was said in (ties of one line keep it) */
  seq: number;
  warning: ImportWarning;
}

/**
 * The import's warnings: each said once, at most MAX_WARNINGS, then one that counts the rest; past
 * the cap an essential warning (KEPT_PAST_CAP) takes the place of the last advisory one.
 */
/** Keep the items `keep` accepts, in order, in place (one pass: splicing each out was quadratic). */
function keepOnly<T>(list: T[], keep: (item: T) => boolean): void {
  let n = 0;
  for (const item of list) if (keep(item)) list[n++] = item;
  list.length = n;
}

class Warnings {
  private readonly essential: Kept[] = [];
  private readonly advisory: Kept[] = [];
  private readonly said = new Set<string>();
  private omitted = 0;
  private seq = 0;
  /** how many times add was called (said or not): a row that added none said nothing */
  calls = 0;
  /** `sheetColumns`: a sheet's Excel column of each cell read, where hidden columns were skipped */
  constructor(private readonly sheetColumns?: SourceDocument['sheetColumns']) {}
  add(
    order: number,
    where: Where,
    code: ImportWarning['code'],
    th: string,
    en: string,
    source: string,
    about: About = {},
  ) {
    this.calls++;
    // a row cut from a wider one (a side table's right half) counts its columns from its first cell
    const { columnsBefore, ...said } = where as RowWhere;
    where = columnsBefore && said.column !== undefined ? { ...said, column: said.column + columnsBefore } : said;
    const shown =
      where.sheet !== undefined && where.column !== undefined ? this.sheetColumns?.[where.sheet] : undefined;
    if (shown) where = { ...where, column: shown[where.column! - 1] ?? where.column };
    const key = `${order}\u0000${code}\u0000${about.measureId ?? ''}\u0000${about.followUpNo ?? ''}\u0000${th}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    const essential = KEPT_PAST_CAP.has(code);
    if (this.essential.length + this.advisory.length >= MAX_WARNINGS) {
      if (!essential || this.advisory.length === 0) {
        this.omitted++;
        return;
      }
      this.advisory.pop();
      this.omitted++;
    }
    const place = describeWhere(where);
    (essential ? this.essential : this.advisory).push({
      order,
      seq: this.seq++,
      warning: {
        where,
        code,
        message_th: `${place.th}: ${th}`,
        message_en: `${place.en}: ${en}`,
        source: clip(source),
        ...about,
      },
    });
  }
  /** Take back the warnings `about` accepts (a table found later to be no part of the plan). */
  forget(about: (w: ImportWarning) => boolean) {
    for (const list of [this.essential, this.advisory]) keepOnly(list, (w) => !about(w.warning));
  }
  /**
   * Move the warnings about each measure `moved` names to the measure it was joined into, its
   * follow-ups renumbered; one that measure already has (same code and follow-up) is dropped. One
   * pass over the warnings.
   */
  moveToJoined(moved: ReadonlyMap<string, { measureId: string; followUpNos: ReadonlyMap<number, number> }>) {
    const key = (code: string, measureId: string, followUpNo: number | undefined) =>
      `${code}\u0000${measureId}\u0000${followUpNo ?? ''}`;
    const had = new Set<string>();
    for (const list of [this.essential, this.advisory])
      for (const { warning: w } of list)
        if (w.measureId !== undefined && !moved.has(w.measureId)) had.add(key(w.code, w.measureId, w.followUpNo));
    for (const list of [this.essential, this.advisory])
      keepOnly(list, ({ warning: w }) => {
        const to = w.measureId === undefined ? undefined : moved.get(w.measureId);
        if (!to) return true;
        const followUpNo = w.followUpNo === undefined ? undefined : (to.followUpNos.get(w.followUpNo) ?? w.followUpNo);
        if (had.has(key(w.code, to.measureId, followUpNo))) return false;
        w.measureId = to.measureId;
        if (followUpNo !== undefined) w.followUpNo = followUpNo;
        return true;
      });
  }
  /** Where the warnings stand now, to take back all said after it (a document read again). */
  mark(): { seq: number; omitted: number } {
    return { seq: this.seq, omitted: this.omitted };
  }
  /** Take back every warning said after `to` (those before it are never said again). */
  rollback(to: { seq: number; omitted: number }) {
    for (const list of [this.essential, this.advisory]) keepOnly(list, (w) => w.seq < to.seq);
    this.said.clear();
    this.omitted = to.omitted;
  }
  /** The warnings in document order, and the count of those left out. */
  sorted(): ImportWarning[] {
    const lineOf = (w: Kept) => w.warning.where.line ?? w.order;
    const warnings = [...this.essential, ...this.advisory]
      .sort((a, b) => lineOf(a) - lineOf(b) || a.seq - b.seq)
      .map((w) => w.warning);
    if (this.omitted === 0) return warnings;
    return [
      ...warnings,
      {
        where: {},
        code: 'more-warnings',
        message_th: `มีคำเตือนอีก ${toThaiDigits(this.omitted)} รายการที่ไม่ได้แสดง (แสดงได้ไม่เกิน ${toThaiDigits(MAX_WARNINGS)} รายการ คำเตือนที่ทำให้บันทึกไม่ได้แสดงครบ) กรุณาตรวจเอกสารต้นฉบับ`,
        message_en: `${this.omitted} more warnings are not shown (at most ${MAX_WARNINGS} are; those that stop the save are all shown); check the source document`,
        source: '',
      },
    ];
  }
}

/** A sub-header cell is a short label ("การติดตามผล" under "การดำเนินการ"). */
const MAX_SUB_HEADER_CELL = 80;

/**
 * A header of two rows (a grouped header): "การดำเนินการ" over "การติดตามผล" and "หน่วยงานที่
 * รับผิดชอบ"; a cell merged down both rows (CellMerge 'above') names its column alone. A column
 * takes the lower label's role when it has one, else the two labels' together. Undefined when
 * `sub` is no sub-header: it must be short labels only, none under the measure column, each with a
 * role of its own or under a grouped (merged across columns), empty or unnamed (note) top label.
 */
function combinedHeader(
  top: Column[],
  topMerged: readonly CellMerge[],
  sub: readonly string[],
  subMerged: readonly CellMerge[],
  namesUnit?: (label: string) => boolean,
): Column[] | undefined {
  // each label stripped when read: a cell longer than a sub-header's is mostly not (review 17 s22:
  // a measure cell of 1,000,000 "<a" under the header was stripped whole, 5 M characters, here)
  const stripped: (string | undefined)[] = [];
  const labels = {
    length: sub.length,
    has: (j: number) => j < sub.length && subMerged[j] !== 'above' && hasStrippedText(sub[j]!),
    at: (j: number) =>
      j >= sub.length || subMerged[j] === 'above' ? '' : (stripped[j] ??= collapseSpaces(stripTags(sub[j]!))),
  };
  if (!sub.some((_, j) => labels.has(j))) return undefined;
  // an indicator heading row under the header ("ตัวชี้วัดที่ ๑ | | |") heads the measures: no header row (S22-1)
  if (headingAcrossRow(sub, subMerged)) return undefined;
  const grouped = (j: number) => topMerged[j] === 'left' || topMerged[j + 1] === 'left';
  const cadences = cadenceSubColumns(top, topMerged, labels);
  const columns: Column[] = [];
  let left: Column | undefined;
  // the current group is a timeframe ("ระยะเวลาดำเนินการ" merged, or left empty in a text file, over its sub-labels)
  let timeframeGroup = false;
  for (let j = 0; j < Math.max(top.length, labels.length); j++) {
    if (top[j]?.label && topMerged[j] !== 'left') timeframeGroup = isPlainTimeframe(top[j]!);
    // a label too long for a sub-header under a labelled top cell of no units group: no sub-header,
    // said without reading it (no unit column, no period going on under its group, not the top's label)
    const over = top[j];
    if (
      !cadences[j] &&
      over?.label &&
      over.role !== 'responsible' &&
      over.label.length <= MAX_SUB_HEADER_CELL &&
      strippedLettersUpTo(sub[j] ?? '', MAX_SUB_HEADER_CELL + 1) > MAX_SUB_HEADER_CELL &&
      subMerged[j] !== 'above'
    )
      return undefined;
    const lower = labels.at(j);
    if (cadences[j]) {
      // a cadence matrix under its group ("รอบการรายงานผล" over "รายเดือน | รายไตรมาส | …"): the
      // ticked column is the row's cadence, whatever the group's own role (S19-5)
      columns.push({ role: 'note', label: lower, tickFor: 'cadence' });
      left = top[j] ?? left;
      continue;
    }
    // a unit under a units group ("ผู้รับผิดชอบ" over "สำนักปลัด | กองคลัง"): a units matrix (S15-17)
    const unit = unitSubColumn(top[j], left, lower, namesUnit);
    if (unit) {
      columns.push(unit.column);
      left = unit.group;
      continue;
    }
    // with no merges (a text file), a round or month beside its group's first goes on under it
    const upper = continuedGroup(top[j], left, lower) ?? top[j] ?? { role: 'note' as const, label: '' };
    left = upper;
    if (!lower || lower === upper.label) {
      columns.push(upper);
      continue;
    }
    if (lower.length > MAX_SUB_HEADER_CELL || upper.role === 'measure' || upper.role === 'indicator') return undefined;
    const own = columnOf(lower);
    const label = upper.label ? `${upper.label} / ${lower}` : lower;
    // "ตั้งแต่ | ถึง" under a timeframe group: its start and end dates (date-bound-columns.ts)
    const bound = own.bound ?? subDateBoundOf(matchKey(lower), timeframeGroup);
    const role = bound
      ? 'timeframe'
      : own.role !== 'note'
        ? own.role
        : upper.label
          ? columnOf(`${upper.label} ${lower}`).role
          : 'note';
    const period = periodOfSubColumn(upper.role, role, lower);
    const namesPeriod = period.round !== undefined || period.month !== undefined;
    if (own.role === 'note' && !bound && upper.label && upper.role !== 'note' && !grouped(j) && !namesPeriod)
      return undefined;
    columns.push({ role, label, ...period, ...(bound ? { bound } : {}) });
  }
  return columns;
}

/** A timeframe column of text: no date bound, month or round of its own. */
const isPlainTimeframe = (c: Column) =>
  c.role === 'timeframe' && !c.bound && c.month === undefined && c.round === undefined;

/**
 * Whether a row of a table numbered in a ที่/ลำดับ column goes on with the measure above (review 17
 * s20, S20-5: "(ต่อ) ตามแบบ สขร.1 …" under row 3, its units and timeframe cells merged with row 3's,
 * became a measure without indicator nor follow-up): its number cell is empty, it names no
 * indicator, has no follow-up of its own nor one merged down, and no units of its own. A row with
 * units or a follow-up of its own (or under a merged follow-up) stays a measure.
 */
function unnumberedGoesOn(
  columns: readonly Column[],
  cells: readonly string[],
  merged: readonly CellMerge[],
  own: { byRole: Row['cells'] },
  fromAbove: { byRole: Row['cells'] } | undefined,
): boolean {
  const number = columns.findIndex(namesRowNumbers);
  if (number < 0 || stripTags(cells[number] ?? '') !== '' || merged[number] === 'left') return false;
  const text = (v: string | undefined) => stripTags(v ?? '') !== '';
  if (!text(own.byRole.measure) || text(own.byRole.indicator) || parseIndicatorHeading(own.byRole.measure ?? ''))
    return false;
  if (text(own.byRole.followUps) || text(fromAbove?.byRole.followUps) || text(own.byRole.responsible)) return false;
  return true;
}

/** The warning for a row read as the measure above going on (unnumberedGoesOn). */
function unnumberedRowMessage(quoted: string): { th: string; en: string } {
  return {
    th: `แถวนี้ไม่มีเลขที่ ไม่มีตัวชี้วัดและการติดตามผลของตัวเอง จึงถือเป็นส่วนต่อของมาตรการในแถวก่อนหน้า ("${quoted}") กรุณาตรวจ`,
    en: `this row has no item number, no indicator and no follow-up of its own: it is read as the continuation of the measure above ("${quoted}"); check it`,
  };
}

/**
 * Which sub-columns of a grouped header are a cadence matrix under their group (review 17 s19,
 * S19-5): a group is a top label and the cells merged into it (or left empty, in a text file)
 * over sub-labels; its sub-labels naming one cadence each (cadenceMatrixLabels) are tick columns.
 * Read as before, the group's role (a frequency label is the follow-ups) went to its first
 * sub-column, whose ticks were no follow-up, and the others were notes.
 */
function cadenceSubColumns(
  top: readonly Column[],
  topMerged: readonly CellMerge[],
  labels: { length: number; has: (j: number) => boolean; at: (j: number) => string },
): boolean[] {
  const marked = new Array<boolean>(labels.length).fill(false);
  for (let start = 0; start < labels.length;) {
    let end = start + 1;
    if (top[start]?.label && labels.has(start)) {
      while (end < labels.length && labels.has(end) && (topMerged[end] === 'left' || !top[end]?.label)) end++;
    }
    if (end - start > 1) {
      const range = Array.from({ length: end - start }, (_, k) => labels.at(start + k));
      cadenceMatrixLabels(range).forEach((is, k) => (marked[start + k] = is));
    }
    start = end;
  }
  return marked;
}

/**
 * A table whose header lacks a column its measures need: said once, quoting the header as read and
 * the columns taken for notes. `no-responsible-column`: the units' label unreadable, wrapped past
 * recognition, or cut off at the page edge; `no-follow-up-column`: its measures have no follow-ups.
 */
function missingColumn(
  warnings: Warnings,
  order: number,
  where: Where,
  columns: readonly Column[],
  code: 'no-responsible-column' | 'no-follow-up-column',
): void {
  const read = columns.map((c) => c.label).join(' | ');
  const unnamed = columns.filter((c) => c.role === 'note' && c.label).map((c) => `"${c.label}"`);
  const th = `(อ่านหัวตารางได้ว่า "${read}")${unnamed.length ? ` คอลัมน์ที่ไม่รู้จัก: ${unnamed.join(', ')}` : ''}`;
  const en = `(the header reads "${read}").${unnamed.length ? ` Columns not recognised: ${unnamed.join(', ')}.` : ''}`;
  const said =
    code === 'no-responsible-column'
      ? {
          th: `ไม่พบคอลัมน์ผู้รับผิดชอบในหัวตาราง ${th} ตารางอาจถูกตัดที่ขอบหน้า หรือหัวคอลัมน์อ่านไม่ออก มาตรการในตารางนี้จึงไม่มีหน่วยงานผู้รับผิดชอบ กรุณาเลือกหน่วยงานเอง`,
          en: `the table's header has no column of responsible units ${en} The table may be cut at the page edge, or a label unreadable; its measures have no responsible unit: choose them`,
        }
      : {
          th: `ไม่พบคอลัมน์การติดตามผลในหัวตาราง ${th} มาตรการในตารางนี้จึงไม่มีการติดตามผล กรุณาเพิ่มการติดตามผลเอง หรือแก้หัวคอลัมน์ในเอกสารแล้วนำเข้าใหม่`,
          en: `the table's header has no follow-up column ${en} Its measures have no follow-ups: add them, or fix the header in the document and import again`,
        };
  warnings.add(order, where, code, said.th, said.en, read);
}

/** Roles a plan header may name, counted for a row that looks like a header but is none. */
const HEADER_LIKE_ROLES: readonly Role[] = [...KNOWN_ROLES, 'indicator'];

/**
 * A row outside any table that names at least two of a plan header's columns: a header the
 * importer could not read (no measure column, too few known ones). Undefined for any other row.
 */
function headerLike(
  cells: readonly string[],
  read: Map<string, Column>,
): { source: string; roles: Set<Role> } | undefined {
  const roles = new Set<Role>();
  for (const c of cells) {
    if (c.length > MAX_HEADER_CELL) continue;
    let column = read.get(c);
    if (!column) read.set(c, (column = columnOf(c)));
    if (HEADER_LIKE_ROLES.includes(column.role)) roles.add(column.role);
  }
  if (roles.size < 2) return undefined;
  return { source: cells.map((c) => collapseSpaces(stripTags(c)).slice(0, 80)).join(' | '), roles };
}

/**
 * A row of short labels without numbers (data has them: item numbers, dates, counts) and without a
 * measure column's label (a full header is read as one), header-like, not as wide as the header in
 * force (see isLaterTableHeader).
 */
function laterTableHeader(cells: readonly string[], columns: readonly Column[]): boolean {
  const filled = cells.filter((c) => c.trim());
  if (filled.length < 3 || filled.some((c) => c.length > MAX_HEADER_CELL || /[0-9๐-๙]/.test(withoutNumbering(c))))
    return false;
  if (filled.some((c) => columnOf(c).role === 'measure')) return false;
  const width = filledWidth(columns.map((c) => c.label));
  return isLaterTableHeader(cells, width, headerLike(cells, new Map()) !== undefined);
}

/**
 * The header's columns read by similarity ("การติคตามผล" for "การติดตามผล"): each label once per
 * document, quoting what was read and what it was taken for.
 */
function guessedColumns(
  warnings: Warnings,
  order: number,
  where: Where,
  columns: readonly Column[],
  said: Set<string>,
) {
  columns.forEach((c, j) => {
    if (!c.takenFor || said.has(c.label)) return;
    said.add(c.label);
    const said2 = c.byPlace
      ? byPlaceMessage(c.label, c.takenFor)
      : {
          th: `อ่านหัวคอลัมน์ได้ว่า "${c.label}" จึงถือเป็นคอลัมน์ "${c.takenFor}"`,
          en: `read the column header "${c.label}", taken as the column "${c.takenFor}"`,
        };
    warnings.add(order, { ...where, column: j + 1 }, 'column-name-guessed', said2.th, said2.en, c.label);
  });
}

/** A ตัวชี้วัด column read as the measures' targets (targetColumnsAsNotes), said once. */
function targetColumnWarning(warnings: Warnings, t: TargetColumn<Row & { order: number }>): void {
  const label = clip(t.label);
  const sample = clip(t.sample);
  warnings.add(
    t.row.order,
    { ...t.row.where, column: t.column },
    'column-name-guessed',
    t.reason === 'targets'
      ? `คอลัมน์ "${label}" มีค่าเป้าหมาย (เช่น "${sample}") ไม่ใช่เลขตัวชี้วัดการประเมิน ITA จึงเก็บเป็นหมายเหตุ และใช้ตัวชี้วัดจากหัวข้อของแต่ละมาตรการ`
      : `ตัวเลขในคอลัมน์ "${label}" (เช่น "${sample}") ไม่ตรงกับตัวชี้วัดที่หัวข้อของมาตรการส่วนใหญ่ระบุพร้อมชื่อตัวชี้วัด จึงเก็บเป็นหมายเหตุ และใช้ตัวชี้วัดจากหัวข้อของแต่ละมาตรการ`,
    t.reason === 'targets'
      ? `the column "${label}" holds targets (e.g. "${sample}"), not ITA indicator numbers: it is kept as notes, and each measure's indicator comes from its own heading`
      : `the numbers in the column "${label}" (e.g. "${sample}") disagree with the indicators most measures' own headings name with their catalog names: the column is kept as notes, and each measure's indicator comes from its own heading`,
    t.sample,
  );
}

/** A table after the plan's that was not read: its place, first row (or header), and why. */
interface NotReadTable {
  order: number;
  where: Where;
  source: string;
  noFollowUps?: boolean;
}

/** The Word table or sheet of a row (undefined for text and PDF rows: their tables go on across pages). */
const tableKeyOf = (where: Where): string | undefined =>
  where.sheet !== undefined ? `sheet:${where.sheet}` : where.table !== undefined ? `table:${where.table}` : undefined;
/** The heading paragraph above a table as a row heading the table's measures. */
const headingRowOf = (table: Row['table'], where: Where, text: string): Row => ({
  table,
  where,
  cells: { measure: text },
  columnOf: {},
  notes: [],
  source: text,
});

/** The warning of a Word table read with the header of the plan table above its heading (S14-6). */
/**
 * Does a row with no header above it (a line of text ended the plan's table) go on with the plan's
 * `columns`: as many cells, no header of its own, no sign-off, and a measure, follow-up and units
 * cell each with text (review 17 s23, S23-9).
 */
function continuedPlanTable(cells: readonly string[], merged: readonly CellMerge[], columns: Column[]): boolean {
  if (cells.length !== columns.length || isSignOffRow(cells, merged)) return false;
  const has = (role: Column['role']) =>
    columns.some((c, j) => c.role === role && !merged[j] && stripTags(cells[j]!).trim() !== '');
  return has('measure') && has('followUps') && has('responsible') && headerColumns([...cells]) === undefined;
}

function continuedTableMessage(where: Where, text: string): { th: string; en: string } {
  const quoted = clipText(text, 60);
  const place = where.table !== undefined ? `ตารางที่ ${toThaiDigits(String(where.table))}` : 'แถวต่อจากนี้';
  const placeEn = where.table !== undefined ? `table ${where.table}` : 'the rows from here';
  return {
    th: `${place} ไม่มีแถวหัวตาราง และอยู่ใต้ข้อความ "${quoted}" จึงอ่านต่อตามหัวตารางของแผนด้านบน (ตารางแผนที่แยกเป็นสองส่วน) กรุณาตรวจว่าคอลัมน์ตรงกัน`,
    en: `${placeEn} has no header row and comes under the text "${quoted}": it was read on with the plan's header above (a plan table split in two); check that its columns match`,
  };
}

function headerFromTableAboveMessage(table: number, heading: string): { th: string; en: string } {
  const h = clip(heading);
  return {
    th: `ตาราง ${toThaiDigits(table)} ใต้หัวข้อ "${h}" ไม่มีหัวตาราง จึงอ่านตามหัวตารางของตารางแผนก่อนหน้า (จำนวนคอลัมน์เท่ากัน) กรุณาตรวจว่าข้อความอยู่ในคอลัมน์ที่ถูกต้อง`,
    en: `table ${table} under the heading "${h}" has no header row: it is read with the header of the plan table before it (the same number of columns); check that the text is in the right columns`,
  };
}

const tablePlace = (where: Where): Where =>
  where.sheet !== undefined ? { sheet: where.sheet, row: where.row } : { table: where.table, row: where.row };
/** A row's text, a merged cell's once. */
const ownSource = (cells: readonly string[], merged: readonly CellMerge[]) =>
  cells
    .filter((c, j) => !merged[j] && stripTags(c))
    .map((c) => stripTags(c))
    .join(' | ');
const namesFollowUps = (columns: readonly Column[]) => columns.some((c) => c.role === 'followUps');
/** Has a header a units column (or unit tick columns)? */
const hasUnitsColumn = (columns: readonly Column[]) =>
  columns.some((c) => c.role === 'responsible' || c.tickFor === 'unit');

/** A total row: its measure cell "รวม…", nothing in the follow-ups, units or methods columns. */
function totalLine(own: Row['cells']): string | undefined {
  // a measure cell not starting as a total is not stripped whole
  if (!opensTotalRow(own.measure ?? '')) return undefined;
  const text = stripTags(own.measure ?? '');
  const empty = (role: keyof Row['cells']) => !stripTags(own[role] ?? '');
  return isTotalRow(text) && empty('followUps') && empty('responsible') && empty('methods') ? text : undefined;
}

/** The measure and indicator of a row's cells (or columns). */
const measureCells = <T>(of: { measure?: T; indicator?: T }): { measure?: T; indicator?: T } => ({
  ...(of.measure !== undefined ? { measure: of.measure } : {}),
  ...(of.indicator !== undefined ? { indicator: of.indicator } : {}),
});

/** The row below's own cells added to a row (a continuation): it is a measure, no heading row. */
function continueRow(row: Row, below: Pick<Row, 'notes'> & { byRole: Row['cells'] }, grown: ContinuedCells): void {
  // a Word table's, a sheet's and a ruled PDF table's rows (page and row: each cell between its
  // rules) hold whole cells: a follow-up or method of the row below is an item of its own (S17-6)
  const { sheet, table, page, row: ruledRow } = row.where;
  const wholeCells = sheet !== undefined || table !== undefined || (page !== undefined && ruledRow !== undefined);
  for (const [role, value] of Object.entries(below.byRole) as [keyof Row['cells'], string][]) {
    if (stripTags(value))
      row.cells[role] = joinContinuation(role, row.cells[role] ?? '', value, wholeCells, { cells: grown, row });
  }
  row.notes.push(...below.notes);
  delete row.heading;
}

/**
 * A row that goes on with the measure above, written one line per row: its measure cell the next
 * item of a numbered list ("๒. …"), with no indicator and no unit of its own, under a measure
 * row (x3 in the review: no Alt+Enter in the cells). The measure above is not read: the rows of a
 * long list would each read all the items above them (review 17 s14, S14-15). (It was meant to
 * need the indicator heading above; since S11-30 headingOf's answer, an object, always passed.)
 */
function listGoesOn(previous: Row, own: Row['cells'], where: Where): boolean {
  if (previous.heading || previous.headingFromGroup) return false;
  if (previous.where.sheet !== where.sheet || previous.where.table !== where.table) return false;
  if (stripTags(own.indicator ?? '') || stripTags(own.responsible ?? '')) return false;
  const measure = own.measure ?? '';
  return startsNumberedItem(measure) && !parseIndicatorHeading(measure);
}

function headingRowsSkipped(warnings: Warnings, rows: readonly (Row & { order: number })[]): void {
  const first = rows[0];
  if (!first) return;
  const texts = rows.map((r) => {
    const place = describeWhere(r.where);
    return { text: stripTags(r.cells.measure ?? ''), place: place.th, placeEn: place.en };
  });
  const said = headingRowsMessage(texts);
  warnings.add(first.order, first.where, 'heading-row-skipped', said.th, said.en, texts.map((t) => t.text).join(' | '));
}

function tableNotRead(warnings: Warnings, t: NotReadTable): void {
  const said = tableNotReadMessage(t.source, t.noFollowUps === true);
  warnings.add(t.order, t.where, 'table-not-read', said.th, said.en, t.source);
}

/** A ข้อเสนอแนะ or an outcomes column (ผลการดำเนินการ) makes a results report; else the plan. */
const tableOf = (columns: readonly Column[]): Row['table'] =>
  columns.some((c) => c.role === 'recommendations' || namesOutcomes(c)) ? 'results' : 'plan';

/** A table row read outside any table (no header in force), of at least three non-empty cells. */
export interface UnreadRow {
  order: number;
  where: Where;
  source: string;
}

/** wrappedCellLines with this reader's tests of a heading, a measure's start and units */
function wrappedLines(
  row: SourceDocument['blocks'][number],
  blocks: SourceDocument['blocks'],
  at: number,
  columns: readonly Column[],
  unitRow: (text: string) => string | undefined,
  title: (text: string) => boolean,
  repeated: (text: string) => boolean,
): WrappedCell | undefined {
  const indicatorAt = columns.findIndex((c) => c.role === 'indicator');
  const measureAt = columns.findIndex((c) => c.role === 'measure');
  // a measure's first cell starts with its indicator heading, an item number or the word มาตรการ
  const measureStart = (cell: string) =>
    /^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|มาตรการ)/.test(cell) || parseIndicatorHeading(cell) !== undefined;
  return wrappedCellLines(row, blocks, at, columns.length, {
    heading: (text) => parseIndicatorHeading(text) !== undefined,
    startsMeasure: (cells) =>
      headerColumns(cells) === undefined &&
      (!!stripTags(cells[indicatorAt] ?? '').trim() || measureStart(stripTags(cells[measureAt] ?? ''))),
    namesUnits: (text) => unitRow(text) !== undefined,
    unitsColumn: (j) => columns[j]?.role === 'responsible',
    title,
    repeated,
  });
}

/** A row joined over a page break, said to be checked. */
function pageBreakWarning(warnings: Warnings, order: number, join: PageBreakJoin): void {
  const said = pageBreakMessage(join);
  warnings.add(order, join.row.where, 'continuation-guessed', said.th, said.en, said.source);
}

/** Is a line one of the document's first lines (before its first table row), its running title? */
function runningTitle(doc: SourceDocument): (text: string) => boolean {
  const key = (t: string) => collapseSpaces(stripTags(t).replace(/\*\*/g, ''));
  const lines = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind === 'row' || lines.size >= 6) break;
    if (key(b.text)) lines.add(key(b.text));
  }
  return (text) => text.length <= 300 && lines.has(key(text));
}

/** The lines joined into a row's last cell, said once to be checked. */
function wrappedWarning(warnings: Warnings, order: number, wrapped: WrappedCell, columns: readonly Column[]): void {
  const said = wrappedCellMessage(
    wrapped,
    clip(columns[wrapped.column]?.label ?? ''),
    columns[wrapped.column]?.role === 'responsible',
  );
  const where = { line: wrapped.lines[0]!.line, column: wrapped.column + 1 };
  warnings.add(order, where, 'continuation-guessed', said.th, said.en, said.source);
}

function readRows(
  doc: SourceDocument,
  warnings: Warnings,
  fy: number,
  unitRow: (text: string) => string | undefined = () => undefined,
  namesUnit: (label: string) => boolean = () => false,
  sheetUnit: (sheet: string) => SheetUnit | undefined = () => undefined,
): { rows: (Row & { order: number })[]; prose: Prose[]; unread: UnreadRow[] } {
  const rows: (Row & { order: number })[] = [];
  const prose: Prose[] = [];
  const unread: UnreadRow[] = [];
  /** rows that look like a header but are none, by order (a grouped header's top row is taken out) */
  const headerLikeRows = new Map<number, UnreadRow & { tableKey?: string | undefined; roles: Set<Role> }>();
  const saidGuessed = new Set<string>();
  /** a header's unit or cadence tick columns (tick-columns.ts), said once a document per kind */
  const saidTicks = new Set<string>();
  const withTicks = (header: Column[], order: number, where: Where) => {
    const read = withTickColumns(header, namesUnit);
    for (const kind of ['unit', 'cadence'] as const) {
      const at = read.findIndex((c) => c.tickFor === kind);
      if (at < 0 || saidTicks.has(kind)) continue;
      saidTicks.add(kind);
      const said = tickColumnsMessage(read, kind);
      warnings.add(order, { ...where, column: at + 1 }, 'read-from-ticked-columns', said.th, said.en, said.source);
    }
    return read;
  };
  let columns: Column[] | undefined;
  /** the header row just read, while the next row may be its second row */
  let headerJustRead: { merged: readonly CellMerge[] } | undefined;
  /** a row read as prose just before, while the next row may make it a header's top row */
  let proseRowJustRead:
    { cells: readonly string[]; merged: readonly CellMerge[]; at: number; order: number } | undefined;
  let table: Row['table'] = 'plan';
  const headerCells = new Map<string, Column>();
  /** where the header in force was read, and the columns already checked for a units column */
  let headerWhere: Where | undefined;
  let checkedColumns: Column[] | undefined;
  /** the Word table or sheet being read, and the tables after the plan's that were not read */
  let tableKey: string | undefined;
  const tablesNotRead = new Map<string, NotReadTable>();
  /** an indicator heading row over the measures under it (until the next heading or table) */
  let group: (Row & { order: number }) | undefined;
  /** an indicator heading above a table (a sheet's name, a paragraph: table-headings.ts), for the next header */
  let headingAbove: { text: string; lines: number } | undefined;
  /** and over the measures of the table read under that header */
  let tableHeading: Row | undefined;
  /** the plan header a heading paragraph ended, for a next Word table of its width without one (S14-6) */
  let headerBeforeHeading: Column[] | undefined;
  /** the plan's header and indicator group a line of text ended ("(ต่อ)", a page number, a note: S23-9) */
  let endedByText: { columns: Column[]; group: typeof group; text: string } | undefined;
  /** heading rows left out of the measures */
  const headingRows: (Row & { order: number })[] = [];
  /** the units of a unit row over the measures under it (unit-group-rows.ts), until the next or the table's end */
  let unitGroup: string | undefined;
  /** headers without a units column (said at the end), and those whose measures took a unit row's units */
  const noUnitsColumn: { order: number; where: Where; columns: Column[] }[] = [];
  const unitsFromRows = new Set<readonly Column[]>();
  /** the unit the sheet being read is named after (unit-sheets.ts), and the header last read on such a sheet */
  let unitOfSheet: SheetUnit | undefined;
  let unitSheetHeader: { columns: Column[]; sheet: string } | undefined;
  /** the unit sheets whose measures took their sheet's unit, in order: said once */
  const unitSheets = new Map<string, { order: number; unit: SheetUnit }>();
  /** the document's first lines, repeated at a page's top as its running title (pageBreakJoined) */
  const isTitle = runningTitle(doc);
  /** lines met more than once: page furniture, never a cell's rest (S13-2) */
  const isRepeated = repeatedLines(doc.blocks);
  /** lines joined into the line above them (brokenRowJoined) */
  const joinedLines = new Set<number>();
  /**
   * The plan's measure rows read per table (a table is kept or left out whole): past MAX_MEASURES a
   * row can only be counted (importSourceDocument reads no more), its text is not quoted.
   */
  const planRowsIn = new Map<string | undefined, number>();
  const pastCap = (key: string | undefined) => table === 'plan' && (planRowsIn.get(key) ?? 0) >= MAX_MEASURES;
  const countRow = (key: string | undefined) => {
    if (table === 'plan') planRowsIn.set(key, (planRowsIn.get(key) ?? 0) + 1);
  };
  /**
   * The row read last (kept or not): the row a next row may go on with. Rows past a table's cap are
   * not kept (review 17 s19: 130,000 of them were each built, kept and passed over by every later
   * pass): the first stands for them all (Row.pastCap), the others are only counted on it.
   */
  let latest: (Row & { order: number }) | undefined;
  const firstPastCap = new Map<string | undefined, Row & { order: number }>();
  let planRowKept = false;
  const keep = (row: Row & { order: number }) => {
    countWork('rowKept');
    rows.push(row);
    latest = row;
    if (row.table === 'plan') planRowKept = true;
  };
  /** a measure row read (a new measure): kept, or past its table's cap only counted */
  const keepMeasure = (row: Row & { order: number }, key: string | undefined) => {
    const past = pastCap(key);
    countRow(key);
    const first = past ? firstPastCap.get(key) : undefined;
    if (first) {
      first.pastCap = rowsCounted(first) + 1;
      latest = row;
      return;
    }
    if (past) {
      row.pastCap = 1;
      firstPastCap.set(key, row);
    }
    keep(row);
  };
  /** what a lone cell's row is under a header (headingRowKind), a short cell's read once per header */
  const kinds = new WeakMap<readonly Column[], Map<string, ReturnType<typeof headingRowKind>>>();
  const rowKind = (lone: LoneCell, header: readonly Column[]) => {
    const roles = () => header.map((c) => c.role);
    // a long text is not kept; a text of too few letters is no heading, read at once (headingRowKind)
    if (lone.text.length > MAX_HEADER_CELL || fewLetters(lone.html)) return headingRowKind(lone, roles());
    let read = kinds.get(header);
    if (!read) kinds.set(header, (read = new Map<string, ReturnType<typeof headingRowKind>>()));
    const key = `${lone.column}\u0000${lone.spans}\u0000${lone.html}`;
    if (!read.has(key)) read.set(key, headingRowKind(lone, roles()));
    return read.get(key);
  };
  const isHeaderRow = (c: string[]) => !!headerColumns(c, headerCells);
  /**
   * A lone line heading the next part of the plan, not going on with the row above (review 17 s24,
   * S24-11): a section heading ("ส่วนที่ ๓ …") in any column, or any line right above a header other
   * than the one in force (the next table's own; the same header again is a new page's).
   */
  const partHeadingKind = (lone: LoneCell, next: SourceBlock | undefined, header: readonly Column[]) => {
    if (fewLetters(lone.html)) return undefined;
    if (isSectionHeading(lone.text)) return 'section' as const;
    const below = next?.kind === 'row' ? headerColumns(next.cells, headerCells) : undefined;
    const labels = (c: readonly Column[]) => c.map((col) => col.label).join('\u0000');
    return below && labels(below) !== labels(header) ? ('section' as const) : undefined;
  };
  /**
   * the numbered list columns of each measure row of a sheet, and the sheet rows typed over into it
   * (typed-over-rows.ts; rows of other tables are never typed over: nothing kept for them)
   */
  const numbered = new Map<Row, Set<ListRole>>();
  const typedOver = new Map<Row & { order: number }, { row: number | undefined; source: string }[]>();
  const typedOverOf = (above: Row | undefined, own: Row['cells'], where: Where) =>
    where.sheet !== undefined && above && !above.heading && above.where.sheet === where.sheet
      ? typedOverRow(above, numbered.get(above) ?? new Set(), own)
      : undefined;
  // cells joined over continuation rows, each join reading the new row only (continued-cells.ts)
  const grown = new ContinuedCells();
  const goOn = (above: Row, own: Pick<Row, 'notes'> & { byRole: Row['cells'] }) => {
    const set = numbered.get(above);
    if (set) noteNumbered(set, above.cells, own.byRole);
    continueRow(above, own, grown);
  };
  /** A measure row read: its cells and the cells merged down into it, under the group and unit rows over it. */
  const pushMeasure = (
    where: Where,
    order: number,
    key: string | undefined,
    columns: Column[],
    own: ReturnType<typeof cellsByRole>,
    fromAbove: ReturnType<typeof cellsByRole> | undefined,
    source: () => string,
  ) => {
    const byRole = fromAbove ? { ...fromAbove.byRole, ...own.byRole } : own.byRole;
    const columnOfRole = fromAbove ? { ...fromAbove.columnOf, ...own.columnOf } : own.columnOf;
    const over = group ?? tableHeading;
    const headedByGroup = over && !stripTags(byRole.indicator ?? '') && !parseIndicatorHeading(byRole.measure ?? '');
    // the words after the heading's name ("… ประจำปี 2569") go with the title, not the sub-measures
    const overLine = headedByGroup ? indicatorHeadingLine(over.cells.measure ?? '') : undefined;
    if (over && headedByGroup) {
      byRole.measure = withHeadingItem(overLine?.named || stripTags(over.cells.measure ?? ''), byRole.measure ?? '');
      over.headedMeasures = true;
    }
    if (unitGroup !== undefined && !stripTags(byRole.responsible ?? '')) {
      byRole.responsible = unitGroup;
      unitsFromRows.add(columns);
    }
    // a unit sheet's table has no units column: its measures are the sheet's unit's
    const unitSheet =
      unitOfSheet && !hasUnitsColumn(columns) && !stripTags(byRole.responsible ?? '') ? unitOfSheet : undefined;
    if (unitSheet) {
      byRole.responsible = unitSheet.name;
      if (!unitSheets.has(unitSheet.sheet)) unitSheets.set(unitSheet.sheet, { order, unit: unitSheet });
    }
    const row: Row & { order: number } = {
      table,
      where,
      cells: byRole,
      columnOf: columnOfRole,
      notes: fromAbove ? [...own.notes, ...fromAbove.notes] : own.notes,
      // a row past the table's first MAX_MEASURES is counted, never read as a measure: no text to quote
      source: pastCap(key) ? '' : source(),
      order,
      header: columns,
    };
    if (headedByGroup) row.headingFromGroup = true;
    if (unitSheet) row.unitSheet = unitSheet;
    if (overLine?.after) row.headingWords = { words: overLine.after, glued: overLine.glued };
    if (own.marked) row.followUpsFromMarks = own.marked;
    const block = doc.blocks[order];
    if (block?.kind === 'row' && block.struck?.[(columnOfRole.measure ?? 0) - 1]) row.struck = true;
    if (where.sheet !== undefined) numbered.set(row, numberedColumns(byRole));
    keepMeasure(row, key);
  };
  /** rows read before as plain measure rows, by header and cells */
  const plainRows = new PlainRows<readonly Column[], Row['cells'], Row['notes'][number]>();
  // the row being read and its text as the warnings quote it (a cell merged across columns once),
  // made when first asked: `source` is made once here, not once a row
  let quoted: { cells: readonly string[]; merged: readonly CellMerge[]; text: string | undefined } = {
    cells: [],
    merged: [],
    text: undefined,
  };
  // each cell's start only: every reader of a row's source quotes at most SOURCE_CHARS of it (warnings
  // clip it), and a Word cell of 1,000,000 "<a" was stripped whole here for it (session 25)
  const source = () =>
    (quoted.text ??= quoted.cells
      .filter((_, j) => quoted.merged[j] !== 'left')
      .map((c) => strippedStart(c, SOURCE_CHARS + 1))
      .join(' | '));
  /** does a plain row go on with the row above (a list going on, lines typed over rows)? */
  const goesOn = (above: Row | undefined, own: Row['cells'], where: Where) =>
    !!above && (listGoesOn(above, own, where) || !!typedOverOf(above, own, where));
  /** under another table's header after the plan's rows (laterTableHeader): its rows are no text of the plan */
  let inLaterTable = false;
  doc.blocks.forEach((original, order) => {
    if (joinedLines.has(order)) return;
    const joined = columns && brokenRowJoined(original, doc.blocks[order + 1], columns.length, isHeaderRow);
    if (joined) joinedLines.add(order + 1);
    // a heading line alone above a header heads the table under it (table-headings.ts): no broken row
    const paged =
      !joined &&
      columns &&
      !(original.kind === 'text' && indicatorHeadingText(original.text)) &&
      pageBreakJoined(original, doc.blocks, order + 1, columns.length, isHeaderRow, isTitle);
    if (paged) pageBreakWarning(warnings, order, paged);
    for (const k of paged ? paged.taken : []) joinedLines.add(k);
    const rowRead = paged ? paged.row : joined || original;
    const nextAt = paged ? paged.taken.at(-1)! + 1 : joined ? order + 2 : order + 1;
    // only lines of text under a row can be its wrapped last cell
    const wrapped =
      columns && doc.blocks[nextAt]?.kind === 'text'
        ? wrappedLines(rowRead, doc.blocks, nextAt, columns, unitRow, isTitle, isRepeated)
        : undefined;
    if (wrapped?.signOff) {
      const said = signOffLinesMessage(wrapped);
      const where = { line: wrapped.lines[0]!.line, column: wrapped.column + 1 };
      warnings.add(order, where, 'sign-off-left-out', said.th, said.en, said.source);
    } else {
      for (const l of wrapped?.lines ?? []) joinedLines.add(l.index);
      if (wrapped && columns) wrappedWarning(warnings, order, wrapped, columns);
    }
    const block = (!wrapped?.signOff && wrapped?.row) || rowRead;
    if (block.kind === 'text') {
      if (!block.text.trim()) return;
      inLaterTable = false;
      if (columns && table === 'plan') {
        headerBeforeHeading = columns;
        endedByText = { columns, group, text: stripTags(block.text).trim() };
      }
      columns = undefined;
      headerJustRead = undefined;
      group = undefined;
      unitGroup = undefined;
      const headingText = indicatorHeadingText(block.text);
      if (headingText) headingAbove = { text: headingText, lines: 0 };
      else if (headingAbove && ++headingAbove.lines > MAX_LINES_UNDER_HEADING) headingAbove = undefined;
      prose.push({ where: block.where, order, text: stripTags(block.text.replace(/\*\*/g, '')) });
      return;
    }
    const { cells, where } = block;
    const merged = block.merged ?? NOTHING_MERGED;
    // the cells' fills, while they are these cells' (a Gantt's bars drawn by colour, S24-15)
    const fill = block.fill?.length === cells.length ? block.fill : undefined;
    if (!cells.some(hasStrippedText) || isSeparator(cells)) return;
    const key = tableKeyOf(where);
    if (key !== tableKey) {
      tableKey = key;
      group = undefined;
      inLaterTable = false;
      unitGroup = undefined;
      unitOfSheet = where.sheet !== undefined ? sheetUnit(where.sheet) : undefined;
      if (where.sheet !== undefined) {
        const sheetHeading = indicatorHeadingText(where.sheet);
        headingAbove = sheetHeading ? { text: sheetHeading, lines: 0 } : undefined;
      }
      // one sheet per unit, the header typed on the first only: a unit sheet without a header of its
      // own, no wider than that header, goes on with it (S23-4)
      const fromUnitSheet =
        unitOfSheet && columns && unitSheetHeader?.columns === columns && cells.length <= columns.length
          ? unitSheetHeader
          : undefined;
      if (fromUnitSheet && !headerColumns(cells, headerCells, 'responsible')) {
        const said = headerFromUnitSheetMessage(where.sheet!, fromUnitSheet.sheet);
        warnings.add(order, tablePlace(where), 'header-assumed', said.th, said.en, ownSource(cells, merged));
      }
      // another table (a Word table, a sheet) is read against its own header: a sign-off block or a
      // summary sheet is no part of the plan; only a Word table of the same grid goes on with it
      else if (columns && (where.sheet !== undefined || cells.length !== columns.length)) {
        columns = undefined;
        headerJustRead = undefined;
        if (key !== undefined)
          tablesNotRead.set(key, { order, where: tablePlace(where), source: ownSource(cells, merged) });
      }
      // one Word table per indicator under a heading paragraph, the header typed over the first only:
      // a table of the plan's width under a heading goes on with the plan's header (S14-6)
      const kept = headerBeforeHeading;
      headerBeforeHeading = undefined;
      if (
        !columns &&
        kept &&
        headingAbove &&
        where.table !== undefined &&
        where.sheet === undefined &&
        cells.length === kept.length &&
        headerColumns(cells) === undefined
      ) {
        columns = kept;
        tableHeading = headingRowOf(table, where, headingAbove.text);
        const said = headerFromTableAboveMessage(where.table, headingAbove.text);
        warnings.add(order, tablePlace(where), 'header-assumed', said.th, said.en, headingAbove.text);
        headingAbove = undefined;
      }
    }
    const ended = endedByText;
    endedByText = undefined;
    const continued = !columns && ended && continuedPlanTable(cells, merged, ended.columns);
    if (continued && ended) {
      // a header-less table of the plan's width under a line of text: the plan split by hand (S23-9)
      columns = ended.columns;
      group = ended.group;
      const said = continuedTableMessage(where, ended.text);
      warnings.add(order, tablePlace(where), 'header-assumed', said.th, said.en, ended.text);
    }
    const justRead = headerJustRead;
    const proseRow = proseRowJustRead;
    headerJustRead = undefined;
    proseRowJustRead = undefined;
    quoted = { cells, merged, text: undefined };
    // a short row read before under this header as a plain measure row is one again (plain-rows.ts)
    const mayBePlain =
      columns &&
      !justRead &&
      !proseRow &&
      block === original &&
      columns === checkedColumns &&
      cells.length === columns.length &&
      // a row's fills in month columns are no part of its key: such a row is read as itself
      !(fill && columns.some(isPeriodColumn));
    const plain = mayBePlain ? plainRows.find(columns!, cells, merged) : undefined;
    const before = latest;
    // a row with its own number in the row-number column (ลำดับ "๑.๒") is a row of its own: never
    // lines typed on, nor a list going on, from the row above (review 17 s18, S18-9)
    const ownNumber = !!columns && columns.some((c, j) => !merged[j] && numberedRow(c, cells[j]));
    if (plain && !(!ownNumber && goesOn(before, plain.byRole, where))) {
      // past the table's first MAX_MEASURES the row is only counted: its columns are shared
      const past = pastCap(key);
      const own = {
        byRole: { ...plain.byRole },
        columnOf: past ? plain.columnOf : { ...plain.columnOf },
        notes: [...plain.notes],
        ...(plain.marked ? { marked: plain.marked } : {}),
      };
      pushMeasure(where, order, key, columns!, own, undefined, source);
      return;
    }
    const callsBefore = warnings.calls;
    // the row of column numbers under a header ("(๑) | (๒) | (๓)") is part of the header
    if (columns && isColumnNumbersRow(cells, merged)) return;
    // "(ต่อ)" or a page number alone in a row between measures (a sheet printed in pages) is no measure
    const furniture = columns && loneCell(cells, merged);
    if (furniture && (isContinuationMark(furniture.text) || isPageNumber(furniture.text))) return;
    if (columns && isSignOffRow(cells, merged)) {
      // the sign-off block under the table (ลงชื่อ … ผู้เสนอ | ลงชื่อ … ผู้อนุมัติ): the table ends
      columns = undefined;
      group = undefined;
    }
    if (justRead && columns) {
      const combined = combinedHeader(columns, justRead.merged, cells, merged, namesUnit);
      if (combined) {
        const wasUnitSheets = unitSheetHeader?.columns === columns;
        columns = withTicks(headerRoles(combined), order, headerWhere ?? where);
        if (wasUnitSheets) unitSheetHeader = hasUnitsColumn(columns) ? undefined : { ...unitSheetHeader!, columns };
        table = tableOf(combined);
        guessedColumns(warnings, order, where, combined, saidGuessed);
        return;
      }
    }
    // a unit sheet's header needs no units column: the sheet names the unit (S23-4)
    let header =
      headerColumns(cells, headerCells) ?? (unitOfSheet ? headerColumns(cells, headerCells, 'responsible') : undefined);
    if (header && proseRow && !isTitleRow(proseRow.cells, proseRow.merged, header.filter((c) => c.label).length)) {
      // the row above was a grouped header's top row, no header on its own
      const top = proseRow.cells.map((c) =>
        c.length <= MAX_HEADER_CELL ? columnOf(c) : { role: 'note' as const, label: '' },
      );
      const combined = combinedHeader(top, proseRow.merged, cells, merged);
      if (combined && headerColumns(combined.map((c) => c.label)) !== undefined) {
        header = combined;
        prose.splice(proseRow.at, 1);
        headerLikeRows.delete(proseRow.order);
        if (unread.at(-1)?.order === proseRow.order) unread.pop();
      }
    }
    if (
      header &&
      key !== undefined &&
      planRowKept &&
      !namesFollowUps(header) &&
      !(unitOfSheet && !hasUnitsColumn(header))
    ) {
      // a later table of the measures without their follow-ups (a summary by unit) is no plan table
      tablesNotRead.set(key, {
        order,
        where: tablePlace(where),
        source: header.map((c) => c.label).join(' | '),
        noFollowUps: true,
      });
      columns = undefined;
      return;
    }
    if (header) {
      inLaterTable = false;
      if (key !== undefined) tablesNotRead.delete(key);
      // an indicator heading row right above the header (a table per indicator, its heading its first
      // row over the header) heads the table's measures, as a heading paragraph above it does (S23-2)
      const headingRowAbove = group && group === latest && !group.headedMeasures ? group : undefined;
      group = undefined;
      unitGroup = undefined;
      tableHeading = headingRowAbove ?? (headingAbove && headingRowOf(table, where, headingAbove.text));
      headingAbove = undefined;
      columns = withDateBounds(withTicks(header, order, where));
      unitSheetHeader = unitOfSheet && !hasUnitsColumn(columns) ? { columns, sheet: unitOfSheet.sheet } : undefined;
      guessedColumns(warnings, order, where, header, saidGuessed);
      headerWhere = where;
      headerJustRead = { merged };
      table = tableOf(header);
      return;
    }
    if (columns && columns !== checkedColumns) {
      checkedColumns = columns;
      if (table === 'plan' && !hasUnitsColumn(columns) && !unitOfSheet)
        noUnitsColumn.push({ order, where: headerWhere ?? where, columns });
      if (table === 'plan' && !columns.some((c) => c.role === 'followUps' || c.tickFor === 'cadence'))
        missingColumn(warnings, order, headerWhere ?? where, columns, 'no-follow-up-column');
      for (const n of joinedColumns(columns, (c) => c.round !== undefined || c.month !== undefined || !!c.bound)) {
        warnings.add(order, { ...(headerWhere ?? where), column: n.column }, 'columns-joined', n.th, n.en, n.source);
      }
    }
    if (!columns && inLaterTable) return;
    if (!columns) {
      proseRowJustRead = { cells, merged, at: prose.length, order };
      // a table's first row, over its header, naming the indicator: the heading of its measures (S23-2)
      const headingText = headingRowText(cells, merged);
      if (headingText) headingAbove = { text: headingText, lines: 0 };
      // a cell merged across the row (a title over the table) is read once
      const own = cells.filter((_, j) => !merged[j]);
      prose.push({ where, order, text: stripTags(own.join(' ')) });
      if (own.filter((c) => stripTags(c)).length >= 3) unread.push({ order, where, source: source() });
      const read = headerLike(cells, headerCells);
      if (read) headerLikeRows.set(order, { order, where, ...read, tableKey: key });
      return;
    }
    const laterHeader = latest?.table === table ? laterTableHeader(cells, columns) : undefined;
    if (laterHeader) {
      // another table's header under the plan's rows (the results CSV's per-period section): the plan ends
      const said = laterTableMessage(source());
      warnings.add(order, where, 'table-not-read', said.th, said.en, source());
      columns = undefined;
      group = undefined;
      unitGroup = undefined;
      inLaterTable = true;
      return;
    }
    // a heading row numbered in the ที่/ลำดับ column ("1 | ตัวชี้วัดที่ 1 …", its measures "1.1", "1.2"):
    // a heading row as it is without its number (review 17 s21, S21-4)
    const numberAt = columns.findIndex((c, j) => !merged[j] && numberedRow(c, cells[j]));
    const numberedLone = numberAt >= 0 ? loneCell(cells.with(numberAt, ''), merged) : undefined;
    const lone = loneCell(cells, merged) ?? (numberedLone && rowKind(numberedLone, columns) ? numberedLone : undefined);
    const kind = lone && (rowKind(lone, columns) ?? partHeadingKind(lone, doc.blocks[nextAt], columns));
    // a unit row over its measures ("หน่วยงานผู้รับผิดชอบ: กองคลัง"): no measure, its units theirs
    const unitText =
      lone && (kind === 'section' || (!kind && columns[lone.column]?.role === 'measure'))
        ? unitRow(lone.text)
        : undefined;
    if (unitText !== undefined) {
      unitGroup = unitText;
      return;
    }
    // a heading in the ที่ column, or split over it and the measure column ("ตัวชี้วัดที่ ๑ | การปฏิบัติหน้าที่"):
    // the heading over the measures under it, never a measure (review 17 s22, S22-1)
    const across = kind ? undefined : headingAcrossRow(numberAt >= 0 ? cells.with(numberAt, '') : cells, merged);
    const heading = lone && kind ? { cell: lone, kind } : across && { cell: across, kind: 'indicator' as const };
    if (heading) {
      const row = {
        table,
        where,
        cells: { measure: heading.cell.html },
        columnOf: { measure: heading.cell.column + 1 },
        notes: [],
        source: source(),
        order,
        heading: heading.kind,
      };
      keep(row);
      group = heading.kind === 'indicator' ? row : undefined;
      return;
    }
    // the row's own cells; cells merged down from the row above (a unit cell over two measures)
    // count for a new measure, not for a continuation (they are already in the row above)
    const own = cellsByRole(cells, merged, columns, (m) => m === null, fy, fill);
    // a cell merged across the follow-up or units column holds its text too (spanned-cells.ts)
    for (const s of readSpannedCells(cells, merged, columns, own)) {
      warnings.add(order, { ...where, column: s.column + 1 }, 'cell-spans-columns', s.th, s.en, s.source);
    }
    const total = totalLine(own.byRole);
    if (total) {
      // "รวมทั้งสิ้น | | | | | 25,000": the budget's total, no measure
      keep({
        table,
        where,
        cells: { measure: total },
        columnOf: {},
        notes: [],
        source: source(),
        order,
        heading: 'section',
      });
      return;
    }
    const fromAbove = merged.includes('above')
      ? cellsByRole(cells, merged, columns, (m) => m === 'above', fy, fill)
      : undefined;
    const continuation = !hasStrippedText(own.byRole.measure ?? '') && !hasStrippedText(own.byRole.indicator ?? '');
    if (!continuation && where.line !== undefined && cells.length !== columns.length) {
      warnings.add(
        order,
        where,
        'unexpected-cell-count',
        `มี ${toThaiDigits(cells.length)} ช่อง แต่หัวตารางมี ${toThaiDigits(columns.length)} ช่อง`,
        `${counted(cells.length, 'cell')}, but the header has ${columns.length}`,
        source(),
      );
    }
    const above = latest;
    const over = above?.table === table && !ownNumber ? typedOverOf(above, own.byRole, where) : undefined;
    if (above && over && !(over.ownFollowUp && startsUnitMeasure(above, own.byRole))) {
      // lines of the cells above typed over rows (S14-12): joined to the items they go on with
      joinTypedOver(above, own, over, numbered.get(above)!);
      const lines = typedOver.get(above);
      if (lines) lines.push({ row: where.row, source: source() });
      else typedOver.set(above, [{ row: where.row, source: source() }]);
      return;
    }
    const goesOnUnnumbered =
      !continuation && above?.table === table && unnumberedGoesOn(columns, cells, merged, own, fromAbove);
    if (above && goesOnUnnumbered) {
      // a row of a numbered table with no number, indicator nor follow-up, its other cells merged
      // with the row above or empty: the measure above goes on (review 17 s20, S20-5)
      const said = unnumberedRowMessage(grown.head(above, 'measure', above.cells.measure ?? '', 80));
      goOn(above, own);
      warnings.add(
        order,
        cellWhere({ where, columnOf: own.columnOf } as Row, 'measure'),
        'continuation-guessed',
        said.th,
        said.en,
        source(),
      );
      return;
    }
    if (continuation) {
      if (Object.values(own.byRole).every((v) => !stripTags(v)) && own.notes.length === 0) return;
      const previous = latest;
      if (!previous || previous.table !== table) {
        warnings.add(
          order,
          where,
          'orphan-continuation',
          'แถวต่อเนื่องไม่มีแถวก่อนหน้า จึงข้ามไป',
          'a continuation row with no row before it was skipped',
          source(),
        );
        return;
      }
      if (startsUnitMeasure(previous, own.byRole, grown)) {
        // a row of its own follow-ups and units under a measure merged down: a measure of its own
        const ownCells = Object.fromEntries(Object.entries(own.byRole).filter(([, v]) => stripTags(v)));
        const split: Row & { order: number } = {
          table,
          where,
          cells: { ...fromAbove?.byRole, ...measureCells(previous.cells), ...ownCells },
          columnOf: { ...fromAbove?.columnOf, ...measureCells(previous.columnOf), ...own.columnOf },
          notes: [...own.notes, ...(fromAbove?.notes ?? [])],
          source: source(),
          order,
          header: columns,
          splitByUnit: unitMeasureMessage(
            previous.cells.measure ?? '',
            own.byRole.responsible ?? '',
            grown.head(previous, 'measure', previous.cells.measure ?? '', 80),
          ),
        };
        if (where.sheet !== undefined) numbered.set(split, numberedColumns(split.cells));
        grown.copy(previous, split, ['measure', 'indicator']);
        keepMeasure(split, key);
        return;
      }
      goOn(previous, own);
      if (previous === group) group = undefined;
      return;
    }
    const previous = latest;
    if (previous && !ownNumber && listGoesOn(previous, own.byRole, where)) {
      // a measure written one line per row: "๒. …" under its heading, with no unit of its own
      goOn(previous, own);
      // the measure as the row above left it (its first 80 characters: the cell may be long)
      const quoted = grown.head(previous, 'measure', previous.cells.measure ?? '', 80);
      warnings.add(
        order,
        cellWhere({ where, columnOf: own.columnOf } as Row, 'measure'),
        'continuation-guessed',
        `แถวนี้ขึ้นต้นด้วยเลขข้อ ไม่มีตัวชี้วัดและหน่วยงานของตัวเอง จึงถือเป็นส่วนต่อของมาตรการในแถวก่อนหน้า ("${quoted}") กรุณาตรวจ`,
        `this row starts with an item number and has no indicator and no unit of its own: it is read as the continuation of the measure above ("${quoted}"); check it`,
        source(),
      );
      return;
    }
    const plainKey =
      mayBePlain && plainRows.remembers(columns) ? plainRowKey(cells, merged, columns.length) : undefined;
    if (plainKey !== undefined && !fromAbove && laterHeader === false && warnings.calls === callsBefore)
      plainRows.remember(columns, plainKey, cells, own);
    pushMeasure(where, order, key, columns, own, fromAbove, source);
  });
  // heading rows: an indicator's goes into the measures under it, a section's or total's is no measure
  const measureRows = rows.filter((r) => {
    if (!r.heading || (r.heading === 'indicator' && !r.headedMeasures)) return true;
    if (r.heading === 'section') headingRows.push(r);
    return false;
  });
  headingRowsSkipped(warnings, headingRows);
  for (const [row, joined] of typedOver) {
    const said = typedOverMessage(joined, row.cells.measure ?? '');
    const first = { sheet: row.where.sheet, row: joined[0]!.row };
    warnings.add(row.order + 1, first, 'continuation-guessed', said.th, said.en, said.source);
  }
  for (const n of noUnitsColumn) {
    if (!unitsFromRows.has(n.columns)) missingColumn(warnings, n.order, n.where, n.columns, 'no-responsible-column');
  }
  for (const t of tablesNotRead.values()) tableNotRead(warnings, t);
  const sheetsNamed = [...unitSheets.values()];
  if (sheetsNamed.length > 0) {
    const said = unitSheetsMessage(sheetsNamed.map((s) => s.unit));
    const first = sheetsNamed[0]!;
    warnings.add(first.order, { sheet: first.unit.sheet }, 'units-from-sheet-names', said.th, said.en, said.source);
  }
  for (const r of headerLikeRows.values()) {
    if (r.tableKey !== undefined && tablesNotRead.has(r.tableKey)) continue;
    const said = headerUnrecognisedMessage(r.source, r.roles);
    warnings.add(r.order, r.where, 'header-unrecognised', said.th, said.en, r.source);
  }
  return { rows: measureRows, prose, unread };
}

/**
 * The cells of a row by role, of the cells whose CellMerge `take` accepts (a cell merged across
 * columns never counts again: its text is in its first column). Two columns of one role (a
 * label merged over two columns) are joined. `fill`: the cells' fills (SourceBlock.fill), a Gantt
 * period cell filled other than its row a mark.
 */
function cellsByRole(
  cells: readonly string[],
  merged: readonly CellMerge[],
  columns: readonly Column[],
  take: (m: CellMerge) => boolean,
  fy: number,
  fill?: readonly string[],
): Pick<Row, 'notes' | 'columnOf'> & { byRole: Row['cells']; marked?: string } {
  const byRole: Row['cells'] = {};
  const columnOf: Row['columnOf'] = {};
  const notes: Row['notes'] = [];
  const rounds: RoundCell[] = [];
  const periods: PeriodCell[] = [];
  const ticked: { units?: string[]; cadences?: string[] } = {};
  const dates: { start?: string; end?: string } = {};
  /** the cell merging over this one from its left starts in a Gantt period column */
  let fromPeriod = false;
  /** a fill that colours the row as a whole: no bar (S24-15) */
  const ofRow = fill ? rowColour(fill, columns) : '';
  for (let j = 0; j < cells.length; j++) {
    const c = cells[j]!;
    const col = columns[j];
    const isPeriod = isPeriodColumn(col);
    // a cell merged over months (an arrow, a line, words) marks each month it covers (S23-7's lows)
    const spanned = merged[j] === 'left' && fromPeriod && isPeriod && take(null);
    if (merged[j] !== 'left') fromPeriod = isPeriod;
    if (!col || (!take(merged[j] ?? null) && !spanned)) continue;
    if (col.bound) {
      // a start or end date column: the timeframe's range (date-bound-columns.ts)
      dates[col.bound] ||= stripTags(c);
      columnOf.timeframe ??= j + 1;
      continue;
    }
    if (isPeriod) {
      // a Gantt month (or quarter): its mark, or its fill, stands for the column's label (see markedTimeframe)
      const period = col.month !== undefined ? { month: col.month } : { round: col.round! };
      const filled = !!fill?.[j] && fill[j] !== ofRow;
      periods.push({
        ...period,
        cell: c,
        ...(spanned ? { spanned } : {}),
        ...(filled ? { filled: true as const } : {}),
      });
      columnOf.timeframe ??= j + 1;
      continue;
    }
    if (col.round !== undefined) {
      // a reporting round's follow-ups stay apart from the other rounds' (see roundFollowUps)
      const group = col.label.endsWith(` / ${col.round}`) ? col.label.slice(0, -col.round.length - 3) : '';
      if (stripTags(c)) rounds.push({ round: col.round, cell: c, group });
      columnOf.followUps ??= j + 1;
      continue;
    }
    const tick = col.tickFor ? tickOf(c) : undefined;
    if (tick !== undefined) {
      // a units or cadence matrix's cell: a tick names the column's unit or cadence (S15-17, S15-18)
      if (tick && col.tickFor === 'unit') {
        (ticked.units ??= []).push(col.label);
        columnOf.responsible ??= j + 1;
      }
      if (tick && col.tickFor === 'cadence') (ticked.cadences ??= []).push(col.label);
      continue;
    }
    if (col.role === 'note') {
      if (stripTags(c)) notes.push({ label: col.label || `คอลัมน์ ${toThaiDigits(j + 1)}`, text: stripTags(c) });
      continue;
    }
    // a lead units column beside another marks its unit as the lead
    const text = col.role === 'responsible' ? markedLeadColumn(col, columns, c) : c;
    // an indicator heading in the ที่ column ("ตัวชี้วัดที่ ๑ | จัดทำประกาศ… | …"): the row's indicator (S22-1)
    const role = col.role === 'number' && namesRowNumbers(col) && headingInNumberCell(c) ? 'indicator' : col.role;
    if (byRole[role] === undefined) {
      byRole[role] = text;
      columnOf[role] = j + 1;
    } else if (stripTags(c)) byRole[role] = `${byRole[role]} ${text}`;
  }
  if (ticked.units) byRole.responsible = joinCells(byRole.responsible ?? '', ticked.units.join(' '));
  // ticked cadences are a frequency note: the follow-ups naming none take it (row-cadence.ts)
  if (ticked.cadences) notes.unshift({ label: TICKED_CADENCE_LABEL, text: ticked.cadences.join(', ') });
  // without a follow-up column, a ticked cadence is the row's report (as marks under rounds are)
  if (ticked.cadences && !columns.some((c) => c.role === 'followUps')) byRole.followUps ??= TICKED_FOLLOW_UP;
  const fromRounds = rounds.length > 0 ? roundFollowUps(rounds) : undefined;
  if (fromRounds) byRole.followUps = joinCells(byRole.followUps ?? '', fromRounds.html);
  const marked = markedTimeframe(periods, fy);
  if (marked) byRole.timeframe = joinCells(byRole.timeframe ?? '', marked);
  const dated = datedTimeframe(dates);
  if (dated) byRole.timeframe = joinCells(byRole.timeframe ?? '', dated);
  return { byRole, columnOf, notes, ...(fromRounds?.marked ? { marked: fromRounds.marked } : {}) };
}

/**
 * Where a results report's follow-up item turns to its outcome: the first period line the product's
 * annual report writes after the follow-up's text ("เมษายน ๒๕๖๖: ส่งแล้ว ๓/๕ …", "ไตรมาสที่ ๑ … :
 * ส่งแล้ว …", "ประจำปีงบประมาณ ๒๕๖๖: ส่งแล้ว …"; periodLines in shared/documents/annual-report-model.ts).
 * Bounded repetition only: linear in the text.
 */
const YEAR = '\\s?[๐-๙0-9]{4}';
const REPORTED_PERIOD = new RegExp(
  `(?:(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)${YEAR}` +
    `|ไตรมาสที่\\s?[๐-๙0-9]\\s?ปีงบประมาณ${YEAR}|ครึ่งปี(?:แรก|หลัง)\\s?ปีงบประมาณ${YEAR}\\s?\\([^)]{0,20}\\)` +
    `|(?:ประจำ|ครั้งเดียว\\s?)ปีงบประมาณ${YEAR})\\s?:\\s?ส่ง\\s?แล้ว`,
);

/** The frequency note's label, for a warning quoting it. */
const cellOfNote = (row: Row, text: string) => row.notes.find((n) => n.text === text)?.label ?? '';

/** A frequency cell naming another count of cadences than the row has follow-ups: quoting both cells. */
function frequencyCountMessage(
  frequency: { text: string; read: { cadence: Cadence }; items: readonly unknown[] },
  followUps: number,
  label: string,
  followUpCell: string,
): { th: string; en: string } {
  const kept = CADENCE_LABELS[frequency.read.cadence];
  const quoted = { column: clip(frequency.text).slice(0, 120), cell: clip(followUpCell).slice(0, 120) };
  return {
    th: `คอลัมน์ "${label}" ระบุ ${toThaiDigits(frequency.items.length)} รอบ ("${quoted.column}") แต่มีการติดตามผล ${toThaiDigits(followUps)} ข้อ ("${quoted.cell}") จึงจับคู่ไม่ได้ และใช้รอบที่ถี่ที่สุด "${kept}" กรุณาเลือกรอบการรายงานของแต่ละข้อ`,
    en: `the column "${label}" names ${frequency.items.length} cadences ("${quoted.column}") but the row has ${counted(followUps, 'follow-up')} ("${quoted.cell}"): they cannot be paired, the most frequent, ${frequency.read.cadence}, is kept; choose each follow-up's cadence`,
  };
}

/** A follow-up item of a results report without the outcomes reported under it. */
function withoutReportedPeriods(text: string): string {
  const at = REPORTED_PERIOD.exec(text)?.index;
  return at === undefined || at === 0 ? text : text.slice(0, at).trim();
}

/** A follow-up text split into `count` follow-ups from number `no` on (joined-follow-ups.ts), said. */
function sayFollowUpSplit(
  text: string,
  count: number,
  no: number,
  row: Row & { order: number },
  label: { th: string; en: string },
  measureId: string,
  warnings: Warnings,
): void {
  const last = no + count - 1;
  const nos = {
    th: `ข้อ ${toThaiDigits(no)} ถึง ${toThaiDigits(last)}`,
    en: count === 2 ? `${no} and ${last}` : `${no} to ${last}`,
  };
  const quoted = clip(text).slice(0, 120);
  warnings.add(
    row.order,
    cellWhere(row, 'followUps'),
    'follow-up-split',
    `${label.th} ข้อความการติดตามผล "${quoted}" ระบุการติดตามผล ${toThaiDigits(count)} ข้อ แต่ละข้อมีรอบการรายงานของตัวเอง จึงแยกเป็น ${toThaiDigits(count)} ข้อ (${nos.th}) หากเป็นรายงานเดียวกัน ให้ลบข้อที่เกินแล้วเลือกรอบการรายงานเอง`,
    `${label.en}: the follow-up text "${quoted}" names ${count} follow-ups, each with its own cadence: split into follow-ups ${nos.en}; if it is one report, delete the others and choose its cadence`,
    text,
    { measureId, followUpNo: no },
  );
}

function followUpsOf(
  cell: string,
  row: Row & { order: number },
  label: { th: string; en: string },
  measureId: string,
  warnings: Warnings,
  options: ImportRun,
): FollowUp[] {
  const { fy } = options;
  const inRow = rowCadence(row.notes, row.cells.timeframe, fy);
  // a results report's cell read as one text: the units' numbered summaries are no follow-ups
  const reported =
    row.table === 'results' && !/<(?:p|li)\b/.test(cell) ? reportedFollowUpItems(stripTags(cell)) : undefined;
  const { items, firstLeftOut } = reported
    ? { items: reported.slice(0, MAX_ITEMS), firstLeftOut: reported[MAX_ITEMS] }
    : // "☑ รายเดือน" / "☐ รายไตรมาส": a tick list one box per line is one follow-up (tick-lists.ts)
      splitItemsKept(
        joinTickListCell(cell, (line) => detectCadences(line).cadence === 'unspecified'),
        MAX_ITEMS,
        isTickListText,
      );
  // "…ทุกเดือน; …ทุก ๖ เดือน": follow-ups separated by semicolons (semicolon-items.ts)
  const split = items.flatMap(semicolonItems);
  if (split.length > items.length && split.length <= MAX_ITEMS) items.splice(0, items.length, ...split);
  // "…ทุกไตรมาส และสรุปผล…ประจำปี": two follow-ups on one line, split and said (joined-follow-ups.ts);
  // not a results report's, whose follow-ups the product wrote one by one
  const joined = row.table === 'results' ? [] : items.map(joinedFollowUps);
  if (joined.some((parts) => parts.length > 1) && joined.flat().length <= MAX_ITEMS) {
    let no = 1;
    joined.forEach((parts, k) => {
      if (parts.length > 1) sayFollowUpSplit(items[k]!, parts.length, no, row, label, measureId, warnings);
      no += parts.length;
    });
    items.splice(0, items.length, ...joined.flat());
  }
  sayItemsLeftOut(firstLeftOut, 'followUps', row, measureId, warnings);
  // a frequency cell of one cadence per follow-up pairs with them in order (frequency-items.ts)
  const frequency = inRow.frequency;
  const paired = frequency && frequency.items.length === items.length ? frequency.items : undefined;
  const unpaired = frequency && frequency.items.length > 0 && !paired ? frequency : undefined;
  return items
    .map((item) => (row.table === 'results' ? withoutReportedPeriods(item) : item))
    .map((item, i) => {
      // the audience note the product's documents write ("(รายงานต่อ: ผู้บริหาร)"): the audience chosen
      const noted = audienceOfNote(item);
      // its months and reporting units, noted by the product's plan document (S24-2)
      const { text, unread, unknownUnits, guessedUnits, ...chosen } = followUpNotesOf(
        noted?.text ?? item,
        fy,
        options.units,
        options.names,
      );
      const own = readFollowUpCadence(text, fy);
      // the row's frequency column gives a follow-up that names no cadence its own
      const fromColumn = own.cadence === 'unspecified' && frequency ? (paired?.[i] ?? frequency.read) : undefined;
      const { cadence, dueDate, guessed, unoffered } = fromColumn ?? own;
      let { alsoNamed } = fromColumn ?? own;
      const where = cellWhere(row, 'followUps');
      const about = { measureId, followUpNo: i + 1 };
      for (const said of followUpNotesSaid({ unread, unknownUnits, guessedUnits }, i + 1)) {
        warnings.add(row.order, where, said.code, `${label.th} ${said.th}`, `${label.en}, ${said.en}`, text, about);
      }
      if (fromColumn && unpaired) {
        const said = frequencyCountMessage(unpaired, items.length, cellOfNote(row, unpaired.text), stripTags(cell));
        const th = `${label.th} การติดตามผลข้อ ${toThaiDigits(i + 1)}: ${said.th}`;
        warnings.add(row.order, where, 'two-cadences', th, `${label.en}, follow-up ${i + 1}: ${said.en}`, text, about);
        alsoNamed = [];
      }
      if (guessed) {
        const th = `${label.th} การติดตามผลข้อ ${toThaiDigits(i + 1)}: ${guessed.th}`;
        warnings.add(
          row.order,
          where,
          'cadence-guessed',
          th,
          `${label.en}, follow-up ${i + 1}: ${guessed.en}`,
          text,
          about,
        );
      }
      if (cadence === 'unspecified') {
        warnings.add(
          row.order,
          where,
          'unspecified-cadence',
          unoffered
            ? `${label.th} การติดตามผลข้อ ${toThaiDigits(i + 1)}: ${unoffered.th}`
            : `${label.th} การติดตามผลข้อ ${toThaiDigits(i + 1)} ไม่ระบุรอบการรายงาน จึงถือเป็นรายงานประจำปี${inRow.proposed?.th ?? ''}`,
          unoffered
            ? `${label.en}, follow-up ${i + 1}: ${unoffered.en}`
            : `${label.en}, follow-up ${i + 1} names no reporting cadence; treated as annual${inRow.proposed?.en ?? ''}`,
          text,
          about,
        );
      }
      if (alsoNamed.length > 0) {
        const others = alsoNamed.map((c) => `"${CADENCE_LABELS[c]}"`).join(' และ ');
        warnings.add(
          row.order,
          where,
          'two-cadences',
          `${label.th} การติดตามผลข้อ ${toThaiDigits(i + 1)} ระบุรอบการรายงานมากกว่าหนึ่งรอบ จึงใช้รอบที่ถี่ที่สุด "${CADENCE_LABELS[cadence]}" แทน ${others} กรุณาตรวจและเลือกรอบที่ถูกต้อง หากเป็นการรายงานคนละครั้ง ให้เพิ่มการติดตามผลอีกข้อสำหรับ ${others}`,
          `${label.en}, follow-up ${i + 1} names more than one reporting cadence (${[cadence, ...alsoNamed].join(', ')}); the most frequent, ${cadence}, is kept: check it; if they are separate reports, add a follow-up for ${alsoNamed.join(', ')}`,
          text,
          about,
        );
      }
      // the cadence note the product's own documents add is not part of the follow-up's text
      const written = own.onceMarkKept ? text : withoutCadenceNote(text, cadence);
      return {
        followUpNo: i + 1,
        text: written.slice(0, 5000),
        cadence,
        audience: noted?.audience ?? detectAudience(text),
        ...(dueDate ? { dueDate } : {}),
        ...chosen,
      };
    });
}

/**
 * The indicator of a row: from an indicator column ("๕", "ตัวชี้วัดที่ 5 ...") or the measure cell's
 * heading. The column decides: a heading in the measure cell names the title only when it is the
 * column's indicator; another one ("… (เชื่อมโยงกับตัวชี้วัดที่ ๕)") is text, given back as
 * `otherInCell` for a warning (review 17 s11, S11-30: it changed the indicator and title silently).
 */
function headingOf(row: Row): { heading: IndicatorHeading | undefined; otherInCell?: IndicatorHeading } {
  const column = row.cells.indicator ? stripTags(row.cells.indicator) : '';
  if (column) {
    const heading = parseIndicatorHeading(column) ?? parseIndicatorHeading(`ตัวชี้วัดที่ ${column}`);
    if (heading) {
      // the title and MAX_ITEMS sub-measures
      const { items, firstLeftOut } = splitItemsKept(row.cells.measure ?? '', MAX_ITEMS + 1);
      const inCell = parseIndicatorHeading(row.cells.measure ?? '');
      if (inCell?.indicator === heading.indicator) return { heading: inCell };
      const fromColumn: IndicatorHeading = {
        ...heading,
        title: items[0] ?? heading.title,
        subMeasures: items.slice(1),
        ...(firstLeftOut === undefined ? {} : { subMeasuresLeftOut: firstLeftOut }),
      };
      return inCell ? { heading: fromColumn, otherInCell: inCell } : { heading: fromColumn };
    }
  }
  return { heading: parseIndicatorHeading(row.cells.measure ?? '') };
}

function measureOf(
  row: Row & { order: number },
  order: number,
  usedIds: Map<string, number>,
  options: ImportRun,
  warnings: Warnings,
): DraftMeasure {
  const found = headingOf(row);
  const { otherInCell } = found;
  // "๔.๑ มาตรการ…" without "ตัวชี้วัดที่": the numbering suggests the indicator (indicator-numbering.ts)
  const heading = found.heading ?? headingFromNumbering(row.cells.measure ?? '');
  const no = heading?.indicator ?? null;
  const label =
    no === null
      ? { th: `มาตรการที่ ${toThaiDigits(order)}`, en: `measure ${order}` }
      : { th: `ตัวชี้วัดที่ ${toThaiDigits(no)}`, en: `indicator ${no}` };
  const measureText = stripTags(row.cells.measure ?? '');
  // "i4", then "i4-2", "i4-3"…: a count per base, not a search (500 measures of one indicator)
  const base = no === null ? `m${order}` : `i${no}`;
  const taken = usedIds.get(base) ?? 0;
  usedIds.set(base, taken + 1);
  const measureId = taken === 0 ? base : `${base}-${taken + 1}`;
  const about = { measureId };
  /** a warning on one of this row's cells, about this measure (and what `more` adds) */
  const onCell = (
    role: Exclude<Role, 'note'>,
    code: ImportWarning['code'],
    th: string,
    en: string,
    source: string,
    more: About = {},
  ) => warnings.add(row.order, cellWhere(row, role), code, th, en, source, { ...about, ...more });
  if (!heading) {
    const said = noIndicatorWords(measureText);
    onCell('measure', 'no-indicator', said.th, said.en, measureText);
  }
  if (row.followUpsFromMarks) {
    const group = row.followUpsFromMarks;
    onCell(
      'followUps',
      'follow-up-from-marks',
      `ช่องการติดตามผลแต่ละรอบมีเพียงเครื่องหมาย (เช่น ✓) ไม่มีข้อความ จึงตั้งการติดตามผลเป็น "${group}" ตามหัวคอลัมน์ และรอบการรายงานตามรอบที่ทำเครื่องหมาย กรุณาแก้ข้อความการติดตามผลให้ตรงกับที่ต้องรายงาน`,
      `the follow-up round cells hold only marks (such as ✓), no text: the follow-up is named "${group}" after the column header, its cadence from the rounds marked; write what is to be reported`,
      row.source,
    );
  }
  if (row.splitByUnit) {
    const said = row.splitByUnit;
    onCell('responsible', 'measure-split-by-unit', said.th, said.en, row.source);
  }
  if (heading && otherInCell) {
    const [n, other] = [toThaiDigits(heading.indicator), toThaiDigits(otherInCell.indicator)];
    onCell(
      'measure',
      'indicator-name-differs',
      `คอลัมน์ตัวชี้วัดระบุตัวชี้วัดที่ ${n} แต่ข้อความมาตรการกล่าวถึงตัวชี้วัดที่ ${other} จึงนำเข้าเป็นตัวชี้วัดที่ ${n} ตามคอลัมน์ ตรวจว่าถูกต้อง`,
      `the indicator column says indicator ${heading.indicator} but the measure's text names indicator ${otherInCell.indicator}; it is imported as indicator ${heading.indicator}, as the column says: check it`,
      measureText,
      { indicators: [otherInCell.indicator] },
    );
  }
  for (const w of heading ? headingWarnings(heading, Boolean(row.cells.indicator)) : []) {
    const offers = w.indicators ? { indicators: w.indicators } : {};
    onCell(w.inIndicatorColumn ? 'indicator' : 'measure', w.code, w.th, w.en, w.source ?? measureText, offers);
  }
  // "(ยกเลิก)" after the heading or in another cell, a note "ยกเลิก …" (S14-2); struck through (S13-10)
  if (row.struck) {
    const column = row.header?.find((c) => c.role === 'measure')?.label ?? '';
    const said = struckMeasureMessage(heading?.title ?? splitItems(row.cells.measure ?? '')[0] ?? '', clip(column));
    onCell('measure', 'measure-status-marked', said.th, said.en, measureText);
  }
  const mark = heading?.statusBefore || row.struck ? undefined : statusMarkOf(row.cells, row.notes);
  if (mark) {
    const { in: place } = mark;
    const label = 'note' in place ? place.note : (row.header?.find((c) => c.role === place.role)?.label ?? '');
    const said = statusMarkMessage(mark, clip(label));
    onCell('role' in place ? place.role : 'measure', 'measure-status-marked', said.th, said.en, mark.said);
  }
  const responsibleText = stripTags(row.cells.responsible ?? '');
  const { responsibility, unknown, guessed, omitted, excluded, concerned, everyone, ticked } = parseResponsibility(
    // the cell's lines: options marked only where chosen are read from them (chosenUnits)
    row.cells.responsible ?? '',
    options.units,
    options.names,
  );
  for (const w of unitPhraseWarnings({ concerned, everyone, ...(ticked ? { ticked } : {}) })) {
    onCell('responsible', w.code, w.th, w.en, responsibleText);
  }
  if (excluded.length > 0) {
    const names = excluded.map((u) => `"${u.name}"`).join(', ');
    onCell(
      'responsible',
      'units-excluded',
      `ช่องผู้รับผิดชอบระบุให้ยกเว้น ${names} จึงไม่ถือเป็น "ทุกกองงาน" แต่เลือกหน่วยงานอื่นทุกหน่วยงานทีละหน่วยงาน (ไม่รวม ${names}) กรุณาตรวจหน่วยงานที่รับผิดชอบ`,
      `the responsible-units cell excludes ${excluded.map((u) => u.unitId).join(', ')}: not "all units" but every other unit, one by one; check the units`,
      responsibleText,
    );
  }
  for (const g of guessed) {
    const w = guessedUnitWarning(g);
    onCell('responsible', 'unit-guessed', w.th, w.en, responsibleText);
  }
  if (omitted.guessed > 0) {
    onCell(
      'responsible',
      'unit-guessed',
      `และอีก ${toThaiDigits(omitted.guessed)} คำในช่องผู้รับผิดชอบที่ถือเป็นหน่วยงานโดยความคล้ายของชื่อ กรุณาตรวจช่องนี้`,
      `and ${omitted.guessed} more words of the responsible-units cell taken for units by similarity: check the cell`,
      responsibleText,
    );
  }
  if (unknown) {
    const more =
      omitted.unknown > 0
        ? { th: ` และคำอื่นอีก ${toThaiDigits(omitted.unknown)} คำ`, en: ` and ${omitted.unknown} more words` }
        : { th: '', en: '' };
    // a position title, or a unit the org lacks, is said to be one (S13-7)
    const note = unknownWordsNote(unknown.split(' '));
    onCell(
      'responsible',
      'unknown-unit',
      `ไม่รู้จักหน่วยงาน "${unknown}"${more.th} ในช่องผู้รับผิดชอบ${note.th}`,
      `unknown unit "${unknown}"${more.en} in the responsible-units cell${note.en}`,
      responsibleText,
    );
  }
  if (!responsibility.allUnits && responsibility.unitIds.length === 0) {
    onCell(
      'responsible',
      'no-responsible-unit',
      `${label.th} ไม่มีหน่วยงานผู้รับผิดชอบที่รู้จัก`,
      `${label.en} has no known responsible unit`,
      responsibleText,
    );
  }
  const measureItems = splitItemsKept(row.cells.measure ?? '', MAX_ITEMS + 1);
  const items = measureItems.items;
  const words = heading && row.headingWords;
  const title = words
    ? `${heading.title}${words.glued ? '' : ' '}${words.words}`
    : (heading?.title ?? items[0] ?? `มาตรการที่ ${toThaiDigits(order)}`);
  const methods = splitItemsKept(row.cells.methods ?? '');
  const recommendations = row.table === 'results' ? splitItemsKept(row.cells.recommendations ?? '') : { items: [] };
  const leftOut = heading ? heading.subMeasuresLeftOut : measureItems.firstLeftOut;
  sayItemsLeftOut(leftOut, 'subMeasures', row, measureId, warnings);
  sayItemsLeftOut(methods.firstLeftOut, 'methods', row, measureId, warnings);
  sayItemsLeftOut(recommendations.firstLeftOut, 'recommendations', row, measureId, warnings);
  const timeframe = stripTags(row.cells.timeframe ?? '').slice(0, 1000);
  const followUps = followUpsOf(row.cells.followUps ?? '', row, label, measureId, warnings, options);
  // a timeframe shorter than the year: its follow-ups' months (review 17 s23, S23-7)
  const spanned = withTimeframeMonths(followUps, timeframe, options.fy);
  if (spanned)
    onCell('timeframe', 'timeframe-months', `${label.th}: ${spanned.th}`, `${label.en}: ${spanned.en}`, timeframe);
  return {
    measureId,
    order,
    indicator: no,
    title: title.slice(0, 1000),
    subMeasures: heading ? heading.subMeasures : items.slice(1),
    methods: methods.items,
    timeframe,
    followUps,
    responsible: { ...responsibility, text: responsibility.text.slice(0, 1000) },
    // a results table read as the plan (see importSourceDocument) brings its recommendations along
    recommendations: recommendations.items,
    notes: notesOf(row, about, warnings),
  };
}

/** The lists of a measure, by the column they come from, as a warning names them. */
const LIST_NAMES = {
  subMeasures: { role: 'measure', th: 'มาตรการย่อย', en: 'sub-measures' },
  methods: { role: 'methods', th: 'วิธีการดำเนินการ', en: 'methods' },
  followUps: { role: 'followUps', th: 'การติดตามผล', en: 'follow-ups' },
  recommendations: { role: 'recommendations', th: 'ข้อเสนอแนะ', en: 'recommendations' },
} as const;

/** Say that a cell listed more than MAX_ITEMS items (the plan's limit per list): those past it are not imported. */
function sayItemsLeftOut(
  firstLeftOut: string | undefined,
  list: keyof typeof LIST_NAMES,
  row: Row & { order: number },
  measureId: string,
  warnings: Warnings,
): void {
  if (firstLeftOut === undefined) return;
  const { role, th, en } = LIST_NAMES[list];
  const max = toThaiDigits(MAX_ITEMS);
  const quoted = clip(firstLeftOut).slice(0, 80);
  warnings.add(
    row.order,
    cellWhere(row, role),
    'items-cut',
    `${th}มีเกิน ${max} ข้อที่มาตรการหนึ่งเก็บได้ ข้อที่ ${toThaiDigits(MAX_ITEMS + 1)} เป็นต้นไปจึงไม่ได้นำเข้า ("${quoted}") กรุณาตรวจเอกสารต้นฉบับ`,
    `more than ${MAX_ITEMS} ${en}, the most a measure holds: items ${MAX_ITEMS + 1} on were not imported ("${quoted}"); check the source document`,
    firstLeftOut,
    { measureId },
  );
}

/** The row's notes as a plan holds them; joined or cut notes are said (see fitNotes). */
function notesOf(row: Row & { order: number }, about: About, warnings: Warnings): DraftMeasure['notes'] {
  const { notes, said } = fitNotes(row.notes);
  if (said) warnings.add(row.order, row.where, 'notes-joined', said.th, said.en, said.source, about);
  return notes;
}

function attachResults(
  measures: DraftMeasure[],
  rows: (Row & { order: number })[],
  options: ImportRun,
  warnings: Warnings,
): void {
  for (const row of rows) {
    const { heading } = headingOf(row);
    const measure = heading && measures.find((m) => m.indicator === heading.indicator);
    if (!measure) {
      warnings.add(
        row.order,
        row.where,
        'unmatched-results-row',
        'แถวในรายงานผลไม่ตรงกับตัวชี้วัดใดในแผน',
        'a results-report row matches no indicator of the plan',
        row.source,
      );
      continue;
    }
    measure.recommendations.push(...splitItems(row.cells.recommendations ?? ''));
    const reported = parseResponsibility(row.cells.responsible ?? '', options.units, options.names).responsibility;
    const same =
      reported.allUnits === measure.responsible.allUnits &&
      reported.unitIds.join() === measure.responsible.unitIds.join();
    if (!same) {
      warnings.add(
        row.order,
        row.where,
        'responsibility-differs',
        `รายงานผลระบุผู้รับผิดชอบของตัวชี้วัดที่ ${toThaiDigits(measure.indicator ?? 0)} ว่า "${reported.text}" ต่างจากแผน ("${measure.responsible.text}") จึงใช้ตามแผน`,
        `the results report names other responsible units for indicator ${measure.indicator}; the plan's are kept`,
        reported.text,
        { measureId: measure.measureId },
      );
    }
  }
}

/** A text line, or a row read as text (no table header in force), in document order. */
interface Prose {
  where: Where;
  order: number;
  text: string;
}

/** a line that names a plan ("มาตรการส่งเสริมคุณธรรม…", "แผนปฏิบัติการ…"), not only its org or its author */
const PLAN_NAMING = /มาตรการ|แผน/;

/**
 * The text that introduces the measures table: the lines before its first row, on its sheet when
 * it has one (a workbook's cover sheet is a title page, not the plan's heading), else all before it.
 */
function headingLines(
  prose: readonly Prose[],
  table: { where: Where; order: number } | undefined,
  after = -Infinity,
): readonly Prose[] {
  if (!table) return prose;
  // after a table left out (another year's), the lines under it head this one
  const before = prose.filter((p) => p.order < table.order && p.order > after);
  const onSheet = table.where.sheet === undefined ? [] : before.filter((p) => p.where.sheet === table.where.sheet);
  return onSheet.length ? onSheet : before.length ? before : prose;
}

/**
 * The plan's title, org and fiscal year as the document prints them. The title is the first of the
 * heading's first six lines that names a plan (else its first line), with the fiscal-year line
 * after it when that is another line: never every line of a cover page joined. With no fiscal-year
 * line in the body, the year is the first a page header's or footer's line names (`pageLines`, a
 * Word file's: S23-3), in `fyPart`; the title stays the body's.
 */
function documentFacts(
  prose: readonly Prose[],
  table: { where: Where; order: number } | undefined,
  after?: number,
  pageLines: readonly PageHeaderLine[] = [],
): { orgName?: string; fy?: number; fyLine?: Prose; fyPart?: PageHeaderLine['part']; title: string } {
  const lines = headingLines(prose, table, after).slice(0, 6);
  const at = Math.max(
    0,
    lines.findIndex((p) => PLAN_NAMING.test(p.text)),
  );
  const titleLine = lines[at];
  const first = titleLine?.text ?? '';
  const orgName = /ของ\s*((?:เทศบาล|องค์การบริหารส่วน)\S+)/.exec(first)?.[1];
  const fyLine =
    lines.slice(at, at + 4).find((p) => FISCAL_YEAR_LINE.test(p.text)) ??
    prose.slice(0, 4).find((p) => FISCAL_YEAR_LINE.test(p.text));
  // any spelling of the year (S15-12): "ประจำปี พ.ศ. ๒๕๗๒", "ปีงบประมาณ ๗๒", "(ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒)"
  const fy = fyLine ? (fiscalYearOfTitle(fyLine.text) ?? NaN) : NaN;
  const withFy = fyLine && fyLine !== titleLine && lines.includes(fyLine) ? fyLine.text : '';
  const page = fyLine ? undefined : pageYear(pageLines);
  return {
    title: collapseSpaces([first, withFy].join(' ')).slice(0, 1000),
    ...(orgName ? { orgName } : {}),
    ...(Number.isFinite(fy) ? { fy, fyLine } : {}),
    ...(page ? { fy: page.fy, fyLine: { where: {}, order: -1, text: page.text }, fyPart: page.part } : {}),
  };
}

/** The first page header's or footer's line naming one fiscal year, and the year. */
function pageYear(lines: readonly PageHeaderLine[]): (PageHeaderLine & { fy: number }) | undefined {
  for (const line of lines) {
    const text = clean(line.text);
    const fy = FISCAL_YEAR_LINE.test(text) ? fiscalYearOfTitle(text) : undefined;
    if (fy !== undefined) return { part: line.part, text, fy };
  }
  return undefined;
}

/** Where a fiscal year read from a Word file's page header or footer was printed. */
const PAGE_PART_NAMES = {
  header: { th: 'หัวกระดาษ', en: 'page header' },
  footer: { th: 'ท้ายกระดาษ', en: 'page footer' },
} as const;

/** Plain spelling without controls (thai-text.ts plainSpelling): nothing to drop or respell. */
const isClean = (text: string) => {
  const plain = plainSpelling(text);
  return plain !== undefined && (plain & PLAIN_CONTROLS) === 0;
};
/** Without what no stored text may hold (NUL, noncharacters, U+FFFD: shared/domain/text.ts), normalised. */
const cleaned = (text: string) => normaliseThai(withoutUnstorable(text));
const clean = (text: string) => (isClean(text) ? text : cleaned(text));

/**
 * Normalise every text of a source document (NFC, sara am, mark order, zero-width characters),
 * without the characters a saved plan may not hold.
 */
function normaliseDocument(doc: SourceDocument): SourceDocument {
  // a short cell's spelling once (tables repeat their short cells)
  const done = new Map<string, string>();
  const cleanCell = (c: string) => {
    // a cell already clean ("", "ก12", "-") is neither cleaned nor kept
    if (isClean(c)) return c;
    if (c.length > MAX_CLEANED_CELL) return cleaned(c);
    let read = done.get(c);
    if (read === undefined) done.set(c, (read = cleaned(c)));
    return read;
  };
  // a row already in this spelling (most rows) is kept as it is; the blocks are copied from the first changed
  let blocks: SourceDocument['blocks'] | undefined;
  doc.blocks.forEach((b, i) => {
    let read = b;
    if (b.kind === 'text') {
      const text = clean(b.text);
      if (text !== b.text) read = { ...b, text };
    } else if (!b.cells.every((c) => cleanCell(c) === c)) read = { ...b, cells: b.cells.map(cleanCell) };
    if (read !== b) blocks ??= doc.blocks.slice(0, i);
    blocks?.push(read);
  });
  return blocks ? { ...doc, blocks } : doc;
}

/** the longest cell normaliseDocument remembers */
const MAX_CLEANED_CELL = 40;

/**
 * The rows without the sheets and tables of another fiscal year (year-sheets.ts, year-tables.ts)
 * and later tables that only repeat measures read before: each said once, its other warnings taken
 * back.
 */
function withoutRepeats(
  rows: (Row & { order: number })[],
  prose: readonly Prose[],
  warnings: Warnings,
  fy: number,
): (Row & { order: number })[] {
  // each kind's warnings are taken back in one pass over the warnings, however many tables go
  const thisYear = withoutOtherYearSheets(rows, fy, prose);
  const otherSheets = new Set(thisYear.skipped.map((s) => s.sheet));
  if (otherSheets.size > 0) warnings.forget((w) => w.where.sheet !== undefined && otherSheets.has(w.where.sheet));
  for (const s of thisYear.skipped) {
    const said = otherYearSheetMessage(s, fy);
    warnings.add(s.order, { sheet: s.sheet }, 'table-not-read', said.th, said.en, s.sheet);
  }
  const thisYearTables = withoutOtherYearTables(thisYear.kept, prose, fy);
  const otherTables = new Set(thisYearTables.skipped.map((t) => t.table));
  if (otherTables.size > 0)
    warnings.forget(
      (w) => w.where.sheet === undefined && w.where.table !== undefined && otherTables.has(w.where.table),
    );
  for (const t of thisYearTables.skipped) {
    const said = otherYearTableMessage(t, fy);
    warnings.add(t.order, { table: t.table }, 'table-not-read', said.th, said.en, t.title);
  }
  const { kept, repeated } = withoutRepeatedTables(thisYearTables.kept);
  const repeatedSheets = new Set(repeated.flatMap((t) => (t.where.sheet !== undefined ? [t.where.sheet] : [])));
  const repeatedTables = new Set(
    repeated.flatMap((t) => (t.where.sheet === undefined && t.where.table !== undefined ? [t.where.table] : [])),
  );
  if (repeated.length > 0)
    warnings.forget(
      (w) =>
        (w.where.sheet !== undefined && repeatedSheets.has(w.where.sheet)) ||
        (w.where.table !== undefined && repeatedTables.has(w.where.table)),
    );
  for (const t of repeated) {
    const said = repeatedTableMessage(t);
    warnings.add(t.order, t.where, 'table-not-read', said.th, said.en, said.source);
  }
  return kept;
}

/** Whether a cell opens with an indicator heading ("ตัวชี้วัดที่ ๔ …", OCR spellings too). */
const opensWithHeading = (text: string) => parseIndicatorHeading(text) !== undefined;
/** a measure cell's first text: an indicator heading, an item number or the word มาตรการ */
const opensMeasureCell = (text: string) => /^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|มาตรการ)/.test(text) || opensWithHeading(text);

/** Read a plan from any source document (see readPlanFile for files). */
export function importSourceDocument(source: SourceDocument, importOptions: ImportOptions): ImportResult {
  return readingOnce(() => importOnce(source, importOptions));
}

function importOnce(source: SourceDocument, importOptions: ImportOptions): ImportResult {
  const options: ImportRun = { ...importOptions, names: unitNames(importOptions.units) };
  const warnings = new Warnings(source.sheetColumns);
  // a form per measure (labels down the left: form-tables.ts) is read as a header and a measure row
  const labels = new Map<string, Column>();
  // a label of too few letters is a note at once (columnOf): not kept (a file of distinct short rows)
  const labelColumn = (label: string) =>
    fewLetters(label) ? columnOf(label) : (labels.get(label) ?? labels.set(label, columnOf(label)).get(label)!);
  // a table beside the plan past an empty column (side-tables.ts) is cut off, said once
  // a text row short of its header's cells: a unit name at a cell's end placed in the units column (short-row-units.ts)
  const { document: placedRows, placed } = withShortRowUnits(source, endingUnitOf(options.units, options.names));
  for (const p of placed) warnings.add(p.block, p.where, 'unit-from-cell-end', p.th, p.en, p.source);
  const { document: uncut, sideTables } = withSideTablesCut(
    withFormsTransposed(normaliseDocument(placedRows), labelColumn, opensWithHeading),
    labelColumn,
    (labels) => headerColumns(labels) !== undefined,
  );
  // cells struck through: a dropped measure kept (warned beside it), any other left out (struck-rows.ts)
  const { document, notices: struckNotices } = withStruckCellsLeftOut(uncut, headerColumns, opensMeasureCell);
  for (const n of struckNotices) warnings.add(n.block, n.where, n.code, n.message_th, n.message_en, n.source);
  for (const t of sideTables) {
    const said = sideTableMessage(t);
    warnings.add(t.block, t.where, t.read ? 'side-table-read' : 'table-not-read', said.th, said.en, t.labels);
  }
  // a unit row's text (unit-group-rows.ts), a short one read once
  const unitRows = new Map<string, string | undefined>();
  const unitRow = (text: string) => {
    if (text.length > MAX_HEADER_CELL) return unitRowText(text, options.units, options.names);
    if (unitRows.has(text)) return unitRows.get(text);
    // most lone cells name no unit: said at once, not kept (a file of distinct short rows: review 17 s23)
    if (!mayBeUnitRow(text, options.names)) return undefined;
    const read = unitRowText(text, options.units, options.names);
    unitRows.set(text, read);
    return read;
  };
  // a header label naming one unit of the org: a units matrix's column (tick-columns.ts)
  const unitNamed = (label: string) => {
    const read = parseResponsibility(label, options.units, options.names);
    const { allUnits, unitIds } = read.responsibility;
    const one = !allUnits && unitIds.length === 1 && !read.unknown && !read.concerned && !read.ticked;
    return one ? options.units.find((u) => u.unitId === unitIds[0]) : undefined;
  };
  const namesUnit = (label: string) => unitNamed(label) !== undefined;
  // a sheet named after one unit of the org ("กองคลัง", "สป.", "1.สำนักปลัด"): unit-sheets.ts
  const sheetUnits = new Map<string, SheetUnit | undefined>();
  const sheetUnit = (sheet: string) => {
    if (!sheetUnits.has(sheet)) {
      const unit = unitNamed(sheet);
      sheetUnits.set(sheet, unit && { sheet, unitId: unit.unitId, name: unit.name });
    }
    return sheetUnits.get(sheet);
  };
  const readUnder = (doc: SourceDocument, said: Warnings) =>
    readRows(doc, said, options.fy, unitRow, namesUnit, sheetUnit);
  const beforeRows = warnings.mark();
  let read = readUnder(document, warnings);
  // no plan table read: rows that open with an indicator heading, under no header (headerless-rows.ts)
  const headerless = read.rows.length === 0 ? headerlessRows(document, opensWithHeading) : undefined;
  if (headerless?.document) {
    warnings.rollback(beforeRows);
    read = readUnder(headerless.document, warnings);
  }
  // columns aligned with runs of spaces, one row a line (space-aligned-rows.ts)
  const spacedHeader =
    read.rows.length === 0 && !headerless?.document
      ? spaceAlignedHeader(
          document.blocks.slice(0, 300).flatMap((b) => (b.kind === 'text' ? [b] : [])),
          tableHeader.isHeader,
        )
      : undefined;
  const spacedRows = spacedHeader ? spaceAlignedRows(document, spacedHeader, opensWithHeading) : undefined;
  // read so only when rows come of it (a pdftotext -layout row spreads over lines: no-measures says why)
  if (spacedRows && readUnder(spacedRows.document, new Warnings()).rows.length > 0) {
    warnings.rollback(beforeRows);
    read = readUnder(spacedRows.document, warnings);
    const said = spaceAlignedRowsMessage(spacedRows);
    warnings.add(-3, spacedHeader!.where, 'columns-by-spaces', said.th, said.en, spacedHeader!.text);
  }
  // a plan written as paragraphs "มาตรการ: …", "ผู้รับผิดชอบ: …" under its headings (labelled-paragraphs.ts)
  const labelled = read.rows.length === 0 ? labelledParagraphs(document, labelColumn, opensWithHeading) : undefined;
  if (labelled?.document) {
    warnings.rollback(beforeRows);
    read = readUnder(labelled.document, warnings);
    const said = labelledParagraphsMessage(labelled);
    warnings.add(
      labelled.first.block,
      labelled.first.where,
      'plan-from-paragraphs',
      said.th,
      said.en,
      labelled.first.source,
    );
  }
  if (headerless) {
    const said = headerlessMessage(headerless);
    const code = headerless.document ? 'header-assumed' : 'no-measures';
    warnings.add(headerless.first.block, headerless.first.where, code, said.th, said.en, headerless.first.source);
  }
  const { prose, unread } = read;
  const rows = withoutRepeats(read.rows, prose, warnings, importOptions.fy);
  for (const t of targetColumnsAsNotes(rows)) targetColumnWarning(warnings, t);
  indicatorsFromNoteColumns(rows);
  indicatorsFromHeadingNotes(rows);
  for (const i of indicatorsFromIssueNotes(rows)) {
    const said = issueIndicatorMessage(i, clip);
    const where = i.column ? { ...i.row.where, column: i.column } : i.row.where;
    warnings.add(i.row.order, where, 'indicator-label-guessed', said.th, said.en, i.text);
  }
  for (const n of source.notices ?? []) {
    warnings.add(n.block, n.where, n.code, n.message_th, n.message_en, normaliseThai(n.source));
  }
  /** how many measures took each id base ("i4", "m7") */
  const usedIds = new Map<string, number>();
  const planRows = rows.filter((r) => r.table === 'plan');
  const resultRows = rows.filter((r) => r.table === 'results');
  // A results report alone (e.g. last year's, as the product writes it) carries the whole plan:
  // measures, methods, timeframe, follow-ups and units; its rows are read as the plan.
  let measureRows = planRows.length > 0 ? planRows : resultRows;
  // ... but not silently when the document has other table rows the importer could not read
  const skipped = planRows.length === 0 ? unread.find((r) => r.order < (resultRows[0]?.order ?? -1)) : undefined;
  if (skipped) {
    warnings.add(
      skipped.order,
      skipped.where,
      'plan-from-results-table',
      `ไม่พบหัวตารางแผนมาตรการที่อ่านได้ จึงอ่านมาตรการจากตารางรายงานผลแทน แต่เอกสารมีตารางก่อนหน้าที่ไม่ได้อ่าน (แถวแรก: "${clip(skipped.source).slice(0, 200)}") กรุณาตรวจว่ามาตรการที่ได้เป็นของแผนที่ต้องการ`,
      `no plan table header could be read, so the measures were read from the results-report table; but an earlier table was not read (its first row: "${skipped.source.slice(0, 200)}"): check that these are the plan's measures`,
      skipped.source,
    );
  }
  // the measure rows read, with those past a table's cap that its first row past it stands for
  const counted = measureRows.reduce((n, r) => n + rowsCounted(r), 0);
  const dropped = measuresDropped(counted);
  if (dropped) warnings.add(-3, firstDroppedRow(measureRows).where, 'measures-dropped', dropped.th, dropped.en, '');
  let measures = measureRows.slice(0, MAX_MEASURES).map((r, i) => measureOf(r, i + 1, usedIds, options, warnings));
  // a title's leading "ตัวชี้วัดที่ N" is its indicator's heading (one the column overrode: S11-40)
  for (const m of measures) m.title = titleForIndicator(m.title, m.indicator);
  // one measure on two unit sheets is one measure of both units (unit-sheets.ts, S23-5)
  const joined = joinUnitSheetMeasures(
    measures,
    measures.map((_, i) => measureRows[i]!.unitSheet),
  );
  if (joined.length > 0) {
    const gone = new Set(joined.map((j) => j.from));
    warnings.moveToJoined(
      new Map(
        joined.map((j) => [
          measures[j.from]!.measureId,
          { measureId: measures[j.into]!.measureId, followUpNos: j.followUpNos },
        ]),
      ),
    );
    for (const j of joined) {
      const [kept, row] = [measures[j.into]!, measureRows[j.from]!];
      const said = joinedMeasureMessage(j, kept);
      const about = { measureId: kept.measureId };
      warnings.add(row.order, cellWhere(row, 'measure'), 'measure-joined', said.th, said.en, row.source, about);
    }
    measureRows = measureRows.filter((_, i) => !gone.has(i));
    measures = measures.filter((_, i) => !gone.has(i));
    measures.forEach((m, i) => (m.order = i + 1));
  }
  if (planRows.length > 0) attachResults(measures, resultRows, options, warnings);
  for (const m of measures) m.recommendations = [...new Set(m.recommendations)].slice(0, 100);
  for (const problem of unsavableMeasures(measures, options.units)) {
    const i = measures.findIndex((m) => m.measureId === problem.measureId);
    const row = measureRows[i]!;
    warnings.add(row.order, row.where, 'cannot-save', problem.th, problem.en, '', { measureId: problem.measureId! });
  }
  // a row copied twice word for word: both kept, the second warned, naming the first (S22-6)
  for (const r of repeatedMeasures(measures)) {
    const row = measureRows[r.index]!;
    const said = repeatedMeasureMessage(measures[r.first]!);
    const about = { measureId: measures[r.index]!.measureId };
    warnings.add(row.order, cellWhere(row, 'measure'), 'measure-repeated', said.th, said.en, row.source, about);
  }
  for (const finding of inactiveUnitsNamed(measures, options.units)) {
    const row = measureRows[measures.findIndex((m) => m.measureId === finding.measureId)]!;
    const where = cellWhere(row, 'responsible');
    const source = stripTags(row.cells.responsible ?? '');
    warnings.add(row.order, where, 'unit-inactive', finding.th, finding.en, source, { measureId: finding.measureId! });
  }

  const firstRead = measureRows[0]?.order ?? Infinity;
  const leftOutBefore = read.rows.reduce(
    (most, r) => (r.order < firstRead ? Math.max(most, r.order) : most),
    -Infinity,
  );
  const facts = documentFacts(prose, measureRows[0], leftOutBefore, source.pageHeaderLines);
  const oversize = planOverSaveLimit(facts.title, measures);
  if (oversize) warnings.add(-4, {}, 'plan-too-large', oversize.th, oversize.en, '');
  if (facts.fy !== undefined && facts.fy !== options.fy) {
    const p = facts.fyLine;
    const part = facts.fyPart ? PAGE_PART_NAMES[facts.fyPart] : undefined;
    warnings.add(
      -1,
      p?.where ?? { line: 1 },
      'fiscal-year-differs',
      `เอกสารระบุปีงบประมาณ ${toThaiDigits(facts.fy)}${part ? ` ที่${part.th}` : ''} แต่นำเข้าเป็นปี ${toThaiDigits(options.fy)}`,
      `the document says fiscal year ${facts.fy}${part ? ` in its ${part.en}` : ''}, but it is imported as ${options.fy}`,
      p?.text ?? '',
    );
  }
  const byTimeframes =
    facts.fy === undefined
      ? otherYearOfTimeframes(
          measures.map((m) => m.timeframe),
          options.fy,
        )
      : undefined;
  if (byTimeframes) {
    const row = measureRows[byTimeframes.index]!;
    const [th, en, source] = [byTimeframes.message_th, byTimeframes.message_en, stripTags(row.cells.timeframe ?? '')];
    warnings.add(-1, cellWhere(row, 'timeframe'), 'fiscal-year-differs', th, en, source);
  }
  const otherOrg = otherOrganisationIn(prose.slice(0, 6), options.orgName);
  if (otherOrg) warnings.add(-1, otherOrg.where, 'other-organisation', otherOrg.th, otherOrg.en, otherOrg.text);
  // the text lines as read (stripTags would close the gaps between the columns)
  const lines = source.blocks.slice(0, 300).flatMap((b) => (b.kind === 'text' ? [b] : []));
  const spaced = measures.length === 0 ? spaceAlignedHeader(lines, tableHeader.isHeader) : undefined;
  if (spaced) {
    const said = spaceAlignedMessage(spaced.text);
    warnings.add(-2, spaced.where, 'no-measures', said.th, said.en, spaced.text);
  } else if (measures.length === 0 && (!headerless || headerless.document)) {
    // indicator headings written as paragraphs, with no table and no labelled fields: quoted
    const heading = prose.find((p) => p.text.length <= 300 && opensWithHeading(p.text));
    // ... or with labelled fields too few under each heading for a measure: the labels named
    const labels = heading && labelled && !labelled.document ? labelled : undefined;
    const said = labels
      ? labelsWithoutMeasureMessage(labels)
      : heading
        ? headingsWithoutTableMessage(heading.text)
        : { th: 'ไม่พบตารางมาตรการในเอกสาร', en: 'no measures table was found in the document' };
    const [where, quoted] = labels ? [labels.first.where, labels.first.source] : [heading?.where, heading?.text];
    warnings.add(-2, where ?? { line: 1 }, 'no-measures', said.th, said.en, quoted ?? '');
  }
  return {
    plan: { orgId: options.orgId, fy: options.fy, title: facts.title, measures },
    warnings: warnings.sorted(),
    ...(facts.orgName ? { orgNameInDocument: facts.orgName } : {}),
    ...(facts.fy !== undefined ? { fyInDocument: facts.fy } : byTimeframes ? { fyInDocument: byTimeframes.fy } : {}),
  };
}

/** The first measure row past MAX_MEASURES (one row past a table's cap stands for the rows after it). */
function firstDroppedRow<R extends Row>(rows: readonly R[]): R {
  let before = 0;
  for (const r of rows) {
    before += rowsCounted(r);
    if (before > MAX_MEASURES) return r;
  }
  throw new Error('no measure row past MAX_MEASURES');
}

/** Tab-separated text (the OCR output): see importSourceDocument. */
export function importMeasuresDocument(text: string, options: ImportOptions): ImportResult {
  return importSourceDocument(readTextDocument(text), options);
}
