// Reads a measures document (plan table, then optionally the results-report table) into a draft plan.
// Input: a SourceDocument (text lines and table rows, from .txt, .docx, .xlsx or .pdf). The header
// row is found by meaning, columns come in any order, columns the plan has no place for are kept as
// notes, rows with an empty measure cell continue the row above.
import { type FollowUp, MAX_MEASURES, type Measure, type Plan } from '../domain/plan.js';
import { withoutUnstorable } from '../domain/text.js';
import { hasVisibleCharacter } from '../domain/visible-text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { FISCAL_YEAR_LINE, fiscalYearOfTitle } from './fiscal-year-names.js';
import { otherYearOfTimeframes, timeframeOtherYearMessage } from './timeframe-fiscal-year.js';
import { timeframeDueDate } from './timeframe-due-date.js';
import { followUpOwnMonths, withTimeframeMonths } from './timeframe-months.js';
import { followUpNotesOf, followUpNotesSaid, isOwnNoteLine } from './follow-up-notes.js';
import { titleForIndicator } from '../domain/indicator-title.js';
import { otherOrganisationIn } from './other-organisation.js';
import { detectAudience, detectCadences } from './cadence-detection.js';
import { readFollowUpCadence } from './follow-up-cadence.js';
import { audienceOfNote, CADENCE_LABELS, withoutCadenceNote } from '../domain/plan-labels.js';
import type { Cadence } from '../domain/due-rules.js';
import { findIndicatorOutOfRange, type IndicatorHeading, parseIndicatorHeading } from './indicator-heading.js';
import { headingWarnings } from './indicator-heading-warnings.js';
import { statusMarkMessage, statusMarkOf, struckMeasureMessage } from './measure-status-marks.js';
import { withStruckCellsLeftOut } from './struck-rows.js';
import { headingFromNumbering } from './indicator-numbering.js';
import { spaceAlignedHeader, spaceAlignedMessage } from './space-aligned-header.js';
import { spaceAlignedRows, spaceAlignedRowsMessage } from './space-aligned-rows.js';
import { NO_PERIODS, reportedFollowUpItems } from './report-follow-up-items.js';
import type { ImportWarning, Where } from './import-warning.js';
import { inactiveUnitsNamed, measuresDropped, planOverSaveLimit, unsavableMeasures } from './plan-limits.js';
import {
  type NamedUnit,
  parseResponsibility,
  parseResponsibilityOnce,
  type UnitNames,
  unitNames,
} from './responsibility.js';
import { exceptionWarnings, guessedUnitWarning, unitPhraseWarnings } from './unit-phrase-warnings.js';
import { semicolonItems } from './semicolon-items.js';
import { joinedFollowUps } from './joined-follow-ups.js';
import { type PageHeaderLine, readTextDocument, type SourceDocument } from './source-document.js';
import {
  collapseSpaces,
  fewLetters,
  MAX_ITEMS,
  normaliseThai,
  PLAIN_CONTROLS,
  plainSpelling,
  splitItems,
  splitItemsKept,
  stripTags,
} from './thai-text.js';
import { isTickListText, joinTickListCell } from './tick-lists.js';
import { type Column, columnOf, type Role } from './column-names.js';
import { readingOnce } from './read-once.js';
import {
  indicatorsFromHeadingNotes,
  indicatorsFromNoteColumns,
  type TargetColumn,
  targetColumnsAsNotes,
} from './indicator-column.js';
import { indicatorsFromIssueNotes, issueIndicatorMessage } from './issue-column-indicator.js';
import { counted } from '../domain/english-count.js';
import { rowCadence } from './row-cadence.js';
import { fitNotes } from './measure-notes.js';
import type { HeadingPrefix } from './title-before-label.js';
import { mayBeUnitRow, unitRowText } from './unit-group-rows.js';
import { withFormsTransposed } from './form-tables.js';
import { unknownWordsNote } from './position-units.js';
import { repeatedTableMessage, withoutRepeatedTables } from './repeated-tables.js';
import { repeatedMeasureMessage, repeatedMeasures, type WarningReader } from './repeated-measures.js';
import { joinedMeasureMessage, joinUnitSheetMeasures, type SheetUnit, unitSheetJoinKey } from './unit-sheets.js';
import { otherYearSheetMessage, withoutOtherYearSheets } from './year-sheets.js';
import { sideTableMessage, withSideTablesCut } from './side-tables.js';
import { headerlessMessage, headerlessRows } from './headerless-rows.js';
import { endingUnitOf, withShortRowUnits } from './short-row-units.js';
import {
  headingsWithoutTableMessage,
  labelledParagraphs,
  labelledParagraphsMessage,
  labelsWithoutMeasureMessage,
} from './labelled-paragraphs.js';
import { otherYearTableMessage, withoutOtherYearTables } from './year-tables.js';
import { clip, type About, Warnings } from './import-warnings.js';
import { quoteStart, quoteWords } from './warning-quotes.js';
import { type Row, rowsCounted, cellWhere, type Prose } from './read-row.js';
import { MAX_HEADER_CELL, headerColumns, tableHeader } from './header-rows.js';
import { readRows } from './read-rows.js';
import { withoutStoppedLabel } from '../domain/follow-up-months.js';
export { tableHeader } from './header-rows.js';
export { MAX_WARNINGS } from './import-warnings.js';
export type { UnreadRow } from './read-row.js';

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

