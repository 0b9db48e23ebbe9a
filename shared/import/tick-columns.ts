// Tick-column layouts of plan tables (review 17 s15, S15-17 and S15-18): one column per unit
// ("สำนักปลัด | กองคลัง | กองช่าง", alone or under a "ผู้รับผิดชอบ" group) or per cadence
// ("รายเดือน | รายไตรมาส | ราย ๖ เดือน | รายปี"), each row's choice marked "/", "✓", "x" ….
// The ticked columns' names are the row's units, or its follow-ups' reporting cadence.
import type { Column } from './column-names.js';
import { detectCadences } from './cadence-detection.js';
import { collapseSpaces, matchKey, stripTags } from './thai-text.js';

/** What a tick column stands for: a unit (its label names it) or a reporting cadence. */
export type TickFor = 'unit' | 'cadence';

/**
 * A ticked cell: a mark alone ("/", "✓", "✔", "√", "x", "X", "*", "●", "☑", "☒", "(/)", "[x]"),
 * or Wingdings' check and checked box ("ü", "þ", "P") as a sheet keeps them.
 */
const TICK = /^(?:[/\\✓✔√☑☒■●•*+xXüþýP]|\(\s*[/✓✔xX]\s*\)|\[\s*[/✓✔xX]\s*\])$/u;
/** A cell that says no: a dash, an empty box or circle (Wingdings' "¨", "o"). */
const NO_TICK = /^(?:[-–—☐□○◯¨o]|\(\s*\)|\[\s*\])?$/u;

/** Whether a cell is a tick, no tick, or words (undefined: read as before, a note). */
export function tickOf(cell: string): boolean | undefined {
  const plain = collapseSpaces(stripTags(cell)).trim();
  if (TICK.test(plain)) return true;
  return NO_TICK.test(plain) ? false : undefined;
}

/** A cadence column's label: a short "ราย…", "ทุก…", "…ละ ๑ ครั้ง" naming one cadence. */
const CADENCE_LABEL = /^(?:ราย|ทุก|ปีละ|เดือนละ|ไตรมาสละ)/;
/**
 * A reporting round's label naming one cadence ("รอบ ๖ เดือน", "ครึ่งปี", "๖ เดือน"): a cadence
 * column only beside cadence labels ("รายเดือน | รายไตรมาส | รอบ ๖ เดือน | รายปี", review 17 s19,
 * S19-5); alone or among rounds it is a round (period-columns.ts).
 */
const ROUND_CADENCE_LABEL = /^(?:รอบ|ครึ่งปี|[0-9]{1,2}เดือน)/;
const MAX_CADENCE_LABEL = 20;

/** How a label names one cadence: 'cadence' ("รายเดือน"), 'round' ("รอบ ๖ เดือน"), or not at all. */
function cadenceLabelKind(label: string): 'cadence' | 'round' | undefined {
  const key = matchKey(label);
  if (key.length > MAX_CADENCE_LABEL) return undefined;
  const kind = CADENCE_LABEL.test(key) ? 'cadence' : ROUND_CADENCE_LABEL.test(key) ? 'round' : undefined;
  if (!kind) return undefined;
  const read = detectCadences(label);
  return read.cadence !== 'unspecified' && read.alsoNamed.length === 0 ? kind : undefined;
}

/** Tick columns need company: two at least of a kind, or the header's label is no matrix. */
const MIN_TICK_COLUMNS = 2;

/**
 * Which of `labels` are a cadence matrix's: every one naming one cadence, when at least
 * MIN_TICK_COLUMNS of them are "ราย…"-like labels (a round's label "รอบ ๖ เดือน" joins them, never
 * makes one). A boolean per label.
 */
export function cadenceMatrixLabels(labels: readonly string[]): boolean[] {
  const kinds = labels.map((l) => (l ? cadenceLabelKind(l) : undefined));
  if (kinds.filter((k) => k === 'cadence').length < MIN_TICK_COLUMNS) return labels.map(() => false);
  return kinds.map((k) => k !== undefined);
}

/**
 * The header's note columns named by a unit of the org (`namesUnit`) or by one cadence, when two
 * or more are: marked tickFor (their cells are read by tickOf in rowTicks). Unchanged otherwise.
 */
