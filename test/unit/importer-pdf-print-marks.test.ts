// Tester s52: a sheet printed by LibreOffice Calc to a PDF without rules carries Calc's own page
// header, the sheet's name ("Sheet1", in Thai "แผ่นงาน1"), a line above the table, and its footer
// "Page 1" ("หน้า 1"). Atop a page whose rows go on from the page before, the header was read as a
// cell of the last row (a unit "Sheet1", a follow-up); near the table it was no margin line at all.
// Such print marks alone in a page's first or last line are the page's, however near the table.
import { describe, expect, it } from 'vitest';
import { type PdfPageSpec, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

/** column starts of a portrait-wide sheet: the page's centre (Calc's header) over the units column */
const XS = [30, 160, 260, 330, 420];
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const M4 = [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน'], ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานทุกเดือน'], ['กองคลัง']];
const M9 = [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง']];

/** page 1: the header and i4; page 2: i9; each page's margins `margin(n)` */
const twoPages = (margin: (n: number) => PdfPageSpec['texts']): PdfPageSpec[] => [
  { texts: [...margin(1), ...tableTexts(XS, [HEADER, M4], 70)] },
  { texts: [...margin(2), ...tableTexts(XS, [M9], 70)] },
];
const read = async (pages: PdfPageSpec[]) => {
  const r = await previewFile(await planPdf(pages));
  return {
    measures: r.plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.text), m.responsible.unitIds]),
    said: r.warnings.filter((w) => /Sheet|แผ่นงาน|Page|หน้า ?[0-9]/.test(w.message_th)).map((w) => w.message_th),
  };
};
const AS_WRITTEN = [
  [4, ['รายงานทุกเดือน'], ['finance']],
  [9, ['สรุปผลประจำปี'], ['engineering']],
];

describe("Calc's page header and footer printed round a table without rules", () => {
  it.each([
    ['"Sheet1" over the units column, 15 pt above the table on each page', 'Sheet1', 420, 55],
    ['"แผ่นงาน1" over the follow-up column, 15 pt above the table on each page', 'แผ่นงาน1', 330, 55],
  ])('%s: no unit nor follow-up of it', async (_, name, x, y) => {
    expect(await read(twoPages(() => [{ x, y, text: name }]))).toEqual({ measures: AS_WRITTEN, said: [] });
  });

  it('"Sheet2" atop page 2 only (page 1 titled), far above its rows: no unit of the row going on', async () => {
    const pages = twoPages((n) =>
      n === 1 ? [{ x: 30, y: 40, text: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส' }] : [{ x: 420, y: 25, text: 'Sheet2' }],
    );
    expect(await read(pages)).toEqual({ measures: AS_WRITTEN, said: [] });
  });

  it('"Page 1" and "หน้า 2" 15 pt under the last row of each page', async () => {
    const pages = twoPages(() => []);
    pages[0]!.texts.push({ x: 420, y: 70 + 2 * 22 + 15, text: 'Page 1' });
    pages[1]!.texts.push({ x: 420, y: 70 + 22 + 15, text: 'หน้า 2' });
    expect(await read(pages)).toEqual({ measures: AS_WRITTEN, said: [] });
  });
});
