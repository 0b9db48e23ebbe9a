// Sub-columns of a grouped header that name periods of the fiscal year: the reporting rounds under
// a follow-up group ("การติดตามผล" over "รอบ ๖ เดือน" | "รอบ ๑๒ เดือน": each round's cell holds
// its own follow-ups) and the months of a Gantt-style timeframe ("ระยะเวลาดำเนินการ" over
// "ต.ค." … "ก.ย.", a mark in each month of the work).
import type { Column, Role } from './column-names.js';
import { escapeMarkup } from './table-row-kinds.js';
import { matchKey, splitItems, stripTags } from './thai-text.js';
import { MONTH, monthOf } from './thai-dates.js';

/** "รอบ ๖ เดือน", "รอบที่ ๒", "ไตรมาสที่ ๑", "ครึ่งปีแรก", "ครั้งที่ ๑", "งวดที่ ๒", "๖ เดือน" (in a match key). */
const ROUND = /^(?:รอบ|ไตรมาส|ครึ่งปี|ครั้งที่|งวดที่|[0-9]{1,2}เดือน$)/;

/** Whether a sub-header under a follow-up group names a reporting round (its cells: that round's follow-ups). */
export const namesRound = (label: string) => ROUND.test(matchKey(label));

/**
 * A row's follow-ups from its round columns, as items: each item with the rounds it is under
 * ("รายงานผลต่อนายกเทศมนตรี (รอบ ๖ เดือน)"); an item under several rounds is one follow-up of
 * them all ("… (รอบ ๖ เดือน และ รอบ ๑๒ เดือน)"), so its cadence is read from its rounds.
 */
export function roundFollowUps(rounds: readonly { round: string; cell: string }[]): string {
  const byItem = new Map<string, { text: string; rounds: string[] }>();
  for (const { round, cell } of rounds) {
    for (const text of splitItems(cell)) {
      const key = matchKey(text);
      const item = byItem.get(key) ?? { text, rounds: [] };
      if (!item.rounds.includes(round)) item.rounds.push(round);
      byItem.set(key, item);
    }
  }
  return [...byItem.values()].map((i) => `<p>${escapeMarkup(`${i.text} (${i.rounds.join(' และ ')})`)}</p>`).join('');
}

/** The month (1-12) a sub-header names alone ("ต.ค.", "ตุลาคม", "ต.ค. ๖๖", "ต.ค.2566"), else undefined. */
const MONTH_LABEL = new RegExp(`^${MONTH}(?:พ\\.ศ\\.)?(?:[0-9]{2}|[0-9]{4})?$`);
export function monthOfLabel(label: string): number | undefined {
  const m = MONTH_LABEL.exec(matchKey(stripTags(label)));
  return m ? monthOf(m[1]!) : undefined;
}

/**
 * What a grouped header's sub-column names beyond its role: a follow-up column's round, a
 * timeframe column's month. `role`: the column's role read from both labels.
 */
export function periodOfSubColumn(upper: Role, role: Role, lower: string): Pick<Column, 'round' | 'month'> {
  if (role === 'followUps' && upper === 'followUps' && namesRound(lower)) return { round: lower };
  const month = role === 'timeframe' ? monthOfLabel(lower) : undefined;
  return month === undefined ? {} : { month };
}

/**
 * The group an empty top cell lies under when the header has no merges (a text file, a CSV): the
 * group on its left, when both that group's column and this one name a period under it.
 */
export function continuedGroup(top: Column | undefined, left: Column | undefined, lower: string): Column | undefined {
  if ((top && top.label) || !left || !lower) return undefined;
  const period = periodOfSubColumn(left.role, left.role, lower);
  return period.round !== undefined || period.month !== undefined ? left : undefined;
}
