// Rows hidden by an AutoFilter were left out as deliberately hidden rows, with a notice to "unhide"
// them (review 17 s15, S15-10): a coordinator who filtered the plan by unit and saved the workbook
// so lost every other unit's measures. A filter is a view: its hidden rows are read, and one Thai
// notice names the filter and the rows; rows hidden by hand stay left out as before.
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
 * A sheet "แผน": title, header on row 3, i4 / i5 / i9 on rows 4-6, rows `hidden` hidden, with an
 * autoFilter over A3:E6 holding `filter` (the XML inside <autoFilter>, Excel's criteria).
 */
async function filteredSheet(hidden: readonly number[], filter: string, ref = 'A3:E6'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  for (const r of [[TITLE[0]!], [TITLE[1]!], HEADER, M4, M5, M9]) ws.addRow(r);
  for (const n of hidden) ws.getRow(n).hidden = true;
  ws.autoFilter = ref;
  const zip = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const path = Object.keys(zip).find((p) => p.startsWith('xl/worksheets/sheet'))!;
  const xml = strFromU8(zip[path]!);
  zip[path] = strToU8(xml.replace(/<autoFilter ref="([^"]*)"\/>/, `<autoFilter ref="$1">${filter}</autoFilter>`));
  return zipSync(zip);
}
const UNIT_FILTER =
  '<filterColumn colId="4"><filters><filter val="กองคลัง"/><filter val="กองคลัง &amp; กองช่าง"/></filters></filterColumn>';

const indicators = (r: Preview) => r.plan.measures.map((m) => m.indicator);
const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe('rows hidden by a sheet filter are imported, with a notice naming the filter', () => {
  it('a filter on the units column (E = กองคลัง): every measure, one Thai notice naming column, values and rows', async () => {
    const r = await preview(await filteredSheet([5, 6], UNIT_FILTER));
    expect(indicators(r)).toEqual([4, 5, 9]);
    expect(r.plan.measures[2]!.responsible.unitIds).toEqual(['engineering', 'education']);
    expect(codes(r)).not.toContain('hidden-content-skipped');
    const [w, ...more] = r.warnings.filter((x) => x.code === 'filtered-rows-read');
    expect(more).toEqual([]);
    expect(w!.where).toEqual({ sheet: 'แผน' });
    expect(w!.message_th).toBe(
      'แผ่นงาน แผน: แผ่นงานนี้กรองข้อมูลไว้ (ตัวกรองคอลัมน์ E: "กองคลัง", "กองคลัง & กองช่าง") จึงซ่อนแถว ๒ แถว (แถว ๕, ๖) ตัวกรองเป็นเพียงการแสดงผล ระบบจึงนำเข้าทุกแถวรวมทั้งแถวที่ถูกกรอง ตรวจว่ามาตรการครบและถูกต้อง (ใน Excel ดูทุกแถวได้ที่ ข้อมูล > ล้าง)',
    );
    expect(w!.message_en).toContain('hiding 2 rows (row 5, 6)');
  });

  it('a condition on the measure column (custom filter "contains ๔"): the hidden rows are read', async () => {
    const custom =
      '<filterColumn colId="0"><customFilters><customFilter operator="equal" val="*๔*"/></customFilters></filterColumn>';
    const r = await preview(await filteredSheet([5, 6], custom));
    expect(indicators(r)).toEqual([4, 5, 9]);
    expect(r.warnings.find((w) => w.code === 'filtered-rows-read')!.message_th).toContain('ตัวกรองคอลัมน์ A: = *๔*');
  });

  it('a filter over a range starting in column B names the column Excel shows', async () => {
    const onUnits = '<filterColumn colId="3"><filters><filter val="สำนักปลัด ทุกกองงาน"/></filters></filterColumn>';
    const r = await preview(await filteredSheet([4, 6], onUnits, 'B3:E6'));
    expect(indicators(r)).toEqual([4, 5, 9]);
    expect(r.warnings.find((w) => w.code === 'filtered-rows-read')!.message_th).toContain(
      'ตัวกรองคอลัมน์ E: "สำนักปลัด ทุกกองงาน") จึงซ่อนแถว ๒ แถว (แถว ๔, ๖)',
    );
  });
});

describe('rows hidden by hand stay left out', () => {
  it('filter buttons without criteria: hidden rows are deliberately hidden (left out, counted)', async () => {
    const r = await preview(await filteredSheet([5], ''));
    expect(indicators(r)).toEqual([4, 9]);
    expect(codes(r)).toContain('hidden-content-skipped');
    expect(codes(r)).not.toContain('filtered-rows-read');
  });

  it('a hidden row below the filtered range is left out while the filtered ones are read', async () => {
    const r = await preview(await filteredSheet([4, 6], UNIT_FILTER, 'A3:E5'));
    expect(indicators(r)).toEqual([4, 5]);
    expect(r.warnings.find((w) => w.code === 'filtered-rows-read')!.message_th).toContain('(แถว ๔)');
    expect(r.warnings.find((w) => w.code === 'hidden-content-skipped')!.message_th).toContain('(แถว ๖)');
  });
});

describe('rows hidden under filter buttons without criteria say how a filter is cleared (review 17 s17, S17-9)', () => {
  const said = (r: Preview) => r.warnings.find((w) => w.code === 'hidden-content-skipped')!;
  it.each([
    [[5], 'A3:E6', 'แถว ๕ อยู่ในช่วงของปุ่มตัวกรอง', 'row 5 under the sheet'],
    [[4, 6], 'A3:E6', 'แถว ๔, ๖ อยู่ในช่วงของปุ่มตัวกรอง', 'row 4, 6 under the sheet'],
    [[5, 6], 'A3:E5', 'แถว ๕ อยู่ในช่วงของปุ่มตัวกรอง', 'row 5 under the sheet'],
  ])(
    'rows %j hidden, buttons over %s: left out, and the warning names those under the buttons',
    async (hidden, ref, th, en) => {
      const r = await preview(await filteredSheet(hidden, '', ref));
      expect(r.plan.measures).toHaveLength(3 - hidden.length);
      expect(said(r).message_th).toContain(`(${th}: ถ้าซ่อนด้วยตัวกรอง ให้ล้างตัวกรองที่ ข้อมูล > ล้าง แล้วนำเข้าใหม่)`);
      expect(said(r).message_en).toContain(`(${en}'s filter buttons: if a filter hid them, clear it with Data > Clear`);
    },
  );

  it('a row hidden on a sheet without filter buttons is told as before, no word of a filter', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    for (const r of [[TITLE[0]!], [TITLE[1]!], HEADER, M4, M5, M9]) ws.addRow(r);
    ws.getRow(5).hidden = true;
    const r = await preview(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(said(r).message_th).not.toContain('ตัวกรอง');
  });
});
