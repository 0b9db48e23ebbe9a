// A table row broken over lines, a page break or wrapped into lines of text below it, joined.
import { parseIndicatorHeading } from './indicator-heading.js';
import type { SourceDocument } from './source-document.js';
import { collapseSpaces, stripTags } from './thai-text.js';
import type { Column } from './column-names.js';
import {
  type PageBreakJoin,
  pageBreakMessage,
  type WrappedCell,
  wrappedCellLines,
  wrappedCellMessage,
} from './broken-text-rows.js';
import { clip, Warnings } from './import-warnings.js';
import { headerColumns } from './header-rows.js';

/** wrappedCellLines with this reader's tests of a heading, a measure's start and units */
export function wrappedLines(
  row: SourceDocument['blocks'][number],
  blocks: SourceDocument['blocks'],
  at: number,
  columns: readonly Column[],
  unitRow: (text: string) => string | undefined,
  title: (text: string) => boolean,
  repeated: (text: string) => boolean,
): WrappedCell | undefined {
  const indicatorAt = columns.findIndex((c) => c.role === 'indicator');
  const measureAt = columns.findIndex((c) => c.role === 'measure');
  // a measure's first cell starts with its indicator heading, an item number or the word มาตรการ
  const measureStart = (cell: string) =>
    /^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|มาตรการ)/.test(cell) || parseIndicatorHeading(cell) !== undefined;
  return wrappedCellLines(row, blocks, at, columns.length, {
    heading: (text) => parseIndicatorHeading(text) !== undefined,
    startsMeasure: (cells) =>
      headerColumns(cells) === undefined &&
      (!!stripTags(cells[indicatorAt] ?? '').trim() || measureStart(stripTags(cells[measureAt] ?? ''))),
    namesUnits: (text) => unitRow(text) !== undefined,
    unitsColumn: (j) => columns[j]?.role === 'responsible',
    title,
    repeated,
  });
}

/** A row joined over a page break, said to be checked. */
export function pageBreakWarning(warnings: Warnings, order: number, join: PageBreakJoin): void {
  const said = pageBreakMessage(join);
  warnings.add(order, join.row.where, 'continuation-guessed', said.th, said.en, said.source);
}

/** Is a line one of the document's first lines (before its first table row), its running title? */
export function runningTitle(doc: SourceDocument): (text: string) => boolean {
  const key = (t: string) => collapseSpaces(stripTags(t).replace(/\*\*/g, ''));
  const lines = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind === 'row' || lines.size >= 6) break;
    if (key(b.text)) lines.add(key(b.text));
  }
  return (text) => text.length <= 300 && lines.has(key(text));
}

/** The lines joined into a row's last cell, said once to be checked. */
export function wrappedWarning(
  warnings: Warnings,
  order: number,
  wrapped: WrappedCell,
  columns: readonly Column[],
): void {
  const said = wrappedCellMessage(
    wrapped,
    clip(columns[wrapped.column]?.label ?? ''),
    columns[wrapped.column]?.role === 'responsible',
  );
  const where = { line: wrapped.lines[0]!.line, column: wrapped.column + 1 };
  warnings.add(order, where, 'continuation-guessed', said.th, said.en, said.source);
}
