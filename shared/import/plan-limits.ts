// What a saved plan may hold (shared/domain/plan.ts), applied to the importer's draft: the preview
// says which measure could not be saved, and why, before the coordinator tries.
import type * as z from 'zod';
import { dueDatesOutsideFiscalYear, Measure, MAX_MEASURES } from '../domain/plan.js';
import { headedTitle } from '../domain/plan-labels.js';
import { toThaiDigits } from '../domain/thai-format.js';
import {
  MAX_PLAN_SAVE_BODY_BYTES,
  jsonBytes,
  planSaveBodyBytesOf,
  planTooLargeToSave,
  sizeText,
} from '../domain/plan-upload-rules.js';
import { fieldMessages } from '../domain/validation-messages.js';
import { planPlace } from '../domain/field-labels.js';
import {
  inactiveUnitsOf,
  onlyInactiveUnits,
  type UnitState,
  unitNameOf,
  unitlessPlaces,
} from '../domain/active-units.js';
import type { DraftMeasure } from './measures-document.js';
import { counted, agreeing } from '../domain/english-count.js';

/** One finding for the import's warnings (measures-document.ts adds them). */
export interface LimitFinding {
  th: string;
  en: string;
  measureId?: string;
  /** the follow-up of that measure, when it is about one */
  followUpNo?: number;
}

/**
 * Rows past MAX_MEASURES (500) are not imported: what to tell, or undefined when none are past it.
 * `rows` is how many measure rows the document has.
 */
export function measuresDropped(rows: number): LimitFinding | undefined {
  if (rows <= MAX_MEASURES) return undefined;
  const dropped = rows - MAX_MEASURES;
  return {
    th: `เอกสารมีมาตรการ ${toThaiDigits(rows)} แถว แต่แผนหนึ่งปีมีได้ไม่เกิน ${toThaiDigits(MAX_MEASURES)} มาตรการ จึงไม่ได้นำเข้า ${toThaiDigits(dropped)} แถวสุดท้าย (ตั้งแต่แถวนี้) กรุณาแบ่งหรือรวมมาตรการให้ไม่เกิน ${toThaiDigits(MAX_MEASURES)} ข้อ`,
    en: `the document has ${rows} measure rows, but a plan holds at most ${MAX_MEASURES} measures: the last ${counted(dropped, 'row')} (from this one) ${agreeing(dropped, 'was', 'were')} not imported; merge or split measures to keep within ${MAX_MEASURES}`,
  };
}

/**
 * Why each draft measure could not be saved as it is, by the same schema PUT /plan applies (a
 * measure over 100 KB, no follow-up, a lead unit outside its units ...), one finding per problem,
 * Thai first. A missing indicator is told by its own warning ("no-indicator"), so it is left out here.
 */
export function unsavableMeasures(measures: readonly DraftMeasure[], units: readonly UnitState[]): LimitFinding[] {
  return measures.flatMap((m, i) => {
    const result = Measure.safeParse({ ...m, indicator: m.indicator ?? 1 });
    if (result.success) {
      // the measure alone at its place, so the save's words name it as the save does
      const at = measureAt(measures, i);
      return unitlessPlaces({ measures: [m] }, units, ([, , ...rest]) => planPlace(['measures', i, ...rest], at)!).map(
        ({ followUpIndex, message }) => ({
          th: `บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: ${message.th}`,
          en: `this measure cannot be saved until fixed: ${message.en}`,
          measureId: m.measureId,
          ...(followUpIndex === undefined ? {} : { followUpNo: m.followUps[followUpIndex]!.followUpNo }),
        }),
      );
    }
    // the paths as in a plan ("measures.N..."), so the messages name the measure's place
    const issues = result.error.issues.map((x) => ({ ...x, path: ['measures', i, ...x.path] }));
    return fieldMessages({ issues } as unknown as z.ZodError, '', measureAt(measures, i), unitNameOf(units)).map(
      (f) => ({
        th: `บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: ${f.message_th}`,
        en: `this measure cannot be saved until fixed: ${f.message_en}`,
        measureId: m.measureId,
      }),
    );
  });
}

