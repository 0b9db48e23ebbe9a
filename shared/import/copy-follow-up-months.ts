// A plan copied into another year, and its follow-ups' months (review 17 s15, S15-7). Months are
// a mid-year change of last year (S13-3: a follow-up stopped after March, a new one from April;
// S14-8: a measure added in December starts then): the new year owes the whole year. A follow-up
// stopped during last year is left out (what replaced it goes on), unless it is its measure's
// only one; the others lose their months. Each is said beside its measure, to check.
// Months the measure's timeframe gives (S23-7) are no change: they move on with the timeframe
// (review 17 s25, S25-4), and a follow-up that ran to the timeframe's end did not stop.
import type { FollowUp } from '../domain/plan.js';
import { fiscalMonths } from '../domain/fiscal-calendar.js';
import { formatThaiMonth, toThaiDigits } from '../domain/thai-format.js';
import { followUpMonthsLabel, timeframeMonthsFor } from '../domain/follow-up-months.js';
import type { ImportWarning, ImportWarningCode } from './import-warning.js';
import { coverageOf, timeframeMonths } from './timeframe-months.js';

const quoted = (text: string) => `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`;

/**
 * `followUps` of one measure of the plan of `fromFy` as the copy into `fy` has them: without
 * months, a follow-up that stopped before last year's end left out (kept, without months, when it
 * is the only one), and a `months-from-last-year` warning for each follow-up that had months.
 * When the measure's `timeframe` (last year's text, and the copy's with its years moved) gives
 * months (timeframeMonths), a follow-up that had months gets the copy's timeframe's months
 * instead, and one is stopped only when it stopped before the timeframe's end; a follow-up whose
 * months were exactly the timeframe's is said with `timeframe-months` (no mid-year change).
 */
export function followUpsForNewYear<
  F extends Pick<FollowUp, 'followUpNo' | 'text' | 'firstMonth' | 'lastMonth'> & Partial<Pick<FollowUp, 'cadence'>>,
>(
  followUps: readonly F[],
  measureId: string,
  fromFy: number,
  fy: number,
  timeframe?: { last: string; moved: string },
): { followUps: F[]; warnings: ImportWarning[] } {
  const span = timeframe && timeframeMonths(timeframe.last, fromFy);
  const movedSpan = span && timeframe && timeframeMonths(timeframe.moved, fy);
  const given = movedSpan && followUpMonthsLabel(movedSpan);
  const yearEnd = (movedSpan && span.lastMonth) ?? fiscalMonths(fromFy)[11]!.id;
  const stopped = (f: F) => f.lastMonth !== undefined && f.lastMonth < yearEnd;
  const hasMonths = (f: F) => f.firstMonth !== undefined || f.lastMonth !== undefined;
  // the timeframe's months as the follow-up's cadence takes them (timeframeMonthsFor)
  const spanOf = (f: F) => (f.cadence === undefined ? span! : timeframeMonthsFor(span!, f.cadence, fromFy));
  const movedOf = (f: F) => (f.cadence === undefined ? movedSpan! : timeframeMonthsFor(movedSpan!, f.cadence, fy));
  const timeframes = (f: F) =>
    movedSpan && f.firstMonth === spanOf(f).firstMonth && f.lastMonth === spanOf(f).lastMonth;
  const goesOn = followUps.filter((f) => !stopped(f));
  const kept = goesOn.length > 0 ? goesOn : followUps;
  const warnings: ImportWarning[] = [];
  const warn = (f: F, th: string, en: string, followUpNo?: number, code: ImportWarningCode = 'months-from-last-year') =>
    warnings.push({
      where: {},
      code,
      message_th: `คัดลอกจากปีงบประมาณ ${toThaiDigits(fromFy)} เป็นปี ${toThaiDigits(fy)}: การติดตามผลข้อ ${toThaiDigits(f.followUpNo)} ${quoted(f.text)} ${th}`,
      message_en: `copied from fiscal year ${fromFy} into ${fy}: follow-up ${f.followUpNo} ${en}`,
      source: f.text.slice(0, 500),
      measureId,
      ...(followUpNo !== undefined ? { followUpNo } : {}),
    });
  for (const f of followUps) {
    if (!hasMonths(f)) continue;
    if (given && timeframes(f)) {
      // a quarter or half begun inside: its first round is the whole period's (tester s44)
      const covered =
        f.cadence === undefined ? { th: '', en: '' } : coverageOf([{ ...movedOf(f), cadence: f.cadence }], fy);
      warn(
        f,
        `ติดตาม${given.th}ตามระยะเวลาดำเนินการ "${timeframe.moved.slice(0, 80)}" (เลื่อนตามปีพร้อมระยะเวลาดำเนินการ)${covered.th} ตรวจว่าถูกต้อง`,
        `runs ${given.en}, as the timeframe "${timeframe.moved.slice(0, 80)}" (moved on with it)${covered.en}: check it`,
        f.followUpNo,
        'timeframe-months',
      );
      continue;
    }
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
        `${was}ในปีก่อน (เปลี่ยนกลางปี) ในสำเนานี้ติดตาม${given ? `${given.th}ตามระยะเวลาดำเนินการ` : 'ตลอดปี'} ถ้าปีนี้ควรเริ่มหรือหยุดเดือนอื่น เลือกเดือนในข้อนี้`,
        `ran ${wasEn} last year (a mid-year change); this copy follows it ${given ? `${given.en}, as its timeframe` : 'the whole year'}: choose months if this year needs them`,
        f.followUpNo,
      );
  }
  const forNewYear = kept.map((f) => {
    const copy = { ...f };
    delete copy.firstMonth;
    delete copy.lastMonth;
    return movedSpan && hasMonths(f) ? { ...copy, ...movedOf(f) } : copy;
  });
  return { followUps: forNewYear, warnings };
}
