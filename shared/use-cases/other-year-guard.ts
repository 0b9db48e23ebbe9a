// A plan naming another fiscal year saved over a year's saved plan: in August-September the
// coordinator receives next year's approved plan and imports it into the running year, whose
// measures without reports then vanish with their obligations. PUT /plan refuses it (409) unless
// the request confirms it (confirmOtherFiscalYear). Review 17 s13, S13-8.
import { ConflictError } from '../domain/errors.js';
import { clipText } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { fiscalYearOfTitle } from '../import/fiscal-year-names.js';

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
  /**
   * also when the year has no saved plan: the CLI importer, which has no draft to look at first
   * (the page asks before any such save, first or not: tester s39 #2)
   */
  firstSaveToo?: boolean;
}

/** The other fiscal year (BE) a plan names, when it names exactly one other than `fy`. */
export function otherFiscalYearNamed(text: string, fy: number): number | undefined {
  const named = fiscalYearOfTitle(text);
  return named !== undefined && named !== fy ? named : undefined;
}

/**
 * 409 when the plan names another fiscal year, the year already has a saved plan that does not name
 * that year (re-saving a plan confirmed before asks nothing), and the request did not confirm it.
 * `otherFiscalYear` (in the error body) is the year named, for the page's "import into that year".
 */
export function refuseOtherYearOverSaved(s: OtherYearSave): void {
  const other = otherFiscalYearNamed(s.named, s.fy);
  if (other === undefined || s.confirmed) return;
  if (s.saved === undefined && !s.firstSaveToo) return;
  if (s.saved !== undefined && fiscalYearOfTitle(s.saved.title) === other) return;
  const [o, y] = [toThaiDigits(other), toThaiDigits(s.fy)];
  const quoted = clipText(s.named, 200);
  const confirmWith = s.confirmWith ?? 'confirmOtherFiscalYear: true';
  const field = {
    path: s.path,
    message_th: `ระบุปีงบประมาณ ${o} ไม่ใช่ ${y} (อ่านได้: "${quoted}")`,
    message_en: `names fiscal year ${other}, not ${s.fy} (read: "${quoted}")`,
  };
  // the model example fits an earlier year's plan only (tester s39y: a next year's document got it)
  const earlier = other < s.fy;
  if (s.saved === undefined)
    throw new ConflictError(
      `แผนนี้เป็นแผนของปีงบประมาณ ${o} แต่จะบันทึกเป็นแผนปีงบประมาณ ${y} จึงยังไม่บันทึก: ถ้าเป็นแผนของปี ${o} ให้นำเข้าเป็นแผนปี ${o} ถ้าตั้งใจใช้เป็นแผนปี ${y}${earlier ? ' (เช่น ใช้แผนปีก่อนเป็นต้นแบบ)' : ''} ให้ส่งใหม่พร้อม ${confirmWith} แล้วแก้ชื่อแผนและข้อความที่ระบุปี ${o} ให้เป็นปี ${y}`,
      `this plan is fiscal year ${other}'s, but it would be saved as fiscal year ${s.fy}'s, so nothing was saved. If it is ${other}'s plan, import it as ${other}'s; to use it as ${s.fy}'s${earlier ? " (an earlier year's plan as a model)" : ''}, send it again with ${confirmWith}, then change the title and the texts naming ${other} to ${s.fy}`,
      [field],
      { otherFiscalYear: other },
    );
  throw new ConflictError(
    `แผนนี้เป็นแผนของปีงบประมาณ ${o} แต่จะบันทึกแทนแผนปีงบประมาณ ${y} ที่บันทึกไว้แล้ว มาตรการของปี ${y} ที่ไม่มีในแผนนี้จะถูกลบพร้อมงานที่ต้องรายงาน จึงยังไม่บันทึก: ถ้าเป็นแผนของปี ${o} ให้นำเข้าเป็นแผนปี ${o} ถ้าตั้งใจแทนแผนปี ${y} จริง ให้ส่งใหม่พร้อม ${confirmWith}`,
    `this plan is fiscal year ${other}'s, but it would replace the saved plan of fiscal year ${s.fy}: its measures missing here would be removed with their obligations, so nothing was saved. If it is ${other}'s plan, import it as ${other}'s; to replace ${s.fy}'s plan with it, send it again with ${confirmWith}`,
    [field],
    { otherFiscalYear: other },
  );
}

/**
 * The guard for a document read over the year's saved plan (PUT /plan, the CLI importer): the year
 * it names is the importer's fiscal-year-differs reading (any spelling: S15-12), else its title's.
 */
export function refuseOtherYearDocument(
  result: { plan: { title: string }; warnings: readonly { code: string; source: string }[] },
  s: Omit<OtherYearSave, 'named'>,
): void {
  const differs = result.warnings.find((w) => w.code === 'fiscal-year-differs');
  refuseOtherYearOverSaved({ ...s, named: differs?.source || result.plan.title });
}
