// Warnings about a plan table's header: a column its measures need missing, labels read by similarity.
import type { Where } from './import-warning.js';
import type { Column } from './column-names.js';
import { byPlaceMessage } from './measure-column-by-place.js';
import { Warnings } from './import-warnings.js';
import { unreadMonthNumbers } from './period-columns.js';

/**
 * A table whose header lacks a column its measures need: said once, quoting the header as read and
 * the columns taken for notes. `no-responsible-column`: the units' label unreadable, wrapped past
 * recognition, or cut off at the page edge; `no-follow-up-column`: its measures have no follow-ups.
 */
export function missingColumn(
  warnings: Warnings,
  order: number,
  where: Where,
  columns: readonly Column[],
  code: 'no-responsible-column' | 'no-follow-up-column',
): void {
  const read = columns.map((c) => c.label).join(' | ');
  const unnamed = columns.filter((c) => c.role === 'note' && c.label).map((c) => `"${c.label}"`);
  const th = `(อ่านหัวตารางได้ว่า "${read}")${unnamed.length ? ` คอลัมน์ที่ไม่รู้จัก: ${unnamed.join(', ')}` : ''}`;
  const en = `(the header reads "${read}").${unnamed.length ? ` Columns not recognised: ${unnamed.join(', ')}.` : ''}`;
  const said =
    code === 'no-responsible-column'
      ? {
          th: `ไม่พบคอลัมน์ผู้รับผิดชอบในหัวตาราง ${th} ตารางอาจถูกตัดที่ขอบหน้า หรือหัวคอลัมน์อ่านไม่ออก มาตรการในตารางนี้จึงไม่มีหน่วยงานผู้รับผิดชอบ กรุณาเลือกหน่วยงานเอง`,
          en: `the table's header has no column of responsible units ${en} The table may be cut at the page edge, or a label unreadable; its measures have no responsible unit: choose them`,
        }
      : {
          th: `ไม่พบคอลัมน์การติดตามผลในหัวตาราง ${th} มาตรการในตารางนี้จึงไม่มีการติดตามผล กรุณาเพิ่มการติดตามผลเอง หรือแก้หัวคอลัมน์ในเอกสารแล้วนำเข้าใหม่`,
          en: `the table's header has no follow-up column ${en} Its measures have no follow-ups: add them, or fix the header in the document and import again`,
        };
  warnings.add(order, where, code, said.th, said.en, read);
}

/**
 * The header's columns read by similarity ("การติคตามผล" for "การติดตามผล"): each label once per
 * document, quoting what was read and what it was taken for.
 */
export function guessedColumns(
  warnings: Warnings,
  order: number,
  where: Where,
  columns: readonly Column[],
  said: Set<string>,
) {
  columns.forEach((c, j) => {
    if (!c.takenFor || said.has(c.label)) return;
    said.add(c.label);
    const said2 = c.byPlace
      ? byPlaceMessage(c.label, c.takenFor)
      : {
          th: `อ่านหัวคอลัมน์ได้ว่า "${c.label}" จึงถือเป็นคอลัมน์ "${c.takenFor}"`,
          en: `read the column header "${c.label}", taken as the column "${c.takenFor}"`,
        };
    warnings.add(order, { ...where, column: j + 1 }, 'column-name-guessed', said2.th, said2.en, c.label);
  });
}

/**
 * A header's second row of bare numbers over the month columns ("1" … "12": fiscal or calendar order
 * cannot be told, S26-10): said once at that row, as the ticks under it are no timeframe.
 */
export function unreadMonthRow(
  warnings: Warnings,
  order: number,
  where: Where,
  columns: readonly Column[],
  sub: readonly string[],
  merged: readonly unknown[],
): void {
  const numbers = unreadMonthNumbers(columns, sub, merged);
  if (numbers.length === 0) return;
  const quoted = numbers.join(' | ');
  warnings.add(
    order,
    where,
    'month-row-unread',
    `หัวตารางแถวนี้มีเลข "${quoted}" แทนชื่อเดือน จึงไม่รู้ว่าเลขใดคือเดือนใด (ต.ค. หรือ ม.ค.) เครื่องหมายในช่องเหล่านี้จึงไม่ได้เป็นระยะเวลาดำเนินการ และการติดตามผลจะติดตามทั้งปี กรุณาเขียนชื่อเดือน (เช่น "ต.ค.66") ในหัวตารางแล้วนำเข้าใหม่ หรือแก้เดือนเอง`,
    `this header row numbers the months "${quoted}" instead of naming them, so which number is which month (October or January) cannot be told: the marks under them are no timeframe and the follow-ups run all year. Name the months (e.g. "ต.ค.66") in the header and import again, or set the months by hand`,
    quoted,
  );
}
