// The fiscal year a plan's timeframes give when its title names none (review 17 s15, S15-12):
// most measures' "ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒" (or "ตลอดปีงบประมาณ ๒๕๗๒") is fiscal year ๒๕๗๒.
import { toThaiDigits } from '../domain/thai-format.js';
import { fiscalYearOfTitle } from './fiscal-year-names.js';
import { quoteWords } from './warning-quotes.js';
import { timeframeOtherFiscalYear } from './timeframe-months.js';

export interface TimeframesYear {
  fy: number;
  /** the first measure (index) whose timeframe gives it */
  index: number;
  /** how many measures' timeframes give it, of how many that give a year */
  count: number;
  of: number;
  message_th: string;
  message_en: string;
}

/** The fiscal year more than half of the timeframes that give one give, if not `target`. */
export function otherYearOfTimeframes(timeframes: readonly string[], target: number): TimeframesYear | undefined {
  const counts = new Map<number, { count: number; index: number }>();
  let of = 0;
  timeframes.forEach((text, index) => {
    const fy = text ? fiscalYearOfTitle(text) : undefined;
    if (fy === undefined) return;
    of++;
    const seen = counts.get(fy);
    if (seen) seen.count++;
    else counts.set(fy, { count: 1, index });
  });
  const [fy, most] = [...counts].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  if (fy === undefined || most === undefined || fy === target || most.count * 2 <= of) return undefined;
  const [y, t, n, m] = [fy, target, most.count, timeframes.length].map(toThaiDigits);
  return {
    fy,
    index: most.index,
    count: most.count,
    of,
    message_th: `ชื่อเอกสารไม่ระบุปีงบประมาณ ส่วนระยะเวลาดำเนินการของ ${n} จาก ${m} มาตรการเป็นปีงบประมาณ ${y} แต่นำเข้าเป็นปี ${t}`,
    message_en: `the document's title names no fiscal year, but the timeframes of ${most.count} of ${timeframes.length} measures are fiscal year ${fy}, and it is imported as ${target}`,
  };
}

/**
 * What to say of a measure's timeframe whose months are all of another fiscal year than the plan's
 * `fy` (BE) and than the document's `documentFy` (which fiscal-year-differs says once), Thai first
 * (review 17 s26): both years named, and what was taken: a span's months are read as the plan's
 * months of those names (timeframe-months.ts, what a plan copied from another year means); a date
 * or month alone gives nothing (no due date, no months). The text stays as written. Undefined otherwise.
 */
export function timeframeOtherYearMessage(
  timeframe: string,
  fy: number,
  documentFy: number | undefined,
): { th: string; en: string } | undefined {
  const other = timeframeOtherFiscalYear(timeframe, fy);
  if (other === undefined || other.fy === documentFy) return undefined;
  const quoted = quoteWords(timeframe);
  const [o, p] = [toThaiDigits(other.fy), toThaiDigits(fy)];
  const taken = other.span
    ? { th: `จึงอ่านเป็นเดือนเดียวกันของปีงบประมาณ ${p}`, en: `its months are read as the same months of ${fy}` }
    : { th: 'จึงไม่ได้ใช้วันที่หรือเดือนนี้', en: 'its date or month is not taken' };
  return {
    th: `ระยะเวลาดำเนินการ "${quoted}" เป็นของปีงบประมาณ ${o} แต่แผนนี้เป็นปีงบประมาณ ${p} ${taken.th} ตรวจว่าถูกต้อง และแก้ปีในระยะเวลาดำเนินการ (แผนเผยแพร่ข้อความตามที่เขียน)`,
    en: `the timeframe "${quoted}" is in fiscal year ${other.fy} but the plan is fiscal year ${fy}: ${taken.en}; check it and correct the timeframe's years (the plan publishes the text as written)`,
  };
}
