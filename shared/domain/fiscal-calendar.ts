// Thai fiscal years: FY2566 runs 2022-10-01 .. 2023-09-30 (named by its Buddhist-era year).
import { type PlainDate, lastDayOfMonth, plainDate } from './plain-date.js';

export const BE_OFFSET = 543;

export interface DateRange {
  start: PlainDate;
  end: PlainDate;
}

export function fiscalYearBounds(fy: number): DateRange {
  const ce = fy - BE_OFFSET;
  return { start: plainDate(ce - 1, 10, 1), end: plainDate(ce, 9, 30) };
}

/** The fiscal year (BE) that contains a date. */
export function fiscalYearOf(date: PlainDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return (month >= 10 ? year + 1 : year) + BE_OFFSET;
}

/**
 * Whether `day` is after the end of the fiscal year that contains `inYear`: an obligation (by its
 * period's start) added then belongs to a year that had ended (reminder-ladder.ts cutoffDate,
 * settlement.ts onTimeUntil).
 */
export function afterFiscalYearOf(inYear: PlainDate, day: PlainDate): boolean {
  return day > fiscalYearBounds(fiscalYearOf(inYear)).end;
}

export interface FiscalMonth extends DateRange {
  /** "2023-04" */
  id: string;
  year: number;
  month: number;
}

/** The twelve months of a fiscal year, October first. */
export function fiscalMonths(fy: number): FiscalMonth[] {
  const ce = fy - BE_OFFSET;
  return Array.from({ length: 12 }, (_, i) => {
    const year = i < 3 ? ce - 1 : ce;
    const month = ((i + 9) % 12) + 1;
    return {
      id: `${year}-${String(month).padStart(2, '0')}`,
      year,
      month,
      start: plainDate(year, month, 1),
      end: lastDayOfMonth(year, month),
    };
  });
}

/** Q1 (Oct-Dec) .. Q4 (Jul-Sep). */
export function fiscalQuarters(fy: number): (DateRange & { id: `Q${1 | 2 | 3 | 4}` })[] {
  const months = fiscalMonths(fy);
  return ([1, 2, 3, 4] as const).map((q) => ({
    id: `Q${q}` as const,
    start: months[(q - 1) * 3]!.start,
    end: months[(q - 1) * 3 + 2]!.end,
  }));
}

/** H1 (Oct-Mar) and H2 (Apr-Sep). */
export function fiscalHalves(fy: number): (DateRange & { id: 'H1' | 'H2' })[] {
  const months = fiscalMonths(fy);
  return [
    { id: 'H1', start: months[0]!.start, end: months[5]!.end },
    { id: 'H2', start: months[6]!.start, end: months[11]!.end },
  ];
}

/**
 * 1 October - 31 March of `fy`: the work the half-year report covers (obligations whose periods end
 * by its `to`, whenever due: April's reports on March, the second quarter, the first half).
 */
export function firstHalf(fy: number): { from: PlainDate; to: PlainDate } {
  const { start } = fiscalYearBounds(fy);
  return { from: start, to: `${fy - 543}-03-31` as PlainDate };
}
