// Two follow-ups written on one line, joined by "และ" or "/" ("รายงานผลทุกไตรมาส และสรุปผลการ
// ดำเนินงานเมื่อสิ้นปีงบประมาณ", "รายงานทุกเดือน / สรุปผลประจำปี"; review 17 s23, S23-8's rest): one
// follow-up with two cadences, the second report's lost. Split only a line naming two cadences, where
// each part names its own; one cadence for two verbs ("รายงานผลและสรุปผลทุกไตรมาส"), a slash by a
// digit ("1/2566", "ไตรมาส 1/2"), a cadence alone ("รายงานทุกเดือน/ทุกไตรมาส") and a cut inside a
// cadence's words keep it whole.
import { cadenceBesideReportNames, detectCadence, detectCadences } from './cadence-detection.js';
import { matchKey } from './thai-text.js';
import { tickList } from './tick-lists.js';

/** "และ", or "/" (see SLASH_BY_DIGIT); the parts are trimmed. */
const JOINER = /และ|\//g;
/** A slash by a digit ("1/2566", "ไตรมาส 1/2") or in brackets (a tick, "(/)"): no joiner. */
const SLASH_BY_DIGIT = /[0-9๐-๙()]/;
/**
 * A line of more joiners or letters is read whole: a line of two or three follow-ups has a few of
 * each, and each joiner reads the line up to it again (linear in a long text, within a few times).
 */
const MAX_JOINERS = 8;
const MAX_LENGTH = 400;
/** A part that is a cadence alone ("ทุกไตรมาส", "ปีละ ๒ ครั้ง", "ประจำปี"): no follow-up of its own. */
const CADENCE_ALONE =
  /^(?:ทุกๆ?|ราย|ประจำ|ปีละ|เดือนละ|ไตรมาสละ|ครึ่งปีละ)?(?:สิ้น)?[0-9]{0,2}(?:เดือน|ไตรมาส|ครึ่งปี|ปี)?(?:ละ)?[0-9]{0,2}(?:ครั้ง)?$/;

/**
 * The follow-ups one follow-up text names (see the file's head): its parts in order, trimmed, each
 * naming a cadence of its own (a tail naming none goes with the part before it); [item] when the
 * text names one cadence or cannot be split so.
 */
export function joinedFollowUps(item: string): string[] {
  if (item.length > MAX_LENGTH) return [item];
  const whole = detectCadences(item);
  // "รายเดือน ( ) รายไตรมาส (/)": a tick list names the one ticked (tick-lists.ts)
  if (whole.alsoNamed.length === 0 || tickList(item)) return [item];
  const parts: { from: number; to: number }[] = [];
  let from = 0;
  let joiners = 0;
  for (const m of item.matchAll(JOINER)) {
    if (++joiners > MAX_JOINERS) return [item];
    const around = `${item.slice(0, m.index).trimEnd().at(-1) ?? ''}${item.slice(m.index + 1).trimStart()[0] ?? ''}`;
    if (m[0] === '/' && SLASH_BY_DIGIT.test(around)) continue;
    if (cadenceBesideReportNames(item.slice(from, m.index)) === 'unspecified') continue;
    parts.push({ from, to: m.index });
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return [item];
  if (cadenceBesideReportNames(item.slice(from)) === 'unspecified') parts.at(-1)!.to = item.length;
  else parts.push({ from, to: item.length });
  const texts = parts.map((p) => item.slice(p.from, p.to).trim());
  if (texts.length < 2 || texts.some((t) => CADENCE_ALONE.test(matchKey(t)))) return [item];
  // a cut inside a cadence's words ("ทุก ๖ เดือน ในเดือนเมษายน|และกันยายน") reads other cadences than the line
  const named = new Set([whole.cadence, ...whole.alsoNamed]);
  const read = new Set(texts.map(detectCadence));
  return read.size === named.size && [...read].every((c) => named.has(c)) ? texts : [item];
}
