// Recognise a follow-up's reporting cadence and audience from its Thai wording.
import type { Audience } from '../domain/plan.js';
import type { Cadence } from '../domain/due-rules.js';
import { regexMatches } from './regex-matches.js';
import { ANY_MONTH, MONTH } from './thai-dates.js';
import { matchKey } from './thai-text.js';

// Patterns see text without spaces and with Arabic digits.
/** A month name after ประจำเดือน makes it "in that month", not "every month" (a short one too: MONTH, review 17 s26). */
const MONTH_NAME = '(?:มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)';
/**
 * A deadline counted from the end of each period, the usual government wording: "ภายใน ๑๕ วันหลัง
 * สิ้นไตรมาส", "เมื่อสิ้นไตรมาส", "ภายใน ๑๕ วันนับแต่สิ้นเดือน" (review 17 s15, S15-5). A period
 * named by its number, first or last ("สิ้นไตรมาสที่ ๒", "สิ้นเดือนมีนาคม") is one period, not each.
 */
const AFTER_END = '(?:หลัง|ภายหลัง|นับ(?:แต่|จาก|ตั้งแต่)|เมื่อ|ถัดจาก|ณ)(?:วัน)?สิ้น(?:สุด)?(?:รอบ)?';
const NOT_ONE_PERIOD = '(?!ที่|[0-9]|สุดท้าย|แรก|นี้)';
const AFTER_QUARTER_END = `${AFTER_END}ไตรมาส${NOT_ONE_PERIOD}|สิ้น(?:สุด)?ไตรมาส${NOT_ONE_PERIOD}`;
const AFTER_MONTH_END = `${AFTER_END}เดือน(?!${MONTH_NAME}|${MONTH})${NOT_ONE_PERIOD}`;
const AFTER_HALF_END = `${AFTER_END}ครึ่งปี${NOT_ONE_PERIOD}`;
/**
 * "ทุกเดือน" and what makes it no monthly report: a month's name ("ทุกเดือนกันยายน": every September,
 * read as that month by the follow-up's reader), the first or last month of the quarter (quarterly),
 * "ที่มี…" (every month in which something happens: no cadence the product has). Session 27's break
 * attempt, H-1: each was read as monthly, silently.
 */
const EVERY_MONTH = `ทุกๆ?(?:สิ้น)?(?:เดือน|ด\\.)(?!${MONTH_NAME}|${ANY_MONTH}|แรก|สุดท้าย|ที่มี)`;
/** "ทุกเดือน ต.ค. - มี.ค.", "ทุกเดือนมกราคม ถึง มิถุนายน": every month of a range, monthly. */
const EVERY_MONTH_OF_RANGE = `ทุกๆ?(?:สิ้น)?เดือน(?:${ANY_MONTH})[0-9]{0,4}(?:-|–|—|ถึง)(?:เดือน)?(?:${ANY_MONTH})`;
/**
 * "ทุกเดือนแรกของไตรมาส", "ทุกเดือนสุดท้ายของแต่ละไตรมาส": once a quarter ("ทุกไตรมาสที่ ๔", "ทุกสิ้น
 * ไตรมาสที่ 2 และ 4" name quarters, read by the follow-up's reader: H-1).
 */
