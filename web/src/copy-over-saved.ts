// Last year's plan copied onto a year that already has a saved plan: its measure ids are last
// year's, and ids are where this year's reports are filed ("i4.f1.2019-10.finance"), so a copied
// measure may keep a saved id only when it is that saved measure (review 17 s12, S12-7: the
// vehicles report moved to last year's i4, whatever that measure was). The copy is aligned like a
// re-imported document (align-saved-plan.ts): the same measure keeps its saved id and follow-up
// numbers, any other one is new.
import { alignWithSavedPlan } from '../../shared/import/align-saved-plan.js';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import type { DraftMeasure } from '../../shared/import/measures-document.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';

interface CopiedPlan {
  fy: number;
  title: string;
  measures: DraftMeasure[];
  warnings: ImportWarning[];
}

/** At most this many ids named in the notice (the rest counted). */
const IDS_NAMED = 10;

const named = (ids: readonly string[]) =>
  ids.length <= IDS_NAMED ? ids.join(', ') : `${ids.slice(0, IDS_NAMED).join(', ')} …`;

/**
 * `copy` (copyPlanToYear's) with each measure's id and follow-up numbers taken from the year's
 * saved plan `saved` where the copied measure is a saved one (same or alike title, or most of its
 * items), and a new id otherwise (a placeholder "m<n>": the save numbers it like any new measure);
 * a notice first says what the copy keeps, adds and drops of the saved plan. Warnings follow their
 * measures. Linear in the plans (alignWithSavedPlan).
 */
export function copyAlignedWithSaved(
  copy: CopiedPlan,
  saved: { version: number; measures: readonly DraftMeasure[] },
): CopiedPlan {
  const savedIds = new Set(saved.measures.map((m) => m.measureId));
  // last year's ids mean nothing this year: every copied measure starts as new
  const fresh = new Map<string, string>();
  const measures = copy.measures.map((m, i) => {
    let id = `m${i + 1}`;
    for (let n = 2; savedIds.has(id); n++) id = `m${i + 1}-${n}`;
    fresh.set(m.measureId, id);
    return { ...m, measureId: id };
  });
  const warnings = copy.warnings.map((w) =>
    w.measureId !== undefined && fresh.has(w.measureId) ? { ...w, measureId: fresh.get(w.measureId)! } : w,
  );
  const aligned = alignWithSavedPlan(
    { plan: { orgId: '', fy: copy.fy, title: copy.title, measures }, warnings },
    { measures: saved.measures },
  );
  const kept = aligned.plan.measures.map((m) => m.measureId).filter((id) => savedIds.has(id));
  const keptSet = new Set(kept);
  const dropped = saved.measures.map((m) => m.measureId).filter((id) => !keptSet.has(id));
  return {
    fy: copy.fy,
    title: aligned.plan.title,
    measures: aligned.plan.measures,
    warnings: [
      copyOverSavedNotice(copy.fy, saved, kept, aligned.plan.measures.length - kept.length, dropped),
      ...aligned.warnings,
    ],
  };
}

/** "ปีงบประมาณ ๒๕๖๓ มีแผนที่บันทึกไว้แล้ว …": what saving the copy does to the saved plan (Thai first). */
function copyOverSavedNotice(
  fy: number,
  saved: { version: number; measures: readonly DraftMeasure[] },
  kept: readonly string[],
  added: number,
  dropped: readonly string[],
): ImportWarning {
  const th = [
    `ปีงบประมาณ ${toThaiDigits(fy)} มีแผนที่บันทึกไว้แล้ว (ฉบับที่ ${toThaiDigits(saved.version)}, ${toThaiDigits(saved.measures.length)} มาตรการ) ร่างที่คัดลอกนี้จะแทนแผนนั้นเมื่อบันทึก:`,
    kept.length > 0
      ? `มาตรการ ${toThaiDigits(kept.length)} ข้อตรงกับที่บันทึกไว้จึงใช้รหัสเดิม (${named(kept)}) รายงานที่ส่งแล้วอยู่กับมาตรการนั้นต่อไป`
      : 'ไม่มีมาตรการใดตรงกับที่บันทึกไว้',
    added > 0 ? `มาตรการ ${toThaiDigits(added)} ข้อเป็นมาตรการใหม่` : '',
    dropped.length > 0
      ? `มาตรการที่บันทึกไว้ ${toThaiDigits(dropped.length)} ข้อไม่มีในร่างนี้ (${named(dropped)}) จะถูกลบเมื่อบันทึก ยกเว้นข้อที่หน่วยงานรายงานผลแล้ว ซึ่งระบบไม่ให้ลบ`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const en = [
    `fiscal year ${fy} already has a saved plan (version ${saved.version}, ${saved.measures.length} measures); this copy replaces it when saved:`,
    kept.length > 0
      ? `${kept.length} measures are saved ones and keep their ids (${named(kept)}) and their reports`
      : 'no measure is a saved one',
    added > 0 ? `${added} measures are new` : '',
    dropped.length > 0
      ? `${dropped.length} saved measures are not in this copy (${named(dropped)}) and are removed on saving, unless units have reported on them (the save refuses that)`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { where: {}, code: 'copy-over-saved-plan', message_th: th, message_en: en, source: '' };
}
