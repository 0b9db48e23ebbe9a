// Review 17 s25, S25-2: one sheet per unit, each sheet with its own title line over its own header.
// The title of every sheet after the first was read as a measure without indicator (with the first
// sheet's header, "has no header row"), and the same title on each sheet was joined into one measure
// of all their units: measures not in the document, blocking the save.
import { describe, expect, it } from 'vitest';
import { preview, type Preview, xlsx } from '../support/plan-table-files.js';

const HEAD = ['มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล'];
const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
const M1 = ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน'];
const M2 = ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ', 'เผยแพร่แผน', 'ตลอดปีงบประมาณ', 'รายงานผลทุกไตรมาส'];
const M4 = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'คู่มือยืมคืน', 'ตลอดปีงบประมาณ', 'รายงานผลทุก ๖ เดือน'];
const M6 = ['ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน', 'สำรวจ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน'];

/** Unit sheets, each its `titles(name)` lines, then the header, then its measure. */
const book = (titles: (name: string) => string[], names = ['สป.', 'กค.', 'กช.', 'กศ.']) =>
  xlsx(
    names.map((name, i) => ({
      name,
      rows: [...titles(name).map((t) => [t]), HEAD, [M1, M2, M4, M6][i]!],
    })),
  );

const indicators = (r: Preview) => r.plan.measures.map((m) => m.indicator);
const units = (r: Preview) => r.plan.measures.map((m) => m.responsible.unitIds);
const codes = (r: Preview) => r.warnings.map((w) => w.code);
const UNITS = [['clerk'], ['finance'], ['engineering'], ['education']];

describe('a unit sheet’s own title line over its own header is its title, no measure (S25-2)', () => {
  it('the title "… (กค.)" on every unit sheet is no measure: 4 measures, each its sheet’s unit’s', async () => {
    const result = await preview(await book((name) => [`${TITLE} (${name})`]));
    expect(indicators(result)).toEqual([1, 2, 4, 6]);
    expect(units(result)).toEqual(UNITS);
    expect(codes(result)).not.toContain('header-assumed');
    expect(codes(result)).not.toContain('cannot-save');
    expect(codes(result)).not.toContain('measure-joined');
    expect(result.plan.measures.map((m) => m.title).join('\n')).not.toContain('ประจำปีงบประมาณ');
  });

  it('the same title on every unit sheet is not joined into one measure of all the units', async () => {
    const result = await preview(await book(() => [TITLE]));
    expect(indicators(result)).toEqual([1, 2, 4, 6]);
    expect(units(result)).toEqual(UNITS);
    expect(codes(result)).not.toContain('measure-joined');
    expect(codes(result)).not.toContain('cannot-save');
  });

  it('a title with the unit’s full name on sheets named in full is no measure', async () => {
    const result = await preview(
      await book((name) => [`${TITLE} ${name}`], ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา']),
    );
    expect(indicators(result)).toEqual([1, 2, 4, 6]);
    expect(units(result)).toEqual(UNITS);
    expect(codes(result)).not.toContain('header-assumed');
    expect(codes(result)).not.toContain('cannot-save');
  });

  it('two title lines above each sheet’s header are no measures', async () => {
    const result = await preview(await book((name) => ['เทศบาลตำบลทดสอบ', `${TITLE} (${name})`]));
    expect(indicators(result)).toEqual([1, 2, 4, 6]);
    expect(units(result)).toEqual(UNITS);
    expect(codes(result)).not.toContain('header-assumed');
    expect(codes(result)).not.toContain('cannot-save');
  });
});
