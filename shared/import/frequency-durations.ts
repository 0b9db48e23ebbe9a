// A reporting-frequency column's bare duration or count, as a sheet's drop-down list writes it
// ("1 เดือน", "3 เดือน", "1 ปี", "4 ครั้ง", "ตามไตรมาส"; review 17 s24, S24-13): in that column it is
// the time between reports or the reports a year, read as "ทุก ๓ เดือน" or "ปีละ ๔ ครั้ง" is. Only
// there: in a follow-up's own text "๓ เดือน" may be how long the work lasts.
import { CADENCE_LABELS } from '../domain/plan-labels.js';
import { clipText } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { detectCadences } from './cadence-detection.js';
import type { ReadCadence } from './follow-up-cadence.js';
import { matchKey } from './thai-text.js';
import { unofferedFrequency } from './unoffered-frequency.js';

/** The whole cell (a match key): a count and its unit ("3เดือน", "4ครั้ง"), or a period alone ("ตามไตรมาส"). */
const BARE = /^(?:([0-9]{1,3})(เดือน|ด\.|ปี|ครั้ง)|(?:ตาม|แต่ละ)?(เดือน|ไตรมาส|ครึ่งปี|ปี))$/;
/** The wording a count and its unit stand for. */
const COUNTED: Readonly<Record<string, (n: number) => string>> = {
  เดือน: (n) => `ทุก ${toThaiDigits(n)} เดือน`,
  'ด.': (n) => `ทุก ${toThaiDigits(n)} เดือน`,
  ปี: (n) => (n === 1 ? 'ประจำปี' : `ทุก ${toThaiDigits(n)} ปี`),
  ครั้ง: (n) => `ปีละ ${toThaiDigits(n)} ครั้ง`,
};
const PERIODS: Readonly<Record<string, string>> = {
  เดือน: 'ทุกเดือน',
  ไตรมาส: 'ทุกไตรมาส',
  ครึ่งปี: 'ทุกครึ่งปี',
  ปี: 'ประจำปี',
};

/**
 * The cadence a frequency column's cell (`text`, under the column `label`) gives when it is a bare
 * duration or count, with a warning quoting the column and the wording it was read as; a count the
 * product has no cadence for ("2 เดือน") is unspecified, said so (unoffered-frequency.ts). Undefined
 * when the cell is anything else.
 */
export function bareFrequencyCadence(label: string, text: string): ReadCadence | undefined {
  const m = BARE.exec(matchKey(text));
  if (!m) return undefined;
  const phrase = m[1] === undefined ? PERIODS[m[3]!]! : COUNTED[m[2]!]!(Number(m[1]));
  const said = {
    th: `คอลัมน์ "${clipText(label, 60)}" ระบุ "${clipText(text, 60)}" อ่านเป็น "${phrase}"`,
    en: `the column "${clipText(label, 60)}" says "${clipText(text, 60)}", read as "${phrase}"`,
  };
  const { cadence } = detectCadences(phrase);
  const counted = cadence === 'unspecified' ? unofferedFrequency(matchKey(phrase)) : undefined;
  if (counted?.cadence === 'unspecified') {
    return {
      cadence: 'unspecified',
      alsoNamed: [],
      unoffered: { th: `${said.th} ${counted.th}`, en: `${said.en}: ${counted.en}` },
    };
  }
  const read = counted ? 'monthly' : cadence;
  if (read === 'unspecified') return undefined;
  // "24 ครั้ง": more often than monthly, said so
  const why = counted ? { th: ` ${counted.th}`, en: `: ${counted.en}` } : { th: '', en: '' };
  return {
    cadence: read,
    alsoNamed: [],
    guessed: {
      th: `${said.th}${why.th} จึงถือเป็น "${CADENCE_LABELS[read]}" กรุณาตรวจรอบการรายงาน`,
      en: `${said.en}${why.en}, taken as ${read}; check the cadence`,
    },
  };
}