export function withTickColumns(columns: Column[], namesUnit: (label: string) => boolean): Column[] {
  const free = (c: Column) => c.role === 'note' && Boolean(c.label) && !c.tickFor;
  const cadences = cadenceMatrixLabels(columns.map((c) => (free(c) ? c.label : '')));
  const kinds = columns.map((c, j): TickFor | undefined =>
    !free(c) ? c.tickFor : cadences[j] ? 'cadence' : namesUnit(c.label) ? 'unit' : undefined,
  );
  const count = (k: TickFor) => kinds.filter((x) => x === k).length;
  if (count('unit') < MIN_TICK_COLUMNS && count('cadence') < MIN_TICK_COLUMNS) return columns;
  return columns.map((c, j) => {
    const kind = kinds[j];
    return kind && count(kind) >= MIN_TICK_COLUMNS && !c.tickFor ? { ...c, tickFor: kind } : c;
  });
}

/** Whether a header's note columns make a cadence matrix (they stand for its follow-up column). */
export const hasCadenceColumns = (columns: readonly Column[]) =>
  cadenceMatrixLabels(columns.map((c) => (c.role === 'note' && !c.tickFor ? c.label : ''))).some(Boolean) ||
  columns.some((c) => c.tickFor === 'cadence');

/**
 * A grouped header's sub-column named by a unit under a units group ("ผู้รับผิดชอบ" over
 * "สำนักปลัด | กองคลัง", the group's cell empty over the later ones when nothing is merged): a
 * unit tick column. Undefined for any other.
 */
export function unitSubColumn(
  upper: Column | undefined,
  left: Column | undefined,
  lower: string,
  namesUnit: ((label: string) => boolean) | undefined,
): { column: Column; group: Column } | undefined {
  if (!namesUnit || !lower) return undefined;
  const group = upper?.label ? upper : left?.role === 'responsible' && left.label ? left : undefined;
  if (group?.role !== 'responsible' || !namesUnit(lower)) return undefined;
  return { column: { role: 'note', label: lower, tickFor: 'unit' }, group };
}

/** A row's ticks: the units and cadences its ticked columns name, in column order. */
export interface RowTicks {
  units: string[];
  cadences: string[];
  /** the first ticked units column (1-based) */
  unitColumn?: number;
}

/** The label a row's ticked cadences are kept under: a frequency note's (namesFrequency), so its follow-ups take it. */
export const TICKED_CADENCE_LABEL = 'รอบการรายงาน (ตามคอลัมน์ที่ทำเครื่องหมาย)';

/** A row's follow-up when the header has cadence columns but no follow-up column. */
export const TICKED_FOLLOW_UP = 'รายงานผลการดำเนินการ';

/** The warning said once per header with tick columns: which columns, and how they were read. */
export function tickColumnsMessage(
  columns: readonly Column[],
  kind: TickFor,
): { th: string; en: string; source: string } {
  const labels = columns.filter((c) => c.tickFor === kind).map((c) => c.label);
  const source = labels.join(' | ');
  const noFollowUps = !columns.some((c) => c.role === 'followUps');
  const quoted = labels.map((l) => `"${l}"`).join(', ');
  return kind === 'unit'
    ? {
        th: `หัวตารางมีคอลัมน์ชื่อหน่วยงาน (${quoted}) จึงอ่านหน่วยงานผู้รับผิดชอบของแต่ละแถวจากคอลัมน์ที่ทำเครื่องหมาย (/, ✓, x) ไว้ ตรวจหน่วยงานของแต่ละมาตรการ`,
        en: `the header has columns named by units (${quoted}): each row's responsible units were read from its ticked columns (/, ✓, x); check each measure's units`,
        source,
      }
    : {
        th: `หัวตารางมีคอลัมน์รอบการรายงาน (${quoted}) จึงอ่านรอบการรายงานของการติดตามผลแต่ละแถวจากคอลัมน์ที่ทำเครื่องหมาย (/, ✓, x) ไว้${noFollowUps ? ` และเนื่องจากไม่มีคอลัมน์การติดตามผล จึงตั้งการติดตามผล "${TICKED_FOLLOW_UP}" ให้แถวที่ทำเครื่องหมาย` : ''} ตรวจรอบการรายงานของแต่ละมาตรการ`,
        en: `the header has reporting-cadence columns (${quoted}): each row's follow-up cadence was read from its ticked columns (/, ✓, x)${noFollowUps ? `; with no follow-up column, a ticked row's follow-up is "${TICKED_FOLLOW_UP}"` : ''}; check each measure's cadence`,
        source,
      };
}
