// The tables of a PDF page from their drawn rules. Word and LibreOffice draw a table's borders as
// lines (or thin filled rectangles); the cells are the boxes between them. A box with no rule
// between it and its neighbour is one merged cell (a unit cell beside two measures, a grouped
// header label). Text goes to the cell its glyphs sit in, wherever the cell aligns it (top, middle).
import type { CellMerge } from './source-document.js';

/** An axis-aligned rule in page space (points, y up): x1 <= x2, y1 <= y2; one of them is a line. */
export interface Rule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A piece of text of the page, positioned by its baseline's start. */
export interface PositionedText {
  x: number;
  y: number;
  width: number;
  /** font size, points */
  size: number;
  text: string;
  /** a line crosses it: struck through (pdf-struck-text.ts) */
  struck?: true;
}

/** How close (points) two rules must be to meet, and two edges to be one. */
const TOUCH = 2.5;
/** A filled rectangle thinner than this (points) is a rule. */
const THIN = 3;
/** Past this many rules a page is no table a person drew (a pattern, a chart): it is read without. */
export const MAX_RULES_PER_PAGE = 1500;
const MAX_COLUMNS = 60;
const MAX_ROWS = 1000;

export interface RuledTable {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** column edges, left to right */
  xs: number[];
  /** row edges, top to bottom (descending y) */
  ys: number[];
  /** the merged cell (row, column) each grid cell belongs to */
  master(row: number, column: number): [number, number];
}

/** Rectangles of a path as rules: thin ones are lines; a stroked box gives its four sides. */
export function rectangleRules(x: number, y: number, w: number, h: number, stroked: boolean): Rule[] {
  const x1 = Math.min(x, x + w);
  const x2 = Math.max(x, x + w);
  const y1 = Math.min(y, y + h);
  const y2 = Math.max(y, y + h);
  if (x2 - x1 <= THIN && y2 - y1 > THIN) return [{ x1: (x1 + x2) / 2, x2: (x1 + x2) / 2, y1, y2 }];
  if (y2 - y1 <= THIN && x2 - x1 > THIN) return [{ x1, x2, y1: (y1 + y2) / 2, y2: (y1 + y2) / 2 }];
  if (!stroked || x2 - x1 <= THIN) return [];
  return [
    { x1, x2, y1, y2: y1 },
    { x1, x2, y1: y2, y2 },
    { x1, x2: x1, y1, y2 },
    { x1: x2, x2, y1, y2 },
  ];
}

const horizontal = (r: Rule) => r.y2 - r.y1 <= 0.5 && r.x2 - r.x1 > THIN;
const vertical = (r: Rule) => r.x2 - r.x1 <= 0.5 && r.y2 - r.y1 > THIN;

/** Values within TOUCH of each other as one (their mean), ascending. */
function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: { sum: number; n: number; last: number }[] = [];
  for (const v of sorted) {
    const group = out.at(-1);
    if (group && v - group.last <= TOUCH) {
      group.sum += v;
      group.n++;
      group.last = v;
    } else out.push({ sum: v, n: 1, last: v });
  }
  return out.map((g) => g.sum / g.n);
}

/** How far (points) a table's column rules must run past its last row rule to leave a row open. */
const OPEN_EDGE = 6;

/**
 * A browser (chromium's "Save as PDF") splits a tall row over pages and leaves its cells open at
 * the page edge: the column rules run on to the page's bottom (or from its top) with no row rule
 * there. The column rules' ends then close that open row, so its text is a row (joined with its
 * other half on the next page) and not loose lines under the table.
 */
function withOpenEdges(ys: number[], verticals: readonly Rule[]): number[] {
  if (ys.length === 0) return ys;
  const top = ys[0]!;
  const bottom = ys.at(-1)!;
  const below = verticals.filter((v) => v.y1 < bottom - OPEN_EDGE).map((v) => v.y1);
  const above = verticals.filter((v) => v.y2 > top + OPEN_EDGE).map((v) => v.y2);
  // two column rules at least (the table's sides): one stray line is no open row
  const out = [...ys];
  if (above.length >= 2) out.unshift(Math.max(...above));
  if (below.length >= 2) out.push(Math.min(...below));
  return out;
}

/** How many of a page's rules are straight table lines (what MAX_RULES_PER_PAGE counts). */
export const tableRuleCount = (rules: readonly Rule[]) => rules.filter((r) => horizontal(r) || vertical(r)).length;

