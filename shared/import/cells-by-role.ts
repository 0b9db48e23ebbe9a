// A row's cells by the roles of its header's columns (cellsByRole).
import { toThaiDigits } from '../domain/thai-format.js';
import { datedTimeframe } from './date-bound-columns.js';
import { markedLeadColumn } from './responsibility.js';
import type { CellMerge } from './source-document.js';
import { stripTags } from './thai-text.js';
import { type Column, namesRowNumbers } from './column-names.js';
import { TICKED_CADENCE_LABEL, TICKED_FOLLOW_UP, tickOf } from './tick-columns.js';
import { headingInNumberCell, joinCells } from './table-row-kinds.js';
import {
  isPeriodColumn,
  markedTimeframe,
  type PeriodCell,
  type RoundCell,
  roundFollowUps,
  rowColour,
} from './period-columns.js';
import type { Row } from './read-row.js';

/**
 * The cells of a row by role, of the cells whose CellMerge `take` accepts (a cell merged across
 * columns never counts again: its text is in its first column). Two columns of one role (a
 * label merged over two columns) are joined. `fill`: the cells' fills (SourceBlock.fill), a Gantt
 * period cell filled other than its row a mark.
 */
export function cellsByRole(
  cells: readonly string[],
  merged: readonly CellMerge[],
  columns: readonly Column[],
  take: (m: CellMerge) => boolean,
  fy: number,
  fill?: readonly string[],
): Pick<Row, 'notes' | 'columnOf'> & {
  byRole: Row['cells'];
  marked?: string;
  /** marks in Gantt months dated outside fiscal year `fy`: the months quoted, the first one's column (1-based) */
  outsideYear?: { text: string; column: number };
} {
  const byRole: Row['cells'] = {};
  const columnOf: Row['columnOf'] = {};
  const notes: Row['notes'] = [];
  // made when a cell needs them: most rows have no round, period, tick or date column
  let rounds: RoundCell[] | undefined;
  let periods: PeriodCell[] | undefined;
  /** each period cell's column (0-based) */
  const periodAt: number[] = [];
  let ticked: { units?: string[]; cadences?: string[] } | undefined;
  let dates: { start?: string; end?: string } | undefined;
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
      (dates ??= {})[col.bound] ||= stripTags(c);
      columnOf.timeframe ??= j + 1;
      continue;
    }
    if (isPeriod) {
      // a Gantt month (or quarter): its mark, or its fill, stands for the column's label (see markedTimeframe)
      const period =
        col.month === undefined
          ? { round: col.round! }
          : col.year === undefined
            ? { month: col.month }
            : { month: col.month, year: col.year };
      const filled = !!fill?.[j] && fill[j] !== ofRow;
      (periods ??= []).push({
        ...period,
        cell: c,
        ...(spanned ? { spanned } : {}),
        ...(filled ? { filled: true as const } : {}),
      });
      periodAt.push(j);
      columnOf.timeframe ??= j + 1;
      continue;
    }
    if (col.round !== undefined) {
      // a reporting round's follow-ups stay apart from the other rounds' (see roundFollowUps)
      const group = col.label.endsWith(` / ${col.round}`) ? col.label.slice(0, -col.round.length - 3) : '';
      if (stripTags(c)) (rounds ??= []).push({ round: col.round, cell: c, group });
      columnOf.followUps ??= j + 1;
      continue;
    }
    const tick = col.tickFor ? tickOf(c) : undefined;
    if (tick !== undefined) {
      // a units or cadence matrix's cell: a tick names the column's unit or cadence (S15-17, S15-18)
      if (tick && col.tickFor === 'unit') {
        ((ticked ??= {}).units ??= []).push(col.label);
        columnOf.responsible ??= j + 1;
      }
      if (tick && col.tickFor === 'cadence') ((ticked ??= {}).cadences ??= []).push(col.label);
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
  if (ticked?.units) byRole.responsible = joinCells(byRole.responsible ?? '', ticked.units.join(' '));
  // ticked cadences are a frequency note: the follow-ups naming none take it (row-cadence.ts)
  if (ticked?.cadences) notes.unshift({ label: TICKED_CADENCE_LABEL, text: ticked.cadences.join(', ') });
  // without a follow-up column, a ticked cadence is the row's report (as marks under rounds are)
  if (ticked?.cadences && !columns.some((c) => c.role === 'followUps')) byRole.followUps ??= TICKED_FOLLOW_UP;
  const fromRounds = rounds ? roundFollowUps(rounds) : undefined;
  if (fromRounds) byRole.followUps = joinCells(byRole.followUps ?? '', fromRounds.html);
  const marked = periods ? markedTimeframe(periods, fy) : undefined;
  if (marked?.timeframe) byRole.timeframe = joinCells(byRole.timeframe ?? '', marked.timeframe);
  const dated = dates ? datedTimeframe(dates) : undefined;
  if (dated) byRole.timeframe = joinCells(byRole.timeframe ?? '', dated);
  const outside = marked?.outside && { text: marked.outside.text, column: periodAt[marked.outside.cell]! + 1 };
  return {
    byRole,
    columnOf,
    notes,
    ...(fromRounds?.marked ? { marked: fromRounds.marked } : {}),
    ...(outside ? { outsideYear: outside } : {}),
  };
}
