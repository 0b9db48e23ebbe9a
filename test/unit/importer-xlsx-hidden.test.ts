// Hidden Excel sheets, rows and columns were imported (review 17 s9, entry 3): a coordinator sees
// only what the workbook shows. Hidden sheets (hidden, veryHidden), rows and columns are skipped,
// and a warning (Thai first) counts what was skipped, so nothing is lost silently.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const standard = readFileSync(new URL('../fixtures/plans/09-standard.xlsx', import.meta.url));
const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];
const MEASURE_7 = [
  'ตัวชี้วัดที่ ๗ การจัดซื้อจัดจ้าง\n๑. มาตรการเผยแพร่แผนจัดซื้อ',
  '๑. ประกาศแผน',
  'ตลอดปี',
  '๑. รายงานทุกเดือน',
  'กองช่าง',
];

/** 09-standard.xlsx (sheet แผน: header on row 4, measures 4, 5, 9 on rows 5-7) changed by `edit`. */
async function edited(edit: (wb: ExcelJS.Workbook, plan: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(standard as unknown as ArrayBuffer);
  edit(wb, wb.getWorksheet('แผน')!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const preview = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  return importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
};
const hiddenWarnings = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'hidden-content-skipped');

describe('hidden Excel content is not imported, and the preview says so', () => {
  it('a hidden row: its measure is skipped, with a warning counting the row', async () => {
    const r = await preview(await edited((_, plan) => (plan.getRow(6).hidden = true)));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    const [w, ...more] = hiddenWarnings(r);
    expect(more).toEqual([]);
    expect(w!.message_th).toMatch(/^แผ่นงาน แผน: แผ่นงานนี้มีแถวที่ซ่อนไว้ ๑ แถว \(แถว ๖\) ที่มีข้อความ จึงไม่ได้นำเข้า/);
    expect(w!.message_en).toContain('1 hidden row');
    expect(w!.where).toEqual({ sheet: 'แผน' });
    expect(w!.source).toContain('ตัวชี้วัดที่ ๕');
  });

  it.each([
    ['hidden', 'hidden'],
    ['very hidden (only a macro can show it)', 'veryHidden'],
  ] as const)('a %s sheet with its own plan table is skipped, with a warning naming it', async (_, state) => {
    const r = await preview(
      await edited((wb) => {
        const old = wb.addWorksheet('ร่างเก่า', { state });
        old.addRow(HEADER);
        old.addRow(MEASURE_7);
      }),
    );
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    const [w, ...more] = hiddenWarnings(r);
    expect(more).toEqual([]);
    expect(w!.message_th).toBe(
      'แผ่นงาน ร่างเก่า: แผ่นงานนี้ถูกซ่อนไว้ จึงไม่ได้นำเข้า (มีข้อความ ๒ แถว) หากต้องการนำเข้า ให้เลิกซ่อนแผ่นงานนั้นใน Excel แล้วนำเข้าใหม่',
    );
    expect(w!.where).toEqual({ sheet: 'ร่างเก่า' });
  });

  it('a hidden column is not read: its text is in no measure, with a warning counting the column', async () => {
    const r = await preview(
      await edited((_, plan) => {
        plan.getCell('G4').value = 'หมายเหตุภายใน';
        plan.getCell('G5').value = 'ข้อความที่ซ่อนไว้';
        plan.getColumn(7).hidden = true;
      }),
    );
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(JSON.stringify(r.plan)).not.toContain('ข้อความที่ซ่อนไว้');
    const [w, ...more] = hiddenWarnings(r);
    expect(more).toEqual([]);
    expect(w!.message_th).toMatch(/^แผ่นงาน แผน: แผ่นงานนี้มีคอลัมน์ที่ซ่อนไว้ ๑ คอลัมน์ \(G\)/);
  });

  it('a hidden column between visible ones: the columns after it keep their meaning', async () => {
    const r = await preview(
      await edited((_, plan) => {
        plan.spliceColumns(3, 0, ['', '', '', 'งบเดิม', 'กองช่าง ๕๐๐ บาท', 'งบเดิม', 'งบเดิม']);
        plan.getColumn(3).hidden = true;
      }),
    );
    expect(r.plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([
      [4, ['finance']],
      [5, ['clerk']],
      [9, ['engineering', 'education']],
    ]);
    expect(JSON.stringify(r.plan)).not.toContain('๕๐๐ บาท');
  });

  it('hidden rows and an empty hidden sheet: only rows with text are counted, an empty sheet is not told', async () => {
    const r = await preview(
      await edited((wb, plan) => {
        plan.getRow(3).hidden = true; // the empty row between title and header
        plan.getRow(5).hidden = true;
        plan.getRow(7).hidden = true;
        wb.addWorksheet('ว่าง', { state: 'hidden' });
      }),
    );
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([5]);
    const ws = hiddenWarnings(r);
    expect(ws.map((w) => w.message_th)).toEqual([
      expect.stringMatching(/^แผ่นงาน แผน: แผ่นงานนี้มีแถวที่ซ่อนไว้ ๒ แถว \(แถว ๕, ๗\) ที่มีข้อความ/),
    ]);
  });

  it('a unit cell merged over a hidden row and a shown one applies to the shown measure', async () => {
    const r = await preview(
      await edited((_, plan) => {
        plan.mergeCells('E5:E6');
        plan.getRow(5).hidden = true;
      }),
    );
    expect(r.plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([
      [5, ['finance']],
      [9, ['engineering', 'education']],
    ]);
  });

  it('a workbook with nothing hidden gives no such warning', async () => {
    expect(hiddenWarnings(await preview(new Uint8Array(standard)))).toEqual([]);
  });
});
