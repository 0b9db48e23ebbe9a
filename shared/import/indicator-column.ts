// An indicator-number column known by its content: a column whose label names ตัวชี้วัด or ITA in
// words the header reader does not know ("ตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส", "ข้อ ITA")
// and whose cells are all numbers 1-10 (or indicators' catalog names) holds the measures'
// indicators, not a note.
import type { Column } from './column-names.js';
import { parseIndicatorHeading } from './indicator-heading.js';
import { indicatorNamedOnly } from './indicator-name-only.js';
import { withHeadingItem } from './table-row-kinds.js';
import { matchKey, normaliseThai, stripTags } from './thai-text.js';
import { addToGroup } from './grouping.js';

/** What of a read row this looks at and changes. */
export interface RowIndicatorCells {
  cells: { indicator?: string; measure?: string };
  columnOf: { indicator?: number };
  notes: { label: string; text: string }[];
  /** the header the row was read under */
  header?: readonly Column[];
}

/** A label that may head indicator numbers: names ตัวชี้วัด or ITA, but not a success indicator or target. */
const MAY_NAME_INDICATOR = /ตัวชี้วัด|ITA/i;
const NAMES_OTHER = /ความสำเร็จ|ผลผลิต|ผลลัพธ์|เป้าหมาย|ร้อยละ|คะแนน/;
/** "๔", "4", "๑๐.", "(4)": one indicator number, 1-10 (after matchKey: Arabic digits, no spaces). */
const ONE_NUMBER = /^\(?(?:[1-9]|10)[.)]?$/;
/** A cell naming one indicator: its number, or its catalog name ("การเปิดเผยข้อมูล", "OIT การเปิดเผยข้อมูล"). */
export const isOneIndicatorNumber = (text: string) => ONE_NUMBER.test(matchKey(text));
const namesOneIndicator = (text: string) =>
  ONE_NUMBER.test(matchKey(text)) || indicatorNamedOnly(normaliseThai(text), false)?.rest === '';

/**
 * For each header without an indicator column, the first note column that may name indicators and
 * whose every non-empty cell under it is one number 1-10 or one indicator's name: its cells become
 * the rows' indicators.
 */
export function indicatorsFromNoteColumns(rows: RowIndicatorCells[]): void {
  const byHeader = new Map<readonly Column[], RowIndicatorCells[]>();
  for (const row of rows) {
    if (!row.header || row.header.some((c) => c.role === 'indicator')) continue;
    addToGroup(byHeader, row.header, row);
  }
  for (const [header, group] of byHeader) {
    const at = header.findIndex((c) => {
      if (c.role !== 'note' || !MAY_NAME_INDICATOR.test(c.label) || NAMES_OTHER.test(c.label)) return false;
      const texts = group.flatMap((r) => r.notes.filter((n) => n.label === c.label).map((n) => n.text));
      return texts.length > 0 && texts.every(namesOneIndicator);
    });
    if (at < 0) continue;
    const label = header[at]!.label;
    for (const row of group) {
      const note = row.notes.find((n) => n.label === label);
      if (!note) continue;
      row.notes = row.notes.filter((n) => n !== note);
      row.cells.indicator = note.text;
      row.columnOf.indicator = at + 1;
    }
  }
}

/** What of a read row indicatorsFromHeadingNotes looks at and changes. */
export interface RowHeadingCells {
  cells: { indicator?: string; measure?: string };
  notes: { label: string; text: string }[];
}

/**
 * The indicator heading in a column of its own (the NACC analysis layout: "ประเด็นที่ต้องแก้ไข/
 * พัฒนา" holding "ตัวชี้วัดที่ ๔ …" beside the measure column): when a row has no indicator column
 * and its measure cell no heading, a note that is an indicator heading heads the measure cell
 * (its name the title, the measure's items below it) and is no longer a note.
 */
export function indicatorsFromHeadingNotes(rows: RowHeadingCells[]): void {
  for (const row of rows) {
    if (row.notes.length === 0 || row.cells.indicator || parseIndicatorHeading(row.cells.measure ?? '')) continue;
    const note = row.notes.find((n) => /^\s*ตัวชี้วัด/.test(n.text) && parseIndicatorHeading(n.text) !== undefined);
    if (!note) continue;
    row.notes = row.notes.filter((n) => n !== note);
    row.cells.measure = withHeadingItem(note.text, row.cells.measure ?? '');
  }
}

/** What of a read row targetColumnsAsNotes looks at and changes. */
export interface RowWithIndicatorColumn extends RowIndicatorCells {
  order: number;
}

