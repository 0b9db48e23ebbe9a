// The months the overview screen offers for a fiscal year.
import { fiscalMonths } from '../../shared/domain/fiscal-calendar.js';
import { formatThaiMonth } from '../../shared/domain/thai-format.js';
import { monthsPastYearEnd } from '../../shared/domain/year-reach.js';

export interface OverviewMonth {
  /** "2023-10" */
  id: string;
  /** "ตุลาคม ๒๕๖๖", and "(หลังสิ้นปีงบประมาณ)" after it for a month past 30 September */
  label: string;
}

/**
 * Year `fy`'s twelve months, then each month after 30 September (to December: an org due rule's
 * reach, shared/domain/year-reach.ts) in which one of `dueDates` ("2023-10-05") falls, or which is
 * `selected` (a link to it shows it even when nothing is due there).
 */
export function overviewMonths(fy: number, dueDates: readonly string[], selected?: string): OverviewMonth[] {
  const after = monthsPastYearEnd(fy).filter((m) => m === selected || dueDates.some((d) => d.startsWith(m)));
  return [
    ...fiscalMonths(fy).map((m) => ({ id: m.id, label: formatThaiMonth(m.id) })),
    ...after.map((m) => ({ id: m, label: `${formatThaiMonth(m)} (หลังสิ้นปีงบประมาณ)` })),
  ];
}