/** A measure's cells whose texts a copy into another year may move (plan-copy.ts). */
export type PlacedCell = 'measure' | 'methods' | 'timeframe' | 'followUps';

/**
 * Where the reading found the plan's title (the line printing its fiscal year, when the title took
 * it in) and each measure's cells, by measure id: for warnings made after the reading that are
 * about its texts (the years a copy moved, tester s44), placed as the reading's own are.
 */
export interface DraftPlaces {
  title?: Where;
  measures: ReadonlyMap<string, Readonly<Record<PlacedCell, Where>>>;
}

export interface ImportOptions {
  orgId: string;
  fy: number;
  units: readonly NamedUnit[];
  /** the org's own name: a heading naming another org is warned of (other-organisation.ts) */
  orgName?: string;
  /** who reads the warnings: the page (default; its words name its buttons) or the CLI importer (its options) */
  reader?: WarningReader;
  /** the CLI run was given --confirm-other-year: its warnings no longer say how to confirm */
  otherYearConfirmed?: boolean;
  /** an earlier year's document is read as its year and copied into `fy`, years moved (import-plan-draft.ts) */
  moveEarlierYears?: boolean;
}

/**
 * What the CLI's reader of fiscal-year-differs can do (its options, as replaced-plan-notice.ts's
 * `file-cli` words do): import as the other year, or confirm; a saving run refuses without
 * --confirm-other-year (other-year-guard.ts; a first save too: tester s39 #2). The page says nothing more: its
 * draft has the confirmation tick box. Tester s38b.
 */
function otherYearAdvice(other: number, options: ImportOptions): { th: string; en: string } {
  if (options.reader !== 'cli' || options.otherYearConfirmed) return { th: '', en: '' };
  const [o, y] = [toThaiDigits(other), toThaiDigits(options.fy)];
  return {
    th: ` ถ้าเป็นแผนของปี ${o} ให้นำเข้าด้วย --fy ${other} ถ้าตั้งใจนำเข้าเป็นปี ${y} การนำเข้าที่บันทึกต้องระบุ --confirm-other-year`,
    en: `; if it is ${other}'s plan, import it with --fy ${other}; to import it as ${options.fy}, a run that saves needs --confirm-other-year`,
  };
}

