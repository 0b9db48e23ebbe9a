// A text run of an unruled PDF table that crosses the next column's start (Excel's wrapped text
// filling its column to the edge, one space before the next cell: review 17 s14, S14-10) is split
// at the space nearest that start. Where each letter sits is estimated from the run's width shared
// among its spacing letters (Thai marks above and below take none).

/** Thai marks drawn above or below a letter: no width of their own. */
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** The split, when a space lies within this many letters' widths of the column start. */
const NEAR_LETTERS = 3;

/**
 * The run's text before and after the space nearest `start` (points), or undefined when no space
 * lies near it (the run is then one cell's, warned about by the caller).
 */
export function splitAtColumn(
  run: { x: number; width: number; text: string },
  start: number,
): [string, string] | undefined {
  const chars = [...run.text];
  const spacing = chars.filter((ch) => !MARK.test(ch)).length;
  if (spacing === 0) return undefined;
  const letter = run.width / spacing;
  let before = 0;
  let best: { at: number; distance: number } | undefined;
  chars.forEach((ch, i) => {
    if (!MARK.test(ch)) before++;
    if (ch !== ' ') return;
    const distance = Math.abs(run.x + letter * before - start);
    if (!best || distance < best.distance) best = { at: i, distance };
  });
  if (!best || best.distance > letter * NEAR_LETTERS) return undefined;
  const head = chars.slice(0, best.at).join('').trim();
  const tail = chars
    .slice(best.at + 1)
    .join('')
    .trim();
  return head && tail ? [head, tail] : undefined;
}
