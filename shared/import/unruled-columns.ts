// The columns of a PDF table drawn without rules, from its header line. A left-aligned header
// label starts where its column's text starts. A centred label (a browser's <th>, Word's usual
// header style) starts right of it: the data start between the label before and this label. A
// data piece starting past the label before's end that reaches under this label, or that finds
// the column before already holding a piece of its line, is this column's: its start moves left
// to it, so the rows under a centred header are not read a column off.
import { CELL_GAP } from './pdf-text-lines.js';

interface Piece {
  x: number;
  width: number;
}

export interface UnruledColumns {
  /** each column's start (points): the header labels' starts, moved left by centred-label evidence */
  readonly starts: readonly number[];
  /** the column of each piece of a line under the header, left to right (learning from them) */
  columnsOf(line: readonly Piece[]): number[];
}

export function unruledColumns(labels: readonly Piece[]): UnruledColumns {
  const starts = labels.map((l) => l.x);
  const labelEnds = labels.map((l) => l.x + l.width);
  const columnsOf = (line: readonly Piece[]): number[] => {
    let lastColumn = -1;
    return line.map((p) => {
      let c = 0;
      while (c + 1 < starts.length && p.x >= starts[c + 1]! - CELL_GAP) c++;
      const next = c + 1;
      const pastLabel = next < starts.length && p.x > labelEnds[c]! + CELL_GAP;
      if (pastLabel && (p.x + p.width > labels[next]!.x || lastColumn >= c)) {
        starts[next] = p.x;
        c = next;
      }
      lastColumn = c;
      return c;
    });
  };
  return { starts, columnsOf };
}
