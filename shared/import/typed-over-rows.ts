// A long cell text typed over several rows of a sheet, one visual line per row, instead of
// Alt+Enter or wrapped text: "๑. จัดทำคู่มือการยืมคืน" / "พัสดุและครุภัณฑ์" / "๒. ประชาสัมพันธ์ให้".
// Such a row has no indicator heading and its cells go on with the items above (no item number
// where the column's list had one, a timeframe completing "ตุลาคม ๒๕๖๖ -"): each of its cells is
// joined to the last item of the same column, as a wrapped line (review 17 s14, S14-12).
import { toThaiDigits } from '../domain/thai-format.js';
import { parseIndicatorHeading } from './indicator-heading.js';
import { escapeMarkup, isSectionHeading, isTotalRow } from './table-row-kinds.js';
import { collapseSpaces, startsListItem, stripTags } from './thai-text.js';
import { joinContinuation } from './unit-per-row.js';
import { quoteStart } from './warning-quotes.js';

type Cells = Partial<Record<'measure' | 'indicator' | 'methods' | 'timeframe' | 'followUps' | 'responsible', string>>;
type Role = keyof Cells;

/** Columns whose cells are lists of items (numbered or not). */
const LIST_ROLES = ['methods', 'followUps'] as const satisfies readonly Role[];
export type ListRole = (typeof LIST_ROLES)[number];

const plain = (cell: string | undefined) => collapseSpaces(stripTags(cell ?? ''));
/** A cell's last characters, plain: what a range left open ends with (never the whole cell: linear). */
const tailOf = (cell: string | undefined) => plain((cell ?? '').slice(-60).replace(/^[^<]*>/, ''));
/**
 * A cell above that lines join only while it is shorter than this: a text typed over rows is a few
 * lines; past it (thousands of rows under one item) rows are read as before, each step bounded.
 */
const LINE_JOIN_CAP = 10_000;
/** Does a cell (of any length) hold text? Read from its ends only: linear over the rows. */
const hasText = (cell: string | undefined) =>
  !!cell && (cell.length <= 512 ? plain(cell) !== '' : plain(cell.slice(0, 256)) !== '' || tailOf(cell) !== '');
/** "ตุลาคม ๒๕๖๖ -", "๑ ต.ค. ๖๖ ถึง": a timeframe whose range goes on in the row below. */
const OPEN_RANGE = /(?:[-–—~]|ถึง|จนถึง)$/;
/** A measure cell's text that starts a measure of its own: a heading, an item, "มาตรการ…", a section. */
const startsMeasure = (text: string) =>
  startsListItem(text) ||
  /^มาตรการ/.test(text) ||
  isSectionHeading(text) ||
  isTotalRow(text) ||
  parseIndicatorHeading(text) !== undefined;

/** Which list columns of a measure's rows are numbered (their first cell started with an item marker). */
export function numberedColumns(cells: Cells): Set<ListRole> {
  const numbered = new Set<ListRole>();
  for (const role of LIST_ROLES) if (startsListItem(plain(cells[role]))) numbered.add(role);
  return numbered;
}

/** How a typed-over row's cells join the measure above: as a line of the last item, or as items of their own. */
export interface TypedOver {
  /** the columns whose cell goes on with the last item above */
  lines: Role[];
  /** the follow-ups cell starts an item of its own (a split by unit stays possible) */
  ownFollowUp: boolean;
}

/**
 * Is a sheet row (`own`: its cells, no indicator heading) the next lines of the measure row above,
 * typed over rows? Yes when a list column whose items are numbered gets a cell without a number, or
 * the timeframe above is an open range ("… -") the row's timeframe completes, and its measure cell
 * (if any) starts no measure. Then its list cells without an item marker, its timeframe and its
 * measure text go on with the cell above; cells starting an item stay items.
 */
