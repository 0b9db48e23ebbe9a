// A plan copied into another year, and its follow-ups' months (review 17 s15, S15-7). Months are
// a mid-year change of last year (S13-3: a follow-up stopped after March, a new one from April;
// S14-8: a measure added in December starts then): the new year owes the whole year. A follow-up
// stopped during last year is left out (what replaced it goes on), unless it is its measure's
// only one; the others lose their months. Each is said beside its measure, to check.
import type { FollowUp } from '../../shared/domain/plan.js';
import { fiscalMonths } from '../../shared/domain/fiscal-calendar.js';
import { formatThaiMonth, toThaiDigits } from '../../shared/domain/thai-format.js';
import type { ImportWarning } from '../../shared/import/import-warning.js';

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;

/**
 * `followUps` of one measure of the plan of `fromFy` as the copy into `fy` has them: without
 * months, a follow-up that stopped before last year's end left out (kept, without months, when it
 * is the only one), and a `months-from-last-year` warning for each follow-up that had months.
 */
export function followUpsForNewYear<F extends Pick<FollowUp, 'followUpNo' | 'text' | 'firstMonth' | 'lastMonth'>>(
  followUps: readonly F[],
  measureId: string,
  fromFy: number,
  fy: number,
): { followUps: F[]; warnings: ImportWarning[] } {
  const yearEnd = fiscalMonths(fromFy)[11]!.id;
  const stopped = (f: F) => f.lastMonth !== undefined && f.lastMonth < yearEnd;
  const goesOn = followUps.filter((f) => !stopped(f));
  const kept = goesOn.length > 0 ? goesOn : followUps;
  const warnings: ImportWarning[] = [];
  const warn = (f: F, th: string, en: string, followUpNo?: number) =>
    warnings.push({
      where: {},
      code: 'months-from-last-year',
      message_th: `คัดลอกจากปีงบประมาณ ${toThaiDigits(fromFy)} เป็นปี ${toThaiDigits(fy)}: การติดตามผลข้อ ${toThaiDigits(f.followUpNo)} ${quoted(f.text)} ${th}`,
      message_en: `copied from fiscal year ${fromFy} into ${fy}: follow-up ${f.followUpNo} ${en}`,
      source: f.text.slice(0, 500),
      measureId,
      ...(followUpNo !== undefined ? { followUpNo } : {}),
    });
  for (const f of followUps) {
    if (f.firstMonth === undefined && f.lastMonth === undefined) continue;
    const was = [
      f.firstMonth !== undefined && `เริ่มเดือน${formatThaiMonth(f.firstMonth)}`,
      f.lastMonth !== undefined && `หยุดหลังเดือน${formatThaiMonth(f.lastMonth)}`,
    ]
      .filter(Boolean)
      .join(' ');
    const wasEn = [f.firstMonth && `from ${f.firstMonth}`, f.lastMonth && `until ${f.lastMonth}`]
      .filter(Boolean)
      .join(' ');
    if (!kept.includes(f))
      warn(
        f,
        `${was}ในปีก่อน จึงไม่ได้คัดลอกมา (ข้อที่มาแทนยังอยู่) ถ้าปีนี้ยังต้องรายงานข้อนี้ ให้กด "เพิ่มการติดตามผล"`,
        `ran ${wasEn} last year, so it was not copied (what replaced it was); add it again if this year still needs it`,
      );
    else
      warn(
        f,
        `${was}ในปีก่อน (เปลี่ยนกลางปี) ในสำเนานี้ติดตามตลอดปี ถ้าปีนี้ควรเริ่มหรือหยุดเดือนอื่น เลือกเดือนในข้อนี้`,
        `ran ${wasEn} last year (a mid-year change); this copy follows it the whole year: choose months if this year needs them`,
        f.followUpNo,
      );
  }
  const withoutMonths = kept.map((f) => {
    const copy = { ...f };
    delete copy.firstMonth;
    delete copy.lastMonth;
    return copy;
  });
  return { followUps: withoutMonths, warnings };
}
