// How an email's list names one obligation in a short line a phone shows whole: the indicator, the
// measure's place when several measures answer that indicator, the follow-up's number and the period
// ("ตัวชี้วัดที่ ๑๐ ข้อ ๔ รอบ ตุลาคม ๒๕๖๕"), and the follow-up's text shortened at a word boundary.
import type { Obligation } from '../domain/obligations.js';
import { periodLabel } from '../domain/period-labels.js';
import type { Measure } from '../domain/plan.js';
import { returnedOn, type TrackedObligation } from '../domain/reminder-plan.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { wrapThai } from '../documents/thai-line-break.js';

/** The most characters (UTF-16 units, "…" included) of a follow-up's text in a list line. */
export const FOLLOW_UP_GIST_LENGTH = 48;

/**
 * "ตัวชี้วัดที่ ๑๐ ข้อ ๔ รอบ ตุลาคม ๒๕๖๕"; "ตัวชี้วัดที่ ๑๐ มาตรการที่ ๓ ข้อ ๔ รอบ …" when `measures`
 * (the year's plan, in plan order) has several measures of that indicator: the measure's place in
 * the plan, as the calendar's event titles count it (shared/use-cases/calendar-feed-events.ts).
 */
export function obligationLabelTh(
  o: Pick<Obligation, 'measureId' | 'indicator' | 'followUpNo' | 'periodId' | 'fy'>,
  measures?: ReadonlyMap<string, Measure>,
): string {
  const th = toThaiDigits;
  const plan = [...(measures?.values() ?? [])];
  const several = plan.filter((m) => m.indicator === o.indicator).length > 1;
  const place = plan.findIndex((m) => m.measureId === o.measureId) + 1;
  const measure = several && place > 0 ? ` มาตรการที่ ${th(place)}` : '';
  return `ตัวชี้วัดที่ ${th(o.indicator)}${measure} ข้อ ${th(o.followUpNo)} รอบ ${periodLabel(o.periodId, o.fy)}`;
}

/**
 * followUpGist's answers kept by text: an email lists a follow-up once per period and unit, and a
 * long list is rendered again while its parts are sized (batchParts), each time breaking the whole
 * text into Thai words for its first line (a 305-item list: a fifth of its run's CPU).
 */
const gists = new Map<string, string>();
const MAX_GISTS_KEPT = 2_000;

/**
 * A follow-up's text in at most `max` characters: its first words that fit (Thai word boundaries,
 * shared/documents/thai-line-break.ts) and "…" when more follows; one line (newlines become spaces).
 */
export function followUpGist(text: string, max = FOLLOW_UP_GIST_LENGTH): string {
  const key = `${max} ${text}`;
  let gist = gists.get(key);
  if (gist === undefined) {
    if (gists.size >= MAX_GISTS_KEPT) gists.clear();
    gists.set(key, (gist = gistOf(text, max)));
  }
  return gist;
}

function gistOf(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const first = wrapThai(flat, max - 1, (s) => s.length)[0] ?? '';
  return `${first.trimEnd()}…`;
}

/** The follow-up's text of obligation `o` from its year's measures, shortened (followUpGist); '' if gone. */
export function followUpGistOf(
  o: Pick<Obligation, 'measureId' | 'followUpNo'>,
  measures: ReadonlyMap<string, Measure> | undefined,
): string {
  const text = measures?.get(o.measureId)?.followUps.find((f) => f.followUpNo === o.followUpNo)?.text;
  return text ? followUpGist(text) : '';
}

/**
 * "ส่งกลับให้แก้ไข เมื่อ ๒๐ พฤษภาคม ๒๕๖๖ ยังไม่ได้ส่งฉบับแก้ไข" for an obligation whose report the
 * coordinator returned and the unit has not sent again (it counts as ยังไม่ส่ง); '' for the others.
 */
export function returnedLineTh(t: TrackedObligation): string {
  const back = returnedOn(t);
  return back ? `ส่งกลับให้แก้ไข เมื่อ ${formatThaiDate(back)} ยังไม่ได้ส่งฉบับแก้ไข` : '';
}
