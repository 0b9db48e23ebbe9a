// Warnings for the phrases of a units cell that name no unit: "the units concerned" (not all
// units, the document does not say which) and "every staff member" (read as all units).
import type { ImportWarningCode } from './import-warning.js';

export interface UnitPhraseWarning {
  code: ImportWarningCode;
  th: string;
  en: string;
}

/** The warnings of parseResponsibility's `concerned` and `everyone`, Thai first, quoting the phrase. */
export function unitPhraseWarnings(read: { concerned?: string; everyone?: string }): UnitPhraseWarning[] {
  const out: UnitPhraseWarning[] = [];
  if (read.concerned) {
    out.push({
      code: 'units-concerned',
      th: `ช่องผู้รับผิดชอบเขียนว่า "${read.concerned}" โดยไม่ระบุชื่อหน่วยงาน จึงไม่ถือเป็น "ทุกกองงาน" กรุณาเลือกหน่วยงานที่เกี่ยวข้องเอง`,
      en: `the responsible-units cell says "${read.concerned}" (the units concerned) without naming them: not "all units"; choose the units`,
    });
  }
  if (read.everyone) {
    out.push({
      code: 'all-units-from-staff',
      th: `ช่องผู้รับผิดชอบเขียนว่า "${read.everyone}" จึงถือเป็น "ทุกกองงาน" (ทุกหน่วยงานรายงานผล) กรุณาตรวจ`,
      en: `the responsible-units cell says "${read.everyone}" (every staff member): read as all units; check it`,
    });
  }
  return out;
}
