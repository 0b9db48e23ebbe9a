// A follow-up's months: the first and/or last month of the fiscal year it covers. A plan revised
// mid-year (the executive asks for quarterly instead of monthly reports from April) stops the old
// follow-up after March and adds a new one from April: the periods already reported keep their
// obligations and reports, the later ones follow the new cadence. Review 17 s13, S13-3.
import type { FieldMessage } from './errors.js';
import { fiscalHalves, fiscalMonths, fiscalQuarters, fiscalYearBounds } from './fiscal-calendar.js';
import { buddhistEraMonthHint } from './buddhist-era-hint.js';
import type { Period } from './periods.js';
import type { Cadence } from './due-rules.js';
import { formatThaiMonth, THAI_SHORT_MONTHS, thaiMonthName, toThaiDigits } from './thai-format.js';

/** The month bounds a follow-up may carry (both optional: the whole year). */
export interface FollowUpMonths {
  /** the first month it covers: its periods before this month are not made */
  firstMonth?: string | undefined;
  /** the last month it covers: its periods after this month are not made */
  lastMonth?: string | undefined;
}

/**
 * Months `f` as saves store them since session 53: the fiscal year's own first month (October) and
 * last (September) as none, "the whole year" either way (yearBoundsAsNone, mid-year-additions.ts).
 * A plan's months ("YYYY-MM") lie inside its year, so October is its first and September its last.
 */
export const monthsAsStored = (f: FollowUpMonths): FollowUpMonths => ({
  firstMonth: f.firstMonth?.endsWith('-10') ? undefined : f.firstMonth,
  lastMonth: f.lastMonth?.endsWith('-09') ? undefined : f.lastMonth,
});

/**
 * The periods a follow-up with month bounds makes: from its first month, those that end in it or
 * later (a quarter is kept when one of its months is covered: quarterly from February owes Q2);
 * up to its last month, those that end by its end: a follow-up stopped after February owes nothing
 * for a quarter, half or year that ends later (tester s43 F2: a cancelled yearly measure stopped
 * after February still owed its September report). A one-off period always is made.
 */
export function periodsWithinMonths<P extends Pick<Period, 'periodId' | 'start' | 'end'>>(
  periods: readonly P[],
  months: FollowUpMonths,
): P[] {
  const { firstMonth, lastMonth } = months;
  if (firstMonth === undefined && lastMonth === undefined) return [...periods];
  return periods.filter(
    (p) =>
      (firstMonth === undefined || p.end.slice(0, 7) >= firstMonth) &&
      (lastMonth === undefined || p.end.slice(0, 7) <= lastMonth || oneOff(p)),
  );
}

/** The ONCE period: its own date, whatever the months (its months were only ever a start-by check). */
const oneOff = (p: Pick<Period, 'periodId'>) => p.periodId === 'ONCE';

/**
 * The periods a stopped follow-up (lastMonth) would still make by its months' start but not by
 * their end: begun by its last month, ending after it. A unit's report on one keeps that
 * obligation for the unit (`reportedPastStop`, set by the save).
 */
export function periodsPastStop<P extends Pick<Period, 'periodId' | 'start' | 'end'>>(
  periods: readonly P[],
  months: FollowUpMonths,
): P[] {
  const { firstMonth, lastMonth } = months;
  if (lastMonth === undefined) return [];
  return periods.filter(
    (p) =>
      (firstMonth === undefined || p.end.slice(0, 7) >= firstMonth) &&
      p.start.slice(0, 7) <= lastMonth &&
      p.end.slice(0, 7) > lastMonth &&
      !oneOff(p),
  );
}

/**
 * A measure's timeframe months (timeframe-months.ts) as one follow-up of `cadence` takes them: the
 * last month moved to the end of the period it falls in, none when that is the year's end, so a
 * measure worked October to February still owes the quarter, half or year its work ends in (Q2, H1,
 * FY), as before the stop rule (periodsWithinMonths, tester s43 F2). A stop the coordinator sets is
 * taken as set.
 */
