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

// Review 17 s25, S25-4: the copy dropped the months a measure's timeframe gave its follow-ups (S23-7)
// while it moved the timeframe on, and called a planned half-year a mid-year change.
const spanned = (measureId: string, timeframe: string, followUps: DraftMeasure['followUps']): DraftMeasure => ({
  ...measure(measureId, followUps),
  indicator: 1,
  timeframe,
});

/** FY2567 as the importer read it: months given by the timeframes */
const lastYear: StoredPlanView = {
  fy: 2567,
  version: 2,
  title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
  measures: [
    // January-June: both months from the timeframe (the reviewer's t7_page.txt)
    spanned('i1', '1 ม.ค. 67 - 30 มิ.ย. 67', [
      {
        followUpNo: 1,
        text: 'รายงานผลต่อนายกเทศมนตรีทุกเดือน',
        cadence: 'monthly',
        audience: ['mayor'],
        firstMonth: '2024-01',
        lastMonth: '2024-06',
      },
      { followUpNo: 2, text: 'จัดทำคำสั่ง', cadence: 'once', audience: [], dueDate: '2024-03-15' },
    ]),
    // April to the year's end, no years written: only a first month
    spanned('i2', 'เม.ย. - ก.ย.', [
      { followUpNo: 1, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [], firstMonth: '2024-04' },
    ]),
    // until December: only a last month, beside a one-off (the monthly must not be dropped as "stopped")
    spanned('i3', 'ภายในเดือนธันวาคม 2566', [
      { followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly', audience: [], lastMonth: '2023-12' },
      { followUpNo: 2, text: 'สรุปผล', cadence: 'once', audience: [], dueDate: '2023-12-31' },
    ]),
    // a timeframe of January-June, but the follow-up stopped after March by an edit: a mid-year change
    spanned('i4', 'ม.ค. - มิ.ย. 2567', [
      {
        followUpNo: 1,
        text: 'รายงานผลทุกเดือน',
        cadence: 'monthly',
        audience: [],
        firstMonth: '2024-01',
        lastMonth: '2024-03',
      },
      {
        followUpNo: 2,
        text: 'รายงานผลทุกไตรมาส',
        cadence: 'quarterly',
        audience: [],
        firstMonth: '2024-04',
        lastMonth: '2024-06',
      },
    ]),
  ],
};

const copied = copyPlanToYear(lastYear, 2568);
const copiedFollowUps = (id: string) => copied.measures.find((m) => m.measureId === id)!.followUps;
const copiedWarnings = (id: string, code: string) =>
  copied.warnings.filter((w) => w.measureId === id && w.code === code);

describe("copying last year's plan: the months a measure's timeframe gives move on with it", () => {
  it('a January-June measure reports monthly January-June 2568 in the copy, as its moved timeframe says', () => {
    const i1 = copied.measures.find((m) => m.measureId === 'i1')!;
    expect(i1.timeframe).toBe('1 ม.ค. 68 - 30 มิ.ย. 68');
    expect(i1.followUps[0]).toMatchObject({ cadence: 'monthly', firstMonth: '2025-01', lastMonth: '2025-06' });
    expect(i1.followUps[1]).toMatchObject({ cadence: 'once', dueDate: '2025-03-15' });
    expect(copiedWarnings('i1', 'months-from-last-year')).toEqual([]);
    const said = copiedWarnings('i1', 'timeframe-months');
    expect(said).toHaveLength(1);
    expect(said[0]!.followUpNo).toBe(1);
    expect(said[0]!.message_th).toContain('ตั้งแต่เดือนมกราคม ๒๕๖๘ ถึงเดือนมิถุนายน ๒๕๖๘');
    expect(said[0]!.message_th).not.toContain('เปลี่ยนกลางปี');
    expect(said[0]!.message_en).toContain('from 2025-01 until 2025-06');
  });

  it('a timeframe from April gives the copy a first month only; one until December keeps its monthly beside a one-off', () => {
    expect(copiedFollowUps('i2')).toEqual([
      { followUpNo: 1, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [], firstMonth: '2025-04' },
    ]);
    expect(copiedFollowUps('i3').map((f) => [f.followUpNo, f.firstMonth, f.lastMonth, f.dueDate])).toEqual([
      [1, undefined, '2024-12', undefined],
      [2, undefined, undefined, '2024-12-31'],
    ]);
    expect(copiedWarnings('i2', 'months-from-last-year')).toEqual([]);
    expect(copiedWarnings('i3', 'months-from-last-year')).toEqual([]);
  });

  it('a follow-up an edit stopped before the timeframe’s end is left out; what replaced it runs the timeframe’s months', () => {
    expect(copiedFollowUps('i4')).toEqual([
      {
        followUpNo: 2,
        text: 'รายงานผลทุกไตรมาส',
        cadence: 'quarterly',
        audience: [],
        firstMonth: '2025-01',
        lastMonth: '2025-06',
      },
    ]);
    const said = copiedWarnings('i4', 'months-from-last-year').map((w) => w.message_th);
    expect(said).toHaveLength(2);
    expect(said[0]).toContain('หยุดหลังเดือนมีนาคม ๒๕๖๗ในปีก่อน จึงไม่ได้คัดลอกมา');
    expect(said[1]).toContain('(เปลี่ยนกลางปี) ในสำเนานี้ติดตามตั้งแต่เดือนมกราคม ๒๕๖๘ ถึงเดือนมิถุนายน ๒๕๖๘ตามระยะเวลาดำเนินการ');
    expect(copiedWarnings('i4', 'timeframe-months')).toEqual([]);
  });

  // tester s44 (neighbour): the copy's timeframe-months warning says a quarter begun inside is owed whole
  it("a quarterly follow-up from March (the timeframe's), copied: its first round is the whole January-March quarter", () => {
    const march = copyPlanToYear(
      {
        ...lastYear,
        measures: [
          spanned('i5', 'มี.ค. - ก.ย. 67', [
            { followUpNo: 1, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [], firstMonth: '2024-03' },
          ]),
        ],
      },
      2568,
    );
    expect(march.measures[0]!.followUps[0]!.firstMonth).toBe('2025-03');
    const said = march.warnings.filter((w) => w.code === 'timeframe-months');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain('เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส ตรวจว่าถูกต้อง');
    // from April, a quarter's first month: nothing more
    expect(
      copiedWarnings('i2', 'timeframe-months')
        .map((w) => w.message_th)
        .join(''),
    ).not.toContain('ครอบคลุมทั้ง');
  });

  it('every copied measure is one the API would save for 2568', () => {
    expect(copied.measures.filter((m) => !MeasureInput.safeParse({ ...m, order: 1 }).success)).toEqual([]);
  });
});
