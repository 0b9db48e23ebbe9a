// A fiscal year's plan of measures, as imported from the org's document.
import { z } from 'zod';
import { FiscalYear, MeasureId, OrgId, PlainDateSchema, UnitId } from './ids.js';
import { Cadence } from './due-rules.js';
import { fiscalYearBounds } from './fiscal-calendar.js';
import { formatThaiDate, toThaiDigits } from './thai-format.js';

export const Audience = z.enum(['meeting', 'mayor', 'executives', 'supervisors', 'unit-heads']);
export type Audience = z.infer<typeof Audience>;

export const FollowUp = z.object({
  /** 1-based position in the measure's follow-up cell */
  followUpNo: z.number().int().min(1),
  text: z.string().min(1).max(5000),
  cadence: Cadence,
  audience: z.array(Audience).default([]),
  /** for cadence "once": the date it is due (default 31 Dec of the fiscal year); inside the plan's fiscal year */
  dueDate: PlainDateSchema.optional(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const Responsibility = z.object({
  /** every unit of the org ("ทุกกองงาน") */
  allUnits: z.boolean(),
  unitIds: z.array(UnitId),
  leadUnitId: UnitId.optional(),
  /** the cell as written */
  text: z.string().max(1000),
});
export type Responsibility = z.infer<typeof Responsibility>;

export const Measure = z.object({
  measureId: MeasureId,
  order: z.number().int().min(1),
  indicator: z.number().int().min(1).max(10),
  title: z.string().min(1).max(1000),
  subMeasures: z.array(z.string().max(5000)).default([]),
  methods: z.array(z.string().max(5000)).default([]),
  timeframe: z.string().max(1000).default(''),
  followUps: z.array(FollowUp).default([]),
  responsible: Responsibility,
  recommendations: z.array(z.string().max(5000)).default([]),
});
export type Measure = z.infer<typeof Measure>;

const PlanFields = z.object({
  orgId: OrgId,
  fy: FiscalYear,
  title: z.string().max(1000).default(''),
  measures: z.array(Measure).max(500),
});

/** A due date typed into the plan must fall inside the plan's fiscal year. */
function dueDatesInFiscalYear(plan: z.infer<typeof PlanFields>, ctx: z.RefinementCtx): void {
  const { start, end } = fiscalYearBounds(plan.fy);
  plan.measures.forEach((m, i) =>
    m.followUps.forEach((f, j) => {
      if (!f.dueDate || (f.dueDate >= start && f.dueDate <= end)) return;
      ctx.addIssue({
        code: 'custom',
        path: ['measures', i, 'followUps', j, 'dueDate'],
        input: f.dueDate,
        params: {
          th: `วันครบกำหนดต้องอยู่ในปีงบประมาณ พ.ศ. ${toThaiDigits(plan.fy)} (${formatThaiDate(start)} ถึง ${formatThaiDate(end)})`,
          en: `the due date must fall inside fiscal year ${plan.fy} (${start} to ${end})`,
        },
      });
    }),
  );
}

export const Plan = PlanFields.superRefine((plan, ctx) => dueDatesInFiscalYear(plan, ctx));
export type Plan = z.infer<typeof Plan>;

/** A plan as stored: with its version and who saved it. */
export const StoredPlan = PlanFields.extend({
  version: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type StoredPlan = z.infer<typeof StoredPlan>;
