// Words left over from a cell's match key ("92", "15": Thai digits made Arabic, spaces and dots
// gone), quoted as the cell writes them ("๙๒.๑๕", "ก.ค.ศ."): a warning quotes the text as read
// (tester s51, s52).
import { fromThaiDigits } from '../domain/thai-format.js';

const THAI_ZERO = '๐'.charCodeAt(0);
const escaped = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** a key's character as the cell may write it: a digit either way, spaces between any two */
const charPattern = (c: string) =>
  /[0-9]/.test(c) ? `[${c}${String.fromCharCode(THAI_ZERO + Number(c))}]` : escaped(c);

const DIGIT = /[0-9๐-๙]/;
/** digits on either side of one mark ("๙๒.๑๕", "๒/๓"): one number */
const numberParts = (plain: string, a: { end: number }, b: { start: number }) =>
  b.start - a.end === 1 && /[.,/:]/.test(plain[a.end]!) && DIGIT.test(plain[a.end - 1]!) && DIGIT.test(plain[b.start]!);

/** an abbreviation's dots ("ก.ค.ศ. ๒๕๖๖", tester s52: quoted "ก ค ศ ๒๕๖๖"): a word ending in one goes on with the next */
const dotted = (plain: string, a: { end: number }, b: { start: number }) =>
  b.start >= a.end && plain[a.end - 1] === '.' && !plain.slice(a.end, b.start).trim();
/** where a word found ends, with the dots right after it ("ก." "ศ.") */
const withDots = (plain: string, end: number) => {
  while (plain[end] === '.') end++;
  return end;
};

/**
 * `pieces` (words of `plain`'s match key, in order) as `plain` writes them; digits with one mark
 * between ("๙๒" "." "๑๕") quoted as one number, an abbreviation's letters with its dots. A piece not
 * found is kept as it is.
 */
export function wordsAsWritten(pieces: readonly string[], plain: string): string {
  const spans: { start: number; end: number; text?: string }[] = [];
  let from = 0;
  for (const piece of pieces) {
    const pattern = new RegExp([...piece].map(charPattern).join('\\s*'), 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(plain) ?? ((pattern.lastIndex = 0), pattern.exec(plain));
    if (!m || fromThaiDigits(m[0]).replace(/\s+/g, '') !== piece) {
      spans.push({ start: -1, end: -1, text: piece });
      continue;
    }
    spans.push({ start: m.index, end: withDots(plain, m.index + m[0].length) });
    from = m.index + m[0].length;
  }
  const quoted: string[] = [];
  let last: { start: number; end: number } | undefined;
  for (const s of spans) {
    if (s.text !== undefined) {
      quoted.push(s.text);
      last = undefined;
    } else if (last && (numberParts(plain, last, s) || dotted(plain, last, s))) {
      last.end = s.end;
      quoted[quoted.length - 1] = plain.slice(last.start, last.end);
    } else {
      last = { start: s.start, end: s.end };
      quoted.push(plain.slice(s.start, s.end));
    }
  }
  return quoted.join(' ');
}
