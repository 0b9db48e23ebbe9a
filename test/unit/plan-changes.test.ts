// Tester s43a F5: the plan's history said "บันทึกแผนมาตรการ ฉบับที่ ๕ (๘ มาตรการ)" for saves that
// added i3, stopped i10 after February, took i9 out, and changed a cadence and units: not what changed.
import { describe, expect, it } from 'vitest';
import { type MeasureToCompare, planChangesTh, type PlanToCompare } from '../../shared/domain/plan-changes.js';

const NAMES: Record<string, string> = { finance: 'กองคลัง', works: 'กองช่าง', clerk: 'สำนักปลัดเทศบาล' };
const unitName = (id: string) => NAMES[id] ?? id;

const measure = (
  id: string,
  order: number,
  indicator: number,
  over: Partial<MeasureToCompare> = {},
): MeasureToCompare => ({
  measureId: id,
  order,
  indicator,
  title: `ตัวชี้วัดที่ ${indicator} มาตรการ ${id}`,
  subMeasures: [],
  methods: [],
  timeframe: 'ตลอดปีงบประมาณ',
  responsible: { allUnits: false, unitIds: ['finance', 'clerk'] },
  followUps: [{ followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly' }],
  ...over,
});
const plan = (...measures: MeasureToCompare[]): PlanToCompare => ({ title: 'แผน ๒๕๗๐', measures });
const V1 = plan(measure('i4', 1, 4), measure('i9', 2, 9), measure('i10', 3, 10));

describe("the plan's history says what each save changed", () => {
  it('a measure added from April for two units, one taken out: both named with their number and indicator', () => {
    const added = measure('i3', 4, 3, {
      responsible: { allUnits: false, unitIds: ['finance', 'works'] },
      followUps: [{ followUpNo: 1, text: 'รายงานทุกเดือน', cadence: 'monthly', firstMonth: '2027-04' }],
    });
    const lines = planChangesTh(V1, plan(measure('i4', 1, 4), measure('i10', 3, 10), added), unitName);
    expect(lines).toContain(
      'เพิ่มมาตรการที่ ๔ (ตัวชี้วัดที่ ๓) "ตัวชี้วัดที่ 3 มาตรการ i3" (กองคลัง, กองช่าง; ติดตามผล ๑ ข้อ ตั้งแต่เดือนเมษายน ๒๕๗๐)',
    );
    expect(lines).toContain('ลบมาตรการที่ ๒ (ตัวชี้วัดที่ ๙) "ตัวชี้วัดที่ 9 มาตรการ i9"');
  });

  it('a follow-up stopped after February and a follow-up added quarterly from March are told on their measure', () => {
    const changed = measure('i10', 3, 10, {
      followUps: [
        { followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly', lastMonth: '2027-02' },
        { followUpNo: 2, text: 'รายงานผลรายไตรมาส', cadence: 'quarterly', firstMonth: '2027-03' },
      ],
    });
    const lines = planChangesTh(V1, plan(measure('i4', 1, 4), measure('i9', 2, 9), changed), unitName);
    expect(lines).toEqual([
      'มาตรการที่ ๓ (ตัวชี้วัดที่ ๑๐) "ตัวชี้วัดที่ 10 มาตรการ i10": การติดตามผลข้อ ๑: หยุดหลังเดือนกุมภาพันธ์ ๒๕๗๐; เพิ่มการติดตามผลข้อ ๒ (ทุกไตรมาส (ทุก ๓ เดือน) ตั้งแต่เดือนมีนาคม ๒๕๗๐)',
    ]);
  });

  it('a cadence changed, the reporting units narrowed and the responsible units changed are each said', () => {
    const changed = measure('i4', 1, 4, {
      responsible: { allUnits: false, unitIds: ['works', 'clerk'] },
      followUps: [{ followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'quarterly', unitIds: ['clerk'] }],
    });
    const [line] = planChangesTh(V1, plan(changed, measure('i9', 2, 9), measure('i10', 3, 10)), unitName);
    expect(line).toContain('ผู้รับผิดชอบเป็น กองช่าง, สำนักปลัดเทศบาล');
    expect(line).toContain(
      'การติดตามผลข้อ ๑: รอบรายงานจาก "ทุกเดือน" เป็น "ทุกไตรมาส (ทุก ๓ เดือน)", หน่วยงานที่รายงานเป็น สำนักปลัดเทศบาล',
    );
  });

  it('the same plan saved again says nothing changed; a reorder alone is one line', () => {
    expect(planChangesTh(V1, V1, unitName)).toEqual([]);
    const reordered = plan(measure('i10', 1, 10), measure('i4', 2, 4), measure('i9', 3, 9));
    expect(planChangesTh(V1, reordered, unitName)).toEqual(['เรียงลำดับมาตรการใหม่']);
  });
});

// Session 53 (P1): the year's own bounds are stored as none (yearBoundsAsNone); a version stored
// before with them ("หยุดหลังเดือนกันยายน", "ตั้งแต่เดือนตุลาคม") changed nothing by leaving them out.
describe('the fiscal year’s own first and last month are no change from none', () => {
  const withMonths = (months: { firstMonth?: string; lastMonth?: string }) =>
    plan(
      measure('i4', 1, 4, {
        followUps: [{ followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly', ...months }],
      }),
    );
  it.each([
    ['stopped after September, then not stopped', { lastMonth: '2027-09' }, {}],
    ['from October, then from the year’s start', { firstMonth: '2026-10' }, {}],
    ['none, then from October to September', {}, { firstMonth: '2026-10', lastMonth: '2027-09' }],
  ])('%s: no line', (_what, before, after) => {
    expect(planChangesTh(withMonths(before), withMonths(after), unitName)).toEqual([]);
  });

  it('a stop after August is still a change', () => {
    expect(planChangesTh(withMonths({ lastMonth: '2027-09' }), withMonths({ lastMonth: '2027-08' }), unitName)).toEqual(
      ['มาตรการที่ ๑ (ตัวชี้วัดที่ ๔) "ตัวชี้วัดที่ 4 มาตรการ i4": การติดตามผลข้อ ๑: หยุดหลังเดือนสิงหาคม ๒๕๗๐'],
    );
  });
});
