// A PDF of a Word plan laid out with tab stops instead of a table (review 17 s12, S12-14): each
// measure is one paragraph, its columns separated by tabs, and the paragraph wraps at the page's
// margin, so its cells are not under the header's labels. In the PDF a tab is a gap between two
// pieces of a line; a wrapped line starts again at the left margin (the cell goes on) or, when the
// tab itself wrapped, at a tab stop (a new cell). Paragraphs are parted by the space between them
// or by a measure heading at the margin. Read only when the other readers found no table rows.
import { findIndicator } from './indicator-heading.js';
import type { PdfPage } from './pdf-page-content.js';
import type { PositionedText } from './pdf-ruled-tables.js';
import { joinCellLines, linesOf, pieces } from './pdf-text-lines.js';
import { escapeMarkup } from './xml-text.js';
import { isPageNumber } from './page-furniture.js';
import type { PdfTableHooks } from './read-pdf-unruled.js';
import type { SourceBlock, SourceNotice } from './source-document.js';
import { normaliseThai } from './thai-text.js';

/** A gap this much wider than the page's usual space between words is a tab. */
const TAB_OVER_SPACE = 1.12;
/** A line gap this many times the page's line pitch parts two paragraphs. */
const PARAGRAPH_GAP = 1.35;
/** Tab stops looked at (a header has a few columns; the bound keeps a line's reading linear). */
const MAX_STOPS = 30;
/** A wrapped line starting this close (points) to the left margin goes on with the cell before. */
const AT_MARGIN = 4;

interface Paragraph {
  where: SourceBlock['where'];
  /** each cell's lines */
  cells: string[][];
  /** where each cell starts (points) */
  xs: number[];
}

/**
 * The blocks of `pages` read as tab-separated paragraphs from the first paragraph whose cells are a
 * plan header on, or undefined when there is none or no row follows it.
 */
export function tabParagraphBlocks(
  pages: readonly PdfPage[],
  hooks: PdfTableHooks,
  placeOn: (page: PdfPage) => SourceBlock['where'],
  /** each page's lines (linesOf), when the caller has them: not sorted again */
  pageLines?: readonly PositionedText[][][],
): { blocks: SourceBlock[]; notice: Omit<SourceNotice, 'block'> } | undefined {
  const blocks: SourceBlock[] = [];
  let width = 0;
  let margin = 0;
  /** the header's tab stops: a piece starting at one after any gap is a new cell */
  let stops: number[] = [];
  let short: SourceBlock['where'] | undefined;
  let firstRow: SourceBlock['where'] | undefined;
  let paragraph: Paragraph | undefined;
  const flush = () => {
    if (!paragraph) return;
    // as markup: a "<" or "&" in a PDF's text is the writer's (session 59)
    const cells = paragraph.cells.map((lines) => escapeMarkup(joinCellLines(lines)));
    const { where: paragraphWhere, xs } = paragraph;
    paragraph = undefined;
    if (width === 0) {
      if (cells.length >= 3 && hooks.isHeader(cells)) {
        width = cells.length;
        stops = xs.filter((x) => x > margin + AT_MARGIN).slice(0, MAX_STOPS);
        blocks.push({ kind: 'row', where: paragraphWhere, cells });
      } else blocks.push({ kind: 'text', where: paragraphWhere, text: cells.join(' ') });
      return;
    }
    if (cells.length < 2) {
      blocks.push({ kind: 'text', where: paragraphWhere, text: cells.join(' ') });
      return;
    }
    if (cells.length !== width) short ??= paragraphWhere;
    firstRow ??= paragraphWhere;
    blocks.push({ kind: 'row', where: paragraphWhere, cells });
  };
  for (const [index, page] of pages.entries()) {
    const lines = pageLines?.[index] ?? linesOf(page.runs);
    const size = page.runs.reduce((m, r) => Math.max(m, r.size), 0);
    const gaps = lines.slice(1).map((l, i) => lines[i]![0]!.y - l[0]!.y);
    const pitch = gaps.reduce((m, g) => (g > size * 0.5 ? Math.min(m, g) : m), size * 1.9);
    const space = spaceWidth(lines, size);
    const tabGap = space * TAB_OVER_SPACE;
    const right = page.runs.reduce((m, r) => Math.max(m, r.x + r.width), 0);
    lines.forEach((runs, i) => {
      const parts = cellsOfLine(runs, tabGap, stops);
      if (i === lines.length - 1 && parts.length === 1 && isPageNumber(parts[0]!.text.trim())) return;
      const where = { ...placeOn(page), line: i + 1 };
      const heading = paragraph !== undefined && headingAtMargin(parts[0]!, margin);
      const apart = i === 0 || gaps[i - 1]! > pitch * PARAGRAPH_GAP;
      // before the header, a line is its own paragraph unless it goes on with a header's labels
      const beforeHeader = width === 0 && (parts.length >= 3 || (paragraph?.cells.length ?? 0) < 3);
      if (!paragraph || apart || heading || beforeHeader) {
        flush();
        paragraph = { where, cells: parts.map((p) => [p.text]), xs: parts.map((p) => p.x) };
        if (width === 0) margin = parts[0]!.x;
        return;
      }
      const before = lines[i - 1]!.at(-1)!;
      // at the margin: the cell wrapped, unless its first word had room on the line before (then
      // a tab jumped past it and the text after the tab did not fit)
      const wrapped = before.x + before.width + space + parts[0]!.lead > right;
      parts.forEach((p, k) => {
        if (k === 0 && p.x <= margin + AT_MARGIN && wrapped) paragraph!.cells.at(-1)!.push(p.text);
        else {
          paragraph!.cells.push([p.text]);
          paragraph!.xs.push(p.x);
        }
      });
    });
  }
  flush();
  if (!firstRow) return undefined;
  const where = short ?? firstRow;
  const notice: Omit<SourceNotice, 'block'> = {
    where,
    code: 'pdf-layout-guessed',
    message_th: `ตารางนี้ไม่มีเส้น แต่ละมาตรการเป็นย่อหน้าเดียวที่แบ่งคอลัมน์ด้วยแท็บ (ตั้งระยะแท็บแทนตาราง) ระบบแบ่งช่องตามช่องว่างของแท็บ${short ? ' และย่อหน้านี้มีจำนวนช่องไม่เท่ากับหัวตาราง' : ''} กรุณาตรวจว่าข้อความอยู่ถูกช่อง หรือใช้ไฟล์ Word ต้นฉบับ`,
    message_en: `this table has no rules: each measure is one paragraph with its columns separated by tabs (tab stops instead of a table); the cells were split at the tabs' gaps${short ? ', and this paragraph has another number of cells than the header' : ''}: check each cell, or import the Word original`,
    source: '',
  };
  return { blocks, notice };
}

