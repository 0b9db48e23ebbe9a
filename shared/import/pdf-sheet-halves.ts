// A plan printed "2 pages per sheet" (พิมพ์ ๒ หน้าต่อแผ่น: two page images side by side on a landscape
// sheet, or landscape pages one above the other on a portrait sheet). Read as one page, its halves
// were read line by line across both: the right half's rows came before the left half's, a measure
// running from one half into the other was cut in two, and one measure got another's methods
// (review 17 s11, S11-13). A sheet with a clear gutter across its middle, a ruled table on either
// side and nothing crossing it is read as two pages: left then right (top then bottom), the second
// moved onto the first's place so that a table going on from one half to the other lines up.
import type { PdfPage } from './pdf-page-content.js';
import { ruledTables } from './pdf-ruled-tables.js';

/** The narrowest gutter between the halves (points): wider than a table's column gap. */
const MIN_GUTTER = 18;

type Axis = 'x' | 'y';

/**
 * Is there an empty band across the sheet's middle line, MIN_GUTTER wide at least, that nothing
 * crosses? Two passes, no sort (review 17 s17, S17-5: a page of 59,000 texts sorted its spans twice):
 * the band runs from the farthest end of what starts before the first start past the middle. A
 * run's extent: x to x + width across, a third of its size under its baseline to its size above it
 * down; a rule's, its ends (read in place: a pair made for each, four times a run, was most of the cost).
 */
function gutter(page: PdfPage, axis: Axis, size: number): boolean {
  const middle = size / 2;
  const byX = axis === 'x';
  let next = Infinity;
  for (const r of page.runs) {
    const from = byX ? r.x : r.y - r.size * 0.3;
    if (from > middle && from < next) next = from;
  }
  for (const r of page.rules) {
    const from = byX ? r.x1 : r.y1;
    if (from > middle && from < next) next = from;
  }
  let end = -Infinity;
  for (const r of page.runs) {
    const from = byX ? r.x : r.y - r.size * 0.3;
    const to = byX ? r.x + r.width : r.y + r.size;
    if (from < next && to > end) end = to;
  }
  for (const r of page.rules) {
    const from = byX ? r.x1 : r.y1;
    const to = byX ? r.x2 : r.y2;
    if (from < next && to > end) end = to;
  }
  return next !== Infinity && end !== -Infinity && end < middle && next - end >= MIN_GUTTER;
}

function half(page: PdfPage, axis: Axis, keep: (at: number) => boolean, shift: number, part: 1 | 2): PdfPage {
  const moved = (v: number) => v - shift;
  const { actualTextUnread, ...rest } = page;
  return {
    ...rest,
    ...(actualTextUnread && part === 1 ? { actualTextUnread } : {}),
    runs: page.runs
      .filter((r) => keep(axis === 'x' ? r.x : r.y))
      .map((r) => (axis === 'x' ? { ...r, x: moved(r.x) } : { ...r, y: moved(r.y) })),
    rules: page.rules
      .filter((r) => keep(axis === 'x' ? r.x1 : r.y1))
      .map((r) =>
        axis === 'x' ? { ...r, x1: moved(r.x1), x2: moved(r.x2) } : { ...r, y1: moved(r.y1), y2: moved(r.y2) },
      ),
    unreadable: part === 1 ? page.unreadable : 0,
    half: part,
  };
}

/** The sheet as its two pages, in reading order, or undefined when it is one page. */
function halvesOf(page: PdfPage): [PdfPage, PdfPage] | undefined {
  for (const axis of ['x', 'y'] as const) {
    const size = axis === 'x' ? page.width : page.height;
    if (!gutter(page, axis, size)) continue;
    const at = size / 2;
    const low = half(page, axis, (v) => v < at, 0, axis === 'x' ? 1 : 2);
    const high = half(page, axis, (v) => v >= at, size / 2, axis === 'x' ? 2 : 1);
    if (ruledTables(low.rules).length === 0 || ruledTables(high.rules).length === 0) continue;
    // left then right; top (higher y) then bottom
    return axis === 'x' ? [low, high] : [high, low];
  }
  return undefined;
}

/** The pages to read: each sheet of two page images as its two pages, others as they are. */
export function pagesOfSheets(pages: readonly PdfPage[]): PdfPage[] {
  return pages.flatMap((page) => halvesOf(page) ?? [page]);
}
