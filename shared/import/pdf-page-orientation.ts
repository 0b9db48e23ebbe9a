// A page whose text is drawn turned (a landscape table drawn at 90° on a portrait page, shown upright
// by /Rotate, as a page rotated in Acrobat and saved or some print drivers' landscape pages are):
// its text and rules are read turned back, so that its lines run left to right as a reader sees
// them (review 17 s9, entry 20: such a page read 0 measures and a title of fragments).
import { type Matrix, multiply } from './pdf-page-images.js';

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The quarter turns (0-3, counter-clockwise) most of the page's text (by characters) is drawn at. */
export function textQuarterTurns(items: readonly { str?: string; transform?: number[] }[]): number {
  const weight = [0, 0, 0, 0];
  for (const item of items) {
    const t = item.transform;
    const n = item.str?.trim().length ?? 0;
    if (!t || n === 0 || (t[0] === 0 && t[1] === 0)) continue;
    const turns = Math.round(Math.atan2(t[1]!, t[0]!) / (Math.PI / 2));
    weight[((turns % 4) + 4) % 4]! += n;
  }
  const most = Math.max(...weight);
  return most > weight[0]! ? weight.indexOf(most) : 0;
}

/**
 * The matrix that turns the page back by `turns` quarter turns (clockwise), moved so that the page's
 * box `view` ([x1, y1, x2, y2]) lies at the origin again: text drawn at that angle then runs left to
 * right, lines top to bottom.
 */
export function uprightMatrix(turns: number, view: readonly number[]): Matrix {
  if (turns % 4 === 0) return IDENTITY;
  const angle = (-turns * Math.PI) / 2;
  const cos = Math.round(Math.cos(angle));
  const sin = Math.round(Math.sin(angle));
  const turn: Matrix = [cos, sin, -sin, cos, 0, 0];
  const [x1, y1, x2, y2] = view as [number, number, number, number];
  const corners = [
    [x1, y1],
    [x2, y1],
    [x1, y2],
    [x2, y2],
  ].map(([x, y]) => [cos * x! - sin * y!, sin * x! + cos * y!] as const);
  const dx = -Math.min(...corners.map((c) => c[0]));
  const dy = -Math.min(...corners.map((c) => c[1]));
  return multiply(turn, [1, 0, 0, 1, dx, dy]);
}

/** Text items with their matrices turned by `upright` (items without a matrix as they are). */
export function turnedItems<T extends object>(items: readonly T[], upright: Matrix): T[] {
  if (upright === IDENTITY) return [...items];
  return items.map((item) =>
    'transform' in item && Array.isArray(item.transform) && item.transform.length === 6
      ? { ...item, transform: multiply(item.transform as Matrix, upright) }
      : item,
  );
}
