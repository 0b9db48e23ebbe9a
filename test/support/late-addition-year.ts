// FY2570 with two monthly measures, for the tests of work added to the plan after its due date
// (late additions, back reports, รอส่งย้อนหลัง): the plan, its measures and a sent report.
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';

/** A measure with one monthly follow-up of `unitIds`, added to the plan on `addedOn` when given. */
export const monthlyMeasure = (
  measureId: string,
  order: number,
  indicator: number,
  unitIds: string[],
  addedOn?: PlainDate,
) => ({
  measureId,
  order,
  indicator,
  title: `มาตรการที่ ${order}`,
  subMeasures: [],
  methods: [],
  timeframe: 'ตลอดปีงบประมาณ',
  followUps: [
    {
      followUpNo: 1,
      text: 'รายงานผลทุกเดือน',
      cadence: 'monthly' as const,
      audience: [],
      ...(addedOn ? { addedOn } : {}),
    },
  ],
  responsible: { allUnits: false, unitIds, text: '' },
  recommendations: [],
});

/**
 * FY2570: i4 (สำนักปลัด, กองคลัง, กองช่าง) and m9 (สำนักปลัด, กองคลัง), monthly; each added on its day
 * when given. `saved`: the plan's version and save time (the tester's adoption, 12 May 2027, by default).
 */
export function lateAdditionPlan(
  i4AddedOn?: PlainDate,
  m9AddedOn?: PlainDate,
  saved: { version: number; updatedAt: string } = { version: 1, updatedAt: '2027-05-12T03:00:00.000Z' },
): StoredPlan {
  return {
    orgId: 'demo',
    fy: 2570,
    title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
    measures: [
      monthlyMeasure('i4', 1, 4, ['clerk', 'finance', 'engineering'], i4AddedOn),
      monthlyMeasure('m9', 2, 9, ['clerk', 'finance'], m9AddedOn),
    ],
    ...saved,
    updatedBy: 'test',
  };
}

/**
 * The report of `obligationId` ("….{unitId}"), sent at `at` (ISO) and settled then unless returned;
 * FY2570's and not yet reviewed unless `fy` or `reviewState` say otherwise.
 */
export const sentReport = (
  obligationId: string,
  at: string,
  { fy = 2570, reviewState = 'submitted' }: { fy?: number; reviewState?: Report['reviewState'] } = {},
): Report => ({
  orgId: 'demo',
  fy,
  obligationId,
  unitId: obligationId.split('.').at(-1)!,
  version: 1,
  reviewState,
  progress: 'done',
  summary: 'ดำเนินการแล้ว',
  obstacles: '',
  suggestions: '',
  evidence: [],
  submittedBy: 'person:p1',
  submittedAt: at,
  firstSubmittedAt: at,
  ...(reviewState === 'returned' ? {} : { settledAt: at }),
});