export function timeframeMonthsFor(months: FollowUpMonths, cadence: Cadence, fy: number): FollowUpMonths {
  const { firstMonth, lastMonth } = months;
  if (lastMonth === undefined || cadence === 'once') return { ...months };
  const within = periodSpans(cadence, fy).find(
    (p) => p.start.slice(0, 7) <= lastMonth && p.end.slice(0, 7) >= lastMonth,
  );
  const end = within ? within.end.slice(0, 7) : lastMonth;
  const yearEnd = fiscalMonths(fy)[11]!.id;
  return {
    ...(firstMonth !== undefined ? { firstMonth } : {}),
    ...(end < yearEnd ? { lastMonth: end } : {}),
  };
}

/**
 * The start and end of each period of `cadence` in `fy`, as periodsFor (periods.ts) makes them,
 * without their due dates: so this module, which the page loads, needs no due rules (and no zod).
 */
export function periodSpans(cadence: Cadence, fy: number): readonly { start: string; end: string }[] {
  switch (cadence) {
    case 'monthly':
      return fiscalMonths(fy);
    case 'quarterly':
      return fiscalQuarters(fy);
    case 'semiannual':
    case 'april-september':
      return fiscalHalves(fy);
    default:
      return [fiscalYearBounds(fy)];
  }
}

/** The periods a follow-up's first month may fall inside, by cadence, as its report's round names them. */
const ROUND_WORDS: Partial<Record<Cadence, { th: string; en: string }>> = {
  quarterly: { th: 'ไตรมาส', en: 'quarter' },
  semiannual: { th: 'ครึ่งปี', en: 'half-year' },
  'april-september': { th: 'ครึ่งปี', en: 'half-year' },
  // its one round is the fiscal year's, whatever month it begins (s45)
  annual: { th: 'ปีงบประมาณ', en: 'fiscal year' },
};

/**
 * What a quarterly, half-yearly or annual follow-up whose first month falls inside a period (not on
 * its first month) owes for it: the whole period (periodsWithinMonths keeps a period one of whose
 * months is covered: tester s44, quarterly from March owes January-March; an annual one from March
 * owes the fiscal year's one report, s45), in the words the import's warnings, the CLI's summary and
 * the plan card say it: "เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส",
 * "เริ่มเดือนมีนาคม: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ". Undefined for other
 * cadences, no first month, or one that starts its period. From the cadence's periods (periodSpans).
 */
export function firstRoundCoverage(
  followUp: FollowUpMonths & { cadence: Cadence },
  fy: number,
): { th: string; en: string } | undefined {
  const { firstMonth, cadence } = followUp;
  const round = ROUND_WORDS[cadence];
  if (firstMonth === undefined || !round) return undefined;
  const period = periodSpans(cadence, fy).find(
    (p) => p.start.slice(0, 7) <= firstMonth && p.end.slice(0, 7) >= firstMonth,
  );
  if (!period || period.start.slice(0, 7) === firstMonth) return undefined;
  const short = (date: string) => THAI_SHORT_MONTHS[Number(date.slice(5, 7)) - 1]!;
  const [from, to] = [period.start.slice(0, 7), period.end.slice(0, 7)];
  return {
    th: `เริ่มเดือน${thaiMonthName(Number(firstMonth.slice(5, 7)))}: รายงานรอบ${round.th} ${short(from)}–${short(to)} ครอบคลุมทั้ง${round.th}`,
    en: `from ${firstMonth}: the ${round.en}'s report covers ${from} to ${to}, the whole ${round.en}`,
  };
}

/** The words before a follow-up's first and last month in the documents and messages (read back by the importer). */
export const FIRST_MONTH_WORD = 'ตั้งแต่เดือน';
export const LAST_MONTH_WORD = 'ถึงเดือน';

