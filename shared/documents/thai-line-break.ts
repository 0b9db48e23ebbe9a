// Thai has no spaces between words: break lines at word boundaries found by Intl.Segmenter
// (breakUnits: brackets and quotes kept with their words, a few table words kept whole).

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Opening brackets and quotes ( [ { “ ‘ «: kept with the word after them, never left at a line's end. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Closing brackets and quotes, and marks that never start a line (, . ; : ! ? ๆ ฯ): kept with the word before. */
const CLOSING = /^[\p{Pe}\p{Pf},.;:!?ๆฯ]+$/u;
/**
 * Words of the plan's and report's tables that the segmenter splits ("ดำเนิน|การ", "หน่วย|งาน") and a
 * typist never breaks: each is one unit (break 19 s28, F9: a header read "ระยะเวลาดำเนิน" / "การ").
 */
const WHOLE_WORDS = ['ดำเนินการ', 'หน่วยงาน', 'ผู้รับผิดชอบ', 'ปฏิบัติงาน', 'ข้อเสนอแนะ', 'ตัวชี้วัด', 'งบประมาณ', 'ผู้บังคับบัญชา'];
const LONGEST_WHOLE_WORD_PARTS = 4;

/**
 * The units a line may break between: Intl.Segmenter's Thai words, with the WHOLE_WORDS joined, an
 * opening bracket or quote joined to the word after it and a closing one (or , . ; : ! ? ๆ ฯ) to the
 * word before it (break 19 s28, F9: "สำนักปลัดเทศบาล (" / "หลัก)"). Joined, they are the paragraph.
 */
export function breakUnits(paragraph: string): string[] {
  const segments = Array.from(words.segment(paragraph), (s) => s.segment);
  const units: string[] = [];
  let opening = '';
  for (let at = 0; at < segments.length;) {
    let unit = segments[at]!;
    let taken = 1;
    for (let n = 2; n <= LONGEST_WHOLE_WORD_PARTS && at + n <= segments.length; n++) {
      const joined = segments.slice(at, at + n).join('');
      if (WHOLE_WORDS.includes(joined)) [unit, taken] = [joined, n];
    }
    at += taken;
    const previous = units.length - 1;
    if (OPENING.test(unit) && at < segments.length && !/^\s/.test(segments[at]!)) opening += unit;
    else if (CLOSING.test(unit) && !opening && previous >= 0 && !/\s$/.test(units[previous]!)) units[previous] += unit;
    // "วัน ๆ": the repeat mark goes with its word, the space between them too
    else if (/^[ๆฯ]/.test(unit) && !opening && previous >= 1 && /^[ \t]+$/.test(units[previous]!))
      units[previous - 1] += units.pop()! + unit;
    else {
      units.push(opening + unit);
      opening = '';
    }
  }
  if (opening) units.push(opening);
  return units;
}

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
export function wrapThaiLines(text: string, width: number, measure: (s: string) => number): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const widths = new Map<string, number>();
  const widthOf = (segment: string) => {
    let w = widths.get(segment);
    if (w === undefined) widths.set(segment, (w = measure(segment)));
    return w;
  };
  for (const paragraph of text.split('\n')) {
    const segments = breakUnits(paragraph);
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