/**
 * A line's runs in cells: parted where the gap is a tab's (wider than a space), or where a run
 * starts at one of the header's tab stops after any gap (a tab that had little room to jump).
 */
function cellsOfLine(runs: readonly PositionedText[], tabGap: number, stops: readonly number[]) {
  const groups: PositionedText[][] = [];
  for (const run of runs) {
    const last = groups.at(-1)?.at(-1);
    const gap = last ? run.x - (last.x + last.width) : Infinity;
    const atStop = gap > 0.3 && stops.some((s) => Math.abs(run.x - s) < 1);
    if (!last || gap >= tabGap || atStop) groups.push([run]);
    else groups.at(-1)!.push(run);
  }
  return groups.map((g) => ({
    x: g[0]!.x,
    lead: leadWidth(g[0]!),
    text: normaliseThai(
      pieces(g, Infinity)
        .map((p) => p.text)
        .join(' '),
    ),
  }));
}

/** The width of a run's first word (to its first space), by its share of the run's letters. */
function leadWidth(run: PositionedText): number {
  const word = run.text.trimStart().split(' ')[0]!;
  return run.text.length > 0 ? (run.width * word.length) / run.text.length : 0;
}

/**
 * The page's space between words: the most frequent gap (to 0.1 pt) between two runs of a line that
 * is narrower than 0.6 of the type size (a producer that ends a run at each space), else 0.3 of it.
 */
function spaceWidth(lines: readonly PositionedText[][], size: number): number {
  const counts = new Map<number, number>();
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const gap = Math.round((line[i]!.x - line[i - 1]!.x - line[i - 1]!.width) * 10) / 10;
      if (gap > 1 && gap < size * 0.6) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  let best: [number, number] = [size * 0.3, 0];
  for (const [gap, n] of counts) if (n > best[1] || (n === best[1] && gap < best[0])) best = [gap, n];
  return best[0];
}

/** Does this line start, at the left margin, with a measure heading ("ตัวชี้วัดที่ ๔ ...")? */
function headingAtMargin(first: { x: number; text: string }, margin: number): boolean {
  if (first.x > margin + AT_MARGIN) return false;
  const heading = findIndicator(first.text);
  return heading !== undefined && heading.index < 12;
}