const EVERY_QUARTER_MONTH = 'ทุกๆ?เดือน(?:แรก|สุดท้าย)(?:ของ)?(?:แต่ละ|ทุก)?ไตรมาส';
/** "ทุกวันที่ ๕" of every month, not "ทุกวันที่ 1 ของเดือนเมษายน" (one month's day). */
const EVERY_DAY = `ทุกวันที่[0-9]{1,2}(?![0-9])(?!(?:ของ)?(?:เดือน)?(?:${MONTH_NAME}|${ANY_MONTH}))`;
const CADENCE_PATTERNS: readonly [Cadence, RegExp][] = [
  // "รอบ ๖ เดือน และ รอบ ๑๒ เดือน": the 6-month report (April) and the year's (September)
  ['april-september', /เมษายน.{0,24}กันยายน|รอบ(?:ที่1)?\(?6เดือน\)?(?:และ|,|\/|-)(?:รอบ(?:ที่2)?)?\(?12เดือน/],
  [
    'semiannual',
    new RegExp(
      `ทุกครึ่งปี|รายครึ่งปี|รอบครึ่งปี|ครึ่งปีละ(?:1|หนึ่ง)?ครั้ง|semi-?annual|half-?yearly|twiceayear|${AFTER_HALF_END}`,
      'i',
    ),
  ],
  [
    'quarterly',
    new RegExp(
      `ทุกๆ?(?:สิ้น)?ไตรมาส(?!ที่[1-4]|[1-4](?![0-9]*ครั้ง)|สุดท้าย|แรก)|${EVERY_QUARTER_MONTH}|รายไตรมาส|ประจำไตรมาส|ไตรมาสละ(?:1|หนึ่ง)?ครั้ง|(?:สิ้น(?:สุด)?)?แต่ละไตรมาส|quarterly|everyquarter|${AFTER_QUARTER_END}`,
      'i',
    ),
  ],
  // "ทุกวันที่ ๕ (ของเดือน)", "ภายในวันที่ 5 ของเดือน": a day of every month
  [
    'monthly',
    new RegExp(
      `${EVERY_MONTH}|${EVERY_MONTH_OF_RANGE}|รายเดือน|monthly|everymonth|(?:สิ้น(?:สุด)?)?แต่ละเดือน|(?<!ประชุม)ประจำเดือน(?!${MONTH_NAME}|${ANY_MONTH})|เดือนละ(?:1|หนึ่ง)?ครั้ง|${EVERY_DAY}|วันที่[0-9]{1,2}ของ(?:ทุก)?เดือน(?!${MONTH_NAME}|${ANY_MONTH}|ถัด(?:จาก|ไป)?(?:วัน)?สิ้น(?:สุด)?(?:รอบ)?(?:ไตรมาส|ครึ่งปี|ปี))|${AFTER_MONTH_END}`,
      'i',
    ),
  ],
  ['annual', /สิ้นปี|(?:ประจำ|ราย)ปี(?!งบประมาณ)|ปีละ(?:1|หนึ่ง)?ครั้ง|(?<!semi-?)annual|yearly|onceayear/i],
];
const APRIL_SEPTEMBER = new RegExp(CADENCE_PATTERNS[0]![1].source, 'g');

/**
 * "ที่ประชุมประจำเดือน" names the monthly meeting: monthly only when nothing else names a cadence
 * ("รายงานต่อที่ประชุมประจำเดือน ทุก ๖ เดือน" is semiannual).
 */
const MONTHLY_MEETING = new RegExp(`ประชุมประจำเดือน(?!${MONTH_NAME}|${ANY_MONTH})`);

/** A count in digits (matchKey gives Arabic ones) or in words. */
const COUNT = '([0-9]{1,2}|หนึ่ง|สอง|สาม|สี่|หก|สิบสอง)';
const COUNT_WORDS: Readonly<Record<string, number>> = { หนึ่ง: 1, สอง: 2, สาม: 3, สี่: 4, หก: 6, สิบสอง: 12 };
const countOf = (text: string) => COUNT_WORDS[text] ?? Number(text);
/** "ทุก ๓ เดือน", "ทุกๆ 3 เดือน", "รอบ ๖ เดือน", "ราย 6 เดือน", "๓ เดือนต่อครั้ง", "3 เดือน/ครั้ง". */
const EVERY_N_MONTHS = new RegExp(
  `(?:ทุกๆ?|รอบ(?:ละ)?|ราย)${COUNT}(?:เดือน|ด\\.)|${COUNT}(?:เดือน|ด\\.)(?:ต่อ|ละ|/)?ครั้ง(?!ที่)|every${COUNT}months`,
  'gi',
);
/** "ปีละ ๒ ครั้ง", "4 ครั้งต่อปี", "๒ ครั้ง/ปี". */
const TIMES_A_YEAR = new RegExp(`ปีละ${COUNT}ครั้ง|${COUNT}ครั้ง(?:ต่อ|/)ปี`, 'g');
/**
 * "1 ครั้ง/ไตรมาส", "๑ ครั้งต่อเดือน", "1 ครั้ง / 6 เดือน", "1 ครั้ง ต่อ 3 เดือน", "2 ครั้งต่อครึ่งปี": N
 * times a period of M months, quarters or half-years, the wording of government forms (review 17
 * s21, S21-6); "1 ครั้งในเดือนเมษายน", "1 ครั้งในไตรมาสที่ ๒" name one period, no cadence. Years are
 * TIMES_A_YEAR's.
 */
const TIMES_A_PERIOD = new RegExp(
  `${COUNT}ครั้ง(?:ต่อ|/|ใน)${COUNT}?(เดือน|ด\\.|ไตรมาส|ครึ่งปี)(?!${MONTH_NAME}|${MONTH})${NOT_ONE_PERIOD}`,
  'g',
);
/** "ทุก 1 ไตรมาส", "ทุก ๒ ไตรมาส", "ครั้งละ 1 ไตรมาส": every N quarters. */
const EVERY_N_QUARTERS = new RegExp(`(?:ทุกๆ?|รอบ(?:ละ)?|ครั้งละ)${COUNT}ไตรมาส`, 'g');
const MONTHS_OF: Readonly<Record<string, number>> = { เดือน: 1, 'ด.': 1, ไตรมาส: 3, ครึ่งปี: 6 };
const BY_MONTHS: Readonly<Record<number, Cadence>> = { 1: 'monthly', 3: 'quarterly', 6: 'semiannual', 12: 'annual' };
const BY_TIMES: Readonly<Record<number, Cadence>> = { 12: 'monthly', 4: 'quarterly', 2: 'semiannual', 1: 'annual' };

/** The cadences a text names by a count: every N months or quarters, N times a year or a period (other counts name none). */
function countedCadences(key: string): Cadence[] {
  const found: Cadence[] = [];
  for (const m of regexMatches(key, EVERY_N_MONTHS)) {
    const cadence = BY_MONTHS[countOf(m[1] ?? m[2] ?? m[3]!)];
    if (cadence) found.push(cadence);
  }
  for (const m of regexMatches(key, TIMES_A_YEAR)) {
    const cadence = BY_TIMES[countOf(m[1] ?? m[2]!)];
    if (cadence) found.push(cadence);
  }
  for (const m of regexMatches(key, TIMES_A_PERIOD)) {
    const months = (m[2] === undefined ? 1 : countOf(m[2])) * MONTHS_OF[m[3]!]!;
    const cadence = BY_TIMES[(countOf(m[1]!) * 12) / months];
    if (cadence) found.push(cadence);
  }
  for (const m of regexMatches(key, EVERY_N_QUARTERS)) {
    const cadence = BY_MONTHS[countOf(m[1]!) * 3];
    if (cadence) found.push(cadence);
  }
  return found;
}

/**
 * What every cadence pattern above holds (a period's name: เดือน, ด., ไตรมาส, ปี, วันที่, เมษายน, or
 * English month, quarter, year, annual): a text without one names no cadence, and is not matched
 * against them all (a PDF of 25,000 short items asked it of every cell's lines).
 */
const NAMES_A_PERIOD = /เดือน|ด\.|ไตรมาส|ปี|วันที่|เมษายน|month|quarter|year|annual/i;

/** Reports a year: when a text names several cadences, the most frequent is kept (it misses no report). */
const REPORTS_A_YEAR: Readonly<Partial<Record<Cadence, number>>> = {
  monthly: 12,
  quarterly: 4,
  // "ทุก ๖ เดือน ในเดือนเมษายนและกันยายน", "รอบ ๖ เดือน และ รอบ ๑๒ เดือน" name one cadence: april-september
  'april-september': 2.5,
  semiannual: 2,
  annual: 1,
};

/**
 * A report's deadline, a day of a month ("ภายในวันที่ ๑๐ ของเดือนถัดไป", "ส่งภายในวันที่ 10 ของทุกเดือน
 * ถัดไป", "ไม่เกินวันที่ ๓๐ ของเดือนตุลาคม"): when the report is due, not how often (review 17 s23,
 * S23-8). Left out when the rest of the text names a cadence; alone it names monthly ("ภายในวันที่
 * 10 ของทุกเดือน").
 */
const DEADLINE_DAY = new RegExp(
  `(?:ส่ง)?(?:ภายใน|ก่อน|ไม่เกิน(?:กว่า)?|ไม่ช้ากว่า|กำหนดส่ง|ครบกำหนด)?(?:ทุก)?วันที่[0-9]{1,2}(?:ของ)?(?:ทุก)?(?:เดือน|ด\\.)(?:ถัด(?:จาก|ไป)?)?`,
  'g',
);
/**
 * "รายเดือน", "ประจำเดือน": a monthly report's name ("สรุปผลรายเดือน", "สรุปผลการจัดซื้อจัดจ้างรายเดือน
 * (สขร.1)": after a word, not opening the text as a cadence does) when a cadence is stated after it
 * in the same clause ("… เสนอผู้บริหารทุกไตรมาส"); the clause ends at "และ", "หรือ", ",", ";" or "/"
 * (two cadences side by side are two), and is read CLAUSE_READ letters at most (a text of thousands
 * of such words is read in time linear in its length).
 */
const MONTHLY_NAME = new RegExp(`(?:ราย|ประจำ)เดือน(?!${MONTH_NAME}|${ANY_MONTH})`, 'g');
const CLAUSE_END = /และ|หรือ|[,;/]/;
const CLAUSE_READ = 120;

/** Whether the letter before `at` is Thai (ก-๛): a word goes on there. */
function afterThaiLetter(text: string, at: number): boolean {
  const code = at > 0 ? text.charCodeAt(at - 1) : 0;
  return code >= 0x0e01 && code <= 0x0e5b;
}

/** The cadences a text (its match key) names, the most reports a year first. */
function namedCadences(key: string): Cadence[] {
  const phrased = CADENCE_PATTERNS.filter(([, re]) => re.test(key)).map(([c]) => c);
  return [...new Set([...phrased, ...countedCadences(key)])].sort(
    (a, b) => (REPORTS_A_YEAR[b] ?? 0) - (REPORTS_A_YEAR[a] ?? 0),
  );
}

/**
 * The key with what names no cadence beside a stated one left out: a deadline day, and a monthly
 * report's name followed by a cadence in its clause.
 */
function statedKey(key: string): string {
  const undated = key.replace(DEADLINE_DAY, ' ');
  const stated = undated !== key && namedCadences(undated).length > 0 ? undated : key;
  if (!stated.includes('เดือน')) return stated;
  return stated.replace(MONTHLY_NAME, (word, at: number) => {
    if (!afterThaiLetter(stated, at)) return word;
    const read = stated.slice(at + word.length, at + word.length + CLAUSE_READ);
    const end = read.search(CLAUSE_END);
    const clause = end < 0 ? read : read.slice(0, end);
    const after = namedCadences(clause);
    return after.length > 0 && !after.includes('monthly') ? ' ' : word;
  });
}

export interface DetectedCadence {
  /** the cadence kept: the most frequent of those named, or "unspecified" when none is */
  cadence: Cadence;
  /** every other cadence the text names (not counting semiannual beside april-september) */
  alsoNamed: Cadence[];
}

/**
 * The cadences a follow-up's text names, by phrase ("ทุกไตรมาส", "ประจำเดือน", "ทุกสิ้นเดือน") or
 * by count ("ทุก ๓ เดือน", "รอบ 6 เดือน", "ปีละ ๒ ครั้ง"; Thai or Arabic digits, any spacing). One
 * kept (the most reports a year: monthly, quarterly, april-september, semiannual, annual), the
 * others listed so the importer can warn about them.
 */
/**
 * A cadence said not to be the one ("ไม่ต้องรายงานทุกเดือน ให้รายงานเมื่อสิ้นปี"): left out before
 * reading (session 27's break attempt, L-1: the negated monthly was kept as the most frequent).
 */
const NEGATED_CADENCE =
  /(?:ไม่ต้อง|ไม่จำเป็นต้อง|ไม่ใช่|มิใช่|ไม่ได้)(?:รายงาน|ส่ง)?(?:ผล)?(?:ทุกๆ?|ราย|ประจำ)(?:เดือน|ไตรมาส|ครึ่งปี|ปี)/g;

export function detectCadences(text: string): DetectedCadence {
  const whole = matchKey(text).replace(NEGATED_CADENCE, ' ');
  if (!NAMES_A_PERIOD.test(whole)) return { cadence: 'unspecified', alsoNamed: [] };
  const key = statedKey(whole);
  const named = namedCadences(key);
  const cadence = named[0] ?? (MONTHLY_MEETING.test(key) ? 'monthly' : 'unspecified');
  if (cadence !== 'april-september') return { cadence, alsoNamed: named.slice(1) };
  // April and September are the 6-month and the year's reports ("รอบ ๖ เดือน และ รอบ ๑๒ เดือน",
  // "ทุก ๖ เดือน ในเดือนเมษายนและกันยายน"); a year's report named apart ("… สรุปผลประจำปี") is
  // another duty the follow-up hides (review 17 s14, S14-7)
  const rest = key.replace(APRIL_SEPTEMBER, ' ');
  const others = new Set([
    ...CADENCE_PATTERNS.filter(([, re]) => re.test(rest)).map(([c]) => c),
    ...countedCadences(rest),
  ]);
  const alsoNamed = named.slice(1).filter((c) => c !== 'semiannual' && others.has(c));
  return { cadence, alsoNamed };
}

/** The cadence a follow-up's text names, or "unspecified" (see detectCadences). */
export function detectCadence(text: string): Cadence {
  return detectCadences(text).cadence;
}

/**
 * The cadence a text names outside a monthly report's name after a word ("สรุปผลการจัดซื้อจัดจ้าง
 * รายเดือน (สขร.1) เสนอผู้บริหาร": none; "รายงานทุกเดือน": monthly): whether a part of a line is a
 * follow-up with a cadence of its own (joined-follow-ups.ts).
 */
export function cadenceBesideReportNames(text: string): Cadence {
  const key = matchKey(text);
  return detectCadence(key.replace(MONTHLY_NAME, (word, at: number) => (afterThaiLetter(key, at) ? ' ' : word)));
}

const AUDIENCE_PATTERNS: readonly [Audience, RegExp][] = [
  ['meeting', /ที่ประชุม/],
  // นายกฯ, นายก ทต./อบต./อบจ. (matchKey takes the spaces out)
  ['mayor', /นายกเทศมนตรี|นายกองค์การบริหารส่วน|นายกฯ|นายก(?:ทต|อบต|อบจ)/],
  // ปลัดเทศบาล / ปลัด อบต.: the chief officer, who heads the executives' staff
  ['executives', /ผู้บริหาร|ปลัด(?:เทศบาล|อบต|อบจ|องค์การบริหารส่วน)/],
  ['supervisors', /ผู้บังคับบัญชา/],
  ['unit-heads', /หัวหน้าส่วนราชการ|หัวหน้ากอง|ผู้อำนวยการกอง/],
];

export function detectAudience(text: string): Audience[] {
  const key = matchKey(text);
  return AUDIENCE_PATTERNS.filter(([, re]) => re.test(key)).map(([a]) => a);
}
