// The rows of a SourceDocument read under their headers into plan and results rows (readRows).
import { MAX_MEASURES } from '../domain/plan.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { isContinuationMark, isPageNumber } from './page-furniture.js';
import { withDateBounds } from './date-bound-columns.js';
import { indicatorHeadingLine, parseIndicatorHeading } from './indicator-heading.js';
import { describeWhere, type Where } from './import-warning.js';
import type { CellMerge, SourceBlock, SourceDocument } from './source-document.js';
import { fewLetters, hasStrippedText, strippedStart, stripTags } from './thai-text.js';
import { type Column, columnOf, headerRoles, numberedRow, type Role } from './column-names.js';
import { tickColumnsMessage, withTickColumns } from './tick-columns.js';
import { brokenRowJoined, pageBreakJoined, repeatedLines, signOffLinesMessage } from './broken-text-rows.js';
import {
  totalLine,
  headingAcrossRow,
  headingRowText,
  headingRowKind,
  headingRowsMessage,
  isColumnNumbersRow,
  isSectionHeading,
  isSignOffRow,
  loneCell,
  type LoneCell,
  withHeadingItem,
} from './table-row-kinds.js';
import { joinedColumns } from './joined-columns.js';
import { PlainRows, plainRowKey } from './plain-rows.js';
import { countWork } from './read-once.js';
import { laterTableMessage, notesLabelRow, otherBlockMessage, otherBlockStart } from './later-table-header.js';
import { counted } from '../domain/english-count.js';
import { indicatorHeadingText, MAX_LINES_UNDER_HEADING } from './table-headings.js';
import { startsUnitMeasure, unitMeasureMessage } from './unit-per-row.js';
import { ContinuedCells } from './continued-cells.js';
import {
  joinTypedOver,
  type ListRole,
  noteNumbered,
  numberedColumns,
  ownMeasureUnderMerge,
  typedOverMessage,
  typedOverRow,
} from './typed-over-rows.js';
import { headerUnrecognisedMessage } from './header-unrecognised.js';
import { headerFromUnitSheetMessage, type SheetUnit, unitSheetsMessage } from './unit-sheets.js';
import { isTitleRow, MAX_TITLE_LINES, titleLinesOverHeader } from './title-row.js';
import { readSpannedCells } from './spanned-cells.js';
import { SOURCE_CHARS, Warnings } from './import-warnings.js';
import { type Row, rowsCounted, cellWhere, type UnreadRow, type Prose } from './read-row.js';
import {
  MAX_HEADER_CELL,
  headerColumns,
  combinedHeader,
  headerLike,
  laterTableHeader,
  namesFollowUps,
  otherColumnsHeader,
  hasUnitsColumn,
  tableOf,
} from './header-rows.js';
import { missingColumn, guessedColumns, unreadMonthRow } from './header-warnings.js';
import { monthYearsIn, outsideYearMessage } from './month-row-dates.js';
import {
  type NotReadTable,
  tableKeyOf,
  headingRowOf,
  continuedPlanTable,
  continuedTableMessage,
  headerFromTableAboveMessage,
  tablePlace,
  ownSource,
  tableNotRead,
} from './table-entry.js';
import { continueRow, listGoesOn, measureCells, unnumberedGoesOn, unnumberedRowMessage } from './row-continuations.js';
import { wrappedLines, pageBreakWarning, runningTitle, wrappedWarning } from './rows-across-breaks.js';
import { cellsByRole } from './cells-by-role.js';
import { isPeriodColumn } from './period-columns.js';
import { MAX_TEMPLATE_SCANS, tableRowsFrom, templateColumnFills, withoutTemplateFills } from './column-fills.js';
import type { RowAt } from './row-at.js';

const NOTHING_MERGED: readonly CellMerge[] = [];

/**
 * A measure row past its table's MAX_MEASURES: counted, never read as a measure (no text to quote).
 * Built by an object literal of its own, not a kept row's: V8 makes a literal's objects in the old
 * generation once those it made have lived (pretenuring by allocation site), and the kept rows do,
 * so the tens of thousands of rows only counted (1 MB of short rows) were each made old, to be freed
 * by full collections only: ~20% of that import's CPU (session 54).
 */
