// Review 17 s15, S15-7: "copy last year's plan" kept last year's follow-up months (a cadence
// changed from April, a measure added in December): the copy could not be saved (400 on months the
// page's selects cannot show), and a mid-year change of last year was carried into the new year.
import { describe, expect, it } from 'vitest';
import { MeasureInput } from '../../shared/domain/plan.js';
import { copyPlanToYear, newMeasure, type DraftMeasure, type StoredPlanView } from '../../web/src/plan-draft.js';

const measure = (measureId: string, followUps: DraftMeasure['followUps']): DraftMeasure => ({
  ...newMeasure(),
  measureId,
  indicator: 4,
  title: `มาตรการ ${measureId}`,
  followUps,
  responsible: { allUnits: true, unitIds: [], text: 'ทุกกองงาน' },
});

/** FY2570 as a year of mid-year changes left it */
const stored: StoredPlanView = {
  fy: 2570,
  version: 4,
  title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
  measures: [
    // monthly until March, then quarterly from April without กองคลัง (S13-3)
    measure('i4', [
      { followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly', audience: [], lastMonth: '2027-03' },
      {
        followUpNo: 2,
        text: 'รายงานผลทุกไตรมาส',
        cadence: 'quarterly',
        audience: [],
        firstMonth: '2027-04',
        unitIds: ['clerk', 'engineering'],
      },
    ]),
    // added in December (S14-8)
    measure('m99', [
      { followUpNo: 1, text: 'สำรวจความพึงพอใจทุกเดือน', cadence: 'monthly', audience: [], firstMonth: '2026-12' },
    ]),
    // its only follow-up stopped after May
    measure('i9', [{ followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly', audience: [], lastMonth: '2027-05' }]),
    // untouched all year
    measure('i10', [{ followUpNo: 1, text: 'รายงานประจำปี', cadence: 'annual', audience: [] }]),
  ],
};

const copy = copyPlanToYear(stored, 2571);
const followUpsOf = (id: string) => copy.measures.find((m) => m.measureId === id)!.followUps;
const warningsOf = (id: string) =>
  copy.warnings.filter((w) => w.measureId === id && w.code === 'months-from-last-year');

describe("copying last year's plan into the new year, with last year's mid-year changes", () => {
  it('leaves out the follow-up that stopped after March and keeps what replaced it, for the whole year, its units kept', () => {
    expect(followUpsOf('i4')).toEqual([
      {
        followUpNo: 2,
        text: 'รายงานผลทุกไตรมาส',
        cadence: 'quarterly',
        audience: [],
        unitIds: ['clerk', 'engineering'],
      },
    ]);
    const said = warningsOf('i4').map((w) => w.message_th);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('การติดตามผลข้อ ๑ "รายงานผลทุกเดือน" หยุดหลังเดือนมีนาคม ๒๕๗๐ในปีก่อน จึงไม่ได้คัดลอกมา');
    expect(said[1]).toContain(
      'การติดตามผลข้อ ๒ "รายงานผลทุกไตรมาส" เริ่มเดือนเมษายน ๒๕๗๐ในปีก่อน (เปลี่ยนกลางปี) ในสำเนานี้ติดตามตลอดปี',
    );
  });

  it('follows a measure added mid-year from October, and keeps a measure’s only follow-up even if it stopped', () => {
    expect(followUpsOf('m99')[0]).not.toHaveProperty('firstMonth');
    expect(warningsOf('m99')[0]?.followUpNo).toBe(1);
    expect(followUpsOf('i9')).toEqual([{ followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly', audience: [] }]);
    expect(warningsOf('i9')[0]?.message_th).toContain('หยุดหลังเดือนพฤษภาคม ๒๕๗๐ในปีก่อน (เปลี่ยนกลางปี) ในสำเนานี้ติดตามตลอดปี');
  });

  it('says nothing of a measure without months, and every copied measure is one the API would save', () => {
    expect(warningsOf('i10')).toEqual([]);
    for (const m of copy.measures) {
      const r = MeasureInput.safeParse({ ...m, order: 1 });
      expect(r.success, `${m.measureId}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
    // last year's plan itself is untouched
    expect(stored.measures[0]!.followUps).toHaveLength(2);
  });
});
