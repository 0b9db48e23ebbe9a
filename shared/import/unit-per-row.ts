// A measure over several rows whose rows each carry a follow-up and a unit of their own (the
// measure cell merged down, or left empty: "activity per row, unit per activity"). Joined into one
// measure, every unit would report every follow-up; each such row is a measure of its own for the
// same indicator instead, said with a warning (review 17 s11, S11-16).
import { collapseSpaces, stripTags } from './thai-text.js';
import { joinCells, joinItems } from './table-row-kinds.js';
import type { ContinuedCells } from './continued-cells.js';
import { quoteStart } from './warning-quotes.js';

type Cells = Partial<Record<'measure' | 'methods' | 'timeframe' | 'followUps' | 'responsible', string>>;

const plain = (cell: string | undefined) => collapseSpaces(stripTags(cell ?? ''));

/**
 * Does a continuation row (`own`: its own cells, no measure text) start a measure of its own? Yes
 * when it has its own follow-ups and units, and the measure above has follow-ups and other units.
 * `grown`: the cells above as continuation rows joined them (read without reading them whole).
 */
export function startsUnitMeasure(
  above: { cells: Cells; heading?: string | undefined },
  own: Cells,
  grown?: ContinuedCells,
): boolean {
  if (above.heading) return false;
  const unit = plain(own.responsible);
  if (!unit || !plain(own.followUps)) return false;
  if (grown) {
    const units = above.cells.responsible ?? '';
    const followUps = above.cells.followUps ?? '';
    return (
      !grown.textEmpty(above, 'responsible', units) &&
      !grown.textEmpty(above, 'followUps', followUps) &&
      !grown.textEquals(above, 'responsible', units, unit)
    );
  }
  const unitsAbove = plain(above.cells.responsible);
  return unitsAbove !== '' && plain(above.cells.followUps) !== '' && unitsAbove !== unit;
}

/** What the importer says about such a row, Thai first. */
export function unitMeasureMessage(
  measure: string,
  unit: string,
  quoted = quoteStart(plain(measure), 80),
): { th: string; en: string } {
  const named = quoteStart(plain(unit), 80);
  return {
    th: `แถวนี้อยู่ใต้มาตรการเดียวกับแถวก่อนหน้า ("${quoted}") แต่มีการติดตามผลและหน่วยงานของตัวเอง ("${named}") จึงแยกเป็นมาตรการของตัวชี้วัดเดียวกัน ให้หน่วยงานของแถวนี้รายงานเฉพาะการติดตามผลในแถวนี้ กรุณาตรวจ ถ้าทุกหน่วยงานต้องรายงานทุกข้อ ให้รวมเป็นมาตรการเดียว`,
    en: `this row is under the same measure as the row above ("${quoted}") but has follow-ups and units of its own ("${named}"): it is read as a measure of its own for the same indicator, its units reporting only its own follow-ups; check it, and join them into one measure if every unit reports every follow-up`,
  };
}

/**
 * A cell of a continuation row added to the cell above. In a Word table or a sheet each row's
 * cell is whole: methods and follow-ups stay separate items, a timeframe said again is not
 * repeated; in text and PDF rows a cell may be one line of a longer text (joined as before).
 * `grown`: the row the cell above belongs to, whose joins are known (the same text, reading only
 * the row below: continued-cells.ts).
 */
export function joinContinuation(
  role: string,
  above: string,
  below: string,
  wholeCells: boolean,
  grown?: { cells: ContinuedCells; row: object },
): string {
  const cells = (a: string, b: string) => (grown ? grown.cells.joinCells(grown.row, role, a, b) : joinCells(a, b));
  if (!wholeCells) return cells(above, below);
  if (role === 'timeframe') {
    const same = grown ? grown.cells.textEquals(grown.row, role, above, plain(below)) : plain(above) === plain(below);
    if (same) return above;
  }
  if ((role === 'methods' || role === 'followUps') && above) {
    return grown ? grown.cells.joinItems(grown.row, role, above, below) : joinItems(above, below);
  }
  return cells(above, below);
}
