// A text row short of its header's cells, the units column among those missing: OCR put a space
// where the tab before the unit was ("รายงานผลทุกเดือน กองคลัง", review 17 s21, S19-7's neighbour),
// or lost a tab earlier in the row and the unit stands a cell early. Read as it was, the measure had
// no unit and its follow-up held the unit's name. A known unit name at the end of a cell (or a whole
// cell) is placed in the units column, the cells before it from the row's start and those after it
// up to its end, with a warning that quotes the line.
import { toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';
import { type NamedUnit, parseResponsibility, type UnitNames } from './responsibility.js';
import type { SourceBlock, SourceDocument } from './source-document.js';
import { matchKey } from './thai-text.js';

/**
 * Short rows of a document tried, at most: a plan has fewer measures (MAX_MEASURES); later ones are
 * read as they are, so a megabyte of short rows costs no more than a plan's.
 */
const MAX_TRIED_ROWS = 1000;
/** The words at a cell's end tried as a unit's name ("กองคลัง", "กองคลัง และ กองช่าง"). */
const MAX_UNIT_WORDS = 4;
/** The longest end of a cell tried (a unit's name is far shorter). */
const MAX_UNIT_CHARS = 120;

/** The end of `text` that names known units only, after a space (or the whole cell), and the text before it. */
export type EndingUnit = (text: string) => { before: string; unit: string } | undefined;

/** endingUnit for an import's units: exact names and aliases only (no guess, no "all units", nothing unknown). */
export function endingUnitOf(units: readonly NamedUnit[], names: UnitNames): EndingUnit {
  const read = new Map<string, boolean>();
  const namesUnits = (words: string) => {
    let known = read.get(words);
    if (known === undefined) {
      const p = parseResponsibility(words, units, names);
      known =
        p.responsibility.unitIds.length > 0 &&
        !p.responsibility.allUnits &&
        !p.unknown &&
        p.guessed.length === 0 &&
        p.excluded.length === 0 &&
        !p.concerned &&
        !p.everyone &&
        !p.ticked;
      if (read.size < MAX_TRIED_ROWS * MAX_UNIT_WORDS) read.set(words, known);
    }
    return known;
  };
  return (text) => {
    // a cell of markup (paragraphs of a quoted cell) is left as it is
    if (text.includes('<')) return undefined;
    const trimmed = text.trimEnd();
    const from = Math.max(0, trimmed.length - MAX_UNIT_CHARS);
    // the words at the cell's end, where each starts (the first of a cut end may be a piece of one: never taken)
    const starts = [...trimmed.slice(from).matchAll(/\S+/g)].map((m) => from + m.index);
    if (from > 0) starts.shift();
    if (starts.length === 0) return undefined;
    // the last word holds a unit's own name or alias (most cells' last word holds none: no parse)
    const lastKey = matchKey(trimmed.slice(starts.at(-1)));
    if (!names.some((n) => n.kind === undefined && lastKey.includes(n.key))) return undefined;
    // the most words at the end that name units only
    let found: { before: string; unit: string } | undefined;
    for (let k = 1; k <= Math.min(MAX_UNIT_WORDS, starts.length); k++) {
      const at = starts[starts.length - k]!;
      const unit = trimmed.slice(at);
      if (!namesUnits(unit)) break;
      found = { before: trimmed.slice(0, at).trim(), unit };
    }
    return found;
  };
}

/**
 * The cells of a short row (`line`, the header `width` cells wide) placed by a unit name at a cell's
 * end: that cell's text before it, and the cells before, from the row's start; the unit in
 * `unitsColumn`; the cells after it up to the row's end. The rightmost cell that fits; undefined when none does.
 */
export function placedByUnit(
  line: readonly string[],
  width: number,
  unitsColumn: number,
  endingUnit: EndingUnit,
): { cells: string[]; cell: number; unit: string } | undefined {
  for (let j = line.length - 1; j >= 0; j--) {
    const after = line.slice(j + 1);
    if (after.length > width - 1 - unitsColumn) return undefined;
    if (!line[j]!.trim()) continue;
    const found = endingUnit(line[j]!);
    if (!found) continue;
    const before = [...line.slice(0, j), ...(found.before ? [found.before] : [])];
    if (before.length > unitsColumn) continue;
    const cells = [
      ...before,
      ...Array<string>(unitsColumn - before.length).fill(''),
      found.unit,
      ...Array<string>(width - 1 - unitsColumn - after.length).fill(''),
      ...after,
    ];
    return { cells, cell: j, unit: found.unit };
  }
  return undefined;
}

/** A row placed by its unit (placedByUnit): where, and what the warning says and quotes. */
export interface UnitPlaced {
  block: number;
  where: Where;
  th: string;
  en: string;
  source: string;
}

const quoted = (cells: readonly string[]) => cells.join(' | ').slice(0, 500);

/**
 * `doc` with each row its reader marked short (SourceBlock.short) placed by the known unit name at
 * a cell's end (placedByUnit), when that changes its cells; each said. Other rows as they are.
 */
export function withShortRowUnits(
  doc: SourceDocument,
  endingUnit: EndingUnit,
): { document: SourceDocument; placed: UnitPlaced[] } {
  const placed: UnitPlaced[] = [];
  let blocks: SourceBlock[] | undefined;
  let tried = 0;
  doc.blocks.forEach((block, i) => {
    let read = block;
    if (block.kind === 'row' && block.short && tried++ < MAX_TRIED_ROWS) {
      const { cells: line, unitsColumn } = block.short;
      const width = Math.max(block.cells.length, unitsColumn + 1);
      const found = placedByUnit(line, width, unitsColumn, endingUnit);
      if (found && found.cells.some((c, j) => c !== (block.cells[j] ?? ''))) {
        read = { ...block, cells: found.cells };
        const column = unitsColumn + 1;
        const [cellNo, unitNo] = [toThaiDigits(found.cell + 1), toThaiDigits(column)];
        placed.push({
          block: i,
          where: { ...block.where, column },
          th: `แถวนี้มี ${toThaiDigits(line.length)} ช่อง น้อยกว่าหัวตาราง (${toThaiDigits(width)} ช่อง) ชื่อหน่วยงาน "${found.unit}" อยู่ท้ายช่องที่ ${cellNo} (น่าจะเว้นวรรคแทนการขึ้นช่องใหม่) จึงนำมาเป็นผู้รับผิดชอบในช่องที่ ${unitNo} และจัดช่องอื่นของแถวไว้ก่อนและหลังช่องนั้น ตรวจช่องของแถวนี้: "${quoted(line)}"`,
          en: `this row has ${line.length} cells, fewer than the header's ${width}; the unit name "${found.unit}" ends cell ${found.cell + 1} (likely a space where a cell break was): it was taken as the responsible unit (column ${column}) and the row's other cells placed around it; check this row's cells: "${quoted(line)}"`,
          source: quoted(line),
        });
      }
    }
    if (read !== block) blocks ??= doc.blocks.slice(0, i);
    blocks?.push(read);
  });
  return { document: blocks ? { ...doc, blocks } : doc, placed };
}
