// A ruled table's header repeated at the top of a new page (Word's "repeat as header row", kept by
// LibreOffice's PDF). The rows are the first page's header again, but not always letter for letter:
// a two-row header whose outer cells are merged down over both rows (ตัวชี้วัด | มาตรการ |
// ระยะเวลาดำเนินการ over ต.ค. … ก.ย. | การติดตามผล | ผู้รับผิดชอบ) is drawn on the next page in
// the two rows' height only, and a label wrapped to three lines there ("การ / ติดตา / มผล") runs
// its last line over the rule into the first row under it (review 17 s23, S23-6). The header cell
// then reads "การติดตา", and the row under it starts with "มผล".
import { normaliseThai, stripTags } from './thai-text.js';

/** A cell's text for comparing header rows: tags stripped, Thai normalised, no spaces. */
const headerText = (cell: string) => normaliseThai(stripTags(cell)).replace(/\s+/g, '');

/**
 * Does `row` (at the top of a page, in a table going on from the page before) repeat the header
 * row `header` (the same columns)? Each cell reads as the header's cell, spaces aside ("ต. ค." for
 * "ต.ค."), or as its beginning cut off (a label running out of its cell), and most of the cells
 * with text read whole. Gives, per column, what the header's cell lost ('' when nothing), or
 * undefined when the row is no repeat of it.
 */
export function repeatedHeaderRow(row: readonly string[], header: readonly string[]): string[] | undefined {
  if (row.length !== header.length) return undefined;
  const lost: string[] = [];
  let whole = 0;
  let withText = 0;
  for (let c = 0; c < row.length; c++) {
    const a = headerText(row[c]!);
    const b = headerText(header[c]!);
    if (b) withText++;
    if (a === b) {
      if (b) whole++;
      lost.push('');
    } else if (a && b.startsWith(a)) lost.push(b.slice(a.length));
    else return undefined;
  }
  return withText > 0 && whole * 2 > withText ? lost : undefined;
}

/**
 * A cell of the first row under a repeated header without the header's text that ran into it
 * (`lost`, as repeatedHeaderRow gives it). The text may itself be cut short (LibreOffice draws the
 * one line crossing the rule, not the lines past it: "รายงา" of "รายงานผล"), so the cell's longest
 * beginning that begins `lost` is taken off, spaces aside: two letters at least, or all of `lost`
 * (one letter that merely starts both is no overrun). The cell is escaped text or <p> paragraphs
 * (read-pdf.ts cellText); the text is taken off its first paragraph.
 */
export function withoutHeaderOverrun(cell: string, lost: string): string {
  if (!lost) return cell;
  const paragraphs = cell.startsWith('<p>') ? [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!) : [cell];
  const first = paragraphs[0] ?? '';
  const most = Math.min(first.length, lost.length * 2 + 8);
  let cut = 0;
  for (let k = 1; k <= most; k++) {
    const read = headerText(first.slice(0, k));
    if (!lost.startsWith(read)) break;
    if (read.length >= Math.min(2, lost.length)) cut = k;
  }
  if (cut === 0) return cell;
  const rest = first.slice(cut).trimStart();
  if (!cell.startsWith('<p>')) return rest;
  const kept = rest ? [rest, ...paragraphs.slice(1)] : paragraphs.slice(1);
  return kept.length === 1 ? kept[0]! : kept.map((p) => `<p>${p}</p>`).join('');
}
