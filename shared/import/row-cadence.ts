// A follow-up that names no reporting cadence, read with the rest of its row: a column of its own
// ("ความถี่ในการรายงาน": ปีละ ๒ ครั้ง) gives it, and the row's timeframe ("ระยะเวลา: รายไตรมาส") is
// proposed in the warning when nothing else names one (review 17 s9, entry 18).
import { CADENCE_LABELS } from '../domain/plan-labels.js';
import { clipText } from '../domain/text.js';
import { detectCadences } from './cadence-detection.js';
import { namesFrequency } from './column-names.js';
import { type ReadCadence, readFollowUpCadence } from './follow-up-cadence.js';
import { stripTags } from './thai-text.js';
import { frequencyItems } from './frequency-items.js';
import { dueDateColumnCadence } from './due-date-column.js';
import { bareFrequencyCadence } from './frequency-durations.js';

export interface RowCadence {
  /** the frequency column's text and the cadence it names; `items`: its cadences one per follow-up, when it names several */
  frequency?: { text: string; read: ReadCadence; items: ReadCadence[] };
  /** what the unspecified-cadence warning proposes: the timeframe's cadence */
  proposed?: { th: string; en: string };
}

/** What a row says of its follow-ups' cadence besides their own words. */
export function rowCadence(
  notes: readonly { label: string; text: string }[],
  timeframe: string | undefined,
  fy: number,
): RowCadence {
  const result: RowCadence = {};
  const frequency = notes.find((n) => namesFrequency(n.label) && n.text);
  if (frequency) {
    // "กำหนดส่งรายงาน: ๓๑ มีนาคม ๒๕๖๗": a date is a deadline (due-date-column.ts)
    // "3 เดือน", "4 ครั้ง": a bare duration or count is the frequency there (frequency-durations.ts)
    const cell = stripTags(frequency.text);
    const read =
      dueDateColumnCadence(frequency.label, cell, fy) ??
      bareFrequencyCadence(frequency.label, cell) ??
      readFollowUpCadence(frequency.text, fy);
    if (read.cadence !== 'unspecified') {
      result.frequency = { text: frequency.text, read, items: frequencyItems(frequency.text, fy) };
    } else if (read.unoffered) {
      // "ทุก ๔ เดือน": no cadence of the product's, the follow-ups' warning says what the column read
      result.frequency = { text: frequency.text, read, items: [] };
    }
  }
  const time = stripTags(timeframe ?? '');
  const named = time ? detectCadences(time).cadence : 'unspecified';
  if (named !== 'unspecified') {
    const quoted = clipText(time, 80);
    result.proposed = {
      th: ` (ในแถวนี้ ระยะเวลา: "${quoted}" ซึ่งตรงกับรอบ "${CADENCE_LABELS[named]}" ถ้าเป็นรอบการรายงาน ให้เลือกรอบนี้)`,
      en: ` (this row's timeframe "${quoted}" names ${named}: if it is the reporting cadence, choose it)`,
    };
  }
  return result;
}
