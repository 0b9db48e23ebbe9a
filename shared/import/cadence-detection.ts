// Recognise a follow-up's reporting cadence and audience from its Thai wording.
import type { Audience } from '../domain/plan.js';
import type { Cadence } from '../domain/due-rules.js';
import { matchKey } from './thai-text.js';

// Patterns see text without spaces and with Arabic digits.
const CADENCE_PATTERNS: readonly [Cadence, RegExp][] = [
  ['april-september', /เมษายน.{0,24}กันยายน/],
  ['semiannual', /ทุก(?:6|หก)เดือน|ทุกครึ่งปี|รายครึ่งปี|ครึ่งปีละ(?:1|หนึ่ง)?ครั้ง|ปีละ(?:2|สอง)ครั้ง/],
  ['quarterly', /ทุกไตรมาส|รายไตรมาส|ทุก(?:3|สาม)เดือน/],
  ['monthly', /ทุกๆ?เดือน|รายเดือน|เดือนละ(?:1|หนึ่ง)?ครั้ง/],
  ['annual', /สิ้นปีงบประมาณ|ประจำปี(?!งบประมาณ)|ปีละ(?:1|หนึ่ง)?ครั้ง/],
];

/** Reports a year: when a text names several cadences, the most frequent is kept (it misses no report). */
const REPORTS_A_YEAR: Readonly<Partial<Record<Cadence, number>>> = {
  monthly: 12,
  quarterly: 4,
  // "ทุก ๖ เดือน ในเดือนเมษายนและกันยายน" names one cadence: the months win
  'april-september': 2.5,
  semiannual: 2,
  annual: 1,
};

export interface DetectedCadence {
  /** the cadence kept: the most frequent of those named, or "unspecified" when none is */
  cadence: Cadence;
  /** every other cadence the text names (not counting semiannual beside april-september) */
  alsoNamed: Cadence[];
}

/**
 * The cadences a follow-up's text names. One kept (the most reports a year: monthly, quarterly,
 * april-september, semiannual, annual), the others listed so the importer can warn about them.
 */
export function detectCadences(text: string): DetectedCadence {
  const key = matchKey(text);
  const named = CADENCE_PATTERNS.filter(([, re]) => re.test(key))
    .map(([c]) => c)
    .sort((a, b) => (REPORTS_A_YEAR[b] ?? 0) - (REPORTS_A_YEAR[a] ?? 0));
  const cadence = named[0] ?? 'unspecified';
  const alsoNamed = named.slice(1).filter((c) => !(cadence === 'april-september' && c === 'semiannual'));
  return { cadence, alsoNamed };
}

/** The cadence a follow-up's text names, or "unspecified" (see detectCadences). */
export function detectCadence(text: string): Cadence {
  return detectCadences(text).cadence;
}

const AUDIENCE_PATTERNS: readonly [Audience, RegExp][] = [
  ['meeting', /ที่ประชุม/],
  ['mayor', /นายกเทศมนตรี|นายกองค์การบริหารส่วน/],
  ['executives', /ผู้บริหาร/],
  ['supervisors', /ผู้บังคับบัญชา/],
  ['unit-heads', /หัวหน้าส่วนราชการ|หัวหน้ากอง|ผู้อำนวยการกอง/],
];

export function detectAudience(text: string): Audience[] {
  const key = matchKey(text);
  return AUDIENCE_PATTERNS.filter(([, re]) => re.test(key)).map(([a]) => a);
}
