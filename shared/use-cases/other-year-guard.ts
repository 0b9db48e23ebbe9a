// A plan naming another fiscal year saved over a year's saved plan: in August-September the
// coordinator receives next year's approved plan and imports it into the running year, whose
// measures without reports then vanish with their obligations. PUT /plan refuses it (409) unless
// the request confirms it (confirmOtherFiscalYear). Review 17 s13, S13-8.
import { ConflictError } from '../domain/errors.js';
import { clipText } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { fiscalYearOfTitle, otherFiscalYearNamed, yearTextOf } from '../import/fiscal-year-names.js';

export interface OtherYearSave {
  /** the year being saved */
  fy: number;
  /** the text that names the plan's year (the title, or the document's fiscal-year line) */
  named: string;
  /** the year's saved plan, if any */
  saved: { title: string } | undefined;
  confirmed: boolean;
  /** the field the named year came from ("body.title", "body.text") */
  path: string;
  /** how the caller confirms it (default: the API's confirmOtherFiscalYear: true; the CLI's option) */
  confirmWith?: string;
}

/**
 * 409 when the plan names another fiscal year, the year already has a saved plan that does not name
 * that year (re-saving a plan confirmed before asks nothing), and the request did not confirm it.
 * `otherFiscalYear` (in the error body) is the year named, for the page's "import into that year".
 */
export function refuseOtherYearOverSaved(s: OtherYearSave): void {
  const other = otherFiscalYearNamed(s.named, s.fy);
  if (other === undefined || s.saved === undefined || s.confirmed) return;
  if (fiscalYearOfTitle(s.saved.title) === other) return;
  const [o, y] = [toThaiDigits(other), toThaiDigits(s.fy)];
  const confirmWith = s.confirmWith ?? 'confirmOtherFiscalYear: true';
  throw new ConflictError(
    `แผนนี้เป็นแผนของปีงบประมาณ ${o} แต่จะบันทึกแทนแผนปีงบประมาณ ${y} ที่บันทึกไว้แล้ว มาตรการของปี ${y} ที่ไม่มีในแผนนี้จะถูกลบพร้อมงานที่ต้องรายงาน จึงยังไม่บันทึก: ถ้าเป็นแผนของปี ${o} ให้นำเข้าเป็นแผนปี ${o} ถ้าตั้งใจแทนแผนปี ${y} จริง ให้ส่งใหม่พร้อม ${confirmWith}`,
    `this plan is fiscal year ${other}'s, but it would replace the saved plan of fiscal year ${s.fy}: its measures missing here would be removed with their obligations, so nothing was saved. If it is ${other}'s plan, import it as ${other}'s; to replace ${s.fy}'s plan with it, send it again with ${confirmWith}`,
    [otherYearField(s.path, s.named, other, s.fy)],
    { otherFiscalYear: other },
  );
}

/** The field-level message: the year named, with what was read ("ระบุปีงบประมาณ ๒๕๖๗ ไม่ใช่ ๒๕๖๖ (อ่านได้: "…")"). */
export function otherYearField(path: string, named: string, other: number, fy: number) {
  const quoted = clipText(named, 200);
  return {
    path,
    message_th: `ระบุปีงบประมาณ ${toThaiDigits(other)} ไม่ใช่ ${toThaiDigits(fy)} (อ่านได้: "${quoted}")`,
    message_en: `names fiscal year ${other}, not ${fy} (read: "${quoted}")`,
  };
}

/**
 * The guard for a document read over the year's saved plan (PUT /plan, the CLI importer): the year
 * it names is the importer's fiscal-year-differs reading (any spelling: S15-12), else its title's.
 */
export function refuseOtherYearDocument(
  result: { plan: { title: string }; warnings: readonly { code: string; source: string }[] },
  s: Omit<OtherYearSave, 'named'>,
): void {
  refuseOtherYearOverSaved({ ...s, named: yearTextOf(result) });
}
