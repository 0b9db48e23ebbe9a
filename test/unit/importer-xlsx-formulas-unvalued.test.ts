// Review 17 s12, S12-16: a workbook written by a program (openpyxl, pandas) and never opened in
// Excel holds formulas without their values. Those cells read as empty and the warnings blamed the
// plan (no unit, cannot be saved). Now one notice a sheet names the cells and says to open and
// save the file in Excel or LibreOffice first.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview } from '../support/plan-table-files.js';

/** The base plan, then `edit` on the sheet (rows: 1 title, 2 header, 3 i4, 4 i5, 5 i9). */
async function plan(edit: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  for (const r of [[TITLE.join('\n')], HEADER, M4, M5, M9]) ws.addRow(r);
  edit(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const notices = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'formula-without-value');

describe('formula cells without a saved value', () => {
  it('units looked up by formulas never computed: one notice names the cells and what to do', async () => {
    const r = await preview(
      await plan((ws) => {
        for (const [row, code] of [
          [3, 'FIN'],
          [4, 'CLK'],
          [5, 'ENG'],
        ] as const)
          ws.getCell(`E${row}`).value = {
            formula: `VLOOKUP("${code}",รหัส!$A$1:$B$3,2,FALSE)`,
          };
      }),
    );
    expect(measuresOf(r).map((m) => m.units)).toEqual([[], [], []]);
    const [w, ...more] = notices(r);
    expect(more).toEqual([]);
    expect(w!.where).toEqual({ sheet: 'แผน' });
    expect(w!.message_th).toContain('สูตรแต่ไม่มีค่าที่คำนวณไว้ ๓ เซลล์ (E3, E4, E5)');
    expect(w!.message_th).toContain('เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกอีกครั้ง');
    expect(w!.message_en).toContain('3 formula cells without a computed value (E3, E4, E5)');
    expect(w!.source).toBe('E3 =VLOOKUP("FIN",รหัส!$A$1:$B$3,2,FALSE)');
    // said first, before the warnings it explains
    expect(r.warnings[0]!.code).toBe('formula-without-value');
  });

  it('one follow-up cell built by a formula: the notice names that one cell', async () => {
    const r = await preview(
      await plan((ws) => {
        ws.getCell('D5').value = { formula: '"๑. สรุปผลประจำปี"' };
      }),
    );
    expect(r.plan.measures[2]!.followUps).toEqual([]);
    expect(notices(r).map((w) => w.message_th.match(/[๐-๙]+ เซลล์ \([^)]*\)/)?.[0])).toEqual(['๑ เซลล์ (D5)']);
  });

  it('more than ten cells: ten listed, then "…"', async () => {
    const r = await preview(
      await plan((ws) => {
        for (let row = 3; row <= 5; row++)
          for (const col of 'ABCD') ws.getCell(`${col}${row}`).value = { formula: '$G$1' };
      }),
    );
    expect(notices(r)[0]!.message_th).toContain('๑๒ เซลล์ (A3, B3, C3, D3, A4, B4, C4, D4, A5, B5 …)');
  });

  it('formulas with their saved values read as those values: no notice', async () => {
    const r = await preview(
      await plan((ws) => {
        ws.getCell('E3').value = {
          formula: 'VLOOKUP("FIN",รหัส!$A$1:$B$3,2,FALSE)',
          result: 'กองคลัง',
        };
      }),
    );
    expect(measuresOf(r)[0]!.units).toEqual(['finance']);
    expect(notices(r)).toEqual([]);
  });
});