/** "ตั้งแต่เดือนเมษายน ๒๕๖๙", "ถึงเดือนมีนาคม ๒๕๖๙", both: the documents' and messages' words. */
export function followUpMonthsLabel(months: FollowUpMonths): { th: string; en: string } | undefined {
  const { firstMonth, lastMonth } = months;
  if (firstMonth === undefined && lastMonth === undefined) return undefined;
  const th = [
    firstMonth !== undefined && `${FIRST_MONTH_WORD}${formatThaiMonth(firstMonth)}`,
    lastMonth !== undefined && `${LAST_MONTH_WORD}${formatThaiMonth(lastMonth)}`,
  ].filter(Boolean);
  const en = [firstMonth !== undefined && `from ${firstMonth}`, lastMonth !== undefined && `until ${lastMonth}`].filter(
    Boolean,
  );
  return { th: th.join(' '), en: en.join(' ') };
}

/** The words before the month a measure stopped after (measureStoppedLabel), read back by the importer. */
export const STOPPED_AFTER_WORD = 'หยุดดำเนินการหลังเดือน';

/**
 * The month a measure stopped after: its follow-ups' latest lastMonth, when every follow-up stops
 * before September of fiscal year `fy` (a measure cancelled mid-year, tester s43 F6). Undefined for
 * a measure one of whose follow-ups runs to the year's end, or that has none. Derived from the
 * follow-ups, so it holds whatever the title says and after a re-import.
 */
export function measureStoppedAfter(followUps: readonly FollowUpMonths[], fy: number): string | undefined {
  const yearEnd = fiscalMonths(fy)[11]!.id;
  let latest: string | undefined;
  for (const f of followUps) {
    if (f.lastMonth === undefined || f.lastMonth >= yearEnd) return undefined;
    if (latest === undefined || f.lastMonth > latest) latest = f.lastMonth;
  }
  return latest;
}

/** "หยุดดำเนินการหลังเดือนกุมภาพันธ์ ๒๕๗๐": a stopped measure's label in the documents and on the page. */
export const measureStoppedLabel = (month: string): string => `${STOPPED_AFTER_WORD}${formatThaiMonth(month)}`;

/** "ชื่อมาตรการ (หยุดดำเนินการหลังเดือน…)": a measure's title as written with its label, if it stopped. */
export function withStoppedLabel(title: string, stoppedAfter: string | undefined): string {
  return stoppedAfter === undefined ? title : `${title} (${measureStoppedLabel(stoppedAfter)})`;
}

const STOPPED_LABEL_AT_END = new RegExp(`\\s*\\(\\s*${[...STOPPED_AFTER_WORD].join('\\s*')}[^()]{0,40}\\)\\s*$`);

/** A title without the label withStoppedLabel wrote at its end (spaces anywhere in the words: a PDF line break). */
export function withoutStoppedLabel(title: string): string {
  return title.replace(STOPPED_LABEL_AT_END, '');
}

/** " ใช้ปี ค.ศ. เช่น 2023-04 สำหรับ พ.ศ. ๒๕๖๖" after a month with a Buddhist-era year, else nothing (break 16 s28, B10). */
function beHint(month: string): { th: string; en: string } {
  const hint = buddhistEraMonthHint(month);
  return hint ? { th: ` ${hint.th}`, en: `; ${hint.en}` } : { th: '', en: '' };
}

/**
 * Each follow-up month outside the plan's fiscal year, or a last month before the first: a field
 * message on `{prefix}.measures.N.followUps.M.firstMonth` (or lastMonth), Thai first.
 */
