// A period as a Thai reader says it: "เมษายน ๒๕๖๖", "ไตรมาสที่ ๑", "ครึ่งปีแรก".
import { fiscalYearBounds } from './fiscal-calendar.js';
import type { PlainDate } from './plain-date.js';
import { formatThaiDate, formatThaiMonth, toThaiDigits } from './thai-format.js';

/**
 * What a results report made on `asOf` says of its reach while fiscal year `fy` has not ended (on or
 * before its 30 September): "ข้อมูล ณ วันที่ ๑๕ มีนาคม ๒๕๖๙ (ปีงบประมาณยังไม่สิ้นสุด)"; undefined
 * once the year has ended (tester s38 #4: a mid-year report read as the whole year's).
 */
export function yearSoFarNote(fy: number, asOf: PlainDate): string | undefined {
  return asOf <= fiscalYearBounds(fy).end ? `ข้อมูล ณ วันที่ ${formatThaiDate(asOf)} (ปีงบประมาณยังไม่สิ้นสุด)` : undefined;
}

/** The results report of a fiscal year's first half (1 October - 31 March), in its title and on the ITA page. */
export const HALF_YEAR_TH = 'รอบ ๖ เดือน';

/** A period that is not a month, without its year: "ไตรมาสที่ ๑", "ครึ่งปีแรก", "ประจำปี", "ครั้งเดียว". */
export function periodNameTh(periodId: string): string {
  const quarter = /^Q([1-4])$/.exec(periodId);
  if (quarter) return `ไตรมาสที่ ${toThaiDigits(Number(quarter[1]))}`;
  if (periodId === 'H1') return 'ครึ่งปีแรก';
  if (periodId === 'H2') return 'ครึ่งปีหลัง';
  if (periodId === 'FY') return 'ประจำปี';
  return 'ครั้งเดียว';
}

/** The months a half-year spans, said after it. */
const HALF_SPAN: Readonly<Record<string, string>> = { H1: ' (ต.ค.-มี.ค.)', H2: ' (เม.ย.-ก.ย.)' };

/** "เมษายน ๒๕๖๖", "ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖", "ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖ (ต.ค.-มี.ค.)", "ประจำปีงบประมาณ ๒๕๖๖". */
export function periodLabel(periodId: string, fy: number): string {
  if (/^\d{4}-\d{2}$/.test(periodId)) return formatThaiMonth(periodId);
  return `${yearOfPeriodTh(periodNameTh(periodId), fy)}${HALF_SPAN[periodId] ?? ''}`;
}

/**
 * A period's name with its fiscal year: "ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖"; the year's own reads
 * "ประจำปีงบประมาณ ๒๕๖๖", not "ประจำปี ปีงบประมาณ".
 */
export const yearOfPeriodTh = (name: string, fy: number): string =>
  name === periodNameTh('FY') ? `${name}งบประมาณ ${toThaiDigits(fy)}` : `${name} ปีงบประมาณ ${toThaiDigits(fy)}`;