export function typedOverRow(
  above: { cells: Cells },
  numbered: ReadonlySet<ListRole>,
  own: Cells,
): TypedOver | undefined {
  if (plain(own.indicator)) return undefined;
  const measure = plain(own.measure);
  if (measure && (startsMeasure(measure) || !hasText(above.cells.measure))) return undefined;
  const lineIn = (role: Role) => {
    const text = plain(own[role]);
    const cell = above.cells[role];
    return text !== '' && !startsListItem(text) && hasText(cell) && cell!.length < LINE_JOIN_CAP;
  };
  const timeframe = above.cells.timeframe ?? '';
  const rangeGoesOn =
    plain(own.timeframe) !== '' && timeframe.length < LINE_JOIN_CAP && OPEN_RANGE.test(tailOf(timeframe));
  const numberedLine = LIST_ROLES.some((role) => numbered.has(role) && lineIn(role));
  if (!rangeGoesOn && !numberedLine) return undefined;
  const lines: Role[] = LIST_ROLES.filter(lineIn);
  if (measure && above.cells.measure!.length < LINE_JOIN_CAP) lines.push('measure');
  if (rangeGoesOn) lines.push('timeframe');
  const followUps = plain(own.followUps);
  return { lines, ownFollowUp: followUps !== '' && !lines.includes('followUps') };
}

/**
 * A row under an indicator cell merged down over it (`fromAbove`: its merged cells) with a measure,
 * a follow-up and units of its own is a measure of that indicator, as in a Word table so merged
 * (tester s54 T3); lines typed over rows leave some of those cells empty.
 */
export const ownMeasureUnderMerge = (own: Cells, fromAbove: Cells | undefined): boolean =>
  !!plain(fromAbove?.indicator) && !!plain(own.measure) && !!plain(own.followUps) && !!plain(own.responsible);

/** `below` (a line) added to the last item of `above`: inside its last <p>/<li>, or after a space. */
export function joinLine(above: string, below: string): string {
  const line = plain(below);
  if (!above) return line;
  const tail = above.slice(-16);
  const close = /<\/(?:p|li)>\s*$/i.exec(tail);
  if (!close) return `${above} ${line}`;
  const cut = above.length - tail.length + close.index;
  return `${above.slice(0, cut)} ${escapeMarkup(line)}${above.slice(cut)}`;
}

/** The warning about the rows joined into one measure, Thai first. */
export function typedOverMessage(
  rows: readonly { row: number | undefined; source: string }[],
  measure: string,
): { th: string; en: string; source: string } {
  const numbers = rows.map((r) => r.row).filter((n): n is number => n !== undefined);
  const shown = numbers.slice(0, 10);
  const more = numbers.length - shown.length;
  const one = numbers.length <= 1;
  const th = one
    ? 'แถวนี้'
    : `แถวที่ ${shown.map((n) => toThaiDigits(n)).join(', ')}${more > 0 ? ` และอีก ${toThaiDigits(more)} แถว` : ''}`;
  const en = one ? 'this row' : `rows ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const quoted = quoteStart(plain(measure), 80);
  return {
    th: `${th}ไม่มีตัวชี้วัด และข้อความในช่องไม่ขึ้นต้นด้วยเลขข้อ (หรือต่อช่วงเวลา "… -") จึงถือเป็นข้อความที่พิมพ์ต่อบรรทัดจากแถวก่อนหน้า และต่อเข้ากับข้อเดิมในคอลัมน์เดียวกันของมาตรการ "${quoted}" กรุณาตรวจว่าข้อความต่อกันถูกต้อง`,
    en: `${en} ${one ? 'has' : 'have'} no indicator and its cells do not start with an item number (or complete a period "… -"): it is read as lines typed on from the row above and joined to the last item of the same column of the measure "${quoted}"; check the joined text`,
    source: rows
      .slice(0, 3)
      .map((r) => r.source)
      .join(' / '),
  };
}

/** Note the list columns a continuation row opens with a numbered item (the column was empty above). */
export function noteNumbered(numbered: Set<ListRole>, above: Cells, own: Cells): void {
  for (const role of numberedColumns(own)) if (!hasText(above[role])) numbered.add(role);
}

/** A typed-over row's cells joined to the measure row above: lines to its last items, the rest as items. */
export function joinTypedOver(
  above: { cells: Cells; columnOf: Partial<Record<Role, number>>; notes: unknown[] },
  own: { byRole: Cells; columnOf: Partial<Record<Role, number>>; notes: unknown[] },
  over: TypedOver,
  numbered: Set<ListRole>,
): void {
  noteNumbered(numbered, above.cells, own.byRole);
  for (const [role, value] of Object.entries(own.byRole) as [Role, string][]) {
    if (!plain(value)) continue;
    const cell = above.cells[role] ?? '';
    above.cells[role] = over.lines.includes(role) ? joinLine(cell, value) : joinContinuation(role, cell, value, true);
    if (above.columnOf[role] === undefined && own.columnOf[role] !== undefined)
      above.columnOf[role] = own.columnOf[role];
  }
  above.notes.push(...own.notes);
}