export function followUpMonthsOutsideFiscalYear(
  plan: { fy: number; measures: readonly { followUps: readonly FollowUpMonths[] }[] },
  prefix: string,
  placeOf: (i: number, j: number) => { th: string; en: string },
): FieldMessage[] {
  const months = fiscalMonths(plan.fy).map((m) => m.id);
  const [first, last] = [months[0]!, months[11]!];
  const yearTh = `ตุลาคม ${toThaiDigits(plan.fy - 1)} ถึงกันยายน ${toThaiDigits(plan.fy)}`;
  return plan.measures.flatMap((m, i) =>
    m.followUps.flatMap((f, j) => {
      const out: FieldMessage[] = [];
      for (const key of ['firstMonth', 'lastMonth'] as const) {
        const month = f[key];
        if (month === undefined || months.includes(month)) continue;
        out.push({
          path: `${prefix}.measures.${i}.followUps.${j}.${key}`,
          message_th: `${placeOf(i, j).th}: เดือนต้องอยู่ในปีงบประมาณ พ.ศ. ${toThaiDigits(plan.fy)} (${yearTh}) (ค่าที่ส่งมา: ${month})${beHint(month).th}`,
          message_en: `${placeOf(i, j).en}: the month must fall inside fiscal year ${plan.fy} (${first} to ${last}) (sent: ${month})${beHint(month).en}`,
        });
      }
      if (out.length === 0 && f.firstMonth !== undefined && f.lastMonth !== undefined && f.lastMonth < f.firstMonth) {
        out.push({
          path: `${prefix}.measures.${i}.followUps.${j}.lastMonth`,
          message_th: `${placeOf(i, j).th}: เดือนสุดท้าย (${formatThaiMonth(f.lastMonth)}) อยู่ก่อนเดือนแรก (${formatThaiMonth(f.firstMonth)})`,
          message_en: `${placeOf(i, j).en}: the last month (${f.lastMonth}) is before the first (${f.firstMonth})`,
        });
      }
      return out;
    }),
  );
}

/**
 * Each unit's first month (`responsible.unitFirstMonths`, a follow-up's `unitFirstMonths`) outside
 * the plan's fiscal year: a field message on `{prefix}.measures.N[.followUps.M].…unitFirstMonths.<unitId>`,
 * Thai first, the unit named as the org calls it (`unitName`; default its id). A month past September
 * would leave the unit owing nothing all year (review 17 s16, S16-5).
 */
export function unitFirstMonthsOutsideFiscalYear(
  plan: {
    fy: number;
    measures: readonly {
      responsible: { unitFirstMonths?: Readonly<Record<string, string>> | undefined };
      followUps: readonly { unitFirstMonths?: Readonly<Record<string, string>> | undefined }[];
    }[];
  },
  prefix: string,
  placeOf: (i: number, j?: number) => { th: string; en: string },
  unitName: (unitId: string) => string = (unitId) => unitId,
): FieldMessage[] {
  const months = fiscalMonths(plan.fy).map((m) => m.id);
  const [first, last] = [months[0]!, months[11]!];
  const yearTh = `ตุลาคม ${toThaiDigits(plan.fy - 1)} ถึงกันยายน ${toThaiDigits(plan.fy)}`;
  const outside = (firstMonths: Readonly<Record<string, string>> | undefined, path: string, i: number, j?: number) =>
    Object.entries(firstMonths ?? {})
      .filter(([, month]) => !months.includes(month))
      .map(([unitId, month]) => ({
        path: `${path}.unitFirstMonths.${unitId}`,
        message_th: `${placeOf(i, j).th}: เดือนแรกที่หน่วยงาน ${unitName(unitId)} รายงานต้องอยู่ในปีงบประมาณ พ.ศ. ${toThaiDigits(plan.fy)} (${yearTh}) (ค่าที่ส่งมา: ${month})${beHint(month).th}`,
        message_en: `${placeOf(i, j).en}: the first month unit ${unitId} reports for must fall inside fiscal year ${plan.fy} (${first} to ${last}) (sent: ${month})${beHint(month).en}`,
      }));
  return plan.measures.flatMap((m, i) => [
    ...outside(m.responsible.unitFirstMonths, `${prefix}.measures.${i}.responsible`, i),
    ...m.followUps.flatMap((f, j) => outside(f.unitFirstMonths, `${prefix}.measures.${i}.followUps.${j}`, i, j)),
  ]);
}
