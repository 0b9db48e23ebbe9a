// What the page says beside a due date, in the emails' words (shared/mail/reminder-email.ts): the
// last on-time day of work added late, a due date on a day off, and the overview's count of such work.
import type { Obligation } from './api-types.js';
import { dueOnDayOffTh } from '../../shared/domain/day-off.js';
import { pastDueInGrace } from './overview-counts.js';
import { governmentDayOff } from '../../shared/domain/government-day-off.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { IN_GRACE_TH, graceEndsOn, inGraceOn, lateAdditionsTh, onTimeUntilTh } from '../../shared/domain/settlement.js';
import { formatThaiDate, toThaiDigits } from '../../shared/domain/thai-format.js';
import { yearNotBegun } from '../../shared/domain/year-not-begun.js';

type Dated = Pick<Obligation, 'dueDate' | 'onTimeUntil'>;

/** "ส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙" for work added late, '' for the rest. */
export const onTimeNote = (o: Dated): string => onTimeUntilTh(o.dueDate, o.onTimeUntil);

/**
 * "ตรงกับวันหยุด (วันสิ้นปี)" for a due date still ahead (or today) on a weekend or a government
 * holiday; '' for the rest, and for a past one, as the emails (its day off matters no more).
 */
export function dueDayOffNote(o: Pick<Obligation, 'dueDate'>, today: string): string {
  const off = o.dueDate < today ? undefined : governmentDayOff(o.dueDate as PlainDate);
  return off ? dueOnDayOffTh(off) : '';
}

/**
 * Under the overview's counts: how many it counts รอส่งย้อนหลัง on `today` (overview-counts.ts
 * pastDueInGrace: added after their due dates, still on time) and until when, and that they are to
 * be sent now (tester s42: a month of late additions read as a wrong count; s49: they were counted
 * ยังไม่ถึงกำหนดส่ง); '' when none. The results report says the same (lateAdditionsTh). Reports returned
 * in their grace stay ส่งกลับแก้ไข (to fix) and are named after them with the sum, the number the
 * documents' warning gives (tester s49: ๑๒๒ here, ๑๒๓ there).
 */
export function lateAdditionsNote(items: readonly (Dated & Pick<Obligation, 'status'>)[], today: string): string {
  const late = items.filter((o) => pastDueInGrace(o, today)).map((o) => o.onTimeUntil);
  const returned = items.filter((o) => returnedInGrace(o, today)).map((o) => o.onTimeUntil);
  if (late.length === 0) {
    const note = lateAdditionsTh('ช่อง "ส่งกลับแก้ไข"', returned, 'มี');
    return note && `${note} อยู่ระหว่างส่งย้อนหลัง แก้ไขแล้วส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด`;
  }
  const also = returned.length
    ? ` และอีก ${toThaiDigits(returned.length)} รายการในช่อง "ส่งกลับแก้ไข" ที่ยัง${untilTh(returned)} รวม ${toThaiDigits(late.length + returned.length)} รายการที่อยู่ระหว่างส่งย้อนหลัง`
    : '';
  return `${lateAdditionsTh(`ช่อง "${IN_GRACE_TH}"`, late, 'คือ')}${also} ส่งได้ทันที หลังจากนั้นนับเป็นเลยกำหนด`;
}

/** A returned report of work added late, its due date passed and its last on-time day not (as pastDueInGrace). */
const returnedInGrace = (o: Dated & Pick<Obligation, 'status'>, today: string): boolean =>
  o.status === 'returned' && o.dueDate <= today && today <= o.onTimeUntil && o.onTimeUntil > o.dueDate;

/** "ส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐", several days: "… ถึง A ถึง B แล้วแต่รายการ". */
function untilTh(days: readonly string[]): string {
  const [first, last] = [days.reduce((a, b) => (b < a ? b : a)), days.reduce((a, b) => (b > a ? b : a))].map((d) =>
    formatThaiDate(d as PlainDate),
  );
  return `ส่งได้ตรงเวลาถึง ${first === last ? first : `${first} ถึง ${last} แล้วแต่รายการ`}`;
}

