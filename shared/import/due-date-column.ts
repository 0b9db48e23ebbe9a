// A reporting-schedule column holding a date ("กำหนดส่งรายงาน": a date cell read as "๓๑ มีนาคม ๒๕๖๗",
// "31/03/2567", "วันที่ ๓๐ ก.ย. ๖๗"): the row's follow-ups that name no cadence are due then, read as a
// deadline in the follow-up's own words is (deadline-cadence.ts). Review 17 s14, S14-9: the date
// was kept as a note, the follow-up "no cadence: annual", due six months later.
import { clipText } from '../domain/text.js';
import { readDeadline } from './deadline-cadence.js';
import type { ReadCadence } from './follow-up-cadence.js';
import { THAI_DATE, withYearFirstDatesDayFirst } from './thai-dates.js';
import { matchKey } from './thai-text.js';
import { CADENCE_LABELS } from '../domain/plan-labels.js';

/** The whole cell is a date, "วันที่" or "ภายใน"/"ก่อน" before it at most (a match key: no spaces; one written year first made day first). */
const DATE_CELL = new RegExp(`^(?:ภายใน|ก่อน)?(?:วันที่)?(?:${THAI_DATE.source})$`);

/** The cadence a date in a reporting-schedule column gives, said so; undefined when the cell is no date. */
export function dueDateColumnCadence(label: string, text: string, fy: number): ReadCadence | undefined {
  const key = withYearFirstDatesDayFirst(matchKey(text));
  const m = DATE_CELL.exec(key);
  if (!m) return undefined;
  // "ก่อน" + a month alone: due before it begins (beforeItBegins)
  const due = readDeadline(m, key, fy, false, key.startsWith('ก่อน'));
  const read = {
    th: `คอลัมน์ "${clipText(label, 60)}" ระบุ "${clipText(text, 60)}"`,
    en: `the column "${clipText(label, 60)}" says "${clipText(text, 60)}"`,
  };
  if (due.kind === 'none') {
    return {
      cadence: 'unspecified',
      alsoNamed: [],
      unoffered: { th: `${read.th} ${due.th}`, en: `${read.en}: ${due.en}` },
    };
  }
  const cadence = due.kind === 'once' ? 'once' : 'annual';
  return {
    cadence,
    alsoNamed: [],
    ...(due.kind === 'once' ? { dueDate: due.dueDate } : {}),
    guessed: {
      th: `${read.th} ${due.th} จึงถือเป็น "${CADENCE_LABELS[cadence]}" กรุณาตรวจรอบการรายงาน`,
      en: `${read.en}: ${due.en}, taken as ${cadence}; check the cadence`,
    },
  };
}
