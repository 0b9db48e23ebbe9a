// A fiscal year's plan of measures, as imported from the org's document.
import * as z from 'zod';
import { FiscalYear, MeasureId, memberSafeRecord, OrgId, PlainDateSchema, UnitId } from './ids.js';
import { Cadence } from './due-rules.js';
import { eachOnce, listedOnce } from './each-once.js';
import type { FieldMessage } from './errors.js';
import { fiscalYearBounds } from './fiscal-calendar.js';
import { buddhistEraHint, FIRST_BE_LOOKING_YEAR } from './buddhist-era-hint.js';
import type { PlainDate } from './plain-date.js';
import { planPlace } from './field-labels.js';
import { followUpMonthsOutsideFiscalYear, unitFirstMonthsOutsideFiscalYear } from './follow-up-months.js';
import { AUDIENCE_LABELS } from './plan-labels.js';
import {
  MAX_ITEM_LENGTH,
  MAX_LIST_ITEMS,
  MAX_PLAN_TITLE_LENGTH,
  MAX_TIMEFRAME_LENGTH,
  MAX_TITLE_LENGTH,
} from './plan-limits.js';
import { shownText, visibleText } from './text.js';
import { utf8Length } from './utf8-length.js';
import { formatThaiDate, toThaiDigits } from './thai-format.js';

/** Why a measure needs a responsible unit and a follow-up, written once. */
const NOBODY_REPORTS_TH = '(ถ้าไม่มี จะไม่มีหน่วยงานใดต้องรายงานผลมาตรการนี้)';
export const Audience = z.enum(['meeting', 'mayor', 'executives', 'supervisors', 'unit-heads']);
export type Audience = z.infer<typeof Audience>;

/** Follow-ups are numbered 1..999: an obligation id spells the number in at most 3 digits ("i4.f12..."). */
export const MAX_FOLLOW_UP_NO = 999;
/**
 * The most one measure may weigh as UTF-8 JSON. A measure is one DynamoDB item (400 KB at most);
 * 100 KB leaves room for the keys and keeps 40 measures inside one 4 MB transaction.
 */
export const MAX_MEASURE_BYTES = 100_000;
export const MAX_MEASURES = 500;
export { MAX_TITLE_LENGTH } from './plan-limits.js';

/** A month of the plan's fiscal year, as a monthly period names it: "2026-04" (CE year). */
export const FollowUpMonth = z
  .string()
  .superRefine((value, ctx) => {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return;
    ctx.addIssue({
      code: 'custom',
      message: 'not a month',
      params: { th: 'ต้องเป็นเดือนแบบ YYYY-MM (ปี ค.ศ.) เช่น 2026-04', en: 'a month as YYYY-MM (CE year), e.g. 2026-04' },
    });
  })
  .meta({ description: "YYYY-MM, Gregorian (CE) year: a month of the plan's fiscal year", examples: ['2026-04'] });