/**
 * Before a results report is generated or published (documents-screen.ts): "ยังมี ๕๑ รายการที่อยู่ระหว่าง
 * ส่งย้อนหลังถึง ๑๗ พฤษภาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น", for the work the report
 * counts รอส่งย้อนหลัง on `today`, by the counts' own rule (settlement.ts inGraceOn: unsent, a
 * returned report included; due date passed; on time after today), of the half-year's when `upTo` (its
 * last period end) is given; '' for none (tester s48, s49). Several last days: the latest.
 */
export function backReportingWarning(
  items: readonly (Dated & Pick<Obligation, 'status' | 'periodEnd'>)[],
  today: string,
  upTo?: string,
): string {
  const inRange = items.filter((o) => upTo === undefined || o.periodEnd <= upTo);
  const graced = inRange.filter((o) => inGraceOn(o, SENT.has(o.status), today));
  // on its grace's last day: counted ไม่ได้ส่ง by a report made today, sendable on time today (re-check 2 s49)
  const ending = inRange.filter((o) => graceEndsOn(o, SENT.has(o.status), today)).length;
  const endingTh = ending
    ? `ยังมี ${toThaiDigits(ending)} รายการที่ส่งย้อนหลังได้ตรงเวลาถึงวันนี้ (${formatThaiDate(today as PlainDate)}) รายงานที่จัดทำวันนี้จะนับเป็นไม่ได้ส่ง`
    : '';
  if (graced.length === 0) return endingTh;
  const until = graced.reduce((d, o) => (o.onTimeUntil > d ? o.onTimeUntil : d), '');
  const gracedTh = `ยังมี ${toThaiDigits(graced.length)} รายการที่อยู่ระหว่างส่งย้อนหลังถึง ${formatThaiDate(until as PlainDate)} รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น`;
  return ending ? `${gracedTh} และอีก ${endingTh.slice('ยังมี '.length)}` : gracedTh;
}

/**
 * Under a published results report's "เผยแพร่อยู่" line (documents-screen.ts): how many reports were
 * sent, revised, returned or accepted after that generation was made (`reportedAt` after its
 * `generatedAt`, both instants: a report sent later the same day shares its "ข้อมูล ณ" date but is
 * not in it), of the half-year's work when `upTo` (its last period end) is given; '' for none.
 */
export function staleReportNote(
  items: readonly Pick<Obligation, 'reportedAt' | 'periodEnd'>[],
  generatedAt: string,
  upTo?: string,
): string {
  const made = Date.parse(generatedAt);
  const later = items.filter(
    (o) => o.reportedAt && Date.parse(o.reportedAt) > made && (upTo === undefined || o.periodEnd <= upTo),
  ).length;
  return later
    ? `มีรายงาน ${toThaiDigits(later)} รายการที่ส่งหรือตรวจหลังจัดทำฉบับที่เผยแพร่อยู่ จึงยังไม่อยู่ในฉบับนี้ สั่งจัดทำฉบับใหม่แล้วเผยแพร่แทน`
    : '';
}

/**
 * Beside the plan document's announcement day (documents-screen.ts): "วันที่ประกาศอยู่หลังวันนี้ …" for
 * a day after `today` within fiscal year `fy`'s window (1 January of the year it starts in to 30
 * September, as the API accepts); '' for the rest (a day outside it the API refuses, with its
 * message). Accepted, since a plan may be announced ahead and signed on that day (s48 P3).
 */
export function futureAnnouncementNote(day: string, today: string, fy: number): string {
  const ce = fy - 543;
  if (!day || day <= today || day < `${ce - 1}-01-01` || day > `${ce}-09-30`) return '';
  return `วันที่ประกาศอยู่หลังวันนี้: เอกสารจะพิมพ์ "ประกาศ ณ วันที่ ${formatThaiDate(day as PlainDate)}" ไว้ล่วงหน้า ให้ลงนามในวันนั้น หากไม่ใช่ กรุณาแก้วันที่ก่อนจัดทำ`;
}

/**
 * The results report's screen of a fiscal year not begun on `today` (next year's plan imported in
 * September): that its report cannot be made yet, the document function's words
 * (year-not-begun.ts); '' once the year has begun (session 56, tester B).
 */
export function resultsReportNotYetNote(today: string, fy: number): string {
  return yearNotBegun(fy, today)?.th ?? '';
}

/** The API's statuses of a settled obligation (obligations.ts obligationStatus): sent, not returned. */
const SENT: ReadonlySet<Obligation['status']> = new Set(['submitted', 'accepted']);
