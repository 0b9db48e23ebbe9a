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

export function periodLabel(periodId: string, fy: number): string {
  if (/^\d{4}-\d{2}$/.test(periodId)) return formatThaiMonth(periodId);
  const quarter = /^Q([1-4])$/.exec(periodId);
  if (quarter) return `ไตรมาสที่ ${toThaiDigits(Number(quarter[1]))} ปีงบประมาณ ${toThaiDigits(fy)}`;
  if (periodId === 'H1') return `ครึ่งปีแรก ปีงบประมาณ ${toThaiDigits(fy)} (ต.ค.-มี.ค.)`;
  if (periodId === 'H2') return `ครึ่งปีหลัง ปีงบประมาณ ${toThaiDigits(fy)} (เม.ย.-ก.ย.)`;
  if (periodId === 'FY') return `ประจำปีงบประมาณ ${toThaiDigits(fy)}`;
  return `ครั้งเดียว ปีงบประมาณ ${toThaiDigits(fy)}`;
}
