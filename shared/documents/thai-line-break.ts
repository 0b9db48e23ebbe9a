// Thai has no spaces between words: break lines at word boundaries found by Intl.Segmenter
// (breakUnits, shared/domain/thai-break-units.ts: brackets, quotes and a few table words kept whole).

import { breakUnits } from '../domain/thai-break-units.js';
import { THAI_DATE_SOURCE } from '../domain/thai-format.js';

/**
 * What a document's line never breaks inside (tester s47: "(๑" / "ตุลาคม ๒๕๖๙", "ประจำปี" / "งบประมาณ"):
 * a Thai date (THAI_DATE_SOURCE: "๑ ตุลาคม ๒๕๖๙", "15 พฤศจิกายน 2569") and "(ประจำ)ปีงบประมาณ".
 * Writing only: reading lines back (breakUnits' other user) keeps its own rule.
 */
const KEPT_WHOLE = new RegExp(`${THAI_DATE_SOURCE}|(?:ประจำ)?ปีงบประมาณ`, 'gu');

/**
 * KEPT_WHOLE and `names` too (a document's org name in its paragraphs: re-check s47, "…หนองบัวแดง" /
 * "เหนือใต้ออก" in a title), for wrapThaiLines' `keep`.
 */
export function keptWhole(names: readonly string[]): RegExp {
  const escaped = names.filter(Boolean).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp([KEPT_WHOLE.source, ...escaped].join('|'), 'gu');
}

/** breakUnits with the units inside each `keep` match joined into one. */
function lineUnits(paragraph: string, keep: RegExp): string[] {
  const inside = new Set<number>();
  for (const m of paragraph.matchAll(keep)) for (let i = 1; i < m[0].length; i++) inside.add(m.index + i);
  const units: string[] = [];
  let at = 0;
  for (const unit of breakUnits(paragraph)) {
    if (inside.has(at) && units.length > 0) units[units.length - 1] += unit;
    else units.push(unit);
    at += unit.length;
  }
  return units;
}

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Lines of at most `width`, measured by `measure`; explicit newlines are kept. A line takes words
 * while it fits: the first word that does not fit starts the next line (a word wider than a line is
 * cut between grapheme clusters). `measure` must not shrink as text is added (a font's widths).
 *
 * The words' own widths, added up, say where a line likely ends; `measure` on the line as it would
 * be drawn then decides, so the lines are those of measuring the line after each word (kerning
 * between words included), in about two measures of a line instead of one per word (the large
 * annual report spent half its PDF time here: review 17 s17).
 */
export function wrapThai(text: string, width: number, measure: (s: string) => number): string[] {
  return wrapThaiLines(text, width, measure).map((l) => l.text);
}

/** A wrapped line; `spaceAfter`: it was broken at a space (not drawn, but the text has it there). */
export interface WrappedLine {
  text: string;
  spaceAfter: boolean;
}

/**
 * wrapThai's lines, each saying whether it was broken at a space: a reader joining the lines again
 * cannot tell "ประชาชน ณ" broken at its space from a break inside a Thai phrase (review 17 s27, M-1).
 */
export function wrapThaiLines(
  text: string,
  width: number,
  measure: (s: string) => number,
  /** what no line breaks inside: KEPT_WHOLE, or keptWhole(…) */
  keep: RegExp = KEPT_WHOLE,
): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const widths = new Map<string, number>();
  const widthOf = (segment: string) => {
    let w = widths.get(segment);
    if (w === undefined) widths.set(segment, (w = measure(segment)));
    return w;
  };
  for (const paragraph of text.split('\n')) {
    const segments = lineUnits(paragraph, keep);
    let line = '';
    let at = 0;
    while (at < segments.length) {
      // how many of the next segments fit after `line` (it fits itself): guessed by adding widths,
      // then settled by measuring the line with and without the next one
      const fits = (n: number) => measure(line + segments.slice(at, at + n).join('')) <= width;
      let n = 0;
      for (let sum = line ? measure(line) : 0; at + n < segments.length; n++) {
        sum += widthOf(segments[at + n]!);
        if (sum > width) break;
      }
      while (n > 0 && !fits(n)) n--;
      while (at + n < segments.length && fits(n + 1)) n++;
      line += segments.slice(at, at + n).join('');
      at += n;
      if (at === segments.length) break;
      // the next segment does not fit: it starts the next line
      const segment = segments[at++]!;
      const text = line.trimEnd();
      if (line.trim()) lines.push({ text, spaceAfter: text.length < line.length || /^\s/.test(segment) });
      line = segment.trimStart();
      // a single word wider than the line: cut it between grapheme clusters
      while (measure(line) > width) {
        let cut = '';
        for (const { segment: g } of graphemes.segment(line)) {
          if (measure(cut + g) > width && cut) break;
          cut += g;
        }
        lines.push({ text: cut, spaceAfter: false });
        line = line.slice(cut.length);
      }
    }
    lines.push({ text: line.trimEnd(), spaceAfter: false });
  }
  return lines;
}
