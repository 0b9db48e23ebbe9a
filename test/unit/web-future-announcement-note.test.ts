// s48 P3: an announcement day after today was taken without a word. A plan may be announced ahead
// and signed on that day, so the API still accepts it; the documents screen says so beside the field
// (futureAnnouncementNote), only for a day the API accepts (within the fiscal year's window).
import { describe, expect, it } from 'vitest';
import { futureAnnouncementNote } from '../../web/src/due-notes.js';

const NOTE = (day: string) =>
  `วันที่ประกาศอยู่หลังวันนี้: เอกสารจะพิมพ์ "ประกาศ ณ วันที่ ${day}" ไว้ล่วงหน้า ให้ลงนามในวันนั้น หากไม่ใช่ กรุณาแก้วันที่ก่อนจัดทำ`;

describe('the note beside an announcement day after today', () => {
  it.each([
    ['the day after today', '2022-10-04', '2022-10-03', 'NOTE ๔ ตุลาคม ๒๕๖๕'],
    ['a day in the next BE year', '2023-01-16', '2022-12-20', 'NOTE ๑๖ มกราคม ๒๕๖๖'],
    ['the window’s last day', '2023-09-30', '2023-03-01', 'NOTE ๓๐ กันยายน ๒๕๖๖'],
  ])('%s: said, with the day as printed', (_n, day, today, expected) => {
    expect(futureAnnouncementNote(day, today, 2566)).toBe(NOTE(expected.slice(5)));
  });

  it.each([
    ['today', '2022-10-03', '2022-10-03'],
    ['a day before today', '2022-10-01', '2022-10-03'],
    ['no day (dotted, by hand)', '', '2022-10-03'],
    ['after the window (the API refuses it, with its own message)', '2023-10-01', '2022-10-03'],
  ])('%s: nothing', (_n, day, today) => {
    expect(futureAnnouncementNote(day, today, 2566)).toBe('');
  });
});
