// Review 17 s13, S13-12: in a sheet with hidden columns, warnings named the column by its place
// among the visible ones ("คอลัมน์ ๔" for Excel's E when A is hidden): the coordinator was sent to
// the wrong column. A sheet's column is now Excel's, by its letters ("คอลัมน์ E"); rows were
// Excel's row numbers already, hidden rows or not.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, TITLE } from '../support/base-plan-rows.js';
import { preview } from '../support/plan-table-files.js';

const M9_NO_CADENCE = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปี', 'รายงานผลต่อผู้บริหาร', 'กองช่าง'];

/** A sheet แผน: title, header, M4, M5, i9 without a cadence, starting at column `from` (1 = A); `hide` columns and rows. */
async function book(from: number, hide: { columns?: number[]; rows?: number[]; code?: boolean } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  const pad = (cells: readonly string[]) => [...Array<string>(from - 1).fill(''), ...cells];
  const rows = [[TITLE[0]!], HEADER, M4, M5, M9_NO_CADENCE];
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    pad(r).forEach((c, j) => {
      if (c) row.getCell(j + 1).value = c;
    });
    // a code in each hidden column, as a hidden ID column has
    for (const c of hide.columns ?? []) if (hide.code !== false && i > 1) row.getCell(c).value = `ID-${i}`;
  });
  for (const c of hide.columns ?? []) ws.getColumn(c).hidden = true;
  for (const r of hide.rows ?? []) {
    ws.spliceRows(r, 0, ['แถวซ่อน', 'ข้อความเก่า']);
    ws.getRow(r).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const cadenceWarning = async (bytes: Uint8Array) => {
  const r = await preview(bytes);
  expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
  return r.warnings.find((w) => w.code === 'unspecified-cadence')!;
};

describe("a sheet's warnings name Excel's column and row, hidden ones counted", () => {
  it('hidden column A (an ID column), the plan in B:F: the follow-up is column E', async () => {
    const w = await cadenceWarning(await book(2, { columns: [1] }));
    expect(w.where).toEqual({ sheet: 'แผน', row: 5, column: 5 });
    expect(w.message_th).toMatch(/^แผ่นงาน แผน แถว ๕ คอลัมน์ E: /);
    expect(w.message_en).toMatch(/^sheet แผน, row 5, column E: /);
  });

  it('a hidden column inside the table (B, between the measure and its methods): the follow-up is column E', async () => {
    const wb = await book(1, { columns: [], code: false });
    // the same table with an empty hidden column inserted at C
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(wb as unknown as ArrayBuffer);
    const ws = read.getWorksheet('แผน')!;
    ws.spliceColumns(2, 0, ['', '', 'รหัสเก่า', 'X1', 'X2']);
    ws.getColumn(2).hidden = true;
    const w = await cadenceWarning(new Uint8Array(await read.xlsx.writeBuffer()));
    expect(w.where).toMatchObject({ sheet: 'แผน', row: 5, column: 5 });
    expect(w.message_th).toMatch(/^แผ่นงาน แผน แถว ๕ คอลัมน์ E: /);
  });

  it("nothing hidden, the plan from column C: the column is still Excel's, by its letter", async () => {
    const w = await cadenceWarning(await book(3));
    expect(w.where).toEqual({ sheet: 'แผน', row: 5, column: 6 });
    expect(w.message_th).toMatch(/^แผ่นงาน แผน แถว ๕ คอลัมน์ F: /);
  });

  it("a hidden row above the measures and hidden columns A-B: row and column are Excel's", async () => {
    const w = await cadenceWarning(await book(3, { columns: [1, 2], rows: [3] }));
    expect(w.where).toEqual({ sheet: 'แผน', row: 6, column: 6 });
    expect(w.message_th).toMatch(/^แผ่นงาน แผน แถว ๖ คอลัมน์ F: /);
  });
});
