// A measure the document gives twice word for word (a row copied by mistake: the same indicator,
// title, follow-ups and units): both are kept, since two identical rows may be meant, but the second
// is warned, naming the first, so that the coordinator deletes it; kept, its units would owe every
// report twice (review 17 s22, S22-6). Spaces, Thai or Arabic digits and the order of the
// follow-ups (or of sub-measures and methods) make no difference; another unit, cadence or word does.
import type { DraftMeasure } from './measures-document.js';
import { countWork } from './read-once.js';
import { matchKey } from './thai-text.js';
import { quoteWords } from './warning-quotes.js';

/** The work counted (read-once.ts countWork), for tests: measures whose words were keyed (wordsOf). */
export const MEASURE_WORDS_WORK = 'measure words keyed';

/** A measure repeating an earlier one: their places in the list (0-based). */
export interface RepeatedMeasure {
  index: number;
  first: number;
}

const sortedKeys = (texts: readonly string[]) => texts.map(matchKey).sort();

type FollowUp = DraftMeasure['followUps'][number];

/** A follow-up's facts but its text. */
const followUpFacts = (f: FollowUp) => [
  f.cadence,
  f.dueDate ?? '',
  f.firstMonth ?? '',
  f.lastMonth ?? '',
  [...(f.unitIds ?? [])].sort(),
  [...f.audience].sort(),
];

/** Who is responsible for a measure: all units, the units (sorted) and the lead. */
const responsibleFacts = (m: DraftMeasure) => [
  m.responsible.allUnits,
  [...m.responsible.unitIds].sort(),
  m.responsible.leadUnitId ?? '',
];

/** What a measure says, but its id and place: equal for two copies of one row. */
function wordsOf(m: DraftMeasure): string {
  return JSON.stringify([
    m.indicator,
    matchKey(m.title),
    sortedKeys(m.subMeasures),
    sortedKeys(m.methods),
    matchKey(m.timeframe),
    m.followUps.map((f) => JSON.stringify([matchKey(f.text), ...followUpFacts(f)])).sort(),
    ...responsibleFacts(m),
    sortedKeys(m.recommendations),
    (m.notes ?? []).map((n) => `${matchKey(n.label)}\u0000${matchKey(n.text)}`).sort(),
  ]);
}

/**
 * What wordsOf says but the texts: equal for two measures whose words are equal (the same
 * indicator, units, follow-ups but their text, and as many sub-measures, methods, recommendations
 * and notes), so a measure of a shape no other has repeats none and is repeated by none.
 */
function shapeOf(m: DraftMeasure): string {
  return JSON.stringify([
    m.indicator,
    m.subMeasures.length,
    m.methods.length,
    m.followUps.map((f) => JSON.stringify(followUpFacts(f))).sort(),
    ...responsibleFacts(m),
    m.recommendations.length,
    (m.notes ?? []).length,
  ]);
}

/** Each measure that repeats an earlier one word for word, with the first it repeats. */
export function repeatedMeasures(measures: readonly DraftMeasure[]): RepeatedMeasure[] {
  // the texts are keyed only for measures of a shape another measure has: a measure's text may be
  // megabytes (a Word cell of 1,000,000 "<a": its key was ~15 % of that import, session 36)
  const shapes = measures.map(shapeOf);
  const ofShape = new Map<string, number>();
  for (const shape of shapes) ofShape.set(shape, (ofShape.get(shape) ?? 0) + 1);
  const seen = new Map<string, number>();
  const repeated: RepeatedMeasure[] = [];
  measures.forEach((m, index) => {
    if (ofShape.get(shapes[index]!) === 1) return;
    countWork(MEASURE_WORDS_WORK);
    const words = wordsOf(m);
    const first = seen.get(words);
    if (first === undefined) seen.set(words, index);
    else repeated.push({ index, first });
  });
  return repeated;
}

/** Who reads an import's warnings: the page's draft (its buttons) or the CLI importer (its file and options). */
export type WarningReader = 'page' | 'cli';

/**
 * What the importer says of a measure repeating `first` (its id and title): what to do as the
 * page's draft does it (delete the measure, or "ตรวจแล้ว ถูกต้อง") or the CLI's user (the file's row).
 */
export function repeatedMeasureMessage(
  first: Pick<DraftMeasure, 'measureId' | 'title'>,
  reader: WarningReader = 'page',
): { th: string; en: string } {
  const title = quoteWords(first.title);
  const todo =
    reader === 'page'
      ? {
          th: 'หากเป็นแถวที่คัดลอกซ้ำโดยไม่ตั้งใจ ให้ลบมาตรการนี้ ไม่เช่นนั้นหน่วยงานต้องรายงานผลทุกรอบซ้ำสองครั้ง ถ้าตั้งใจให้มีสองมาตรการ กด "ตรวจแล้ว ถูกต้อง"',
          en: 'if the row was copied twice by mistake, delete this measure, or its units report everything twice; if two are meant, mark it checked',
        }
      : {
          th: 'หากเป็นแถวที่คัดลอกซ้ำโดยไม่ตั้งใจ ให้ลบแถวนี้ในไฟล์แล้วนำเข้าอีกครั้ง ไม่เช่นนั้นหน่วยงานต้องรายงานผลทุกรอบซ้ำสองครั้ง ถ้าตั้งใจให้มีสองมาตรการ ไม่ต้องแก้ไข',
          en: 'if the row was copied twice by mistake, delete it from the file and import it again, or its units report everything twice; if two are meant, nothing needs changing',
        };
  return {
    th: `มาตรการนี้ซ้ำกับมาตรการ ${first.measureId} ("${title}") ทุกคำ (ตัวชี้วัด ชื่อมาตรการ การติดตามผล และหน่วยงานเดียวกัน) ${todo.th}`,
    en: `this measure repeats measure ${first.measureId} ("${title}") word for word (the same indicator, title, follow-ups and units): ${todo.en}`,
  };
}
