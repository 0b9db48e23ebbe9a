// Review 17 s9, entry 22: sara am as PDFs give it back in other shapes than U+0E4D U+0E32: aa before
// nikhahit ("สาํนักปลัด"), a space between ("สํ านักปลัด"), or lost to a space as pdftotext gives
// many Word PDFs ("ส านักปลัด", "ประจ าเดือน"): the lead unit and the monthly cadence were lost.
import { describe, expect, it } from 'vitest';
import { normaliseThai } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

const AM = '\u0e33';
const shapes: [string, (before: string, after: string) => string][] = [
  ['aa before nikhahit', (b, a) => `${b}\u0e32\u0e4d${a}`],
  ['nikhahit, a space, aa', (b, a) => `${b}\u0e4d \u0e32${a}`],
  ['a space for sara am', (b, a) => `${b} \u0e32${a}`],
  ['a space before sara am', (b, a) => `${b} \u0e33${a}`],
];

describe('sara am in the shapes PDFs give it back', () => {
  for (const [shape, write] of shapes) {
    it(`reads ${shape} as sara am (สำนักปลัด, ประจำเดือน, ดำเนินการ, น้ำ)`, () => {
      expect(normaliseThai(write('ส', 'นักปลัด'))).toBe(`ส${AM}นักปลัด`);
      expect(normaliseThai(write('ประจ', 'เดือน'))).toBe(`ประจ${AM}เดือน`);
      expect(normaliseThai(write('ด', 'เนินการ'))).toBe(`ด${AM}เนินการ`);
      expect(normaliseThai(write('น\u0e49', ''))).toBe(`น\u0e49${AM}`);
    });

    it(`keeps the lead unit and the monthly cadence with ${shape}`, () => {
      const result = importRows([
        'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
        `๑. ${write('ด', 'เนินการ')}ตามแผน`,
        'ตลอดปี',
        `๑. รายงานผล${write('ประจ', 'เดือน')}`,
        `${write('ส', 'นักปลัด')} ทุกกองงาน`,
      ]);
      const m = result.plan.measures[0]!;
      expect(m.responsible).toMatchObject({ allUnits: true, leadUnitId: 'clerk' });
      expect(m.followUps[0]!.cadence).toBe('monthly');
      expect(m.methods).toEqual([`ด${AM}เนินการตามแผน`]);
      expect(result.warnings).toEqual([]);
    });
  }

  it('leaves text without a broken sara am as it is (spaces between words, sara aa after a consonant)', () => {
    for (const text of ['กองคลัง กองช่าง', 'นายกเทศมนตรี ตามที่ได้รับมอบหมาย', 'ราชการ ๑. า']) {
      expect(normaliseThai(text)).toBe(text);
    }
  });
});
