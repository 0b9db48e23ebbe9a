// A frequency column with one cadence per follow-up ("๑. ทุกเดือน ๒. ทุก ๖ เดือน", "ทุกเดือน /
// ปีละ ๒ ครั้ง", one per line; review 17 s11, S11-12): read as one text it gave every follow-up the
// most frequent. Its cadences in order, each follow-up then takes its own (by order).
import { detectCadences } from './cadence-detection.js';
import { type ReadCadence, readFollowUpCadence } from './follow-up-cadence.js';
import { tickList } from './tick-lists.js';

/** a frequency cell is a few words: past this many, it is read whole (no per-word search) */
const MAX_WORDS = 40;

/**
 * The cadences a frequency cell names one after the other: its words are gathered until they name
 * a cadence, then the next item starts (item numbers, slashes and line breaks need no rule: each
 * item ends where its cadence is named). [] when the cell names one cadence (or none).
 */
export function frequencyItems(text: string, fy: number): ReadCadence[] {
  const words = text.split(/\s+/).filter(Boolean);
  // one cadence said two ways ("ปีละ ๒ ครั้ง (เมษายน และ กันยายน)") is one
  if (words.length > MAX_WORDS || detectCadences(text).alsoNamed.length === 0) return [];
  // "☑ รายเดือน ☐ รายไตรมาส": a tick list names the one ticked, not a cadence per box (S17-1)
  if (tickList(text)) return [];
  const items: ReadCadence[] = [];
  let segment: string[] = [];
  for (const word of words) {
    segment.push(word);
    const said = segment.join(' ');
    if (detectCadences(said).cadence === 'unspecified') continue;
    items.push(readFollowUpCadence(said, fy));
    segment = [];
  }
  return items.length >= 2 ? items : [];
}
