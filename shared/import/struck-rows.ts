// Cells struck through as a whole (SourceBlock.struck, read-docx.ts / read-xlsx.ts), by their
// column (review 17 s13, S13-10). A measure cell that opens a measure and is struck through is a
// measure the revised plan dropped: the row is kept as it is and the measure is warned
// (measure-status-marked, measures-document.ts), for the coordinator to remove it. Any other cell
// struck through (a method, a follow-up, a unit, a continuation row) is left out, said once a
// cell ('struck-text-left-out'). One pass over the blocks.
import type { Role } from './column-names.js';
import type { SourceBlock, SourceDocument, SourceNotice } from './source-document.js';
import { struckTextNotice } from './struck-text.js';
import { stripTags } from './thai-text.js';

export interface StruckCellsLeftOut {
  document: SourceDocument;
  /** the struck cells left out, one notice a cell */
  notices: SourceNotice[];
}

/**
 * `headerOf`: a row's columns when it is a plan table's header; `opensMeasure`: does a measure
 * cell's text open a measure (an indicator heading, a number, "มาตรการ")? A struck row before any
 * header is kept as read.
 */
export function withStruckCellsLeftOut(
  doc: SourceDocument,
  headerOf: (cells: readonly string[]) => readonly { role: Role }[] | undefined,
  opensMeasure: (text: string) => boolean,
): StruckCellsLeftOut {
  if (!doc.blocks.some((b) => b.kind === 'row' && b.struck)) return { document: doc, notices: [] };
  const notices: SourceNotice[] = [];
  let header: readonly { role: Role }[] | undefined;
  const blocks = doc.blocks.map((block, order): SourceBlock => {
    if (block.kind !== 'row') return block;
    if (!block.struck) {
      header = headerOf(block.cells) ?? header;
      return block;
    }
    if (!header) return block;
    const at = (role: Role) => header!.findIndex((c) => c.role === role);
    const measureAt = [at('measure'), at('indicator')].find((i) => i >= 0 && stripTags(block.cells[i] ?? '').trim());
    if (measureAt !== undefined && block.struck[measureAt] && opensMeasure(stripTags(block.cells[measureAt]!)))
      return block;
    const cells = [...block.cells];
    block.struck.forEach((struck, i) => {
      const text = stripTags(cells[i] ?? '').trim();
      if (!struck || !text) return;
      cells[i] = '';
      // a cell merged over others is said once, where it starts
      if (!block.merged?.[i]) notices.push(struckTextNotice(order, { ...block.where, column: i + 1 }, [text]));
    });
    const { struck: _, ...rest } = block;
    return { ...rest, cells };
  });
  return { document: { ...doc, blocks }, notices };
}
