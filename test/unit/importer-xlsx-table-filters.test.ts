// Rows hidden by an Excel table's filter (Insert > Table: a ListObject, its criteria in
// xl/tables/tableN.xml's <autoFilter>) were left out as rows hidden on purpose (review 17 s17, S17-9):
// a coordinator who filtered the table to one unit and saved lost every other unit's measures. A
// table's filter is now a view as a sheet's is: its hidden rows are read, with one notice naming it.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEADER, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { preview, type Preview } from '../support/plan-table-files.js';

const M4 = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
  '๑. จัดทำคู่มือการยืมคืนพัสดุ',
  'ตลอดปีงบประมาณ',
  '๑. รายงานผลต่อที่ประชุมทุกเดือน',
  'กองคลัง',
];

/**
 * A sheet "แผน": the title on rows 1-2, an Excel table over A3:E6 (header, i4, i5, i9) as exceljs
 * writes one, rows `hidden` hidden, and `filter` (Excel's criteria) inside the table's <autoFilter>.
 */
async function tableSheet(hidden: readonly number[], filter: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow([TITLE[0]!]);
  ws.addRow([TITLE[1]!]);
  ws.addTable({
    name: 'Plan',
    ref: 'A3',
    headerRow: true,
    columns: HEADER.map((name) => ({ name, filterButton: true })),
    rows: [M4, M5, M9],
  });
  for (const n of hidden) ws.getRow(n).hidden = true;
  const zip = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const path = Object.keys(zip).find((p) => /^xl\/tables\/table\d+\.xml$/.test(p))!;
  const xml = strFromU8(zip[path]!);
  // exceljs writes the buttons (<filterColumn colId="4" hiddenButton="0"/>, no criteria); Excel
  // writes the filtered column's criteria in its place
  const colId = /colId="(\d+)"/.exec(filter)?.[1];
  const button = new RegExp(`<filterColumn colId="${colId}"[^>]*/>`);
  const withFilter = colId === undefined ? xml : xml.replace(button, filter);
  if (colId !== undefined) expect(withFilter).not.toBe(xml);
  zip[path] = strToU8(withFilter);
  return zipSync(zip);
}
const UNIT_FILTER = '<filterColumn colId="4"><filters><filter val="กองคลัง"/></filters></filterColumn>';

const indicators = (r: Preview) => r.plan.measures.map((m) => m.indicator);
const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe("rows hidden by an Excel table's filter are imported, as a sheet filter's are", () => {
  it('a table filtered on its units column (E = กองคลัง): every measure, one notice naming the filter and rows', async () => {
    const r = await preview(await tableSheet([5, 6], UNIT_FILTER));
    expect(indicators(r)).toEqual([4, 5, 9]);
    expect(codes(r)).not.toContain('hidden-content-skipped');
    const notices = r.warnings.filter((w) => w.code === 'filtered-rows-read');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message_th).toContain('ตัวกรองคอลัมน์ E: "กองคลัง"');
    expect(notices[0]!.message_th).toContain('(แถว ๕, ๖)');
  });

  it('a condition on the measure column (custom filter): the hidden row is read', async () => {
    const custom =
      '<filterColumn colId="0"><customFilters><customFilter operator="equal" val="*๔*"/></customFilters></filterColumn>';
    const r = await preview(await tableSheet([6], custom));
    expect(indicators(r)).toEqual([4, 5, 9]);
    expect(r.warnings.find((w) => w.code === 'filtered-rows-read')!.message_th).toContain('ตัวกรองคอลัมน์ A: = *๔*');
  });

  it('a value list on the follow-ups column (D): the two hidden rows are read', async () => {
    const values =
      '<filterColumn colId="3"><filters><filter val="๑. รายงานผลต่อที่ประชุมทุกเดือน"/></filters></filterColumn>';
    const r = await preview(await tableSheet([5, 6], values));
    expect(indicators(r)).toEqual([4, 5, 9]);
    expect(codes(r)).toContain('filtered-rows-read');
  });

  it('a table with filter buttons and no criteria filters nothing: rows hidden under it are hidden by hand', async () => {
    const r = await preview(await tableSheet([6], ''));
    expect(indicators(r)).toEqual([4, 5]);
    expect(codes(r)).toContain('hidden-content-skipped');
    expect(codes(r)).not.toContain('filtered-rows-read');
  });
});
