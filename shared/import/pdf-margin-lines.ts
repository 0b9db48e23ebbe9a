// A PDF page's running header and footer: the top or bottom line of a page, set apart from the
// lines next to it, that repeats on other pages at the same place (its page number aside) or is
// page furniture by its shape (a print date, a web address, "1/2"). Word/LibreOffice headers and
// footers and a browser's print margins (review 17 s14, S14-14, S14-13). One pass over the pages.
import { findIndicator } from './indicator-heading.js';
import { isPageFurniture, isPageNumber, isPrintMark } from './page-furniture.js';
import type { PositionedText } from './pdf-ruled-tables.js';
import { pieces } from './pdf-text-lines.js';
import { normaliseThai } from './thai-text.js';

/** A margin line is this many times further from its neighbour than the page's usual line gap, */
const APART = 1.6;
/** or, on a page of few lines, this many times its type size. */
const APART_SIZES = 2.5;
/** Lines a page needs for its usual (median) line gap to tell. */
const USUAL_GAP_LINES = 6;
/** Points a repeated line may move between pages. */
const SAME_PLACE = 3;
/** A trailing page number of a header/footer ("… หน้า 3", "… 3 / 9"). */
const TRAILING_NUMBER =
  /\s*(?:(?:หน้า(?:ที่)?|page)\s*)?[-–—]?\s*[0-9๐-๙]{1,4}\s*[-–—]?(?:\s*(?:\/|จาก|of)\s*[0-9๐-๙]{1,4})?\s*$/i;

interface Candidate {
  page: number;
  line: number;
  y: number;
  key: string;
  shaped: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * For each page (its lines top to bottom), the indexes of the lines that are its running header or
 * footer. `isHeader` keeps a repeated table header out (it is the table's, not the page's).
 */
export function marginLines(
  pages: readonly (readonly (readonly PositionedText[])[])[],
  isHeader: (cells: string[]) => boolean,
): Set<number>[] {
  const candidates: Candidate[] = [];
  pages.forEach((lines, page) => {
    if (lines.length < 2) return;
    const ys = lines.map((l) => l[0]!.y);
    const gaps = ys.slice(1).map((y, i) => Math.abs(ys[i]! - y));
    const usual = lines.length >= USUAL_GAP_LINES ? median(gaps) * APART : 0;
    const ends: [number, number, number][] = [
      [0, 1, gaps[0]!],
      [lines.length - 1, lines.length - 2, gaps[gaps.length - 1]!],
    ];
    for (const [line, neighbour, gap] of ends) {
      const texts = pieces([...lines[line]!]).map((p) => normaliseThai(p.text).trim());
      // a spreadsheet's print header alone ("Sheet1", "Page 1") is the page's however near the table (tester s52)
      const printed = texts.length === 1 && isPrintMark(texts[0]!);
      const size = Math.max(...lines[line]!.map((r) => r.size), ...lines[neighbour]!.map((r) => r.size));
      if (!printed && gap < Math.max(usual, size * APART_SIZES)) continue;
      const joined = texts.join(' ');
      if (isHeader(texts) || (findIndicator(joined)?.index ?? 99) < 12) continue;
      const key = `${line === 0 ? 'top' : 'bottom'}|${texts
        .map((t) => (isPageNumber(t) ? '#' : t.replace(TRAILING_NUMBER, '#')))
        .join('|')}`;
      candidates.push({ page, line, y: ys[line]!, key, shaped: texts.every((t) => isPageFurniture(t)) });
    }
  });
  const first = new Map<string, Candidate>();
  const repeats = new Set<string>();
  for (const c of candidates) {
    const seen = first.get(c.key);
    if (!seen) first.set(c.key, c);
    else if (seen.page !== c.page && Math.abs(seen.y - c.y) <= SAME_PLACE) repeats.add(c.key);
  }
  const result = pages.map(() => new Set<number>());
  for (const c of candidates) if (c.shaped || repeats.has(c.key)) result[c.page]!.add(c.line);
  return result;
}
