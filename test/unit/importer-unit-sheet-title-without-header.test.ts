// Session 25's leftover (S23-4/5, S25-2): one sheet per unit, the header typed on the first sheet
// only, each later sheet with a title line over its rows. The title line was read as a measure of
// the sheet's unit (no indicator, no follow-up: "cannot be saved"). It is the sheet's title: the
// rows read with the first sheet's header and the sheet's unit, and header-assumed says so.
import { describe, expect, it } from 'vitest';
import { preview, type Preview, xlsx } from '../support/plan-table-files.js';

const HEAD = ['มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล'];
const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
const M1 = ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน'];
const M2 = ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ', 'เผยแพร่แผน', 'ตลอดปีงบประมาณ', 'รายงานผลทุกไตรมาส'];
const M4 = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'คู่มือยืมคืน', 'ตลอดปีงบประมาณ', 'รายงานผลทุก ๖ เดือน'];

const indicators = (r: Preview) => r.plan.measures.map((m) => m.indicator);
const units = (r: Preview) => r.plan.measures.map((m) => m.responsible.unitIds);
const codes = (r: Preview) => r.warnings.map((w) => w.code);
const assumed = (r: Preview) => r.warnings.filter((w) => w.code === 'header-assumed');

/** sheet สป. with its title and header, then กค. and กช. with `top(name)` lines over their rows */
const book = (top: (name: string) => (string | null)[][], merges: (name: string) => string[] = () => []) =>
  xlsx([
    { name: 'สป.', rows: [[`${TITLE} (สป.)`], HEAD, M1] },
    ...(['กค.', 'กช.'] as const).map((name, i) => ({
      name,
      rows: [...top(name), [M2, M4][i]!],
      merges: merges(name),
    })),
  ]);

describe('a unit sheet with a title line and no header of its own', () => {
  it('its title line is no measure: the rows read with the first sheet’s header and the sheet’s unit, said', async () => {
    const r = await preview(await book((name) => [[`${TITLE} (${name})`]]));
    expect(indicators(r)).toEqual([1, 2, 4]);
    expect(units(r)).toEqual([['clerk'], ['finance'], ['engineering']]);
    expect(codes(r)).not.toContain('cannot-save');
    expect(codes(r)).not.toContain('no-indicator');
    expect(assumed(r).map((w) => w.where)).toEqual([
      { sheet: 'กค.', row: 1 },
      { sheet: 'กช.', row: 1 },
    ]);
    expect(assumed(r)[0]!.message_th).toContain(`บรรทัดแรก "${TITLE} (กค.)" ถือเป็นชื่อเรื่องของแผ่นงาน ไม่ใช่มาตรการ`);
    expect(assumed(r)[0]!.message_en).toContain('read with the header of sheet "สป."');
    expect(assumed(r)[0]!.message_en).toContain("is taken as the sheet's title, no measure");
  });

  it('two title lines (the municipality, the plan) are no measures', async () => {
    const r = await preview(await book((name) => [['เทศบาลตำบลทดสอบ'], [`${TITLE} (${name})`]]));
    expect(indicators(r)).toEqual([1, 2, 4]);
    expect(units(r)).toEqual([['clerk'], ['finance'], ['engineering']]);
    expect(codes(r)).not.toContain('cannot-save');
  });

  it('a title merged across the row is no measure', async () => {
    const r = await preview(
      await book(
        (name) => [[`${TITLE} (${name})`, null, null, null]],
        () => ['A1:D1'],
      ),
    );
    expect(indicators(r)).toEqual([1, 2, 4]);
    expect(codes(r)).not.toContain('cannot-save');
  });

  it('an indicator heading line at the sheet’s top stays the heading of the measures under it', async () => {
    const r = await preview(
      await book((name) =>
        name === 'กค.'
          ? [['ตัวชี้วัดที่ ๓ การใช้อำนาจ'], ['มาตรการตรวจสอบการใช้ดุลพินิจ', 'ตรวจสอบ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน']]
          : [],
      ),
    );
    expect(indicators(r)).toEqual([1, 3, 2, 4]);
    expect(units(r)).toEqual([['clerk'], ['finance'], ['finance'], ['engineering']]);
    expect(codes(r)).not.toContain('cannot-save');
    expect(assumed(r)[0]!.message_en).not.toContain('title');
  });
});
