// A follow-up's reporting cadence as the importer takes it: the phrases detectCadences knows; the
// product's own one-off note "(ครั้งเดียว ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗)"; and, when no phrase names a
// cadence, what the words still say (a deadline, months or quarters named, a weekly report), with
// what was read quoted so the coordinator checks it.
import { clipText } from '../domain/text.js';
import { fiscalHalves, fiscalQuarters, fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import type { Cadence } from '../domain/due-rules.js';
import { cadenceOfNote, CADENCE_LABELS } from '../domain/plan-labels.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import { detectCadences, type DetectedCadence } from './cadence-detection.js';
import { ANY_MONTH, dateInFiscalYear, MONTH, monthOf, THAI_DATE, withYearFirstDatesDayFirst } from './thai-dates.js';
import { readDeadline } from './deadline-cadence.js';
import { regexMatches } from './regex-matches.js';
import { nearCadencePhrase } from './near-cadence-phrase.js';
import { matchKey, normaliseThai } from './thai-text.js';
import { unofferedFrequency } from './unoffered-frequency.js';
import { beforeItBegins, HALF, QUARTER, quarterListPattern, quartersOfList } from './year-part-names.js';
import { periodsNamedApart } from './cadence-periods-apart.js';
import { tickList } from './tick-lists.js';

export interface ReadCadence extends DetectedCadence {
  /** for "once": the date it is due */
  dueDate?: PlainDate;
  /** a cadence read from other words than a cadence phrase: the message, Thai and English */
  guessed?: { th: string; en: string };
  /** a frequency the product has no cadence for ("ทุก ๔ เดือน"): left unspecified, the message says what was read */
  unoffered?: { th: string; en: string };
  /** a trailing "(ครั้งเดียว)" that is the coordinator's words, not the product's note: kept in the text */
  onceMarkKept?: true;
}

/** The note the product's documents write after a one-off follow-up (followUpWithCadence). */
const ONE_OFF_NOTE = /\(ครั้งเดียว(?:ภายในวันที่([^()]{1,40}))?\)$/;
/** "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗", "ก่อน 31/03/2567", "ภายในเดือนมีนาคม ๒๕๖๗", "ไม่เกินวันที่ …", "ทุกวันที่ 1 เมษายน" (that day once). */
const DEADLINE = new RegExp(`(?:ภายใน|ก่อน|ไม่เกิน|กำหนดส่ง|ครบกำหนด|ทุก(?=วันที่))(?:วันที่)?(?:${THAI_DATE.source})`);
/** A date ending a one-off's text before its bare mark: "จัดอบรม 15 มี.ค. 2567 (ครั้งเดียว)" (match key). */
const DATE_BEFORE_MARK = new RegExp(`(?:${THAI_DATE.source})\\(ครั้งเดียว\\)$`);
const MONTHS = new RegExp(ANY_MONTH, 'g');
/**
 * One month named after "เดือน" ("ให้ผู้บริหารทราบ เดือนสิงหาคม", "ในเดือน ส.ค. 2567", "ประจำเดือน
 * ส.ค."; a match key): the month a one-off is due, read as a deadline is (review 17 s26). THAI_DATE's
 * groups, its month-alone branch.
 */
const IN_MONTH = new RegExp(`เดือน(?=${ANY_MONTH})(?:${THAI_DATE.source})`);
/**
 * Once written in the sentence ("รายงานผลครั้งเดียว", "เพียงครั้งเดียว", "1 ครั้ง", "หนึ่งครั้ง"; a match
 * key), not a count per period ("1 ครั้งต่อ 4 เดือน", read by unofferedFrequency): a one-off (review
 * 17 s26, S26-3; the product's bracketed "(ครั้งเดียว)" is its note, ONE_OFF_NOTE).
 */
const ONCE_WORDS = /(?:ครั้งเดียว|(?<![0-9.])1ครั้ง|หนึ่งครั้ง)(?!ต่อ|\/|ละ)/;
/**
 * "ไตรมาสที่ ๒ และไตรมาสที่ ๔", "ไตรมาสที่ 2 และ 4", "ไตรมาสที่ ๑-๔" (any dash: review 17 s26, S26-1), one
 * quarter too; always with "ที่" ("ไตรมาส 2 และ 4" names no rounds here).
 */
const QUARTERS = new RegExp(quarterListPattern('ไตรมาสที่', { spans: true, fewest: 1 }), 'g');

const quoted = (text: string) => clipText(text, 120);

function guess(text: string, cadence: Cadence, why: { th: string; en: string }): ReadCadence {
  return {
    cadence,
    alsoNamed: [],
    guessed: {
      th: `อ่านได้ว่า "${quoted(text)}" ${why.th} จึงถือเป็น "${CADENCE_LABELS[cadence]}" กรุณาตรวจรอบการรายงาน`,
      en: `read "${quoted(text)}": ${why.en}, taken as ${cadence}; check the cadence`,
    },
  };
}

/** "ต.ค. - มี.ค.": a range of months, first and last. */
const MONTH_RANGES = new RegExp(`${MONTH}(?:[0-9]{2,4})?(?:-|ถึง)${MONTH}`, 'g');

/** Rounds spelt out by their months ("รอบที่ ๑ (ต.ค. - มี.ค.) รอบที่ ๒ (เม.ย. - ก.ย.)"): two of 6 months, four of 3. */
function byMonthRanges(key: string): Cadence | undefined {
  const spans = regexMatches(key, MONTH_RANGES).map((m) => ((monthOf(m[2]!) - monthOf(m[1]!) + 12) % 12) + 1);
  if (spans.length === 2 && spans.every((s) => s === 6)) return 'semiannual';
  if (spans.length === 4 && spans.every((s) => s === 3)) return 'quarterly';
  return undefined;
}

/** Cadences that months named apart make: two 6 months apart, twice a year; four 3 apart, quarterly. */
function byMonthsNamed(key: string): Cadence | undefined {
  const ranged = byMonthRanges(key);
  if (ranged) return ranged;
  const months = [...new Set(regexMatches(key, MONTHS).map((m) => monthOf(m[0])))].sort((a, b) => a - b);
  if (months.length === 2 && months[1]! - months[0]! === 6) return 'semiannual';
  // "ภายใน 30 เม.ย. และ 30 ก.ย.": the 6-month and the year's reports, as "เมษายน … กันยายน" is
  if (months.join() === '4,9') return 'april-september';
  if (months.length === 4 && months.every((m, i) => i === 0 || m - months[i - 1]! === 3)) return 'quarterly';
  return undefined;
}

function byQuartersNamed(key: string): Cadence | undefined {
  const quarters = new Set<string>();
  for (const m of key.matchAll(QUARTERS)) {
    // "๑-๔": every quarter from the first to the last
    for (const q of quartersOfList(m[1]!)) quarters.add(String(q));
  }
  const named = [...quarters].sort();
  if (named.length === 4) return 'quarterly';
  if (named.join() === '1,3' || named.join() === '2,4') return 'semiannual';
  return undefined;
}

/**
 * Months or a quarter a cadence leaves out ("ทุกเดือน ยกเว้นเดือนธันวาคม", "เว้นเดือนเมษายน", "ไม่รวม ต.ค.",
 * "ยกเว้นไตรมาสที่ ๔"), in normalised text (spaces between the words): the product's cadences report every period of the year (a
 * follow-up's months are one run, first to last), so such an exception cannot be kept as written.
 */
const EXCEPTED_PERIOD = new RegExp(
  `(?:ยกเว้น|เว้นแต่|เว้น|ไม่รวม|งด)\\s*(?:ใน|การรายงาน|รายงาน)?\\s*(?:ช่วง)?\\s*(?:เดือน)?\\s*(?:${ANY_MONTH}|ไตรมาสที่\\s*[1-4๑-๔])`,
);

/**
 * A cadence phrase read with an exception of months after it (review 17 s21, low note): the cadence
 * as read, said as guessed, quoting the text and the exception, so the coordinator decides (the
 * months at the year's start or end can be left out with the follow-up's first or last month).
 */
function withMonthsExcepted(text: string, detected: DetectedCadence, said: string): ReadCadence {
  const excepted = EXCEPTED_PERIOD.exec(normaliseThai(text));
  if (!excepted) return detected;
  return {
    ...detected,
    guessed: {
      th: `อ่านได้ว่า "${quoted(said)}" ระบุช่วงที่ยกเว้นไว้ ("${excepted[0]}") แต่รอบการรายงานยกเว้นเดือนกลางปีไม่ได้ จึงถือเป็น "${CADENCE_LABELS[detected.cadence]}" ทุกรอบ หน่วยงานจะต้องรายงานรอบนั้นด้วย กรุณาตรวจรอบการรายงาน (ถ้าเดือนที่ยกเว้นอยู่ต้นหรือท้ายปีงบประมาณ ให้ตั้ง "เริ่มตั้งแต่เดือน" หรือ "หยุดการติดตามผลข้อนี้หลังเดือน")`,
      en: `read "${quoted(said)}": it leaves out "${excepted[0]}", but a cadence cannot leave out months inside the year, so it is taken as ${detected.cadence} in every period (units report that one too); check the cadence (months left out at the year's start or end can be set as the follow-up's first or last month)`,
    },
  };
}

/**
 * A cadence read whose words name months or quarters its periods do not follow (periodsNamedApart):
 * said as guessed, quoting them, unless something else was said of it already.
 */
function withPeriodsApart(read: ReadCadence, key: string, said: string): ReadCadence {
  const why = read.guessed ? undefined : periodsNamedApart(key, read.cadence);
  return why ? { ...read, guessed: guess(said, read.cadence, why).guessed } : read;
}

/**
 * The cadence of a follow-up's text in fiscal year `fy`: see the module comment. A deadline inside
 * the year makes a one-off due then; just after its end, the year-end report; others no cadence,
 * said so (deadline-cadence.ts). A message quotes `text` whole, as written (review 17 s26, S26-12's
 * note: the quote dropped the "(ครั้งเดียว)" the cell has).
 */
export function readFollowUpCadence(text: string, fy: number): ReadCadence {
  return readCadence(text, fy, text);
}

/** readFollowUpCadence of `text`, its messages quoting `said` (the words as written it was read from). */
function readCadence(text: string, fy: number, said: string): ReadCadence {
  const key = withDayOfMonthJoined(withYearFirstDatesDayFirst(matchKey(text)));
  const note = ONE_OFF_NOTE.exec(key);
  // a bare "(ครั้งเดียว)" after the text's own deadline is the coordinator's mark (the product writes
  // its date in the note): the deadline is read as in "ครั้งเดียว ภายใน…" (review 17 s24, S24-14)
  if (note && note[1] === undefined && DEADLINE.test(key)) {
    return { ...readWords(text, key, fy, said), onceMarkKept: true };
  }
  // so is one after a date with no deadline word: the date is the one-off's day (S24-14's leftover)
  const dated = note && note[1] === undefined ? DATE_BEFORE_MARK.exec(key) : null;
  if (dated) return { ...byDeadline(said, dated, key, fy), onceMarkKept: true };
  // and one after any other deadline the words give ("ภายในไตรมาสที่ 2 (ครั้งเดียว)"): the mark adds
  // nothing, the deadline stays (review 17 s26, S26-12: it fell to 31 December, silently)
  if (note && note[1] === undefined) {
    const unmarked = text.replace(TRAILING_ONCE_MARK, '');
    const read = unmarked === text ? undefined : readWords(unmarked, key.slice(0, note.index), fy, said);
    if (read?.cadence === 'once' && read.dueDate) return { ...read, onceMarkKept: true };
  }
  if (note) {
    const date = note[1] === undefined ? undefined : THAI_DATE.exec(note[1]);
    const dueDate = date ? dateInFiscalYear(date, fy) : undefined;
    return { cadence: 'once', alsoNamed: [], ...(dueDate ? { dueDate } : {}) };
  }
  return readWords(text, key, fy, said);
}

/** "ภายในครึ่งปีแรก", "ก่อนสิ้น 6 เดือนหลัง", "ภายในหกเดือนแรก" (a match key; HALF): a deadline at a half year's end */
const HALF_DEADLINE = new RegExp(`(ภายใน|ก่อน|ไม่เกิน)(สิ้น(?:สุด)?)?(?:ช่วง)?${HALF}`);
/** a bare "(ครั้งเดียว)" at a text's end, as typed (spaces allowed) */
const TRAILING_ONCE_MARK = /\s*\(\s*ครั้งเดียว\s*\)\s*$/;

/** "วันที่ 30 ของเดือนตุลาคม" (a match key): the day of that month, as "วันที่ 30 ตุลาคม" (session 27's break attempt, H-1). */
const DAY_OF_NAMED_MONTH = new RegExp(`วันที่([0-9]{1,2})ของ(?:เดือน)?(?=${ANY_MONTH})`, 'g');
const withDayOfMonthJoined = (key: string) => key.replace(DAY_OF_NAMED_MONTH, 'วันที่$1');

/** "ภายในไตรมาสที่ ๒", "ก่อนสิ้นไตรมาส 3", "ทุกไตรมาสที่ 4" (a match key): a deadline at one quarter's end. */
const QUARTER_DEADLINE = new RegExp(`(ภายใน|ก่อน|ไม่เกิน|ทุก)(?:วัน)?(สิ้น(?:สุด)?)?${QUARTER}([1-4])(?![0-9])`);

/**
 * A one-off due the last day of quarter `n` (1-4) of fiscal year `fy` (BE; quarter 1 is
 * October-December), said (review 17 s25, S25-6).
 */
function byQuarterEnd(text: string, n: number, fy: number): ReadCadence {
  const dueDate = fiscalQuarters(fy)[n - 1]!.end;
  return {
    ...guess(text, 'once', {
      th: `มีกำหนดส่งภายในไตรมาสที่ ${toThaiDigits(n)} คือภายในวันที่ ${formatThaiDate(dueDate)}`,
      en: `it names a deadline by the end of quarter ${n}, ${dueDate}`,
    }),
    dueDate,
  };
}

/**
 * A one-off due the day before a part of the year begins (`start`; "ก่อนไตรมาส 3", "ก่อนครึ่งปีหลัง":
 * beforeItBegins), `period` its name, said; none, said, when that day is before fiscal year `fy`.
 */
function byPeriodStart(text: string, start: PlainDate, period: { th: string; en: string }, fy: number): ReadCadence {
  const dueDate = addDays(start, -1);
  if (dueDate < fiscalYearBounds(fy).start) {
    const fyTh = toThaiDigits(fy);
    return {
      cadence: 'unspecified',
      alsoNamed: [],
      unoffered: {
        th: `อ่านได้ว่า "${quoted(text)}" มีกำหนดส่งก่อน${period.th} คือก่อนเริ่มปีงบประมาณ ${fyTh} จึงยังไม่กำหนดรอบ กรุณาแก้กำหนดส่งหรือเลือกรอบการรายงาน (ถ้าไม่เลือก จะถือเป็นรายงานประจำปี)`,
        en: `read "${quoted(text)}": it names a deadline before ${period.en} begins, before fiscal year ${fy} starts; no cadence set: correct the deadline or choose a cadence (if none is chosen, it is treated as annual)`,
      },
    };
  }
  return {
    ...guess(text, 'once', {
      th: `มีกำหนดส่งก่อน${period.th} (ก่อนเริ่ม${period.th}) คือภายในวันที่ ${formatThaiDate(dueDate)}`,
      en: `it names a deadline before ${period.en} begins, ${dueDate}`,
    }),
    dueDate,
  };
}

/**
 * The cadence a deadline (a THAI_DATE match in `key`) gives the text: inside the year a one-off due
 * then, just after it the year-end report, else none, each said (deadline-cadence.ts; `yearly`: a
 * yearly report's, readDeadline).
 */
function byDeadline(text: string, deadline: RegExpExecArray, key: string, fy: number, yearly = false): ReadCadence {
  // a month alone after "ก่อน" is due before it begins (beforeItBegins)
  const due = readDeadline(deadline, key, fy, yearly, key.startsWith('ก่อน', deadline.index));
  if (due.kind === 'once') return { ...guess(text, 'once', due), dueDate: due.dueDate };
  if (due.kind === 'year-end') return guess(text, 'annual', due);
  return {
    cadence: 'unspecified',
    alsoNamed: [],
    unoffered: { th: `อ่านได้ว่า "${quoted(text)}" ${due.th}`, en: `read "${quoted(text)}": ${due.en}` },
  };
}

const DATES = new RegExp(THAI_DATE.source, 'g');

/**
 * A deadline's reading with the dates named after it ("ภายในวันที่ 30 เม.ย. และ 15 ธ.ค.") said: only
 * the first is kept, the coordinator splits or chooses (session 27's break attempt, M-2: the second
 * was dropped without a word).
 */
function withOtherDeadlines(read: ReadCadence, key: string, deadline: RegExpExecArray): ReadCadence {
  const after = key.slice(deadline.index + deadline[0].length);
  const others = regexMatches(after, DATES).map((m) => m[0]);
  if (others.length === 0) return read;
  const list = others.map((d) => `"${d}"`).join(', ');
  const note = {
    th: ` ส่วนกำหนดส่งอื่นที่ระบุไว้ (${list}) ไม่ได้นำเข้า ถ้าต้องรายงานหลายครั้ง กรุณาแยกเป็นการติดตามผลอีกข้อหรือเลือกรอบการรายงาน`,
    en: `; the other deadlines named (${list}) are not imported: if it reports more than once, split it into another follow-up or choose a cadence`,
  };
  const said = read.guessed ? 'guessed' : read.unoffered ? 'unoffered' : undefined;
  if (!said) return read;
  return { ...read, [said]: { th: read[said]!.th + note.th, en: read[said]!.en + note.en } };
}

/**
 * The cadence of a text that ends in no one-off note (`key`: its match key): see readFollowUpCadence.
 * Messages quote `said`.
 */
function readWords(text: string, key: string, fy: number, said: string): ReadCadence {
  const noted = cadenceOfNote(text);
  if (noted) return { cadence: noted, alsoNamed: [] };
  // "☐ รายเดือน ☑ รายไตรมาส": the ticked cadence only (review 17 s12, S12-20)
  const ticks = tickList(text);
  if (ticks) return tickedCadence(said, ticks.kept, fy);
  const detected = detectCadences(text);
  // a yearly report with its deadline inside the year ("รายงานปีละครั้ง ภายใน 31 มี.ค. 2568") is due
  // then, one outside it asked, as a deadline alone is; one at or just after the year's end is the
  // yearly report as stated (session 27's break attempt, M-4: all were due at the year's end, silently)
  if (detected.cadence === 'annual') {
    const due = byDeadlineWords(said, key, fy, true);
    const yearly = !due || due.cadence === 'annual' || due.dueDate === fiscalYearBounds(fy).end;
    return yearly ? withMonthsExcepted(text, detected, said) : due;
  }
  if (detected.cadence !== 'unspecified') return withPeriodsApart(withMonthsExcepted(text, detected, said), key, said);
  const months = byMonthsNamed(key) ?? byQuartersNamed(key);
  if (months) {
    return guess(said, months, {
      th: 'ระบุเดือนหรือไตรมาสที่ต้องรายงาน',
      en: 'it names the months or quarters to report in',
    });
  }
  const byDeadlineRead = byDeadlineWords(said, key, fy);
  if (byDeadlineRead) return byDeadlineRead;
  // a count the product has no cadence for is read as such, never as a slip of a phrase (S12-11)
  const counted = unofferedFrequency(key);
  if (counted?.cadence === 'monthly') return guess(said, 'monthly', counted);
  if (counted) {
    return {
      ...detected,
      unoffered: {
        th: `อ่านได้ว่า "${quoted(said)}" ${counted.th}`,
        en: `read "${quoted(said)}": ${counted.en}`,
      },
    };
  }
  if (ONCE_WORDS.test(key)) {
    return guess(said, 'once', {
      th: 'ระบุว่ารายงานครั้งเดียว (ไม่ระบุวันครบกำหนด)',
      en: 'it says once (no due date named)',
    });
  }
  const times = timesSlip(key);
  if (times) {
    return guess(said, times.cadence, {
      th: `มีคำว่า "${times.read}" ซึ่งใกล้เคียง "ครั้ง"`,
      en: `"${times.read}" is one slip from "ครั้ง" (times)`,
    });
  }
  const near = nearCadencePhrase(key);
  if (near) {
    return guess(said, near.cadence, {
      th: `มีคำว่า "${near.read}" ซึ่งใกล้เคียง "${near.phrase}"`,
      en: `"${near.read}" is one slip from "${near.phrase}"`,
    });
  }
  return detected;
}

/**
 * The cadence a deadline in the words gives (a date, a quarter's or half year's end, one month after
 * "เดือน"; `key` the match key), messages quoting `said`; undefined when the words name none.
 * `yearly`: the words name a yearly report (readDeadline).
 */
function byDeadlineWords(said: string, key: string, fy: number, yearly = false): ReadCadence | undefined {
  const deadline = DEADLINE.exec(key);
  if (deadline) return withOtherDeadlines(byDeadline(said, deadline, key, fy, yearly), key, deadline);
  const byQuarter = QUARTER_DEADLINE.exec(key);
  if (byQuarter) {
    const n = Number(byQuarter[3]);
    if (!beforeItBegins(byQuarter[1], byQuarter[2])) return byQuarterEnd(said, n, fy);
    const period = { th: `ไตรมาสที่ ${toThaiDigits(n)}`, en: `quarter ${n}` };
    return byPeriodStart(said, fiscalQuarters(fy)[n - 1]!.start, period, fy);
  }
  // "ภายในครึ่งปีแรก": by the end of quarter 2; "ภายในครึ่งปีหลัง": of quarter 4 (S26-12); "ก่อนครึ่งปีหลัง": before it begins
  const byHalf = HALF_DEADLINE.exec(key);
  if (byHalf && beforeItBegins(byHalf[1], byHalf[2])) {
    const second = byHalf[3] === 'หลัง';
    const period = second
      ? { th: 'ครึ่งปีหลัง', en: 'the second half-year' }
      : { th: 'ครึ่งปีแรก', en: 'the first half-year' };
    return byPeriodStart(said, fiscalHalves(fy)[second ? 1 : 0]!.start, period, fy);
  }
  if (byHalf) return byQuarterEnd(said, byHalf[3] === 'แรก' ? 2 : 4, fy);
  // one month named after "เดือน": a one-off due then; "ทราบเดือนสิงหาคม" is no slip of "รายเดือน"
  const inMonth = IN_MONTH.exec(key);
  if (inMonth && new Set(regexMatches(key, MONTHS).map((m) => monthOf(m[0]))).size === 1) {
    return byDeadline(said, inMonth, key, fy, yearly);
  }
  return undefined;
}

/**
 * "ครั้ง" read with its tone mark dropped or another put ("ครัง", "ครั่ง", "คร้ง"), the OCR slip of
 * review 17 s15, S15-5: the cadence the text names once the word is mended, with what was read.
 */
const TIMES_SLIP = /คร[\u0E31\u0E47-\u0E4C]{0,3}ง/g;
function timesSlip(key: string): { cadence: Cadence; read: string } | undefined {
  const read = [...key.matchAll(TIMES_SLIP)].map((m) => m[0]).find((w) => w !== 'ครั้ง');
  if (!read) return undefined;
  const cadence = detectCadences(key.replace(TIMES_SLIP, 'ครั้ง')).cadence;
  return cadence === 'unspecified' ? undefined : { cadence, read };
}

/** The cadence of a tick list's ticked items, said so; none ticked: unspecified, said so. */
function tickedCadence(text: string, kept: string, fy: number): ReadCadence {
  const read = kept ? readCadence(kept, fy, text) : undefined;
  if (!read || read.cadence === 'unspecified') {
    return {
      cadence: 'unspecified',
      alsoNamed: [],
      unoffered: {
        th: `อ่านได้ว่า "${quoted(text)}" เป็นรายการช่องทำเครื่องหมาย แต่ไม่มีรอบการรายงานที่ทำเครื่องหมาย จึงยังไม่กำหนดรอบ กรุณาเลือกรอบการรายงาน (ถ้าไม่เลือก จะถือเป็นรายงานประจำปี)`,
        en: `read "${quoted(text)}": a tick list with no cadence ticked; no cadence set, choose one (if none is chosen, it is treated as annual)`,
      },
    };
  }
  return {
    ...read,
    guessed: read.guessed ?? {
      th: `อ่านได้ว่า "${quoted(text)}" เป็นรายการช่องทำเครื่องหมาย จึงใช้รอบที่ทำเครื่องหมาย "${CADENCE_LABELS[read.cadence]}" กรุณาตรวจรอบการรายงาน`,
      en: `read "${quoted(text)}": a tick list, the ticked cadence ${read.cadence} is taken; check the cadence`,
    },
  };
}
