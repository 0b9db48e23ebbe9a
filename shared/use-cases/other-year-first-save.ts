// The CLI importer's guard for another year's document saved as the year's first plan (tester s39
// #2: the real FY2566 document saved as FY2570's plan, its title naming ๒๕๖๖, without a question).
// The page asks before any such save; PUT /plan (the API) refuses only over a saved plan
// (other-year-guard.ts), so this lives outside the API function.
import { ConflictError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { otherFiscalYearNamed, yearTextOf } from '../import/fiscal-year-names.js';
import { otherYearField } from './other-year-guard.js';

/**
 * 409 when `result` (a read plan document) names another fiscal year than `fy`, the year has no
 * saved plan, and the run did not confirm it (`confirmWith`: the CLI's --confirm-other-year); its
 * message says a confirmed earlier year's document has its years moved (import-plan-draft.ts), a
 * later year's texts are to be changed by hand. `path`: the field.
 */
export function refuseOtherYearFirstSave(
  result: { plan: { title: string }; warnings: readonly { code: string; source: string }[] },
  s: { fy: number; confirmed: boolean; path: string; confirmWith: string },
): void {
  const named = yearTextOf(result);
  const other = otherFiscalYearNamed(named, s.fy);
  if (other === undefined || s.confirmed) return;
  const [o, y] = [toThaiDigits(other), toThaiDigits(s.fy)];
  // the model example fits an earlier year's plan only (tester s39y: a next year's document got it)
  const earlier = other < s.fy;
  throw new ConflictError(
    `แผนนี้เป็นแผนของปีงบประมาณ ${o} แต่จะบันทึกเป็นแผนปีงบประมาณ ${y} จึงยังไม่บันทึก: ถ้าเป็นแผนของปี ${o} ให้นำเข้าเป็นแผนปี ${o} ถ้าตั้งใจใช้เป็นแผนปี ${y}${earlier ? ' (เช่น ใช้แผนปีก่อนเป็นต้นแบบ)' : ''} ให้ส่งใหม่พร้อม ${s.confirmWith}${earlier ? ` ระบบจะเลื่อนปีในชื่อแผน วันที่ และข้อความจากปี ${o} เป็นปี ${y} ให้ แล้วตรวจตามคำเตือนแต่ละข้อ` : ` แล้วแก้ชื่อแผนและข้อความที่ระบุปี ${o} ให้เป็นปี ${y}`}`,
    `this plan is fiscal year ${other}'s, but it would be saved as fiscal year ${s.fy}'s, so nothing was saved. If it is ${other}'s plan, import it as ${other}'s; to use it as ${s.fy}'s${earlier ? " (an earlier year's plan as a model)" : ''}, send it again with ${s.confirmWith}${earlier ? `: the title's, dates' and texts' years move from ${other} to ${s.fy}, each move warned to check` : `, then change the title and the texts naming ${other} to ${s.fy}`}`,
    [otherYearField(s.path, named, other, s.fy)],
    { otherFiscalYear: other },
  );
}
