// Recognise a follow-up's reporting cadence and audience from its Thai wording.
import type { Audience } from '../domain/plan.js';
import type { Cadence } from '../domain/due-rules.js';
import { matchKey } from './thai-text.js';

// Checked in order; the first match wins. Patterns see text without spaces and with Arabic digits.
const CADENCE_PATTERNS: readonly [Cadence, RegExp][] = [
  ['april-september', /เมษายน.{0,24}กันยายน/],
  ['semiannual', /ทุก(?:6|หก)เดือน|ทุกครึ่งปี|รายครึ่งปี|ครึ่งปีละ(?:1|หนึ่ง)?ครั้ง|ปีละ(?:2|สอง)ครั้ง/],
  ['quarterly', /ทุกไตรมาส|รายไตรมาส|ทุก(?:3|สาม)เดือน/],
  ['monthly', /ทุกๆ?เดือน|รายเดือน|เดือนละ(?:1|หนึ่ง)?ครั้ง/],
  ['annual', /สิ้นปีงบประมาณ|ประจำปี(?!งบประมาณ)|ปีละ(?:1|หนึ่ง)?ครั้ง/],
];

/** The cadence a follow-up's text names, or "unspecified". */
export function detectCadence(text: string): Cadence {
  const key = matchKey(text);
  return CADENCE_PATTERNS.find(([, re]) => re.test(key))?.[0] ?? 'unspecified';
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
