// Thai has no spaces between words: break lines at word boundaries found by Intl.Segmenter.

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Lines of at most `width`, measured by `measure`; explicit newlines are kept. */
export function wrapThai(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const { segment } of words.segment(paragraph)) {
      if (measure(line + segment) <= width) {
        line += segment;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = segment.trimStart();
      // a single word wider than the line: cut it between grapheme clusters
      while (measure(line) > width) {
        let cut = '';
        for (const { segment: g } of graphemes.segment(line)) {
          if (measure(cut + g) > width && cut) break;
          cut += g;
        }
        lines.push(cut);
        line = line.slice(cut.length);
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
