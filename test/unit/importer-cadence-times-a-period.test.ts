// Review 17 s21, S21-6: "1 ครั้ง/ไตรมาส", "1 ครั้งต่อเดือน", "1 ครั้ง / 6 เดือน", "ทุก 1 ไตรมาส", the
// "N times a period" wording of government forms, named no cadence: the follow-ups were annual,
// with a warning saying the text named none. Their mirror forms ("ไตรมาสละ 1 ครั้ง", "4 ครั้ง/ปี")
// were read.
import { describe, expect, it } from 'vitest';
import { detectCadences } from '../../shared/import/cadence-detection.js';
import { importRows } from '../support/import-rows.js';

describe('a cadence worded as N times a period, or every N quarters', () => {
  it.each([
    ['รายงานผล 1 ครั้ง/ไตรมาส', 'quarterly'],
    ['รายงานผล ๑ ครั้ง/ไตรมาส', 'quarterly'],
    ['รายงานผล 1 ครั้งต่อไตรมาส', 'quarterly'],
    ['รายงานผล ครั้งละ 1 ไตรมาส', 'quarterly'],
    ['รายงานผล ทุก 1 ไตรมาส', 'quarterly'],
    ['รายงานผล 1 ครั้ง ต่อ 3 เดือน', 'quarterly'],
    ['รายงานผล 1 ครั้ง/เดือน', 'monthly'],
    ['รายงานผล 1 ครั้งต่อเดือน', 'monthly'],
    ['รายงานผล 1 ครั้ง / 6 เดือน', 'semiannual'],
    ['สรุปผล ๑ ครั้งต่อครึ่งปี', 'semiannual'],
    ['สรุปผล 2 ครั้งต่อครึ่งปี', 'quarterly'],
    ['สรุปผลทุก ๒ ไตรมาส', 'semiannual'],
    ['สรุปผล 1 ครั้ง / 12 เดือน', 'annual'],
  ])('reads "%s" as %s', (text, cadence) => {
    expect(detectCadences(text)).toEqual({ cadence, alsoNamed: [] });
  });

  it.each([
    'ประชุมชี้แจง 1 ครั้งในเดือนเมษายน',
    'จัดอบรม 1 ครั้งในไตรมาสที่ 2',
    'ตรวจสอบ 1 ครั้งในเดือนสุดท้ายของปี',
    'รายงานผล 3 ครั้ง/เดือน',
    'รายงานผล ครั้งที่ 1/ไตรมาส',
  ])('names no cadence for one period or a count that is none of the product\'s: "%s"', (text) => {
    expect(detectCadences(text).cadence).toBe('unspecified');
  });

  it("the reviewer's CW-cadence-per.txt rows import with their cadences and no unspecified-cadence warning", () => {
    const result = importRows(
      ['ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', 'มาตรการทดสอบ ๑', 'ตลอดปี', 'รายงานผล 1 ครั้ง/ไตรมาส', 'กองคลัง'],
      ['ตัวชี้วัดที่ ๒ การใช้งบประมาณ', 'มาตรการทดสอบ ๒', 'ตลอดปี', 'รายงานผล 1 ครั้งต่อเดือน', 'กองคลัง'],
      ['ตัวชี้วัดที่ ๓ การใช้อำนาจ', 'มาตรการทดสอบ ๓', 'ตลอดปี', 'รายงานผล 1 ครั้ง / 6 เดือน', 'กองคลัง'],
    );
    expect(result.plan.measures.map((m) => m.followUps.map((f) => f.cadence))).toEqual([
      ['quarterly'],
      ['monthly'],
      ['semiannual'],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
  });
});
