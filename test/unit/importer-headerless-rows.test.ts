// Review 17 s12, S12-23: rows of measures without their header line (OCR dropped it, or only the
// rows were copied) gave "ไม่พบตารางมาตรการในเอกสาร" with no hint that measure rows were there.
// Rows of five cells that open with an indicator heading are read in the NACC form's column order,
// with a warning (Thai first) to check the columns; rows of another width are counted and named.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const ROWS = [M4, M5, M9];

describe('measure rows with no header line', () => {
  it.each([
    ['tab-separated text under the title lines', () => tsv([...TITLE.map((t) => [t]), ...ROWS])],
    ['a Word table of the rows only', () => docx(TITLE.map(wordParagraph).join('') + wordTable(ROWS))],
    [
      'a sheet of the rows only (trailing empty cells)',
      () => xlsx([{ name: 'แผน', rows: ROWS.map((r) => [...r, '']) }]),
    ],
  ])('%s: read in the NACC form’s column order, the columns to check', async (_, file) => {
    const r = await preview(await file());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => w.code)).not.toContain('no-measures');
    const said = r.warnings.filter((w) => w.code === 'header-assumed');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain(
      'ไม่พบหัวตาราง แต่พบ ๓ แถวที่ขึ้นต้นด้วย "ตัวชี้วัดที่" จึงอ่านแถวละ ๕ ช่องตามลำดับคอลัมน์ของแบบฟอร์ม ป.ป.ช.',
    );
    expect(said[0]!.source).toMatch(/^ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ/);
  });

  it('rows of four cells (a column missing): no measures, but the warning counts them and says what to do', async () => {
    const r = await preview(tsv(ROWS.map((m) => [m[0]!, m[1]!, m[3]!, m[4]!])));
    expect(r.plan.measures).toEqual([]);
    const said = r.warnings.filter((w) => w.code === 'no-measures');
    expect(said.map((w) => w.where)).toEqual([{ line: 1 }]);
    expect(said[0]!.message_th).toContain('พบ ๓ แถวที่ขึ้นต้นด้วย "ตัวชี้วัดที่" แต่ไม่พบหัวตาราง และจำนวนช่องไม่ตรงกับแบบฟอร์ม ป.ป.ช.');
  });

  it('a text with no indicator rows says only that no measures table was found', async () => {
    const r = await preview(tsv([['ข้อความ', 'อื่น', 'ไม่ใช่แผน']]));
    expect(r.warnings.map((w) => w.code)).toEqual(['no-measures']);
  });
});
