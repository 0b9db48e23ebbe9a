// Review 17 s14, S14-9: a "กำหนดส่งรายงาน" column of date cells was kept as a note and each follow-up
// became "no cadence: annual", due 30 September, though the row said 31 March. A date in a reporting
// schedule column is now the deadline of the row's follow-ups that name no cadence.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument, importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const run = { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS };

async function workbook(label: string, dates: (Date | string)[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  ws.addRow(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', label, 'ผู้รับผิดชอบ']);
  const rows = [
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', 'จัดทำคู่มือและรายงานผลต่อนายกเทศมนตรี', 'กองคลัง'],
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์', 'ตลอดปี', 'สรุปผลการดำเนินงาน', 'สำนักปลัด'],
    ['ตัวชี้วัดที่ ๕ การใช้อำนาจ', 'ประกาศ', 'ตลอดปี', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
  ];
  rows.forEach((r, i) => {
    const row = ws.addRow([...r.slice(0, 4), dates[i] ?? '', r[4]]);
    const cell = row.getCell(5);
    if (cell.value instanceof Date) cell.numFmt = 'd mmmm yyyy';
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const preview = async (bytes: Uint8Array) => importSourceDocument((await readPlanFile(bytes)).document, run);

describe('a due-date column of Excel date cells', () => {
  it('gives the follow-ups that name no cadence their due date, said at the cell', async () => {
    const r = await preview(await workbook('กำหนดส่งรายงาน', [utc(2024, 3, 31), utc(2024, 9, 30), utc(2024, 6, 30)]));
    const followUps = r.plan.measures.map((m) => m.followUps.map((f) => [f.cadence, f.dueDate ?? null]));
    // the third names its own cadence: the column does not change it
    expect(followUps).toEqual([[['once', '2024-03-31']], [['once', '2024-09-30']], [['quarterly', null]]]);
    expect(r.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
    const w = r.warnings.find((x) => x.code === 'cadence-guessed' && x.measureId === 'i4')!;
    expect(w.message_th).toContain('คอลัมน์ "กำหนดส่งรายงาน" ระบุ "๓๑ มีนาคม ๒๕๖๗" มีกำหนดส่ง ๓๑ มีนาคม ๒๕๖๗');
    expect(w.message_en).toContain('the column "กำหนดส่งรายงาน" says');
  });

  it('reads a written date under "วันที่ส่งรายงาน", and one outside the year with its own warning', async () => {
    const r = await preview(await workbook('วันที่ส่งรายงาน', ['31/03/2567', 'ภายใน ๓๐ ก.ย. ๖๖']));
    expect(r.plan.measures[0]!.followUps[0]).toMatchObject({ cadence: 'once', dueDate: '2024-03-31' });
    expect(r.plan.measures[1]!.followUps[0]!.cadence).toBe('unspecified');
    const w = r.warnings.find((x) => x.code === 'unspecified-cadence' && x.measureId === 'i9')!;
    expect(w.message_th).toContain(
      'คอลัมน์ "วันที่ส่งรายงาน" ระบุ "ภายใน ๓๐ ก.ย. ๖๖" มีกำหนดส่ง ๓๐ กันยายน ๒๕๖๖ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ ๒๕๖๗',
    );
  });
});

describe('a due-date column of written dates (session 27, s27-d)', () => {
  it('"ก่อนเดือนมีนาคม 2567" is due before March begins, and "2024/06/30" (year first) on 30 June', async () => {
    const r = await preview(await workbook('กำหนดส่งรายงาน', ['ก่อนเดือนมีนาคม 2567', '2024/06/30']));
    expect(r.plan.measures.slice(0, 2).map((m) => m.followUps.map((f) => [f.cadence, f.dueDate ?? null]))).toEqual([
      [['once', '2024-02-29']],
      [['once', '2024-06-30']],
    ]);
  });
});

describe('a due-date column in a text plan', () => {
  it('makes a date just after the year the year-end report', () => {
    const text = [
      'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tกำหนดวันส่งรายงาน\tผู้รับผิดชอบ',
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tตลอดปี\tสรุปผลการดำเนินงาน\t๓๑ ตุลาคม ๒๕๖๗\tสำนักปลัด',
    ].join('\n');
    const r = importMeasuresDocument(text, run);
    expect(r.plan.measures[0]!.followUps[0]!.cadence).toBe('annual');
    expect(r.warnings.find((w) => w.code === 'cadence-guessed')!.message_th).toContain('ซึ่งอยู่หลังสิ้นปีงบประมาณ ๒๕๖๗');
  });
});
