// Cadence phrases read with one OCR slip ("ทุกเคือน", "รายไดรมาส", "ประจำบี"): review 9's entry 42.
// Found from anchors, not by comparing every stretch of the text with every phrase (review 17 s11,
// S11-42: that cost ~15x the exact search on follow-ups naming no cadence): a stretch one slip from a
// phrase holds one of the phrase's three pieces unchanged, one place off at most, so only stretches
// around a piece found in the text, and holding two pieces (or a swap at a cut), are compared.
import type { Cadence } from '../domain/due-rules.js';
import { MONTH } from './thai-dates.js';
import { editDistanceWithin } from './thai-text.js';

/** Cadence phrases as match keys, for OCR slips of one character ("ทุกเคือน", "รายไดรมาส"). */
const NEAR_PHRASES: readonly [string, Cadence][] = [
  ['ทุกเดือน', 'monthly'],
  ['รายเดือน', 'monthly'],
  ['ประจำเดือน', 'monthly'],
  ['ทุกไตรมาส', 'quarterly'],
  ['รายไตรมาส', 'quarterly'],
  ['ประจำไตรมาส', 'quarterly'],
  ['ทุก3เดือน', 'quarterly'],
  ['ทุกครึ่งปี', 'semiannual'],
  ['รายครึ่งปี', 'semiannual'],
  ['ทุก6เดือน', 'semiannual'],
  ['ประจำปี', 'annual'],
];
/** Real words one slip from a phrase: not slips. */
const REAL_WORDS = new Set(['ทุกเรือน', 'ประจำปีงบ']);
/** Text past this many characters is not searched for slips (a follow-up is a line or two). */
const MAX_NEAR_TEXT = 400;

/**
 * A phrase cut in three (every phrase is 7+ characters): one character changed, dropped or added
 * breaks at most one piece, so two are left whole (those after it one place off when one was dropped
 * or added); two swapped break at most two, and only when they sit either side of a cut: those two
 * spellings are kept whole.
 */
const PIECES = NEAR_PHRASES.map(([phrase]) => {
  const cuts = [Math.floor(phrase.length / 3), Math.floor((2 * phrase.length) / 3)];
  const swappedAtCut = (cut: number) =>
    phrase.slice(0, cut - 1) + phrase[cut] + phrase[cut - 1] + phrase.slice(cut + 1);
  return {
    pieces: [
      { text: phrase.slice(0, cuts[0]), at: 0 },
      { text: phrase.slice(cuts[0], cuts[1]), at: cuts[0]! },
      { text: phrase.slice(cuts[1]), at: cuts[1]! },
    ],
    swappedAtCuts: cuts.map(swappedAtCut),
  };
});

/** a and b of one length, the same but for two neighbouring characters swapped ("เดอืน" for "เดือน"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Where a stretch one slip from the phrase may start: around each piece found, one place either way. */
function candidateStarts(text: string, phrase: number): number[] {
  const starts = new Set<number>();
  for (const piece of PIECES[phrase]!.pieces) {
    for (let found = text.indexOf(piece.text); found >= 0; found = text.indexOf(piece.text, found + 1)) {
      for (const shift of [-1, 0, 1]) {
        const at = found - piece.at + shift;
        if (at >= 0) starts.add(at);
      }
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/** Could text[at, at + length) be one slip from the phrase? Two pieces whole, or a swap at a cut. */
function mayBeSlip(text: string, phrase: number, at: number, length: number): boolean {
  const { pieces, swappedAtCuts } = PIECES[phrase]!;
  const shift = length - NEAR_PHRASES[phrase]![0].length;
  let whole = 0;
  for (const piece of pieces) {
    if (
      text.startsWith(piece.text, at + piece.at) ||
      (shift !== 0 && text.startsWith(piece.text, at + piece.at + shift))
    )
      whole++;
  }
  return whole >= 2 || (shift === 0 && swappedAtCuts.some((spelling) => text.startsWith(spelling, at)));
}

const digitsOf = (text: string) => text.replace(/[^0-9]/g, '');
const MONTH_AT = new RegExp(MONTH, 'y');
/** Does a month's name (thai-dates.ts MONTH) start at `at`? */
function monthAt(text: string, at: number): boolean {
  MONTH_AT.lastIndex = at;
  return MONTH_AT.test(text);
}

/** Counts stretches compared, for tests of the work done (no clock). */
export interface NearPhraseWork {
  compared: number;
}

/**
 * The cadence phrase a stretch of the text (a match key) is one slip from (one character read as
 * another, dropped, added, or two swapped), with what was read; the first phrase in NEAR_PHRASES,
 * then the first place, wins.
 */
export function nearCadencePhrase(
  key: string,
  work?: NearPhraseWork,
): { cadence: Cadence; read: string; phrase: string } | undefined {
  const text = key.slice(0, MAX_NEAR_TEXT);
  for (const [index, [phrase, cadence]] of NEAR_PHRASES.entries()) {
    for (const at of candidateStarts(text, index)) {
      for (const length of [phrase.length, phrase.length - 1, phrase.length + 1]) {
        if (at + length > text.length || !mayBeSlip(text, index, at, length)) continue;
        const read = text.slice(at, at + length);
        // a number is no slip: "ทุก ๔ เดือน" is every four months, not "ทุกเดือน" nor "ทุก ๓ เดือน" (S12-11)
        if (read === phrase || digitsOf(read) !== digitsOf(phrase)) continue;
        // the phrase written right beside: no slip ("ทุกเดือนที่มีการประชุม" is not monthly on
        // purpose, and "นทุกเดือน" is no misreading of it; session 27's break attempt, H-1)
        if (text.slice(Math.max(0, at - 1), at + length + 1).includes(phrase)) continue;
        if (work) work.compared++;
        if (REAL_WORDS.has(text.slice(at, at + 9)) || REAL_WORDS.has(read)) continue;
        if (phrase === 'ประจำปี' && text.startsWith('งบ', at + length)) continue;
        // "ทราบเดือนสิงหาคม": the "เดือน" of a month named, no slip of "รายเดือน" (review 17 s26)
        if (read.endsWith('เดือน') && monthAt(text, at + length)) continue;
        if (editDistanceWithin(read, phrase, 1) <= 1 || swapped(read, phrase)) return { cadence, read, phrase };
      }
    }
  }
  return undefined;
}
