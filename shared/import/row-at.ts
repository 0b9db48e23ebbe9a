// The table row readRows is reading, as one object its steps take (read-rows.ts).
import type { Where } from './import-warning.js';
import type { CellMerge } from './source-document.js';
import type { LoneCell } from './table-row-kinds.js';

/**
 * A table row as readRows' steps read it, made once a row: its cells (HTML-ish cell text), how each
 * is merged, the cells' fills while they are these cells' (SourceBlock.fill), where it is, its
 * block's place in the document (`order`), the key of its Word table or sheet (tableKeyOf), and
 * whether it has its own number in the header's row-number column (`ownNumber`: set once the header
 * it is read under is known, false before), and its lone cell (loneCell) once asked, null for none.
 */
export interface RowAt {
  readonly cells: readonly string[];
  readonly merged: readonly CellMerge[];
  readonly fill: readonly string[] | undefined;
  readonly where: Where;
  readonly order: number;
  readonly key: string | undefined;
  ownNumber: boolean;
  lone?: LoneCell | null;
}
