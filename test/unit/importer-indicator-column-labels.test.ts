// Review 17 s9, entry 48. An indicator-number column headed anything but exactly "ตัวชี้วัด",
// "ตัวชี้วัดที่" or "ตัวชี้วัดITA" ("ตัวชี้วัด (ITA)", "ตัวชี้วัดการประเมิน ITA", "ตัวชี้วัดตามแบบ ITA",
// "ตัวชี้วัด ITA ที่", "ที่ตัวชี้วัด") was kept as a note: the measures lost their indicators. Such
// labels are the indicator column; a label naming ตัวชี้วัด/ITA in other words is too when its
// cells are all numbers 1-10.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf } from '../../shared/import/column-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const ROWS: [string, string][] = [
  ['๔', '๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง'],
  ['5', '๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ ๒. มาตรการจัดการเรื่องร้องเรียน\tเผยแพร่\tตลอดปี\tรายงานทุกไตรมาส\tสำนักปลัด'],
  ['๑๐', 'มาตรการป้องกันการทุจริต\tประชุม\tตลอดปี\tรายงานทุกเดือน\tกองช่าง'],
];
const table = (label: string, rows = ROWS) => [`${label}\t${HEADER}`, ...rows.map(([no, rest]) => `${no}\t${rest}`)];

describe('an indicator-number column under another wording gives the measures their indicators (entry 48)', () => {
  for (const label of [
    'ตัวชี้วัด (ITA)',
    'ตัวชี้วัดการประเมิน ITA',
    'ตัวชี้วัดตามแบบ ITA',
    'ตัวชี้วัด ITA ที่',
    'ที่ตัวชี้วัด',
    '(๑) ตัวชี้วัดตามเกณฑ์การประเมิน',
    'เลขตัวชี้วัด',
  ]) {
    it(`"${label}": indicators 4, 5, 10, no no-indicator warning, no note`, () => {
      const result = importText(table(label));
      expect(result.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 10]);
      expect(result.plan.measures.map((m) => m.title)).toEqual([
        'มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
        'มาตรการเผยแพร่ข้อมูลต่อสาธารณะ',
        'มาตรการป้องกันการทุจริต',
      ]);
      expect(result.plan.measures.every((m) => (m.notes ?? []).length === 0)).toBe(true);
      expect(result.warnings.map((w) => w.code)).toEqual([]);
      expect(columnOf(label).role).toBe('indicator');
    });
  }
});

describe('a column naming ตัวชี้วัด or ITA in other words is the indicator column when its cells are numbers 1-10 (entry 48)', () => {
  for (const label of ['ตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส', 'ข้อ ITA', 'ITA (ข้อ)']) {
    it(`"${label}" over ๔, 5, ๑๐: indicators 4, 5, 10`, () => {
      const result = importText(table(label));
      expect(result.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 10]);
      expect(result.plan.measures.every((m) => (m.notes ?? []).length === 0)).toBe(true);
      expect(result.warnings.filter((w) => w.code === 'no-indicator')).toEqual([]);
    });
  }

  it('not when one cell is other text, nor a success indicator ("ตัวชี้วัดความสำเร็จ") over numbers', () => {
    const mixed = importText(
      table('ตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส', [...ROWS.slice(0, 2), ['ร้อยละ ๘๐', ROWS[2]![1]] as [string, string]]),
    );
    expect(mixed.plan.measures.map((m) => m.indicator)).toEqual([null, null, null]);
    expect(mixed.plan.measures[0]!.notes).toEqual([{ label: 'ตัวชี้วัดการประเมินคุณธรรมและความโปร่งใส', text: '๔' }]);
    const success = importText(table('ตัวชี้วัดความสำเร็จ'));
    expect(success.plan.measures.map((m) => m.indicator)).toEqual([null, null, null]);
    expect(columnOf('ตัวชี้วัดความสำเร็จ').role).toBe('note');
  });
});
