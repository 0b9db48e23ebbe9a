// Review 17 s26, S26-6: a follow-up note naming a unit that is not responsible for the measure is
// refused until fixed (cannot-save), and the message names the unit as the municipality calls it
// (before: its id, "engineering are not").
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const row = (measure: string, note: string, units: string) => [
  measure,
  'จัดทำประกาศ',
  'ตลอดปีงบประมาณ',
  `๑. รายงานผลทุกเดือน (หน่วยงานที่รายงาน: ${note})`,
  units,
];

describe('a follow-up reported by a unit not responsible for its measure (S26-6)', () => {
  it.each([
    ['กองช่าง', 'กองคลัง', 'กองช่าง'],
    ['กองช่าง, กองคลัง', 'กองคลัง', 'กองช่าง'],
    ['กองช่าง, สำนักปลัด', 'กองคลัง', 'กองช่าง, สำนักปลัดเทศบาล'],
  ])(
    'the note "%s" on a measure of %s: the unit kept on the follow-up, and the refusal names %s',
    async (note, units, named) => {
      const read = await preview(tsv([HEADER, row('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', note, units)]));
      const refused = read.warnings.filter((w) => w.code === 'cannot-save');
      expect(refused).toHaveLength(1);
      expect(refused[0]!.message_th).toContain(
        `หน่วยงานที่รายงานการติดตามผลข้อนี้ต้องเป็นหน่วยงานผู้รับผิดชอบของมาตรการ: ${named} ไม่ใช่`,
      );
      expect(refused[0]!.message_en).toContain(`for the measure: ${named} are not`);
      expect(read.plan.measures[0]!.followUps[0]!.unitIds).toContain('engineering');
    },
  );
});