/** A count or share with its unit word, a target: "๑ ฉบับ", "๒ ครั้ง/ปี", "ร้อยละ ๘๐", "80%". */
const TARGET =
  /[0-9๐-๙]\s*(?:ครั้ง|ฉบับ|เรื่อง|ช่องทาง|คน|แห่ง|โครงการ|กิจกรรม|ระบบ|ราย|หน่วย|ชุด|เล่ม|รอบ|วัน|เดือน|%)|ร้อยละ|จำนวน|ไม่น้อยกว่า|ไม่เกิน/;
/** A cell that reads as an ITA indicator: one number 1-10 or name, or a heading "ตัวชี้วัดที่ N …". */
const readsAsIndicator = (text: string) => namesOneIndicator(text) || parseIndicatorHeading(text) !== undefined;

/** A column headed ตัวชี้วัด whose cells are targets, turned into notes: its label and one cell. */
export interface TargetColumn<R> {
  /** the first row with a cell in it */
  row: R;
  column: number;
  label: string;
  sample: string;
  /** why: a cell reads as a target, or its numbers disagree with the rows' own headings (S14-3) */
  reason: 'targets' | 'disagrees';
}

/**
 * The indicator a row's measure cell opens with, when its heading also writes that indicator's
 * catalog name ("ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต …"): the row's own word on it.
 */
function ownNamedIndicator(measure: string | undefined): number | undefined {
  if (!measure || !/^\s*ตัวชี้วัด/.test(normaliseThai(stripTags(measure)))) return undefined;
  const h = parseIndicatorHeading(measure);
  return h && !h.nameUnrecognised && !h.nameOf && h.nameRead !== undefined ? h.indicator : undefined;
}

/**
 * A cell of a number column that disagrees with its row's own named heading, when most rows with
 * both disagree (review 17 s14, S14-3: bare targets "๑", "๓" under "ตัวชี้วัด" moved every measure).
 */
function disagreeingCell(group: readonly RowIndicatorCells[]): string | undefined {
  let both = 0;
  let first: string | undefined;
  let disagree = 0;
  for (const r of group) {
    const own = ownNamedIndicator(r.cells.measure);
    const text = normaliseThai(r.cells.indicator ?? '').trim();
    if (own === undefined || !text) continue;
    const column = parseIndicatorHeading(text) ?? parseIndicatorHeading(`ตัวชี้วัดที่ ${text}`);
    if (!column) continue;
    both++;
    if (column.indicator !== own) {
      disagree++;
      first ??= text;
    }
  }
  return disagree * 2 > both ? first : undefined;
}

/**
 * A "ตัวชี้วัด" column that holds a measure's targets, not its ITA indicator (review 17 s13, S13-17:
 * "๑ ฉบับ", "๒ ครั้ง/ปี" under a header "ตัวชี้วัด" put the measures under indicators 1 and 2): when
 * any of its cells reads as a target (a count with its unit word, a share) and not every cell as an
 * indicator, its cells become notes under its label, and the rows keep their own headings. The
 * same, for a column after the measure column, when its numbers disagree with most rows' own
 * headings that write the catalog name (S14-3).
 */
export function targetColumnsAsNotes<R extends RowWithIndicatorColumn>(rows: R[]): TargetColumn<R>[] {
  const byHeader = new Map<readonly Column[], R[]>();
  for (const row of rows) {
    if (row.header?.some((c) => c.role === 'indicator')) addToGroup(byHeader, row.header, row);
  }
  const said: TargetColumn<R>[] = [];
  for (const [header, group] of byHeader) {
    const at = header.findIndex((c) => c.role === 'indicator');
    const texts = group.map((r) => normaliseThai(r.cells.indicator ?? '').trim()).filter(Boolean);
    const target = texts.find((t) => TARGET.test(t) && !readsAsIndicator(t));
    // an indicator column stands before the measures (the NACC layout); after them, a "ตัวชี้วัด"
    // column whose numbers disagree with the rows' named headings is a KPI column (S14-3)
    const afterMeasures = at > header.findIndex((c) => c.role === 'measure');
    const disagreeing =
      (target && !texts.every(readsAsIndicator)) || !afterMeasures ? undefined : disagreeingCell(group);
    if ((!target || texts.every(readsAsIndicator)) && !disagreeing) continue;
    const label = header[at]!.label;
    const first = group.find((r) => r.cells.indicator?.trim());
    said.push({
      row: first ?? group[0]!,
      column: at + 1,
      label,
      sample: disagreeing ?? target!,
      reason: disagreeing ? 'disagrees' : 'targets',
    });
    for (const row of group) {
      const text = row.cells.indicator?.trim();
      delete row.cells.indicator;
      delete row.columnOf.indicator;
      if (text) row.notes.push({ label, text });
    }
  }
  return said;
}
