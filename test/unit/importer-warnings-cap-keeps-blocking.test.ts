// Past MAX_WARNINGS, the warnings that stop the save are kept and advisory ones dropped in their
// place: a long document's last measure without an indicator (or with units the org lacks) is still
// named where it is (review 17 s11, S11-18).
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MAX_WARNINGS } from '../../shared/import/measures-document.js';
import { refuseUnsavableImport } from '../../shared/use-cases/replace-plan.js';
import { importRows } from '../support/import-rows.js';

/** 400 measures whose three follow-ups name no cadence: 1,200 advisory warnings before the rows after. */
const noisy = Array.from({ length: 400 }, (_, i) => [
  `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการที่ ${i + 1}`,
  'ดำเนินการ',
  'ตลอดปี',
  '๑. รายงานต่อนายก ๒. สรุปผลเสนอผู้บริหาร ๓. เผยแพร่ทางเว็บไซต์',
  'กองคลัง',
]);

describe('past the warnings cap, the warnings that stop the save are kept', () => {
  it("a last measure without an indicator is warned at its line, and the save refuses it in the importer's words", () => {
    const result = importRows(...noisy, [
      'มาตรการส่งเสริมการใช้รถยนต์ส่วนกลาง',
      'ดำเนินการ',
      'ตลอดปี',
      'รายงานทุกเดือน',
      'กองคลัง',
    ]);
    expect(result.warnings).toHaveLength(MAX_WARNINGS + 1);
    const last = result.plan.measures.at(-1)!;
    expect(last.indicator).toBeNull();
    const warned = result.warnings.find((w) => w.code === 'no-indicator')!;
    expect(warned.measureId).toBe(last.measureId);
    expect(warned.message_th).toMatch(/^บรรทัด ๔๐๒/);
    expect(result.warnings.at(-1)!.code).toBe('more-warnings');
    expect(result.warnings.at(-1)!.message_th).toContain('คำเตือนที่ทำให้บันทึกไม่ได้แสดงครบ');
    let refused: unknown;
    try {
      refuseUnsavableImport(result, 'body.text');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    const fields = (refused as ValidationError).fields;
    expect(fields).toHaveLength(1);
    expect(fields[0]!.message_th).toContain('ไม่พบ "ตัวชี้วัดที่"');
    expect(fields[0]!.message_th).toContain('มาตรการส่งเสริมการใช้รถยนต์ส่วนกลาง');
  });

  it('a last measure naming no unit of the org is warned beside it', () => {
    const result = importRows(...noisy, ['ตัวชี้วัดที่ ๔ มาตรการใช้รถ', 'ดำเนินการ', 'ตลอดปี', 'รายงานทุกเดือน', 'ฝ่ายที่ไม่มีอยู่จริง']);
    const last = result.plan.measures.at(-1)!;
    const codes = result.warnings.filter((w) => w.measureId === last.measureId).map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown-unit']));
    expect(result.warnings.length).toBeLessThanOrEqual(MAX_WARNINGS + 1);
  });

  it('rows past the 500 measures a plan holds are said, after 1,200 advisory warnings', () => {
    const more = Array.from({ length: 120 }, (_, i) => [
      `ตัวชี้วัดที่ ๙ มาตรการเพิ่ม ${i + 1}`,
      'ดำเนินการ',
      'ตลอดปี',
      'รายงานทุกเดือน',
      'กองคลัง',
    ]);
    const result = importRows(...noisy, ...more);
    expect(result.plan.measures).toHaveLength(500);
    expect(result.warnings.map((w) => w.code)).toContain('measures-dropped');
    expect(result.warnings).toHaveLength(MAX_WARNINGS + 1);
  });
});
