// Date cells of a workbook. Thai spreadsheets often hold a date typed with its BE year on a
// machine set to the Gregorian calendar ("1/10/2566" stored as the year 2566): such a year is BE
// already, not one to add 543 to ("๑ ตุลาคม ๓๑๐๙").
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { FIRST_BE_LOOKING_YEAR } from '../domain/buddhist-era-hint.js';
import { plainDate } from '../domain/plain-date.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';
import type { SourceNotice } from './source-document.js';

/** A date cell's text: a Thai date with its BE year; `beYear` when the stored year was BE already. */
export function dateCellText(value: Date): { text: string; beYear: boolean } {
  if (Number.isNaN(value.getTime())) return { text: '', beYear: false };
  const year = value.getUTCFullYear();
  const beYear = year >= FIRST_BE_LOOKING_YEAR;
  const date = plainDate(beYear ? year - BE_OFFSET : year, value.getUTCMonth() + 1, value.getUTCDate());
  return { text: formatThaiDate(date), beYear };
}

/** Date cells of one sheet read with their stored year as BE: the first, and how many. */
export interface BeYearDates {
  first: { where: Where; address: string; text: string; stored: number };
  count: number;
}

/** One notice per sheet for its date cells whose stored year was BE already. */
export function beYearDatesNotice(block: number, dates: BeYearDates): SourceNotice {
  const { first, count } = dates;
  const more =
    count > 1
      ? { th: ` และอีก ${toThaiDigits(count - 1)} ช่อง`, en: ` and ${count - 1} more cells` }
      : { th: '', en: '' };
  return {
    block,
    where: first.where,
    code: 'date-year-be',
    message_th: `ช่องวันที่ ${first.address}${more.th} เก็บปีเป็น พ.ศ. อยู่แล้ว (ปี ${toThaiDigits(first.stored)} ในช่องวันที่ของ Excel) จึงอ่านเป็น "${first.text}" โดยไม่บวก ๕๔๓ อีก กรุณาตรวจวันที่`,
    message_en: `date cell ${first.address}${more.en} ${count > 1 ? 'store' : 'stores'} a BE year (${first.stored} as an Excel date): read as "${first.text}" without adding 543 again; check the dates`,
    source: first.text,
  };
}
