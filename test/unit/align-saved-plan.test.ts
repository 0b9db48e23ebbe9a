// Review 17 s9, entry 16: a revised document that inserts a follow-up above others numbered every
// follow-up by its place, so each saved follow-up's reports moved onto another one, silently.
import { describe, expect, it } from 'vitest';
import { alignWithSavedPlan, followUpLikeness } from '../../shared/import/align-saved-plan.js';
import { likeness } from '../../shared/import/text-likeness.js';
import type { ImportResult } from '../../shared/import/measures-document.js';

const MEETING = 'มีการรายงานผลในที่ประชุมให้คณะผู้บริหารและหัวหน้าส่วนราชการทราบเป็นประจำทุกเดือน';
const ORDER = 'จัดทำคำสั่งคณะกรรมการกำกับดูแลในการยืมทรัพย์สินของราชการ';
const COPY = 'ส่งสำเนาคู่มือให้นายกเทศมนตรีทุกเดือน';
const saved = {
  measures: [
    {
      measureId: 'i4',
      followUps: [
        { followUpNo: 1, text: ORDER },
        { followUpNo: 2, text: MEETING },
      ],
    },
  ],
};

function imported(measureId: string, texts: string[]): ImportResult {
  return {
    plan: {
      orgId: 'demo',
      fy: 2566,
      title: '',
      measures: [
        {
          measureId,
          order: 1,
          indicator: 4,
          title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
          subMeasures: [],
          methods: [],
          timeframe: '',
          followUps: texts.map((text, i) => ({ followUpNo: i + 1, text, cadence: 'monthly', audience: [] })),
          responsible: { allUnits: true, unitIds: [], text: 'ทุกกองงาน' },
          recommendations: [],
        },
      ],
    },
    warnings: texts.map((text, i) => ({
      where: { line: 2 },
      code: 'unspecified-cadence',
      message_th: 'x',
      message_en: 'x',
      source: text,
      measureId,
      followUpNo: i + 1,
    })),
  };
}
const numbers = (r: ImportResult) => r.plan.measures[0]!.followUps.map((f) => [f.followUpNo, f.text]);

describe('a re-imported plan keeps the saved follow-up numbers its reports are filed under', () => {
  it('a follow-up inserted above the others takes a new number; the saved ones keep theirs, in the document order', () => {
    const result = alignWithSavedPlan(imported('i4', [COPY, ORDER, MEETING]), saved);
    expect(numbers(result)).toEqual([
      [3, COPY],
      [1, ORDER],
      [2, MEETING],
    ]);
    // a warning about a follow-up stays beside it
    expect(result.warnings.map((w) => [w.followUpNo, w.source])).toEqual([
      [3, COPY],
      [1, ORDER],
      [2, MEETING],
    ]);
  });

  it('two follow-ups swapped, one of them reworded a little, keep their own numbers', () => {
    const reworded = MEETING.replace('ทุกเดือน', 'ทุกเดือน (ในการประชุมประจำเดือน)');
    expect(likeness(reworded, MEETING)).toBeGreaterThan(0.6);
    expect(numbers(alignWithSavedPlan(imported('i4', [reworded, ORDER]), saved))).toEqual([
      [2, reworded],
      [1, ORDER],
    ]);
  });

  it('a follow-up removed from the top: the one left keeps its number 2 (its reports stay with it)', () => {
    expect(numbers(alignWithSavedPlan(imported('i4', [MEETING]), saved))).toEqual([[2, MEETING]]);
  });

  it('text unlike any saved follow-up is new, and a measure the saved plan lacks is numbered as read', () => {
    expect(numbers(alignWithSavedPlan(imported('i4', [COPY]), saved))).toEqual([[3, COPY]]);
    expect(numbers(alignWithSavedPlan(imported('i9', [COPY, ORDER]), saved))).toEqual([
      [1, COPY],
      [2, ORDER],
    ]);
    expect(numbers(alignWithSavedPlan(imported('i4', [COPY, ORDER]), undefined))).toEqual([
      [1, COPY],
      [2, ORDER],
    ]);
  });

  const PROCUREMENT = 'รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบเป็นประจำทุกเดือน';
  it.each([
    [PROCUREMENT, 'รายงานผลการจัดการเรื่องร้องเรียนให้นายกเทศมนตรีทราบเป็นประจำทุกเดือน'],
    ['รายงานผลการใช้รถยนต์ส่วนกลางต่อที่ประชุมประจำเดือนทุกเดือน', 'รายงานผลการเบิกจ่ายงบประมาณต่อที่ประชุมประจำเดือนทุกเดือน'],
    ['สรุปผลการดำเนินงานเสนอนายกเทศมนตรีทุก ๖ เดือน', 'สรุปผลการประเมินความเสี่ยงเสนอนายกเทศมนตรีทุก ๖ เดือน'],
    ['รายงานผลการจัดเก็บภาษีต่อนายกเทศมนตรีทุกเดือน', 'รายงานผลการจัดเก็บขยะต่อนายกเทศมนตรีทุกเดือน'],
    ['กองคลังรายงานผลต่อที่ประชุมทุกเดือน', 'กองช่างรายงานผลต่อที่ประชุมทุกเดือน'],
    ['รายงานผลการประชุมครั้งที่ ๑ ต่อนายกเทศมนตรี', 'รายงานผลการประชุมครั้งที่ ๒ ต่อนายกเทศมนตรี'],
  ])(
    'another follow-up that shares only the boilerplate is new, so the saved one counts as dropped (review 17 s10, S10-1): %s',
    (before, after) => {
      expect(likeness(after, before)).toBeGreaterThan(0.6); // what made them "the same" before
      const plan = { measures: [{ measureId: 'i4', followUps: [{ followUpNo: 4, text: before }] }] };
      expect(numbers(alignWithSavedPlan(imported('i4', [after]), plan))).toEqual([[5, after]]);
    },
  );

  it.each([
    ['an OCR slip', PROCUREMENT.replace('จัดจ้าง', 'จัดจ่าง')],
    ['a word changed', PROCUREMENT.replace('ให้นายกเทศมนตรีทราบ', 'ต่อนายกเทศมนตรี')],
    ['words added', PROCUREMENT.replace('ทุกเดือน', 'ทุกเดือน ภายในวันที่ ๑๐ ของเดือนถัดไป')],
    ['words removed', PROCUREMENT.replace('ในการ', '')],
  ])('the same follow-up edited keeps its number: %s', (_edit, after) => {
    expect(followUpLikeness(after, PROCUREMENT)).toBeGreaterThanOrEqual(0.6);
    const plan = { measures: [{ measureId: 'i4', followUps: [{ followUpNo: 4, text: PROCUREMENT }] }] };
    expect(numbers(alignWithSavedPlan(imported('i4', [after]), plan))).toEqual([[4, after]]);
  });

  it.each([
    ['เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', 'เผยแพร่ข้อมูลผลการจัดซื้อจัดจ้างประจำเดือนตามแบบ สขร.1 บนเว็บไซต์'],
    ['รายงานตามแบบ สขร.๑ ต่อนายกเทศมนตรีทุกเดือน', 'รายงานผลตามแบบ สขร.1 ให้นายกเทศมนตรีทุกเดือน'],
  ])(
    'the same number on both sides of a rewording is no changed number (review 17 s20, S20-6): %s',
    (before, after) => {
      expect(followUpLikeness(after, before)).toBeGreaterThan(0.5);
      expect(followUpLikeness(after.replace(/[1๑]/, '2'), before)).toBe(0);
    },
  );
});