/**
 * The due dates and months PUT /plan refuses because they fall outside the plan's fiscal year `fy`
 * (dueDatesOutsideFiscalYear, the save's own check: one validation for the save and the draft's
 * check), one finding per field in the save's words, with its measure and follow-up (break 16 s28,
 * B10: a copy kept last year's dates, the check said nothing and the save answered 400).
 */
export function datesOutsideFiscalYear(
  fy: number,
  measures: readonly DraftMeasure[],
  units: readonly UnitState[],
): LimitFinding[] {
  return dueDatesOutsideFiscalYear({ fy, measures: measures as Measure[] }, '', unitNameOf(units)).map((f) => {
    const [, i, j] = /^\.measures\.(\d+)(?:\.followUps\.(\d+))?/.exec(f.path) ?? [];
    const m = measures[Number(i)];
    const followUpNo = j === undefined ? undefined : m?.followUps[Number(j)]?.followUpNo;
    return {
      th: `บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: ${f.message_th}`,
      en: `this measure cannot be saved until fixed: ${f.message_en}`,
      ...(m ? { measureId: m.measureId } : {}),
      ...(followUpNo === undefined ? {} : { followUpNo }),
    };
  });
}

/**
 * A plan-shaped input holding only measure `i`, at its place: fieldMessages and planPlace read what
 * was sent at the issue's path (measures.i…) alone. Not a copy of the list: that made the draft's
 * check quadratic in its measures.
 */
const measureAt = (measures: readonly DraftMeasure[], i: number) => ({ measures: { [i]: measures[i] } });

const unitNamesOf = (ids: readonly string[], units: readonly UnitState[]) => ids.map(unitNameOf(units));

/**
 * Deactivated units a measure names beside active ones: they make no obligations, so the draft
 * says so (the measure itself can be saved; one naming only such units cannot: unsavableMeasures).
 */
export function inactiveUnitsNamed(measures: readonly DraftMeasure[], units: readonly UnitState[]): LimitFinding[] {
  return measures.flatMap((m) => {
    const inactive = inactiveUnitsOf(m.responsible, units);
    if (inactive.length === 0 || onlyInactiveUnits(m.responsible, units)) return [];
    const names = unitNamesOf(inactive, units).join(', ');
    return [
      {
        th: `หน่วยงาน ${names} ปิดการใช้งานแล้ว จึงไม่มีภาระการรายงานของมาตรการนี้ (หน่วยงานอื่นที่เลือกยังรายงานตามปกติ) ถ้าหน่วยงานอื่นรับงานนี้แทน กรุณาเลือกหน่วยงานนั้น`,
        en: `unit ${names} is deactivated and will have no obligations for this measure (the other units chosen report as usual); if another unit took its work, choose it`,
        measureId: m.measureId,
      },
    ];
  });
}

/** How many of the largest measures the warning names. */
const LARGEST_NAMED = 3;

/**
 * A draft PUT /plan would refuse as too large (its body over MAX_PLAN_SAVE_BODY_BYTES, 413), said
 * before the coordinator tries, with the largest measures named; undefined when it fits.
 */
export function planOverSaveLimit(title: string, measures: readonly DraftMeasure[]): LimitFinding | undefined {
  // each measure encoded once: its size counts toward the body and names the largest
  const sized = measures.map((m) => ({ m, bytes: jsonBytes(m) }));
  const bytes = planSaveBodyBytesOf(
    title,
    sized.map((s) => s.bytes),
  );
  if (bytes <= MAX_PLAN_SAVE_BODY_BYTES) return undefined;
  const largest = sized
    .sort((a, b) => b.bytes - a.bytes || a.m.order - b.m.order)
    .slice(0, LARGEST_NAMED)
    .map(({ m, bytes }) => ({ m, size: sizeText(bytes) }));
  const base = planTooLargeToSave(bytes, { th: 'แผนนี้', en: 'this plan' });
  return {
    th: `${base.th} มาตรการที่ใหญ่ที่สุด: ${largest.map(({ m, size }) => `ลำดับที่ ${toThaiDigits(m.order)} ${headedTitle(m)} (${size.th})`).join(', ')}`,
    en: `${base.en}. The largest measures: ${largest.map(({ m, size }) => `no. ${m.order} ${m.title} (${size.en})`).join(', ')}`,
  };
}