/** A key of FollowUp.periodsAddedOn: a period id, alone or with a unit id ("2023-02.finance"). */
const PeriodAddedKey = z
  .string()
  .regex(
    /^(?:\d{4}-\d{2}|Q[1-4]|H[12]|FY|ONCE)(?:\.[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?)?$/,
    'a period id, or period.unit',
  );

export const FollowUp = z.object({
  /** 1-based position in the measure's follow-up cell */
  followUpNo: z.number().int().min(1).max(MAX_FOLLOW_UP_NO),
  text: visibleText(MAX_ITEM_LENGTH),
  cadence: Cadence,
  audience: z
    .array(Audience)
    .default([])
    .superRefine((audience, ctx) =>
      listedOnce(audience, [], ctx, (a) => ({
        th: `ผู้รับรายงาน "${AUDIENCE_LABELS[a]}" ซ้ำในรายการ`,
        en: `audience "${a}" is listed twice`,
      })),
    ),
  /** for cadence "once": the date it is due (default 31 Dec of the fiscal year); inside the plan's fiscal year */
  dueDate: PlainDateSchema.optional(),
  /** the first month it covers ("2026-04"): its periods ending before it are not made (S13-3) */
  firstMonth: FollowUpMonth.optional(),
  /** the last month it covers: its periods starting after it are not made ("stop after March") */
  lastMonth: FollowUpMonth.optional(),
  /**
   * the units that report on it, among the measure's responsible units (absent: all of them). With
   * the months, a unit leaves (or joins) one duty from a month on (review 17 s13, S13-3).
   */
  unitIds: z
    .array(UnitId)
    .min(1)
    .max(100)
    .superRefine((unitIds, ctx) =>
      listedOnce(unitIds, [], ctx, (unitId) => ({
        th: `หน่วยงาน "${unitId}" อยู่ในรายชื่อหน่วยงานที่รายงานข้อนี้ซ้ำ`,
        en: `unit "${unitId}" is listed twice`,
        unitIds: [unitId],
      })),
    )
    .optional(),
  /**
   * the first month each unit added to this follow-up's own units during the year reports for
   * ("2026-12"); its periods ending before it are not that unit's; set by the save (review 17 s16, S16-1)
   */
  unitFirstMonths: memberSafeRecord(UnitId, FollowUpMonth).optional(),
  /**
   * the (Bangkok) day the follow-up came into the plan, kept only when some of its obligations were
   * already due that day (a late import, a replacement, a mid-year addition): their reminders start
   * then (docs/reminders.md, "Added late"). Set by the save, never taken from a request.
   */
  addedOn: PlainDateSchema.optional(),
  /** as addedOn, for each unit that began reporting this kept follow-up late; set by the save */
  unitsAddedOn: memberSafeRecord(UnitId, PlainDateSchema).optional(),
  /**
   * as addedOn, for the periods of this kept follow-up that a replacement made due by its day when
   * they were not due before (a "once" date moved earlier, months widened): keyed by period id
   * ("ONCE", "2023-02": every unit) or period and unit ("2023-02.finance"); set by the save
   */
  periodsAddedOn: memberSafeRecord(PeriodAddedKey, PlainDateSchema).optional(),
  /**
   * the periods of a stopped follow-up (lastMonth) that end after its last month and that a unit
   * reported on ("FY.health"): still that unit's obligations, so the report stays readable; every
   * other such period is no one's (follow-up-months.ts). Set by the save from the reports, never
   * taken from a request (tester s43 F2).
   */
  reportedPastStop: z.array(PeriodAddedKey).max(2000).optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

const uniqueFollowUpNos = eachOnce<FollowUp, 'followUpNo'>(
  'followUpNo',
  'duplicate follow-up number',
  (f) => ({
    th: `การติดตามผลข้อ ${toThaiDigits(f.followUpNo)} ซ้ำกับข้อก่อนหน้าในมาตรการเดียวกัน`,
    en: `follow-up number ${f.followUpNo} is used twice in this measure`,
  }),
  ['followUps'],
);

export const Responsibility = z
  .object({
    /** every unit of the org ("ทุกกองงาน") */
    allUnits: z.boolean(),
    unitIds: z.array(UnitId).max(100),
    /** one of unitIds (with allUnits: any unit of the org) */
    leadUnitId: UnitId.optional(),
    /**
     * the first month each unit added to the measure during the year reports for ("2026-12"): its
     * periods ending before it are not its obligations; set by the save (review 17 s15, S15-1)
     */
    unitFirstMonths: memberSafeRecord(UnitId, FollowUpMonth).optional(),
    /** the cell as written */
    text: shownText(1000),
  })
  .superRefine((r, ctx) => {
    if (!r.allUnits && r.unitIds.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitIds'],
        message: 'no responsible unit',
        params: {
          th: `กรุณาเลือกหน่วยงานผู้รับผิดชอบอย่างน้อย ๑ หน่วยงาน หรือ "ทุกกองงาน" ${NOBODY_REPORTS_TH}`,
          en: 'choose at least one responsible unit, or "all units" (without one, no unit ever reports on this measure)',
        },
      });
    }
    listedOnce(r.unitIds, ['unitIds'], ctx, (unitId) => ({
      th: `หน่วยงาน "${unitId}" อยู่ในรายชื่อผู้รับผิดชอบซ้ำ`,
      en: `unit "${unitId}" is listed twice`,
      unitIds: [unitId],
    }));
    if (r.leadUnitId === undefined || r.allUnits || r.unitIds.includes(r.leadUnitId)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['leadUnitId'],
      message: 'lead unit not responsible',
      params: {
        th: 'หน่วยงานหลักต้องเป็นหนึ่งในหน่วยงานผู้รับผิดชอบของมาตรการนี้',
        en: "the lead unit must be one of this measure's responsible units",
      },
    });
  });
export type Responsibility = z.infer<typeof Responsibility>;

