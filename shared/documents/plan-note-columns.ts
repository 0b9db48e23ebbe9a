// The notes a plan keeps from its source table's extra columns (งบประมาณ, ตัวชี้วัดความสำเร็จ ...),
// printed in the plan document as columns of their own after the five, one per label, so the
// published plan has them and the importer reads them back as notes (review 17 s11, S11-36).

/** At most this many note columns beside the five: the rest share the last one, each "label: text". */
export const MAX_NOTE_COLUMNS = 3;
/** The last note column's label when the plan's notes have more labels than MAX_NOTE_COLUMNS. */
export const OTHER_NOTES = 'หมายเหตุอื่น ๆ';

interface Note {
  label: string;
  text: string;
}

/** The note columns of a plan's measures: their labels in first-seen order, at most MAX_NOTE_COLUMNS. */
export function noteColumns(measures: readonly { notes?: readonly Note[] | undefined }[]): string[] {
  const labels = new Set<string>();
  for (const m of measures) for (const n of m.notes ?? []) if (n.text.trim()) labels.add(n.label);
  const all = [...labels];
  return all.length <= MAX_NOTE_COLUMNS ? all : [...all.slice(0, MAX_NOTE_COLUMNS - 1), OTHER_NOTES];
}

/**
 * One measure's note cells under `columns` (noteColumns'), each a cell's paragraphs: a note's text
 * under its label's column, one paragraph a line; notes of labels past the named columns in the
 * last one, "label: text". Two notes of one label share its cell.
 */
export function noteCells(notes: readonly Note[] | undefined, columns: readonly string[]): string[][] {
  const cells = columns.map((): string[] => []);
  const other = columns.at(-1) === OTHER_NOTES ? columns.length - 1 : -1;
  for (const n of notes ?? []) {
    if (!n.text.trim()) continue;
    const at = columns.indexOf(n.label);
    const lines = n.text.split('\n').filter((l) => l.trim());
    if (at >= 0 && at !== other) cells[at]!.push(...lines);
    else if (other >= 0) cells[other]!.push(`${n.label}: ${lines[0] ?? ''}`, ...lines.slice(1));
  }
  return cells;
}
