// Dates computed by a formula ("=DATE(2023,10,1)", "=C2+182", a shared formula) read as an empty
// cell: exceljs gives a formula cell's cached result, and a date result was taken for "no plan
// text". Such a cell now reads as the date the sheet shows, like a typed date.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { preview } from '../support/plan-table-files.js';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function sheet(rows: { timeframe: ExcelJS.CellValue; extra?: ExcelJS.CellValue; indicator: string }[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow([...HEADER, 'วันที่สิ้นสุด']);
  rows.forEach((r, i) => {
    ws.addRow([`ตัวชี้วัดที่ ${r.indicator}`, '๑. ประกาศ', null, '๑. รายงานทุกเดือน', 'กองคลัง', null]);
    for (const [col, value] of [
      ['C', r.timeframe],
      ['F', r.extra ?? null],
    ] as const) {
      const cell = ws.getCell(`${col}${i + 2}`);
      cell.value = value;
      cell.numFmt = 'd mmmm yyyy';
    }
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('Excel dates computed by a formula', () => {
  it('a timeframe "=DATE(2023,10,1)" reads as ๑ ตุลาคม ๒๕๖๖', async () => {
    const r = await preview(
      await sheet([{ indicator: '๔', timeframe: { formula: 'DATE(2023,10,1)', result: utc(2023, 10, 1) } }]),
    );
    expect(r.plan.measures[0]!.timeframe).toBe('๑ ตุลาคม ๒๕๖๖');
  });

  it('an end date "=C2+182" in an extra column is kept as its note, as the sheet shows it', async () => {
    const r = await preview(
      await sheet([
        {
          indicator: '๕',
          timeframe: utc(2023, 10, 1),
          extra: { formula: 'C2+182', result: utc(2024, 3, 31) },
        },
      ]),
    );
    expect(r.plan.measures[0]!.timeframe).toBe('๑ ตุลาคม ๒๕๖๖');
    expect(r.plan.measures[0]!.notes).toEqual([{ label: 'วันที่สิ้นสุด', text: '๓๑ มีนาคม ๒๕๖๗' }]);
  });

  it('a shared formula filled down gives each row its own date', async () => {
    const r = await preview(
      await sheet([
        { indicator: '๔', timeframe: { formula: 'DATE(2023,11,1)', result: utc(2023, 11, 1) } },
        { indicator: '๙', timeframe: { sharedFormula: 'C2', result: utc(2023, 12, 1) } },
      ]),
    );
    expect(r.plan.measures.map((m) => m.timeframe)).toEqual(['๑ พฤศจิกายน ๒๕๖๖', '๑ ธันวาคม ๒๕๖๖']);
  });
});
