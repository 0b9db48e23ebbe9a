// A period as a Thai reader says it: "เมษายน ๒๕๖๖", "ไตรมาสที่ ๑", "ครึ่งปีแรก".
import { formatThaiMonth, toThaiDigits } from './thai-format.js';

export function periodLabel(periodId: string, fy: number): string {
  if (/^\d{4}-\d{2}$/.test(periodId)) return formatThaiMonth(periodId);
  const quarter = /^Q([1-4])$/.exec(periodId);
  if (quarter) return `ไตรมาสที่ ${toThaiDigits(Number(quarter[1]))} ปีงบประมาณ ${toThaiDigits(fy)}`;
  if (periodId === 'H1') return `ครึ่งปีแรก ปีงบประมาณ ${toThaiDigits(fy)} (ต.ค.-มี.ค.)`;
  if (periodId === 'H2') return `ครึ่งปีหลัง ปีงบประมาณ ${toThaiDigits(fy)} (เม.ย.-ก.ย.)`;
  if (periodId === 'FY') return `ประจำปีงบประมาณ ${toThaiDigits(fy)}`;
  return `ครั้งเดียว ปีงบประมาณ ${toThaiDigits(fy)}`;
}
