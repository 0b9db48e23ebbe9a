// A follow-up's deadline ("ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗", "ภายในเดือนตุลาคม") read against the plan's
// fiscal year: inside it a one-off due then; just after its end (the usual "สรุปผล… ภายในเดือนตุลาคม
// ๒๕๖๗") the year-end report; before its start, long after its end, or a day that does not exist,
// no cadence, said so with the date read (review 17 s13, S13-6; s11, S11-21).
import { BE_OFFSET, fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { type PlainDate, plainDate } from '../domain/plain-date.js';
import { formatThaiDate, thaiMonthName, toThaiDigits } from '../domain/thai-format.js';
import { writtenDate, type WrittenDate } from './thai-dates.js';

type Said = { th: string; en: string };

export type DeadlineRead =
  /** inside the year: a one-off due then */
  | ({ kind: 'once'; dueDate: PlainDate } & Said)
  /** the year-end report: annual */
  | ({ kind: 'year-end' } & Said)
  /** no cadence: the message says why */
  | ({ kind: 'none' } & Said);

/** A summary of the year's work: its month after the year's end is the year-end report's. */
const SUMMARY = /สรุปผล|สรุปการ|ประจำปี|สิ้นปี|ทั้งปี|รอบปี/;
/** A deadline this many months after the year's end is still the year-end report's. */
const YEAR_END_MONTHS = 3;

const beYear = (ceYear: number) => ceYear + BE_OFFSET;

/** "๓๐ กุมภาพันธ์ ๒๕๖๗" for a day read, real or not. */
function readDay(read: WrittenDate['read']): Said {
  if (read.month < 1 || read.month > 12) {
    return {
      th: `วันที่ ${toThaiDigits(read.day)}/${toThaiDigits(read.month)}/${toThaiDigits(beYear(read.year))}`,
      en: `${read.day}/${read.month}/${read.year}`,
    };
  }
  return {
    th: `${toThaiDigits(read.day)} ${thaiMonthName(read.month)} ${toThaiDigits(beYear(read.year))}`,
    en: `${read.year}-${String(read.month).padStart(2, '0')}-${String(read.day).padStart(2, '0')}`,
  };
}

/** "ของปีถัดไป", "ปีหน้า" after a date without its year: that date in the next fiscal year. */
const NEXT_YEAR = /^.{0,12}?ปี(?:งบประมาณ)?(?:ถัดไป|หน้า)/;

/**
 * The date a deadline match names: a date without its year but followed by "ของปีถัดไป" ("ภายใน
 * เดือนตุลาคมของปีถัดไป") is read in the next fiscal year, as if its year were written (session 27's
 * break attempt, M-2: it was read as this year's October, "no year written").
 */
function deadlineDate(m: RegExpExecArray, key: string, fy: number): WrittenDate {
  const written = writtenDate(m, fy);
  if (written.yearWritten || !NEXT_YEAR.test(key.slice(m.index + m[0].length))) return written;
  return { ...writtenDate(m, fy + 1), yearWritten: true };
}

/**
 * What a deadline match (THAI_DATE groups) in the text `key` (matchKey) says in fiscal year `fy`;
 * `yearly`: the text names a yearly report ("ปีละครั้ง"), a summary as SUMMARY's words are.
 */
export function readDeadline(m: RegExpExecArray, key: string, fy: number, yearly = false): DeadlineRead {
  const bounds = fiscalYearBounds(fy);
  const written = deadlineDate(m, key, fy);
  const { date, read } = written;
  const fyTh = toThaiDigits(fy);
  const yearTh = `${formatThaiDate(bounds.start)} - ${formatThaiDate(bounds.end)}`;
  const ask = {
    th: 'จึงยังไม่กำหนดรอบ กรุณาแก้วันที่หรือเลือกรอบการรายงาน (ถ้าไม่เลือก จะถือเป็นรายงานประจำปี)',
    en: 'no cadence set: correct the date or choose a cadence (if none is chosen, it is treated as annual)',
  };
  if (!date) {
    const day = readDay(read);
    return {
      kind: 'none',
      th: `มีกำหนดส่ง ${day.th} ซึ่งไม่มีวันนี้ในปฏิทิน ${ask.th}`,
      en: `it names a deadline, ${day.en}, a day that does not exist; ${ask.en}`,
    };
  }
  // a month named without its year, in a summary, after the year's end: "สรุปผล… ภายในเดือนตุลาคม"
  if (!written.yearWritten && read.month >= 10 && (yearly || SUMMARY.test(key))) {
    const month = thaiMonthName(read.month);
    return {
      kind: 'year-end',
      th: `เป็นการสรุปผลภายในเดือน${month}ที่ไม่ระบุปี ซึ่งอ่านเป็นเดือน${month} ${fyTh} หลังสิ้นปีงบประมาณ ${fyTh} (ไม่ใช่เดือน${month} ${toThaiDigits(fy - 1)} ต้นปี) คือการสรุปผลสิ้นปี`,
      en: `a summary due in month ${read.month} with no year: read as after the end of fiscal year ${fy} (not the year's first month ${read.month}), the year-end summary`,
    };
  }
  const when = formatThaiDate(date);
  if (date > bounds.end && date <= yearEndLimit(bounds.end)) {
    return {
      kind: 'year-end',
      th: `มีกำหนดส่ง ${when} ซึ่งอยู่หลังสิ้นปีงบประมาณ ${fyTh} (${formatThaiDate(bounds.end)}) เป็นการสรุปผลสิ้นปี`,
      en: `it names a deadline, ${date}, after the end of fiscal year ${fy} (${bounds.end}): the year-end summary`,
    };
  }
  if (date < bounds.start || date > bounds.end) {
    const place =
      date < bounds.start
        ? { th: `อยู่ก่อนเริ่มปีงบประมาณ ${fyTh}`, en: `before fiscal year ${fy} starts` }
        : {
            th: `อยู่หลังสิ้นปีงบประมาณ ${fyTh} เกิน ${toThaiDigits(YEAR_END_MONTHS)} เดือน`,
            en: `long after fiscal year ${fy} ends`,
          };
    return {
      kind: 'none',
      th: `มีกำหนดส่ง ${when} ซึ่ง${place.th} (${yearTh}) ปีอาจพิมพ์ผิด หรือเป็นแผนของปีอื่น ${ask.th}`,
      en: `it names a deadline, ${date}, ${place.en} (${bounds.start} to ${bounds.end}): a mistyped year, or another year's plan; ${ask.en}`,
    };
  }
  const yearRead = toThaiDigits(beYear(read.year));
  const yearless = written.yearWritten
    ? { th: '', en: '' }
    : {
        th: written.monthOnly
          ? ` (ไม่ระบุปี จึงอ่านเป็นเดือน${thaiMonthName(read.month)} ${yearRead} ในปีงบประมาณ ${fyTh})`
          : ` (ไม่ระบุปี จึงอ่านเป็นปี พ.ศ. ${yearRead} ในปีงบประมาณ ${fyTh})`,
        en: ` (no year written: read as ${date.slice(0, 7)}, inside fiscal year ${fy})`,
      };
  return {
    kind: 'once',
    dueDate: date,
    th: `มีกำหนดส่ง ${when}${yearless.th}`,
    en: `it names a deadline, ${date}${yearless.en}`,
  };
}

/** The last day a deadline after the year's end is still the year-end report's. */
function yearEndLimit(end: PlainDate): PlainDate {
  const year = Number(end.slice(0, 4));
  return plainDate(year, 9 + YEAR_END_MONTHS, 31);
}
