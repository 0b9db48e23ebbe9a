// Review 17 s9, entry 44: Excel date cells typed with the BE year ("1/10/2566" on a machine set to
// the Gregorian calendar stores the year 2566) read as "๑ ตุลาคม ๓๑๐๙": 543 added to a year that
// was BE already, silently. A stored year from 2400 is now read as BE, with one warning per sheet
// naming the first such cell and counting the others.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];
const measure = (indicator: string) => [
  `ตัวชี้วัดที่ ${indicator}\n๑. มาตรการหนึ่ง`,
  '๑. ประกาศ',
  'ตลอดปี',
  '๑. รายงานทุกเดือน',
  'กองคลัง',
];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function workbook(header: string[], rows: (string | Date)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow(header);
  for (const r of rows) {
    const row = ws.addRow(r);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'd mmmm yyyy';
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const preview = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};

describe('Excel date cells with a BE year', () => {
  it('reads start and end date columns as the BE dates typed, with one warning naming the first cell', async () => {
    const r = await preview(
      await workbook(
        [...HEADER, 'วันที่เริ่ม', 'วันที่สิ้นสุด'],
        [
          [...measure('๔'), utc(2566, 10, 1), utc(2567, 9, 30)],
          [...measure('๕'), utc(2566, 11, 15), utc(2567, 3, 31)],
        ],
      ),
    );
    expect(r.plan.measures.map((m) => (m.notes ?? []).map((n) => n.text))).toEqual([
      ['๑ ตุลาคม ๒๕๖๖', '๓๐ กันยายน ๒๕๖๗'],
      ['๑๕ พฤศจิกายน ๒๕๖๖', '๓๑ มีนาคม ๒๕๖๗'],
    ]);
    const warnings = r.warnings.filter((w) => w.code === 'date-year-be');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.where).toEqual({ sheet: 'แผน', row: 2, column: 6 });
    expect(warnings[0]!.message_th).toContain('ช่องวันที่ F2 และอีก ๓ ช่อง เก็บปีเป็น พ.ศ. อยู่แล้ว (ปี ๒๕๖๖');
    expect(warnings[0]!.message_th).toContain('"๑ ตุลาคม ๒๕๖๖"');
    expect(warnings[0]!.source).toBe('๑ ตุลาคม ๒๕๖๖');
  });

  it('reads a BE date in the timeframe column as that date', async () => {
    const r = await preview(
      await workbook(HEADER, [[...measure('๔').slice(0, 2), utc(2567, 3, 31), '๑. รายงานทุกเดือน', 'กองคลัง']]),
    );
    expect(r.plan.measures[0]!.timeframe).toBe('๓๑ มีนาคม ๒๕๖๗');
    const [w] = r.warnings.filter((x) => x.code === 'date-year-be');
    expect(w!.message_th).toContain('ช่องวันที่ C2 เก็บปีเป็น พ.ศ.');
    expect(w!.message_en).toContain('date cell C2 stores a BE year (2567');
  });

  it('still adds 543 to a date stored with its Christian-era year, with no warning', async () => {
    const r = await preview(await workbook([...HEADER, 'วันที่เริ่ม'], [[...measure('๔'), utc(2023, 10, 1)]]));
    expect(r.plan.measures[0]!.notes?.[0]?.text).toBe('๑ ตุลาคม ๒๕๖๖');
    expect(r.warnings.map((w) => w.code)).not.toContain('date-year-be');
  });
});
