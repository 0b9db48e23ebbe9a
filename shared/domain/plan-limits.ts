// How much a plan's measure may hold: the one source of the API's schema (plan.ts) and the page's
// boxes (web/src/screens/plan-fields.ts). No zod here, so the page can import it as it is.
import { toThaiDigits } from './thai-format.js';
import { clipText } from './clip-text.js';

/** A measure title's length (UTF-16 code units). */
export const MAX_TITLE_LENGTH = 1000;
/** The plan's own title (the document's heading), UTF-16 code units. */
export const MAX_PLAN_TITLE_LENGTH = 1000;
/** A timeframe's length. */
export const MAX_TIMEFRAME_LENGTH = 1000;
/** Items of a list field (subMeasures, methods, recommendations) and follow-ups of a measure. */
export const MAX_LIST_ITEMS = 100;
/** One item of a list field, or one follow-up's text (UTF-16 code units, as zod's .max counts). */
export const MAX_ITEM_LENGTH = 5000;

const count = (n: number) => toThaiDigits(n.toLocaleString('en-US'));

/**
 * What the API would refuse in a list of items (one per line in the page): each item longer than
 * MAX_ITEM_LENGTH by its number, and more than MAX_LIST_ITEMS items. Thai first.
 */
export function listItemProblems(items: readonly string[]): { th: string; en: string }[] {
  const problems: { th: string; en: string }[] = [];
  items.forEach((item, i) => {
    if (item.length <= MAX_ITEM_LENGTH) return;
    problems.push({
      th: `ข้อ ${toThaiDigits(i + 1)} "${clipText(item, 30)}" ยาว ${count(item.length)} ตัวอักษร เกินข้อละ ${count(MAX_ITEM_LENGTH)} ตัวอักษร: ย่อข้อความ หรือขึ้นบรรทัดใหม่เพื่อแยกเป็นหลายข้อ`,
      en: `item ${i + 1} "${clipText(item, 30)}" is ${item.length} characters, over ${MAX_ITEM_LENGTH} per item: shorten it or split it over several lines`,
    });
  });
  if (items.length > MAX_LIST_ITEMS) {
    problems.push({
      th: `มี ${count(items.length)} ข้อ เกิน ${count(MAX_LIST_ITEMS)} ข้อ: รวมบางข้อเข้าด้วยกัน หรือย้ายไปเป็นมาตรการใหม่`,
      en: `${items.length} items, over ${MAX_LIST_ITEMS}: join some, or move them to a new measure`,
    });
  }
  return problems;
}