/** Refinement: a follow-up's own units are among its measure's responsible units ("every unit": any). */
function followUpUnitsOutsideMeasure(
  m: { responsible: Responsibility; followUps: readonly Pick<FollowUp, 'unitIds'>[] },
  ctx: z.RefinementCtx,
): void {
  if (m.responsible.allUnits) return;
  m.followUps.forEach((f, j) => {
    const outside = (f.unitIds ?? []).filter((u) => !m.responsible.unitIds.includes(u));
    if (outside.length === 0) return;
    ctx.addIssue({
      code: 'custom',
      path: ['followUps', j, 'unitIds'],
      message: 'follow-up unit not responsible',
      params: {
        th: `หน่วยงานที่รายงานการติดตามผลข้อนี้ต้องเป็นหน่วยงานผู้รับผิดชอบของมาตรการ: ${outside.join(', ')} ไม่ใช่ (เพิ่มเป็นผู้รับผิดชอบก่อน หรือเอาออกจากข้อนี้)`,
        en: `the units reporting on this follow-up must be responsible for the measure: ${outside.join(', ')} are not (add them to the measure first, or take them off this follow-up)`,
        // the ids named, so a caller that knows the units' names can say them instead (plan-limits.ts)
        unitIds: outside,
      },
    });
  });
}

const utf8Bytes = (value: unknown) => utf8Length(JSON.stringify(value));

export const Measure = z
  .object({
    measureId: MeasureId,
    order: z.number().int().min(1),
    indicator: z.number().int().min(1).max(10),
    title: visibleText(MAX_TITLE_LENGTH),
    subMeasures: z.array(shownText(MAX_ITEM_LENGTH)).max(MAX_LIST_ITEMS).default([]),
    methods: z.array(shownText(MAX_ITEM_LENGTH)).max(MAX_LIST_ITEMS).default([]),
    timeframe: shownText(MAX_TIMEFRAME_LENGTH).default(''),
    followUps: z.array(FollowUp).max(MAX_LIST_ITEMS).default([]),
    responsible: Responsibility,
    recommendations: z.array(shownText(MAX_ITEM_LENGTH)).max(MAX_LIST_ITEMS).default([]),
    /** columns of the source table the plan has no place for (งบประมาณ, ตัวชี้วัดความสำเร็จ ...) */
    notes: z
      .array(z.object({ label: shownText(200), text: shownText(5000) }))
      .max(20)
      .optional(),
  })
  .superRefine((m, ctx) => {
    if (m.followUps.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['followUps'],
        message: 'no follow-up',
        params: {
          th: `มาตรการต้องมีการติดตามผลอย่างน้อย ๑ ข้อ ${NOBODY_REPORTS_TH}`,
          en: 'a measure needs at least one follow-up (without one, no unit ever reports on it)',
        },
      });
    }
    uniqueFollowUpNos(m.followUps, ctx);
    followUpUnitsOutsideMeasure(m, ctx);
    const bytes = utf8Bytes(m);
    if (bytes > MAX_MEASURE_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'measure too large',
        params: {
          th: `มาตรการนี้มีข้อความรวม ${toThaiDigits(Math.ceil(bytes / 1000))} กิโลไบต์ เกินกว่าที่บันทึกได้ (${toThaiDigits(MAX_MEASURE_BYTES / 1000)} กิโลไบต์) กรุณาย่อข้อความหรือแยกเป็นหลายมาตรการ`,
          en: `this measure is ${Math.ceil(bytes / 1000)} KB; at most ${MAX_MEASURE_BYTES / 1000} KB can be saved: shorten it or split it`,
        },
      });
    }
  });
export type Measure = z.infer<typeof Measure>;

/**
 * A measure as a request sends it (PUT /plan): the same fields and checks, but a field the plan
 * has no place for, at any level ("reccomendations", "__proto__"), is a 400 naming it ("ไม่รู้จักช่อง"),
 * as PUT /ita-scores answers, not silently dropped. Stored measures are read with Measure.
 */
/** A field only the save sets: whatever a request sends in it is ignored (docs/api.md, "Added late"). */
const SetBySave = z
  .any()
  .optional()
  .meta({ description: 'set by the save; any value a request sends is ignored, as a well-formed one is' });

/**
 * A follow-up as a request sends it: `addedOn`, `unitsAddedOn` and `periodsAddedOn` are the save's
 * (markLateAdditions), and so is `reportedPastStop` (stampReportedPastStop), so what a client sends in them, well-formed or not ({"ONCE.Finance": …}, a
 * list), is dropped unread, not refused (break s32 F5: a bad one was refused as "มาตรการไม่ถูกต้อง").
 */