/** One import's options and what is made from them once: the units' match keys. */
interface ImportRun extends ImportOptions {
  names: UnitNames;
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
    `|(?:ประจำ|ครั้งเดียว\\s?)ปีงบประมาณ${YEAR})\\s?:\\s?ส่ง\\s?แล้ว|${NO_PERIODS}`,
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
  const quoted = { column: quoteStart(frequency.text), cell: quoteStart(followUpCell) };
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
  const quoted = quoteStart(text);
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
  // a note line of the product's under a follow-up is that follow-up's (S26-14)
  for (let k = items.length - 1; k > 0; k--) {
    if (isOwnNoteLine(items[k]!)) items.splice(k - 1, 2, `${items[k - 1]!} ${items[k]!.trim()}`);
  }
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
      const column = frequency ? (paired?.[i] ?? frequency.read) : undefined;
      // ... and a one-off without its date ("รายงานผลครั้งเดียว", S26-3) the column's date
      const fromColumn =
        own.cadence === 'unspecified' || (own.cadence === 'once' && !own.dueDate && column?.dueDate)
          ? column
          : undefined;
      const { cadence, dueDate, guessed, unoffered } = fromColumn ?? own;
      let { alsoNamed } = fromColumn ?? own;
      const where = cellWhere(row, 'followUps');
      const about = { measureId, followUpNo: i + 1 };
      // months in the follow-up's own words, when no note of the product's gave them (S26-11)
      const monthsNoted = chosen.firstMonth !== undefined || chosen.lastMonth !== undefined;
      const inWords = monthsNoted ? undefined : followUpOwnMonths(text, cadence, i + 1, fy);
      if (inWords) {
        Object.assign(chosen, inWords.months);
        warnings.add(
          row.order,
          where,
          'timeframe-months',
          `${label.th} ${inWords.th}`,
          `${label.en}, ${inWords.en}`,
          text,
          about,
        );
      }
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

/** How a warning names a measure: its indicator ("ตัวชี้วัดที่ ๔"), else its place ("มาตรการที่ ๓"). */
const measureLabel = (indicator: number | null, order: number) =>
  indicator === null
    ? { th: `มาตรการที่ ${toThaiDigits(order)}`, en: `measure ${order}` }
    : { th: `ตัวชี้วัดที่ ${toThaiDigits(indicator)}`, en: `indicator ${indicator}` };

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
  const label = measureLabel(no, order);
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
  for (const w of heading ? headingWarnings(heading, Boolean(row.cells.indicator), row.table) : []) {
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
  // a cell's reading is shared by the rows of the same cell (parseResponsibilityOnce): not changed here
  const parsed = parseResponsibilityOnce(
    // the cell's lines: options marked only where chosen are read from them (chosenUnits)
    row.cells.responsible ?? '',
    options.units,
    options.names,
  );
  const { responsibility, unknown, guessed, omitted, concerned, everyone, ticked } = parsed;
  for (const w of unitPhraseWarnings({ concerned, everyone, ...(ticked ? { ticked } : {}) })) {
    onCell('responsible', w.code, w.th, w.en, responsibleText);
  }
  for (const w of exceptionWarnings(parsed)) onCell('responsible', w.code, w.th, w.en, responsibleText);
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
  // a one-off without its date, the date in the timeframe column: due then (review 17 s26, S26-2)
  const timeframeDue = followUps.some((f) => f.cadence === 'once' && !f.dueDate)
    ? timeframeDueDate(timeframe, options.fy)
    : undefined;
  for (const f of timeframeDue ? followUps : []) {
    if (f.cadence !== 'once' || f.dueDate) continue;
    f.dueDate = timeframeDue!.dueDate;
    const [no, quoted] = [f.followUpNo, quoteWords(timeframe)];
    onCell(
      'followUps',
      'cadence-guessed',
      `${label.th} การติดตามผลข้อ ${toThaiDigits(no)}: รายงานครั้งเดียวโดยไม่ระบุวันครบกำหนด ระยะเวลาดำเนินการ "${quoted}" ${timeframeDue!.th} จึงใช้เป็นวันครบกำหนด กรุณาตรวจวันครบกำหนด`,
      `${label.en}, follow-up ${no}: a one-off with no due date; the timeframe "${quoted}" ${timeframeDue!.en.replace(/^it /, '')}, taken as its due date: check it`,
      f.text,
      { followUpNo: no },
    );
  }
  // a timeframe shorter than the year: its follow-ups' months (review 17 s23, S23-7)
  const spanned = withTimeframeMonths(followUps, timeframe, options.fy);
  if (spanned)
    onCell('timeframe', 'timeframe-months', `${label.th}: ${spanned.th}`, `${label.en}: ${spanned.en}`, timeframe);
  return {
    measureId,
    order,
    indicator: no,
    // the results report's "(หยุดดำเนินการหลังเดือน…)" is the follow-ups' months, read from them (tester s43 F6)
    title: withoutStoppedLabel(title).slice(0, 1000),
    subMeasures: heading ? heading.subMeasures : items.slice(1),
    methods: methods.items,
    timeframe,
    followUps,
    responsible: { ...responsibility, unitIds: [...responsibility.unitIds], text: responsibility.text.slice(0, 1000) },
    // a results table read as the plan (see importSourceDocument) brings its recommendations along
    recommendations: recommendations.items,
    notes: notesOf(row, about, warnings, heading?.prefixBefore),
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
  const quoted = quoteStart(firstLeftOut, 80);
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

/** The note a label before the heading leaves ("ด้านที่ ๑"; an assessment "IIT" is the indicator's own: none). */
const PREFIX_NOTE = 'ข้อความก่อนหัวข้อตัวชี้วัด';

/**
 * The row's notes as a plan holds them, with the label written before the heading if any (M-3);
 * joined or cut notes are said (see fitNotes).
 */
function notesOf(
  row: Row & { order: number },
  about: About,
  warnings: Warnings,
  prefix: HeadingPrefix | undefined,
): DraftMeasure['notes'] {
  const own = prefix && prefix.kind !== 'group' ? [{ label: PREFIX_NOTE, text: prefix.read }] : [];
  const { notes, said } = fitNotes([...own, ...row.notes]);
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
): {
  orgName?: string;
  fy?: number;
  fyLine?: Prose;
  fyPart?: PageHeaderLine['part'];
  title: string;
  titleWhere?: Where;
} {
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
  // the title's place: the line printing its year, when it took that line in
  const titleWhere = withFy ? fyLine!.where : titleLine?.where;
  return {
    title: collapseSpaces([first, withFy].join(' ')).slice(0, 1000),
    ...(titleWhere ? { titleWhere } : {}),
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
/**
 * The fillers and separators that draw nothing, left out as normaliseThai leaves out zero-width
 * characters: the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the Mongolian vowel separator
 * U+180E, the invisible operators U+2061-U+2064 (tester s53 R: "๒. ㅤ" was a list item).
 */
const FILLERS = /[\u115f\u1160\u3164\uffa0\u180e\u2061-\u2064]/g;
/**
 * Without what no stored text may hold (NUL, noncharacters, U+FFFD: shared/domain/text.ts), normalised;
 * text with nothing a reader sees (braille blanks, marks with no letter: hasVisibleCharacter) is
 * empty, as the save reads it (shownText; tester s53 R: a cell of U+3164 was an unknown unit "ㅤ").
 */
const cleaned = (text: string) => {
  const read = normaliseThai(withoutUnstorable(text)).replace(FILLERS, '');
  return hasVisibleCharacter(read) ? read : '';
};
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
  const { places: _places, ...result } = importWithPlaces(source, importOptions);
  return result;
}

/**
 * A plan read from a source document or measures text, with where its title and each measure's
 * cells were (DraftPlaces): for the import that copies the reading into another year.
 */
export function importWithPlaces(
  source: SourceDocument | string,
  importOptions: ImportOptions,
): ImportResult & { places: DraftPlaces } {
  const document = typeof source === 'string' ? readTextDocument(source) : source;
  return readingOnce(() => importOnce(document, importOptions));
}

function importOnce(source: SourceDocument, importOptions: ImportOptions): ImportResult & { places: DraftPlaces } {
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
  // the rows past the cap told first, so the warnings' own cap never leaves it out; said again
  // below with the count after the unit sheets' join
  const rowsBefore = measureRows.reduce((n, r) => n + rowsCounted(r), 0);
  const early = measuresDropped(rowsBefore);
  if (early) warnings.add(-3, firstDroppedRow(measureRows).where, 'measures-dropped', early.th, early.en, '');
  // the first MAX_MEASURES measures after the unit sheets' join, and the rows past them
  const capped = measuresWithinCap(
    measureRows,
    (r, i) => {
      const m = measureOf(r, i + 1, usedIds, options, warnings);
      // a title's leading "ตัวชี้วัดที่ N" is its indicator's heading (one the column overrode: S11-40)
      m.title = titleForIndicator(m.title, m.indicator);
      return m;
    },
    warnings,
  );
  measureRows = capped.rows;
  let measures = capped.measures;
  const dropped = measuresDropped(MAX_MEASURES + capped.past.reduce((n, r) => n + rowsCounted(r), 0));
  if (dropped?.th !== early?.th) {
    if (early) warnings.forget((w) => w.code === 'measures-dropped');
    if (dropped) warnings.add(-3, capped.past[0]!.where, 'measures-dropped', dropped.th, dropped.en, '');
  }
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
    // the measure's title quoted: what the coordinator finds and fixes in the preview (break 17 s27, L-4)
    const source = measures[i]!.title;
    warnings.add(row.order, row.where, 'cannot-save', problem.th, problem.en, source, {
      measureId: problem.measureId!,
    });
  }
  // a row copied twice word for word: both kept, the second warned, naming the first (S22-6)
  for (const r of repeatedMeasures(measures)) {
    const row = measureRows[r.index]!;
    const said = repeatedMeasureMessage(measures[r.first]!, options.reader);
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
    const todo = otherYearAdvice(facts.fy, options);
    warnings.add(
      -1,
      p?.where ?? { line: 1 },
      'fiscal-year-differs',
      `เอกสารระบุปีงบประมาณ ${toThaiDigits(facts.fy)}${part ? ` ที่${part.th}` : ''} แต่นำเข้าเป็นปี ${toThaiDigits(options.fy)}${todo.th}`,
      `the document says fiscal year ${facts.fy}${part ? ` in its ${part.en}` : ''}, but it is imported as ${options.fy}${todo.en}`,
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
    const todo = otherYearAdvice(byTimeframes.fy, options);
    const [th, en, source] = [
      byTimeframes.message_th + todo.th,
      byTimeframes.message_en + todo.en,
      stripTags(row.cells.timeframe ?? ''),
    ];
    warnings.add(-1, cellWhere(row, 'timeframe'), 'fiscal-year-differs', th, en, source);
  }
  // a timeframe of another year than the plan's and the document's (review 17 s26)
  measures.forEach((m, i) => {
    const said = m.timeframe
      ? timeframeOtherYearMessage(m.timeframe, options.fy, facts.fy ?? byTimeframes?.fy)
      : undefined;
    if (!said) return;
    const row = measureRows[i]!;
    const label = measureLabel(m.indicator, m.order);
    const where = cellWhere(row, 'timeframe');
    const about = { measureId: m.measureId };
    warnings.add(
      row.order,
      where,
      'timeframe-other-year',
      `${label.th}: ${said.th}`,
      `${label.en}: ${said.en}`,
      m.timeframe,
      about,
    );
  });
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
  const cells = (row: Row) => ({
    measure: cellWhere(row, 'measure'),
    methods: cellWhere(row, 'methods'),
    timeframe: cellWhere(row, 'timeframe'),
    followUps: cellWhere(row, 'followUps'),
  });
  return {
    plan: { orgId: options.orgId, fy: options.fy, title: facts.title, measures },
    warnings: warnings.sorted(),
    places: {
      ...(facts.titleWhere ? { title: facts.titleWhere } : {}),
      measures: new Map(measures.map((m, i) => [m.measureId, cells(measureRows[i]!)])),
    },
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

/**
 * The measures of `rows` (built by `build`, in order) within MAX_MEASURES counted after the unit
 * sheets' join (S23-5; session 25: 5 unit sheets of the same 120 measures were cut at 500 rows):
 * past the cap a unit sheet's row is still built, kept only when it joins a measure kept from
 * another unit sheet (its warnings taken back otherwise); `past` are the rows not kept (a row past
 * a table's cap stands for the rows after it: rowsCounted). Time linear in the rows.
 */
function measuresWithinCap<R extends Row & { order: number }>(
  rows: readonly R[],
  build: (row: R, index: number) => DraftMeasure,
  warnings: Warnings,
): { rows: R[]; measures: DraftMeasure[]; past: R[] } {
  const kept: R[] = [];
  const measures: DraftMeasure[] = [];
  const past: R[] = [];
  /** the unit sheets each kept unit-sheet measure's key is on */
  const sheetsOf = new Map<string, Set<string>>();
  let distinct = 0;
  for (const r of rows) {
    const within = distinct < MAX_MEASURES && r.pastCap === undefined;
    if (!within && (!r.unitSheet || r.pastCap !== undefined)) {
      past.push(r);
      continue;
    }
    const mark = warnings.mark();
    const m = build(r, measures.length);
    const key = r.unitSheet ? unitSheetJoinKey(m) : undefined;
    const sheets = key === undefined ? undefined : sheetsOf.get(key);
    const joins = !!sheets && !sheets.has(r.unitSheet!.sheet);
    if (!within && !joins) {
      if (warnings.mark().seq !== mark.seq) warnings.rollback(mark);
      past.push(r);
      continue;
    }
    if (key !== undefined) sheetsOf.set(key, (sheets ?? new Set()).add(r.unitSheet!.sheet));
    if (!joins) distinct++;
    kept.push(r);
    measures.push(m);
  }
  return { rows: kept, measures, past };
}

/** Tab-separated text (the OCR output): see importSourceDocument. */
export function importMeasuresDocument(text: string, options: ImportOptions): ImportResult {
  return importSourceDocument(readTextDocument(text), options);
}
