// The fiscal year a plan's timeframes give when its title names none (review 17 s15, S15-12):
// most measures' "ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒" (or "ตลอดปีงบประมาณ ๒๕๗๒") is fiscal year ๒๕๗๒.
import { toThaiDigits } from '../domain/thai-format.js';
import { fiscalYearOfTitle } from './fiscal-year-names.js';

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
