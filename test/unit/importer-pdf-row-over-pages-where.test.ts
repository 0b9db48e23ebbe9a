// Review 17 s25, S25-12 (closing note s26): a table row the page break split goes on on the next
// page (or pages), yet its warnings named its first page only: the coordinator looked at page 4
// for a text on page 6. They now name every page the row is on ("หน้า ๑-๒ แถว ๓").
import { describe, expect, it } from 'vitest';
import { SHEET_HEADER, type SheetPage, previewPrinted, warningsOf } from '../support/sheet-pages-pdf.js';

const UNKNOWN = 'กองพัฒนาชุมชนและสวัสดิการพิเศษ';
/** measure 2's row split: its first part on one page, the rest (its units) on the next */
const sheet = (units: string) => [
  SHEET_HEADER,
  ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'],
  ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'เผยแพร่แผนการใช้จ่าย', 'ตลอดปีงบประมาณ', 'รายงานผลทุกไตรมาส', ''],
  ['', 'และรายงานผลการใช้จ่าย', '', '', units],
  ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือการยืมคืน', 'ตลอดปีงบประมาณ', 'รายงานผลทุก 6 เดือน', 'กองช่าง'],
];
/** the pages of a sheet of `count` rows cut before the rows `cuts` */
const pages = (count: number, ...cuts: number[]): SheetPage[] =>
  [0, ...cuts].map((from, i) => ({ rows: [from, cuts[i] ?? count], columns: [0, 5] }));

describe('a row split over pages: its warnings name every page it is on', () => {
  it('a unit not known, written on page 2 under measure 2 of page 1: "หน้า ๑-๒ แถว ๓"', async () => {
    const p = await previewPrinted(pages(5, 3), sheet(UNKNOWN));
    const [warning] = warningsOf(p, 'unknown-unit');
    expect(warning!.where).toMatchObject({ page: 1, toPage: 2, row: 3 });
    expect(warning!.message_th).toMatch(/^หน้า ๑-๒ แถว ๓/);
    expect(warning!.message_en).toMatch(/^pages 1-2, row 3/);
  });

  it('the row over three pages (a second continuation alone on page 3): "หน้า ๑-๓ แถว ๓"', async () => {
    const rows = sheet(UNKNOWN);
    const three = [...rows.slice(0, 4), ['', 'และติดตามผล', '', '', ''], rows[4]!];
    const p = await previewPrinted(pages(6, 3, 4), three);
    expect(warningsOf(p, 'unknown-unit')[0]!.message_th).toMatch(/^หน้า ๑-๓ แถว ๓/);
  });

  it('a row not split: its warning names its one page', async () => {
    const whole = sheet(UNKNOWN);
    whole[2]![4] = UNKNOWN;
    const p = await previewPrinted(pages(4, 3), [...whole.slice(0, 3), ...whole.slice(4)]);
    const [warning] = warningsOf(p, 'unknown-unit');
    expect(warning!.where).toEqual(expect.not.objectContaining({ toPage: expect.anything() }));
    expect(warning!.message_th).toMatch(/^หน้า ๑ แถว ๓/);
  });
});