function countedRow(
  table: Row['table'],
  where: Where,
  cells: Row['cells'],
  columnOf: Row['columnOf'],
  notes: Row['notes'],
  order: number,
  header: Column[],
): Row & { order: number } {
  return { table, where, cells, columnOf, notes, source: '', order, header };
}

/** A row of dashes only (a text table's rule under its header). */
const isSeparator = (cells: readonly string[]) =>
  cells.every((c) => /^[\s-]*$/.test(c)) && cells.join('').includes('-');

/** The heading rows left out of the measures (a section's, a total), said once. */
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

/**
 * The rows of `doc` read under the header in force: measure rows of the plan and results tables
 * (a heading row over the measures under it, continuation rows joined), the prose between them, and
 * table rows read outside any table. Warnings go to `warnings`. `unitRow`: the units a row naming
 * only units names (unit-group-rows.ts); `namesUnit`: does a column label name a unit;
 * `sheetUnit`: the unit a sheet is named after (unit-sheets.ts). One pass over the blocks.
 */
export function readRows(
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
  /** a header's month row dated in another fiscal year, said once a document (month-row-dates.ts) */
  let saidOtherYear = false;
  const withMonthYears = (header: Column[], order: number, where: Where) => {
    const read = monthYearsIn(header, fy);
    if (read.other && !saidOtherYear) {
      saidOtherYear = true;
      warnings.add(order, where, 'month-row-other-year', read.other.th, read.other.en, read.other.source);
    }
    return read.columns;
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
  const rolesOf = new WeakMap<readonly Column[], Role[]>();
  /** the header's roles, made once a header (a closure made once a call cost ~0.4 µs under tsx: session 60) */
  const rolesFor = (header: readonly Column[]) => {
    let read = rolesOf.get(header);
    if (!read) rolesOf.set(header, (read = header.map((c) => c.role)));
    return read;
  };
  const rowKind = (lone: LoneCell, header: readonly Column[]) => {
    // a long text is not kept; a text of too few letters is no heading, read at once (headingRowKind)
    if (lone.text.length > MAX_HEADER_CELL || fewLetters(lone.html)) return headingRowKind(lone, rolesFor(header));
    let read = kinds.get(header);
    if (!read) kinds.set(header, (read = new Map<string, ReturnType<typeof headingRowKind>>()));
    const key = `${lone.column}\u0000${lone.spans}\u0000${lone.html}`;
    if (!read.has(key)) read.set(key, headingRowKind(lone, rolesFor(header)));
    return read.get(key);
  };
  const isHeaderRow = (c: string[]) => !!headerColumns(c, headerCells);
  /** the row's lone cell (loneCell), found once a row */
  const loneOf = (at: RowAt) =>
    (at.lone === undefined ? (at.lone = loneCell(at.cells, at.merged) ?? null) : at.lone) ?? undefined;
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
    at: RowAt,
    columns: Column[],
    own: ReturnType<typeof cellsByRole>,
    fromAbove: ReturnType<typeof cellsByRole> | undefined,
  ) => {
    const { where, order, key } = at;
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
    const notes = fromAbove ? [...own.notes, ...fromAbove.notes] : own.notes;
    const row: Row & { order: number } = pastCap(key)
      ? countedRow(table, where, byRole, columnOfRole, notes, order, columns)
      : { table, where, cells: byRole, columnOf: columnOfRole, notes, source: source(), order, header: columns };
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
  let quoted: RowAt = {
    cells: [],
    merged: [],
    fill: undefined,
    where: {},
    order: -1,
    key: undefined,
    ownNumber: false,
  };
  let quotedText: string | undefined;
  // each cell's start only: every reader of a row's source quotes at most SOURCE_CHARS of it (warnings
  // clip it), and a Word cell of 1,000,000 "<a" was stripped whole here for it (session 25)
  const source = () =>
    (quotedText ??= quoted.cells
      .filter((_, j) => quoted.merged[j] !== 'left')
      .map((c) => strippedStart(c, SOURCE_CHARS + 1))
      .join(' | '));
  /** does a plain row go on with the row above (a list going on, lines typed over rows)? */
  const goesOn = (above: Row | undefined, own: Row['cells'], where: Where) =>
    !!above && (listGoesOn(above, own, where) || !!typedOverOf(above, own, where));
  /** under another table's header after the plan's rows (laterTableHeader): its rows are no text of the plan */
  let inLaterTable = false;
  /** the caption of another table, read right above its header (a lone cell: no measure) */
  let captionRead: string | undefined;
  /** where the header of other columns under a caption is (otherColumnsHeader): it ends the plan */
  let otherHeaderAt: number | undefined;
  /**
   * The block at `order` as read: a row broken over two lines or a page break joined, lines of text
   * under it wrapped from its last cell joined into it (or a sign-off left out); and where the
   * blocks after it start. Joined lines are marked in joinedLines, not read again.
   */
  const acrossBreaks = (original: SourceBlock, order: number) => {
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
    return { block: (!wrapped?.signOff && wrapped?.row) || rowRead, nextAt };
  };
  /** A line of text: the table read ends (kept for a table split by the line); it may head the next. */
  const readTextLine = (line: Extract<SourceBlock, { kind: 'text' }>, order: number) => {
    if (!line.text.trim()) return;
    inLaterTable = false;
    if (columns && table === 'plan') {
      headerBeforeHeading = columns;
      endedByText = { columns, group, text: stripTags(line.text).trim() };
    }
    columns = undefined;
    headerJustRead = undefined;
    group = undefined;
    unitGroup = undefined;
    const headingText = indicatorHeadingText(line.text);
    if (headingText) headingAbove = { text: headingText, lines: 0 };
    else if (headingAbove && ++headingAbove.lines > MAX_LINES_UNDER_HEADING) headingAbove = undefined;
    prose.push({ where: line.where, order, text: stripTags(line.text.replace(/\*\*/g, '')) });
  };
  /**
   * The first row of another Word table or sheet (`key`): read on with the header in force (a unit
   * sheet's, S23-4; a Word table of the same grid), with the plan's header above a heading (S14-6),
   * or against a header of its own (the table is not read until one is found).
   */
  const enterTable = (at: RowAt) => {
    const { key, cells, merged, where, order } = at;
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
    // a unit sheet with its own title lines over its own header reads that header (S25-2)
    const fromUnitSheet =
      unitOfSheet &&
      columns &&
      unitSheetHeader?.columns === columns &&
      cells.length <= columns.length &&
      !titleLinesOverHeader(doc.blocks, order, tableKeyOf, (c) => !!headerColumns(c, headerCells, 'responsible'))
        ? unitSheetHeader
        : undefined;
    if (fromUnitSheet && !headerColumns(cells, headerCells, 'responsible')) {
      // its title line over rows in the header's layout is its title, no measure (session 26)
      const title = sheetTitleLine(cells, merged, fromUnitSheet.columns);
      sheetTitle = title === undefined ? undefined : { key, lines: 0 };
      const said = headerFromUnitSheetMessage(where.sheet!, fromUnitSheet.sheet, title);
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
  };
  /** A header-less table of the plan's width under a line of text: the plan split by hand (S23-9). */
  const continueAfterText = ({ cells, merged, where, order }: RowAt) => {
    const ended = endedByText;
    endedByText = undefined;
    const continued = !columns && ended && continuedPlanTable(cells, merged, ended.columns);
    if (continued && ended) {
      columns = ended.columns;
      group = ended.group;
      const said = continuedTableMessage(where, ended.text);
      warnings.add(order, tablePlace(where), 'header-assumed', said.th, said.en, ended.text);
    }
  };
  /**
   * A short row read before under this header as a plain measure row is one again (plain-rows.ts),
   * unless it goes on with the row above: true when it was read so.
   */
  const readPlainRow = (at: RowAt, header: Column[]): boolean => {
    const plain = plainRows.find(header, at.cells, at.merged);
    if (!plain || (!at.ownNumber && goesOn(latest, plain.byRole, at.where))) return false;
    // past the table's first MAX_MEASURES the row is only counted: its columns are shared
    const past = pastCap(at.key);
    const own = {
      byRole: { ...plain.byRole },
      columnOf: past ? plain.columnOf : { ...plain.columnOf },
      notes: [...plain.notes],
      ...(plain.marked ? { marked: plain.marked } : {}),
    };
    pushMeasure(at, header, own, undefined);
    return true;
  };
  /** The second row of the header just read (a grouped header, combinedHeader): true when it was one. */
  const readSecondHeaderRow = (
    { cells, merged, where, order }: RowAt,
    top: { merged: readonly CellMerge[] },
    header: Column[],
  ): boolean => {
    const combined = combinedHeader(header, top.merged, cells, merged, namesUnit);
    if (!combined) return false;
    const wasUnitSheets = unitSheetHeader?.columns === header;
    columns = withMonthYears(withTicks(headerRoles(combined), order, headerWhere ?? where), order, where);
    if (wasUnitSheets) unitSheetHeader = hasUnitsColumn(columns) ? undefined : { ...unitSheetHeader!, columns };
    table = tableOf(combined);
    guessedColumns(warnings, order, where, combined, saidGuessed);
    unreadMonthRow(warnings, order, where, combined, cells, merged);
    return true;
  };
  /**
   * A header row (with the prose row above it when that was its top row): the header in force from
   * here, or a later table of the measures without follow-ups not read. True when it was a header.
   */
  const readHeaderRow = ({ cells, merged, where, order, key }: RowAt, proseRow: typeof proseRowJustRead): boolean => {
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
    if (!header) return false;
    if (key !== undefined && planRowKept && !namesFollowUps(header) && !(unitOfSheet && !hasUnitsColumn(header))) {
      // a later table of the measures without their follow-ups (a summary by unit) is no plan table
      tablesNotRead.set(key, {
        order,
        where: tablePlace(where),
        source: header.map((c) => c.label).join(' | '),
        noFollowUps: true,
      });
      columns = undefined;
      return true;
    }
    inLaterTable = false;
    if (key !== undefined) tablesNotRead.delete(key);
    // an indicator heading row right above the header (a table per indicator, its heading its first
    // row over the header) heads the table's measures, as a heading paragraph above it does (S23-2)
    const headingRowAbove = group && group === latest && !group.headedMeasures ? group : undefined;
    group = undefined;
    unitGroup = undefined;
    tableHeading = headingRowAbove ?? (headingAbove && headingRowOf(table, where, headingAbove.text));
    headingAbove = undefined;
    columns = withMonthYears(withDateBounds(withTicks(header, order, where)), order, where);
    unitSheetHeader = unitOfSheet && !hasUnitsColumn(columns) ? { columns, sheet: unitOfSheet.sheet } : undefined;
    guessedColumns(warnings, order, where, header, saidGuessed);
    headerWhere = where;
    headerJustRead = { merged };
    table = tableOf(header);
    return true;
  };
  /** A header's columns, once: a plan table without units or follow-up column, columns joined. */
  const checkColumns = (header: Column[], where: Where, order: number) => {
    checkedColumns = header;
    if (table === 'plan' && !hasUnitsColumn(header) && !unitOfSheet)
      noUnitsColumn.push({ order, where: headerWhere ?? where, columns: header });
    if (table === 'plan' && !header.some((c) => c.role === 'followUps' || c.tickFor === 'cadence'))
      missingColumn(warnings, order, headerWhere ?? where, header, 'no-follow-up-column');
    for (const n of joinedColumns(header, (c) => c.round !== undefined || c.month !== undefined || !!c.bound)) {
      warnings.add(order, { ...(headerWhere ?? where), column: n.column }, 'columns-joined', n.th, n.en, n.source);
    }
  };
  /** A row with no header in force: prose, the heading of the table below, a row not read, a header not read. */
  const readProseRow = ({ cells, merged, where, order, key }: RowAt) => {
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
  };
  /** Another table's header under the plan's rows (the results CSV's per-period section): the plan ends. */
  const endAtLaterTable = ({ where, order }: RowAt) => {
    const said = laterTableMessage(source(), captionRead);
    captionRead = undefined;
    warnings.add(order, where, 'table-not-read', said.th, said.en, source());
    columns = undefined;
    group = undefined;
    unitGroup = undefined;
    inLaterTable = true;
  };
  /** A notes label in a row's first cell with text and its note after it (notesLabelRow): the row's text. */
  const notesRowOf = ({ cells, merged }: RowAt) => {
    const first = cells.findIndex((c, j) => !merged[j] && hasStrippedText(c));
    // the label's cell is short: a longer one (a measure's) is not stripped for it
    const label = first < 0 ? '' : cells[first]!;
    if (label.length > MAX_HEADER_CELL || !label.includes('หมายเหตุ')) return undefined;
    if (!/^\*?\s*หมายเหตุ/.test(strippedStart(label, 16))) return undefined;
    return notesLabelRow(
      cells.flatMap((c, j) => (j >= first && !merged[j] && hasStrippedText(c) ? [stripTags(c)] : [])),
    );
  };
  /** Another table's caption or a notes block under the plan's rows: the plan ends, said. */
  const endAtOtherBlock = ({ where, order }: RowAt, kind: 'caption' | 'notes', text: string) => {
    const said = otherBlockMessage(kind, text);
    warnings.add(order, where, 'table-not-read', said.th, said.en, source());
    columns = undefined;
    group = undefined;
    unitGroup = undefined;
    inLaterTable = true;
  };
  /**
   * A unit row over the measures under it, or a heading row (an indicator's, a section's, the next
   * part's: table-row-kinds.ts), none a measure. True when the row was one.
   */
  const readHeadingRow = (at: RowAt, header: Column[], next: SourceBlock | undefined): boolean => {
    const { cells, merged, where, order, ownNumber } = at;
    // a heading row numbered in the ที่/ลำดับ column ("1 | ตัวชี้วัดที่ 1 …", its measures "1.1", "1.2"):
    // a heading row as it is without its number (review 17 s21, S21-4)
    const numberAt = ownNumber ? header.findIndex((c, j) => !merged[j] && numberedRow(c, cells[j])) : -1;
    const numberedLone = numberAt >= 0 ? loneCell(cells.with(numberAt, ''), merged) : undefined;
    const lone = loneOf(at) ?? (numberedLone && rowKind(numberedLone, header) ? numberedLone : undefined);
    const kind = lone && (rowKind(lone, header) ?? partHeadingKind(lone, next, header));
    // a unit row over its measures ("หน่วยงานผู้รับผิดชอบ: กองคลัง"): no measure, its units theirs
    const unitText =
      lone && (kind === 'section' || (!kind && header[lone.column]?.role === 'measure'))
        ? unitRow(lone.text)
        : undefined;
    if (unitText !== undefined) {
      unitGroup = unitText;
      return true;
    }
    // a heading in the ที่ column, or split over it and the measure column ("ตัวชี้วัดที่ ๑ | การปฏิบัติหน้าที่"):
    // the heading over the measures under it, never a measure (review 17 s22, S22-1)
    // a lone cell of too few letters is no heading's label split over two cells (headingAcrossRow's first test)
    const noAcross = kind || (numberAt < 0 && lone && fewLetters(lone.text));
    const across = noAcross ? undefined : headingAcrossRow(numberAt >= 0 ? cells.with(numberAt, '') : cells, merged);
    const heading = lone && kind ? { cell: lone, kind } : across && { cell: across, kind: 'indicator' as const };
    if (!heading) return false;
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
    return true;
  };
  /**
   * A row going on with the row read last: lines typed over rows (S14-12), a row without its number
   * (S20-5), a continuation (empty measure and indicator cells: joined, or a measure of its own
   * units), a numbered list going on. True when the row was read so.
   */
  const readGoingOn = (
    at: RowAt,
    header: Column[],
    own: ReturnType<typeof cellsByRole>,
    fromAbove: ReturnType<typeof cellsByRole> | undefined,
    continuation: boolean,
  ): boolean => {
    const { cells, merged, where, order, ownNumber } = at;
    const above = latest;
    const over =
      above?.table === table && !ownNumber && !ownMeasureUnderMerge(own.byRole, fromAbove?.byRole)
        ? typedOverOf(above, own.byRole, where)
        : undefined;
    if (above && over && !(over.ownFollowUp && startsUnitMeasure(above, own.byRole))) {
      // lines of the cells above typed over rows (S14-12): joined to the items they go on with
      joinTypedOver(above, own, over, numbered.get(above)!);
      const lines = typedOver.get(above);
      if (lines) lines.push({ row: where.row, source: source() });
      else typedOver.set(above, [{ row: where.row, source: source() }]);
      return true;
    }
    const goesOnUnnumbered =
      !continuation && above?.table === table && unnumberedGoesOn(header, cells, merged, own, fromAbove);
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
      return true;
    }
    if (continuation) {
      readContinuation(at, header, own, fromAbove);
      return true;
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
      return true;
    }
    return false;
  };
  /** A row with empty measure and indicator cells: the row above goes on, or a measure of its own units. */
  const readContinuation = (
    { where, order, key }: RowAt,
    header: Column[],
    own: ReturnType<typeof cellsByRole>,
    fromAbove: ReturnType<typeof cellsByRole> | undefined,
  ) => {
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
        header,
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
  };
  /** the unit sheet read with an earlier sheet's header whose title lines are being passed over, and how many */
  let sheetTitle: { key: string | undefined; lines: number } | undefined;
  /** a row of one cell that is no heading nor unit row under `header`: a sheet's title line's text */
  const sheetTitleLine = (cells: readonly string[], merged: readonly CellMerge[], header: Column[]) => {
    const lone = loneCell(cells, merged);
    return lone && !rowKind(lone, header) && unitRow(lone.text) === undefined ? lone.text : undefined;
  };
  /** each header's table, first data row and, once a row of it has fills, its template's column fills */
  const headerFills = new Map<Column[], { key: string | undefined; from: number; template?: string[] }>();
  let templateScans = 0;
  /** a data row's fills without its template's month column fills (column-fills.ts): those mark nothing */
  const barFills = (header: Column[], fill: readonly string[] | undefined, order: number, key: string | undefined) => {
    let entry = headerFills.get(header);
    if (!entry || entry.key !== key) headerFills.set(header, (entry = { key, from: order }));
    if (!fill || key === undefined || !header.some(isPeriodColumn)) return fill;
    // each header's scan reads its table to the end: a bounded count of them keeps the reading linear
    entry.template ??=
      templateScans++ < MAX_TEMPLATE_SCANS
        ? templateColumnFills(tableRowsFrom(doc.blocks, entry.from, key), header.length, (j) =>
            isPeriodColumn(header[j]),
          )
        : [];
    return withoutTemplateFills(fill, entry.template);
  };
  /**
   * A row under the header that is no heading: a total, a row going on with the one above, or a
   * measure (remembered as a plain row when `rememberPlain` and it said nothing since `callsBefore`: plain-rows.ts).
   */
  const readMeasureRow = (at: RowAt, header: Column[], rememberPlain: boolean, callsBefore: number) => {
    const { cells, merged, where, order } = at;
    const fill = barFills(header, at.fill, order, at.key);
    // the row's own cells; cells merged down from the row above (a unit cell over two measures)
    // count for a new measure, not for a continuation (they are already in the row above)
    const own = cellsByRole(cells, merged, header, (m) => m === null, fy, fill);
    if (own.outsideYear) {
      // marks in months the header dates outside the year: no part of the timeframe, said (month-row-dates.ts)
      const said = outsideYearMessage(own.outsideYear.text, fy);
      const at = { ...where, column: own.outsideYear.column };
      warnings.add(order, at, 'months-outside-year', said.th, said.en, own.outsideYear.text);
    }
    // a cell merged across the follow-up or units column holds its text too (spanned-cells.ts)
    for (const s of readSpannedCells(cells, merged, header, own)) {
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
      ? cellsByRole(cells, merged, header, (m) => m === 'above', fy, fill)
      : undefined;
    const continuation = !hasStrippedText(own.byRole.measure ?? '') && !hasStrippedText(own.byRole.indicator ?? '');
    if (!continuation && where.line !== undefined && cells.length !== header.length) {
      warnings.add(
        order,
        where,
        'unexpected-cell-count',
        `มี ${toThaiDigits(cells.length)} ช่อง แต่หัวตารางมี ${toThaiDigits(header.length)} ช่อง`,
        `${counted(cells.length, 'cell')}, but the header has ${header.length}`,
        source(),
      );
    }
    if (readGoingOn(at, header, own, fromAbove, continuation)) return;
    const plainKey =
      rememberPlain && plainRows.remembers(header) ? plainRowKey(cells, merged, header.length) : undefined;
    if (plainKey !== undefined && !fromAbove && warnings.calls === callsBefore)
      plainRows.remember(header, plainKey, cells, own);
    pushMeasure(at, header, own, fromAbove);
  };
  doc.blocks.forEach((original, order) => {
    if (joinedLines.has(order)) return;
    const { block, nextAt } = acrossBreaks(original, order);
    if (block.kind === 'text') return readTextLine(block, order);
    const { cells, where } = block;
    const merged = block.merged ?? NOTHING_MERGED;
    if (!cells.some(hasStrippedText) || isSeparator(cells)) return;
    // the cells' fills, while they are these cells' (a Gantt's bars drawn by colour, S24-15)
    const fill = block.fill?.length === cells.length ? block.fill : undefined;
    const at: RowAt = { cells, merged, fill, where, order, key: tableKeyOf(where), ownNumber: false };
    if (at.key !== tableKey) enterTable(at);
    if (sheetTitle) {
      // a unit sheet's title lines over rows in an earlier sheet's header layout (enterTable)
      const more = sheetTitle.key === at.key && sheetTitle.lines < MAX_TITLE_LINES;
      if (more && columns && sheetTitleLine(cells, merged, columns)) return void sheetTitle.lines++;
      sheetTitle = undefined;
    }
    continueAfterText(at);
    const justRead = headerJustRead;
    const proseRow = proseRowJustRead;
    headerJustRead = undefined;
    proseRowJustRead = undefined;
    quoted = at;
    quotedText = undefined;
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
    // a row with its own number in the row-number column (ลำดับ "๑.๒") is a row of its own: never
    // lines typed on, nor a list going on, from the row above (review 17 s18, S18-9)
    at.ownNumber = !!columns && columns.some((c, j) => !merged[j] && numberedRow(c, cells[j]));
    if (mayBePlain && readPlainRow(at, columns!)) return;
    const callsBefore = warnings.calls;
    // the row of column numbers under a header ("(๑) | (๒) | (๓)") is part of the header
    if (columns && isColumnNumbersRow(cells, merged)) {
      // "1" … "12" over a Gantt's months: no month row read, said (S26-10)
      unreadMonthRow(warnings, order, where, columns, cells, merged);
      return;
    }
    // "(ต่อ)" or a page number alone in a row between measures (a sheet printed in pages) is no measure
    const furniture = columns && loneOf(at);
    if (furniture && (isContinuationMark(furniture.text) || isPageNumber(furniture.text))) return;
    if (columns && isSignOffRow(cells, merged)) {
      // the sign-off block under the table (ลงชื่อ … ผู้เสนอ | ลงชื่อ … ผู้อนุมัติ): the table ends
      columns = undefined;
      group = undefined;
    }
    if (justRead && columns && readSecondHeaderRow(at, justRead, columns)) return;
    if (readHeaderRow(at, proseRow)) return;
    if (columns && columns !== checkedColumns) checkColumns(columns, where, order);
    if (!columns) {
      if (!inLaterTable) readProseRow(at);
      return;
    }
    const laterHeader =
      latest?.table === table ? order === otherHeaderAt || laterTableHeader(cells, columns) : undefined;
    if (laterHeader) return endAtLaterTable(at);
    // one cell right above another table's header ("ตารางที่ ๒ ผลคะแนน…"): that table's caption (tester s51)
    const next = doc.blocks[nextAt];
    const caption = laterHeader === false && next?.kind === 'row' && loneOf(at);
    if (caption && laterTableHeader(next.cells, columns)) return void (captionRead = caption.text);
    // "ตารางที่ ๒ …" over a table of other columns, or "หมายเหตุ": no row of the plan from here
    const lone = laterHeader === false && loneOf(at);
    const other = lone && otherBlockStart(lone.text);
    if (lone && other) return endAtOtherBlock(at, other, lone.text);
    // a caption over a header of none of the plan's columns ("สรุปคะแนน" over "ลำดับ | รายการ | คะแนน", tester s52)
    const below = doc.blocks[nextAt + 1];
    if (
      caption &&
      otherColumnsHeader(
        next.cells,
        next.merged ?? NOTHING_MERGED,
        columns,
        below?.kind === 'row' ? below.cells : undefined,
      ) &&
      rowKind(caption, columns) !== 'indicator'
    ) {
      otherHeaderAt = nextAt;
      return void (captionRead = caption.text);
    }
    // "หมายเหตุ :" in its own cell, the note in the cells after it (tester s52)
    const notes = laterHeader === false && !lone && notesRowOf(at);
    if (notes) return endAtOtherBlock(at, 'notes', notes);
    if (readHeadingRow(at, columns, doc.blocks[nextAt])) return;
    readMeasureRow(at, columns, !!mayBePlain && laterHeader === false, callsBefore);
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
