// Why a day is not a working day, and how every text says it: the job CLI's day-off line, its
// refusal of an off-schedule run, the run's log and the reminder emails' due dates all name the
// weekday, the holiday (its Thai name, from the calendar: thai-working-days.ts) or the org's own
// closure day from here (tester s37: "เป็นวันหยุด (เสาร์-อาทิตย์ วันหยุดราชการ หรือวันปิดทำการ…)").

/** A weekend day, a government holiday (its Thai name), or one of the org's own closure days. */
export type DayOff =
  { kind: 'weekend'; weekday: 'saturday' | 'sunday' } | { kind: 'holiday'; name: string } | { kind: 'closure' };

/** Saturday or Sunday as a DayOff, undefined on a weekday (`date` a PlainDate, "2026-12-05"). */
export function weekendDay(date: string): Extract<DayOff, { kind: 'weekend' }> | undefined {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 6
    ? { kind: 'weekend', weekday: 'saturday' }
    : weekday === 0
      ? { kind: 'weekend', weekday: 'sunday' }
      : undefined;
}

/** "วันเสาร์", "วันอาทิตย์", the holiday's name ("วันสิ้นปี"), "วันปิดทำการขององค์กร". */
export function dayOffTh(day: DayOff): string {
  switch (day.kind) {
    case 'weekend':
      return day.weekday === 'saturday' ? 'วันเสาร์' : 'วันอาทิตย์';
    case 'holiday':
      return day.name;
    case 'closure':
      return 'วันปิดทำการขององค์กร';
  }
}

/** After a due date on a day off: "ตรงกับวันหยุด (วันสิ้นปี)", the emails' and the page's words. */
export const dueOnDayOffTh = (day: DayOff): string => `ตรงกับวันหยุด (${dayOffTh(day)})`;

/** Said once beside due dates on a day off: the plan's due dates never move (docs/reminders.md). */
export const DUE_ON_DAY_OFF_STAYS_TH = 'กำหนดส่งที่ตรงกับวันหยุดไม่เลื่อน ส่งรายงานผ่านหน้าเว็บได้ในวันนั้นด้วย';

/** "a Saturday", "a government holiday, วันสิ้นปี", "the org's own closure day". */
export function dayOffEn(day: DayOff): string {
  switch (day.kind) {
    case 'weekend':
      return day.weekday === 'saturday' ? 'a Saturday' : 'a Sunday';
    case 'holiday':
      return `a government holiday, ${day.name}`;
    case 'closure':
      return "the org's own closure day";
  }
}

/** What the texts say when the calendar cannot tell why (a calendar given to a run, in tests). */
export const SOME_DAY_OFF = {
  th: 'เสาร์-อาทิตย์ วันหยุดราชการ หรือวันปิดทำการขององค์กร',
  en: 'a weekend, a government holiday or the org’s own closure day',
} as const;

/** "เป็นวันหยุด (วันสิ้นปี)" / "is a day off (a government holiday, วันสิ้นปี)", Thai and English. */
export function dayOffSaid(day: DayOff | undefined): { th: string; en: string } {
  return {
    th: `เป็นวันหยุด (${day ? dayOffTh(day) : SOME_DAY_OFF.th})`,
    en: `is a day off (${day ? dayOffEn(day) : SOME_DAY_OFF.en})`,
  };
}
