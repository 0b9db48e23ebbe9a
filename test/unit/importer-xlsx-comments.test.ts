// Excel cell comments (notes) were dropped without a word (review 17 s14, S14-2's "also"): a
// reviewer's "ยกเลิกมาตรการนี้ ตามมติที่ประชุม" on a measure, or "เปลี่ยนเป็นกองช่าง…" on its units,
// never reached the coordinator. Each note is now quoted in a Thai warning at its row; the plan's
// text is read as before.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview, type Preview } from '../support/plan-table-files.js';

/** The three base measures on sheet "แผน" (header row 3, measures rows 4-6), `notes` by cell address. */
async function withNotes(notes: Record<string, string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  for (const r of [[TITLE[0]!], [TITLE[1]!], HEADER, M4, M5, M9]) ws.addRow(r);
  for (const [address, note] of Object.entries(notes)) ws.getCell(address).note = note;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const told = (r: Preview) => r.warnings.filter((w) => w.code === 'cell-comment-unread');

describe('an Excel cell comment is quoted at its row, the plan read as before', () => {
  it('notes on a measure cell and on a units cell: two Thai warnings naming the cell, in row order', async () => {
    const r = await preview(await withNotes({ E4: 'เปลี่ยนเป็นกองช่างตามคำสั่งที่ ๑๒/๒๕๖๗', A6: 'ยกเลิกมาตรการนี้ ตามมติที่ประชุม' }));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(told(r).map((w) => [w.where, w.message_th])).toEqual([
      [
        { sheet: 'แผน', row: 4 },
        'แผ่นงาน แผน แถว ๔: ช่อง E4 มีความคิดเห็น (Comment/Note) ว่า "เปลี่ยนเป็นกองช่างตามคำสั่งที่ ๑๒/๒๕๖๗" ความคิดเห็นไม่ใช่ข้อความของแผน จึงไม่ได้นำเข้า กรุณาอ่าน แล้วแก้มาตรการตามนั้นถ้าจำเป็น (เช่น ยกเลิกมาตรการ หรือเปลี่ยนหน่วยงาน)',
      ],
      [
        { sheet: 'แผน', row: 6 },
        'แผ่นงาน แผน แถว ๖: ช่อง A6 มีความคิดเห็น (Comment/Note) ว่า "ยกเลิกมาตรการนี้ ตามมติที่ประชุม" ความคิดเห็นไม่ใช่ข้อความของแผน จึงไม่ได้นำเข้า กรุณาอ่าน แล้วแก้มาตรการตามนั้นถ้าจำเป็น (เช่น ยกเลิกมาตรการ หรือเปลี่ยนหน่วยงาน)',
      ],
    ]);
    expect(told(r)[0]!.message_en).toContain('cell E4 has a comment (note)');
  });

  it('notes written with absolute part names (openpyxl, pandas) are read too', async () => {
    const zip = unzipSync(await withNotes({ C5: 'ขยายเวลาถึงธันวาคม' }));
    for (const path of Object.keys(zip).filter((p) => p.startsWith('xl/worksheets/_rels/'))) {
      zip[path] = strToU8(strFromU8(zip[path]!).replace(/Target="\.\.\//g, 'Target="/xl/'));
    }
    const r = await preview(zipSync(zip));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(told(r).map((w) => w.source)).toEqual(['ขยายเวลาถึงธันวาคม']);
  });

  it('past 20 notes in a workbook, one more warning counts the rest', async () => {
    const notes = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`G${i + 1}`, `ข้อสังเกต ${i + 1}`]));
    const r = await preview(await withNotes(notes));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(told(r)).toHaveLength(21);
    const more = told(r).filter((w) => w.message_th.includes('และมีความคิดเห็นในช่องอื่นอีก ๕ รายการที่ไม่ได้นำเข้า'));
    expect(more.map((w) => w.where)).toEqual([{ sheet: 'แผน' }]);
  });
});
