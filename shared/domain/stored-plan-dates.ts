// Due dates and months a plan was saved with before PUT /plan refused dates outside its fiscal year
// (break 16 s28, B14: "2566-12-31" typed as a BE date was stored as is, shown as "๓๑ ธันวาคม ๓๑๐๙",
// and its obligation never fell due). Found by the save's own check (dueDatesOutsideFiscalYear);
// a value that is the year's CE value written with its BE year is repaired to that CE value.
import { BE_OFFSET } from './fiscal-calendar.js';
import { FIRST_BE_LOOKING_YEAR } from './buddhist-era-hint.js';
import { dueDatesOutsideFiscalYear, type Measure, type Plan } from './plan.js';

/** One stored due date or month outside its plan's fiscal year. */
export interface StoredDateProblem {
  measureId: string;
  /** the follow-up it belongs to; absent for a measure's `responsible.unitFirstMonths` */
  followUpNo?: number;
  /** where in the measure (or its follow-up): "dueDate", "firstMonth", "lastMonth", "unitFirstMonths.finance", "responsible.unitFirstMonths.finance" */
  field: string;
  /** the value as stored: "2566-12-31" */
  stored: string;
  /** the CE value inside the fiscal year it stands for ("2023-12-31"); absent when no such value: the coordinator fixes it */
  repaired?: string;
  /** the save's message for it, Thai and English (the measure and follow-up named as PUT /plan names them) */
  message_th: string;
  message_en: string;
}

const FIELD_PATH = /^\.measures\.(\d+)\.(?:followUps\.(\d+)\.)?(.+)$/;

/** The object a problem's field is on (the follow-up, or the measure) and the field's keys under it. */
function locate(measures: Measure[], path: string) {
  const [, i, j, field] = FIELD_PATH.exec(path) ?? [];
  const measure = measures[Number(i)];
  if (!measure || field === undefined) return undefined;
  const followUp = j === undefined ? undefined : measure.followUps[Number(j)];
  if (j !== undefined && !followUp) return undefined;
  const keys = field.split('.');
  let holder: Record<string, unknown> = followUp ?? measure;
  for (const key of keys.slice(0, -1)) holder = (holder[key] ?? {}) as Record<string, unknown>;
  return { measure, followUp, field, holder, key: keys.at(-1)! };
}

/** "2566-12-31" -> "2023-12-31", "2566-04" -> "2023-04"; undefined below FIRST_BE_LOOKING_YEAR. */
function fromBuddhistEra(value: string): string | undefined {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_BE_LOOKING_YEAR ? `${year - BE_OFFSET}${value.slice(4)}` : undefined;
}

/**
 * Each due date and month of a stored plan that the save would refuse as outside the plan's fiscal
 * year (or a last month before the first), in plan order, with the CE value it stands for when that
 * value is inside the year (`repaired`). Pure; none for a plan saved since the save refuses them.
 */
export function storedDatesOutsideFiscalYear(plan: Pick<Plan, 'fy' | 'measures'>): StoredDateProblem[] {
  const found = dueDatesOutsideFiscalYear(plan, '');
  if (found.length === 0) return [];
  // each BE value tried as its CE value: kept where the save's check no longer refuses that field
  const trial = structuredClone(plan.measures);
  for (const f of found) {
    const at = locate(trial, f.path);
    const value = at?.holder[at.key];
    const ce = typeof value === 'string' ? fromBuddhistEra(value) : undefined;
    if (at && ce) at.holder[at.key] = ce;
  }
  const still = new Set(dueDatesOutsideFiscalYear({ fy: plan.fy, measures: trial }, '').map((f) => f.path));
  return found.flatMap((f) => {
    const at = locate(plan.measures, f.path);
    const value = at?.holder[at.key];
    if (!at || typeof value !== 'string') return [];
    const repaired = still.has(f.path) ? undefined : fromBuddhistEra(value);
    return [
      {
        measureId: at.measure.measureId,
        ...(at.followUp ? { followUpNo: at.followUp.followUpNo } : {}),
        field: at.field,
        stored: value,
        ...(repaired ? { repaired } : {}),
        message_th: f.message_th,
        message_en: f.message_en,
      },
    ];
  });
}

/** The plan's measures with each repairable problem's field set to its `repaired` value (a copy). */
export function withRepairedDates(plan: Pick<Plan, 'measures'>, problems: readonly StoredDateProblem[]): Measure[] {
  const measures = structuredClone(plan.measures);
  for (const p of problems) {
    if (!p.repaired) continue;
    const i = measures.findIndex((m) => m.measureId === p.measureId);
    const j = p.followUpNo === undefined ? -1 : measures[i]!.followUps.findIndex((f) => f.followUpNo === p.followUpNo);
    const at = locate(measures, `.measures.${i}.${j >= 0 ? `followUps.${j}.` : ''}${p.field}`);
    if (at) at.holder[at.key] = p.repaired;
  }
  return measures;
}