const FollowUpInput = FollowUp.strict()
  .extend({ addedOn: SetBySave, unitsAddedOn: SetBySave, periodsAddedOn: SetBySave, reportedPastStop: SetBySave })
  .transform(({ addedOn: _a, unitsAddedOn: _u, periodsAddedOn: _p, reportedPastStop: _r, ...followUp }) => followUp);

export const MeasureInput = Measure.safeExtend({
  followUps: z.array(FollowUpInput).max(MAX_LIST_ITEMS).default([]),
  responsible: Responsibility.strict(),
  notes: z
    .array(z.strictObject({ label: shownText(200), text: shownText(5000) }))
    .max(20)
    .optional(),
}).strict();

/** Refinement: each measureId once in a list of measures (the issue's path points at the second). */
export const uniqueMeasureIds = eachOnce<Measure, 'measureId'>('measureId', 'duplicate measure id', (m) => ({
  th: `รหัสมาตรการ "${m.measureId}" ซ้ำกับมาตรการก่อนหน้า`,
  en: `measure id "${m.measureId}" is used twice`,
}));

/** The measures of a plan: at most 500, each measureId once. */
export const Measures = z.array(Measure).max(MAX_MEASURES).superRefine(uniqueMeasureIds);

export const Plan = z.object({
  orgId: OrgId,
  fy: FiscalYear,
  title: shownText(MAX_PLAN_TITLE_LENGTH).default(''),
  measures: Measures,
});
export type Plan = z.infer<typeof Plan>;

/** A plan as stored: with its version and who saved it. */
export const StoredPlan = Plan.extend({
  version: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type StoredPlan = z.infer<typeof StoredPlan>;

/**
 * Field messages for due dates, follow-up months and units' first months typed into a plan that
 * fall outside its fiscal year, or a follow-up's last month before its first (none: valid).
 */
export function dueDatesOutsideFiscalYear(
  plan: Pick<Plan, 'fy' | 'measures'>,
  prefix: string,
  unitName?: (unitId: string) => string,
): FieldMessage[] {
  const { start, end } = fiscalYearBounds(plan.fy);
  const placeOf = (i: number, j: number) => planPlace(['measures', i, 'followUps', j], plan)!;
  const months = followUpMonthsOutsideFiscalYear(plan, prefix, placeOf);
  const unitMonths = unitFirstMonthsOutsideFiscalYear(
    plan,
    prefix,
    (i, j) => planPlace(j === undefined ? ['measures', i] : ['measures', i, 'followUps', j], plan)!,
    unitName,
  );
  return [...dueDatesOutside(plan, prefix, start, end, placeOf), ...months, ...unitMonths];
}

/**
 * A sent or stored due date as a message quotes it: the Thai date, or for a BE-year value (stored
 * before the save refused them) the value as typed and the hint, never "๓๑ ธันวาคม ๓๑๐๙" (break 16 s28, B14).
 */
function sentDate(date: string): { th: string; en: string } {
  const hint = Number(date.slice(0, 4)) >= FIRST_BE_LOOKING_YEAR ? buddhistEraHint(date) : undefined;
  return hint ? { th: `${date} ${hint.th}`, en: `; ${hint.en}` } : { th: formatThaiDate(date as PlainDate), en: '' };
}

function dueDatesOutside(
  plan: Pick<Plan, 'fy' | 'measures'>,
  prefix: string,
  start: string,
  end: string,
  placeOf: (i: number, j: number) => { th: string; en: string },
): FieldMessage[] {
  return plan.measures.flatMap((m, i) =>
    m.followUps.flatMap((f, j) =>
      !f.dueDate || (f.dueDate >= start && f.dueDate <= end)
        ? []
        : [
            {
              path: `${prefix}.measures.${i}.followUps.${j}.dueDate`,
              message_th: `${placeOf(i, j).th}: วันครบกำหนดต้องอยู่ในปีงบประมาณ พ.ศ. ${toThaiDigits(plan.fy)} (${formatThaiDate(start as PlainDate)} ถึง ${formatThaiDate(end as PlainDate)}) (ค่าที่ส่งมา: ${sentDate(f.dueDate).th})`,
              message_en: `${placeOf(i, j).en}: the due date must fall inside fiscal year ${plan.fy} (${start} to ${end}) (sent: ${f.dueDate})${sentDate(f.dueDate).en}`,
            },
          ],
    ),
  );
}