/**
 * The tables the rules of one page draw: groups of horizontal and vertical rules that meet, with
 * at least `minColumns` columns (a one-column grid is a table only where a wide sheet's last column
 * may be printed alone: pdf-wide-sheet-pages.ts) and one row. Empty when the page has more than
 * MAX_RULES_PER_PAGE rules (read-pdf.ts then warns `pdf-layout-guessed`).
 */
export function ruledTables(rules: readonly Rule[], minColumns = 2): RuledTable[] {
  const hs = rules.filter(horizontal);
  const vs = rules.filter(vertical);
  if (hs.length + vs.length > MAX_RULES_PER_PAGE || hs.length < 2 || vs.length < 2) return [];
  // union-find over the rules: a horizontal and a vertical rule that cross or touch are one table
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.x1 >= h.x1 - TOUCH && v.x1 <= h.x2 + TOUCH && h.y1 >= v.y1 - TOUCH && h.y1 <= v.y2 + TOUCH) {
        parent[find(i)] = find(hs.length + j);
      }
    });
  });
  const groups = new Map<number, Rule[]>();
  all.forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const gh = group.filter(horizontal);
    const gv = group.filter(vertical);
    const xs = edges(gv.map((r) => r.x1));
    const ys = withOpenEdges(edges(gh.map((r) => r.y1)).reverse(), gv);
    if (xs.length < minColumns + 1 || ys.length < 2 || xs.length > MAX_COLUMNS + 1 || ys.length > MAX_ROWS + 1)
      continue;
    const covers = (r: Rule, along: 'x' | 'y', at: number) =>
      along === 'x' ? r.x1 - TOUCH <= at && r.x2 + TOUCH >= at : r.y1 - TOUCH <= at && r.y2 + TOUCH >= at;
    /** is there a rule between row `row - 1` and `row` in column `column`? */
    const ruleAbove = (row: number, column: number) => {
      const mid = (xs[column]! + xs[column + 1]!) / 2;
      return gh.some((r) => Math.abs(r.y1 - ys[row]!) <= TOUCH && covers(r, 'x', mid));
    };
    /** is there a rule between column `column - 1` and `column` in row `row`? */
    const ruleLeft = (row: number, column: number) => {
      const mid = (ys[row]! + ys[row + 1]!) / 2;
      return gv.some((r) => Math.abs(r.x1 - xs[column]!) <= TOUCH && covers(r, 'y', mid));
    };
    const masters: [number, number][][] = [];
    for (let r = 0; r < ys.length - 1; r++) {
      masters.push([]);
      for (let c = 0; c < xs.length - 1; c++) {
        masters[r]![c] =
          c > 0 && !ruleLeft(r, c) ? masters[r]![c - 1]! : r > 0 && !ruleAbove(r, c) ? masters[r - 1]![c]! : [r, c];
      }
    }
    tables.push({
      left: xs[0]!,
      right: xs.at(-1)!,
      top: ys[0]!,
      bottom: ys.at(-1)!,
      xs,
      ys,
      master: (r, c) => masters[r]![c]!,
    });
  }
  return tables.sort((a, b) => b.top - a.top);
}

/** Do two tables have the same column edges (within 3 points)? A table going on over pages does. */
export const sameColumns = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 3);

/** Where a text's glyphs sit: a little right of its start, a third of its size above its baseline. */
export function anchor(t: PositionedText): { x: number; y: number } {
  return { x: t.x + Math.min(t.width / 2, 3), y: t.y + t.size * 0.3 };
}

/** The grid cell of a table a point falls in, or undefined outside it. */
export function cellAt(table: RuledTable, x: number, y: number): [number, number] | undefined {
  if (x < table.left || x > table.right || y > table.top || y < table.bottom) return undefined;
  // the last column edge at or left of x (the last column at most), by halves
  let c = 0;
  let hi = table.xs.length - 2;
  while (c < hi) {
    const mid = (c + hi + 1) >> 1;
    if (x >= table.xs[mid]!) c = mid;
    else hi = mid - 1;
  }
  // the last row edge at or above y (descending), likewise
  let r = 0;
  hi = table.ys.length - 2;
  while (r < hi) {
    const mid = (r + hi + 1) >> 1;
    if (y <= table.ys[mid]!) r = mid;
    else hi = mid - 1;
  }
  return [r, c];
}

/** How each grid cell of a row is covered by a merged cell (see CellMerge). */
export function rowMerges(table: RuledTable, row: number): CellMerge[] {
  return table.xs.slice(1).map((_, c) => {
    const [mr, mc] = table.master(row, c);
    return mr === row && mc === c ? null : mc < c ? 'left' : 'above';
  });
}
