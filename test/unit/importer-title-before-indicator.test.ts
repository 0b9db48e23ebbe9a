// Review 17 s15, S15-4: a measure's own name written before "ตัวชี้วัดที่ N" ("มาตรการ… (ตัวชี้วัดที่ ๔)",
// "มาตรการ… ตามตัวชี้วัดที่ ๙") was thrown away: the title became the catalog name and the name was in
// no field. And the NACC template's first column "ประเด็นที่ต้องพัฒนา/แก้ไข" holding "(ตัวชี้วัดที่ ๔)"
// or an indicator's catalog name was only a note: every measure had no indicator, "not found".
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { importRows } from '../support/import-rows.js';

describe("a measure's own name before its indicator label", () => {
  const cases: [string, number, string, string[]][] = [
    [
      'มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ตัวชี้วัดที่ ๔)',
      4,
      'มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
      [],
    ],
    ['มาตรการเปิดเผยข้อมูลสาธารณะ ตามตัวชี้วัดที่ ๙', 9, 'มาตรการเปิดเผยข้อมูลสาธารณะ', []],
    [
      'มาตรการจัดการเรื่องร้องเรียน เชื่อมโยงกับตัวชี้วัดที่ ๕ ๑. ตั้งศูนย์รับเรื่อง ๒. รายงานผล',
      5,
      'มาตรการจัดการเรื่องร้องเรียน',
      ['ตั้งศูนย์รับเรื่อง', 'รายงานผล'],
    ],
    ['๒. มาตรการกำกับติดตามการใช้รถราชการ - ตัวชี้วัดที่ 4', 4, 'มาตรการกำกับติดตามการใช้รถราชการ', []],
  ];
  for (const [cell, indicator, title, subMeasures] of cases) {
    it(`keeps "${title}" as the title of indicator ${indicator}`, () => {
      const heading = parseIndicatorHeading(cell);
      expect(heading).toMatchObject({ indicator, title, subMeasures, titleFromDocument: true });
    });
  }

  it('the catalog name before the label is the name, and "มาตรการตาม" alone names no measure', () => {
    expect(parseIndicatorHeading('การเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)')).toMatchObject({
      indicator: 9,
      title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
      nameUnrecognised: false,
    });
    expect(parseIndicatorHeading('มาตรการตามตัวชี้วัดที่ ๕ ๑. เผยแพร่ข้อมูล ๒. จัดการเรื่องร้องเรียน')).toMatchObject({
      indicator: 5,
      title: 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
      subMeasures: ['เผยแพร่ข้อมูล', 'จัดการเรื่องร้องเรียน'],
    });
    expect(parseIndicatorHeading('(ยกเลิก) ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ')).toMatchObject({
      title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      statusBefore: '(ยกเลิก)',
    });
  });

  it('an imported plan keeps the name as the title and the warning quotes it', () => {
    const result = importRows([
      'มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ตัวชี้วัดที่ ๔)',
      'จัดทำคู่มือ',
      'ตลอดปี',
      'รายงานผลทุกเดือน',
      'กองคลัง',
    ]);
    const [measure] = result.plan.measures;
    expect(measure).toMatchObject({
      indicator: 4,
      title: 'มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
    });
    const named = result.warnings.find((w) => w.code === 'unknown-indicator-name');
    expect(named?.message_th).toContain('จึงใช้ข้อความตามเอกสาร "มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน"');
  });
});

describe('an issue column ("ประเด็นที่ต้องพัฒนา/แก้ไข") naming the indicator', () => {
  const header = [
    'ประเด็นที่ต้องพัฒนา/แก้ไข',
    'มาตรการ/แนวทางการส่งเสริม',
    'ขั้นตอน/วิธีการปฏิบัติ',
    'ระยะเวลาดำเนินการ',
    'ผู้รับผิดชอบ',
    'การกำกับติดตามผล',
  ];
  const row = (issue: string, measure: string) =>
    [issue, measure, 'จัดทำคู่มือ', 'ตลอดปี', 'กองคลัง', 'รายงานผลทุกไตรมาส'].join('\t');
  const importIssues = (...issues: [string, string][]) =>
    importMeasuresDocument([header.join('\t'), ...issues.map(([i, m]) => row(i, m))].join('\n'), {
      orgId: 'demo',
      fy: 2567,
      units: MUNICIPAL_UNITS,
    });

  it('takes the indicator from the label or a catalog name anywhere in the cell, quoting it', () => {
    const result = importIssues(
      ['การใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน (ตัวชี้วัดที่ ๔)', 'มาตรการป้องกันการใช้ทรัพย์สิน'],
      ['ประเด็นการแก้ไขปัญหาการทุจริต ได้คะแนน ๖๕.๒๐ คะแนน', 'มาตรการจัดการเรื่องร้องเรียน'],
      ['ข้อ ๙ การเปิดเผยข้อมูล', 'มาตรการเปิดเผยข้อมูลบนเว็บไซต์'],
      ['ประเด็นที่ ๓ ต้องพัฒนา ตามตัวชี้วัดที่ 7', 'มาตรการสื่อสารองค์กร'],
    );
    const measures = result.plan.measures;
    expect(measures.map((m) => m.indicator)).toEqual([4, 5, 9, 7]);
    expect(measures.map((m) => m.subMeasures[0])).toEqual([
      'มาตรการป้องกันการใช้ทรัพย์สิน',
      'มาตรการจัดการเรื่องร้องเรียน',
      'มาตรการเปิดเผยข้อมูลบนเว็บไซต์',
      'มาตรการสื่อสารองค์กร',
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('no-indicator');
    const guessed = result.warnings.filter((w) => w.code === 'indicator-label-guessed');
    expect(guessed).toHaveLength(4);
    expect(guessed[1]!.message_th).toContain('"ประเด็นการแก้ไขปัญหาการทุจริต ได้คะแนน ๖๕.๒๐ คะแนน"');
    expect(guessed[1]!.message_th).toContain('จึงถือเป็นตัวชี้วัดที่ ๕');
    expect(guessed[1]!.where).toMatchObject({ column: 1 });
  });

  it('an issue naming no indicator leaves the measure without one, the issue a note', () => {
    const result = importIssues(['ประเด็นความเสี่ยงด้านการจัดซื้อ', 'มาตรการตรวจสอบพัสดุ']);
    expect(result.plan.measures[0]!.indicator).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('no-indicator');
  });
});
