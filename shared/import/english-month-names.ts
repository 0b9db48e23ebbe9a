// English month names in a Thai plan's timeframe ("January - June 2024", "Jan-Jun 2567", "Oct 2023 –
// Mar 2024": review 17 s26, task s26-e), read as the Thai months the timeframe reader knows.
import { THAI_MONTHS } from '../domain/thai-format.js';

/** The English names by month (January first), as the start each is spelt from. */
const STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A month's English name, full or cut to three letters ("Sept" too), a dot after it allowed, never
 * inside a word ("Summary", "Decimal"): bounded alternatives, linear in the text.
 */
const ENGLISH_MONTH =
  /(?<![a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?/gi;
/** English words before a month (Thai by then) or a day and month, as the Thai ones the reader knows. */
const ENGLISH_JOINS = new RegExp(
  `(?<![a-z])(to|until|till|through|from|since|by|before)(?=\\s+(?:[0-9]{1,2}\\s+)?(?:${THAI_MONTHS.join('|')}))`,
  'gi',
);
const JOIN_IN_THAI: Readonly<Record<string, string>> = {
  to: 'ถึง',
  until: 'ถึง',
  till: 'ถึง',
  through: 'ถึง',
  from: 'ตั้งแต่',
  since: 'ตั้งแต่',
  by: 'ภายใน',
  before: 'ภายใน',
};

/**
 * The text with each English month name as its Thai name ("Jan-Jun 2567" -> "มกราคม-มิถุนายน 2567")
 * and "to"/"from"/"by" before a month as "ถึง"/"ตั้งแต่"/"ภายใน"; other text as it is. Years stay as
 * written (CE or BE: thai-dates.ts ceYear reads both).
 */
export function withEnglishMonthsInThai(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  const named = text.replace(ENGLISH_MONTH, (_m, name: string) => {
    const month = STEMS.indexOf(name.slice(0, 3).toLowerCase());
    return ` ${THAI_MONTHS[month]!} `;
  });
  return named.replace(ENGLISH_JOINS, (word: string) => JOIN_IN_THAI[word.toLowerCase()]!);
}
