// What saving a draft does to the year's saved plan it replaces: which saved measures it keeps
// (same id: their reports stay with them), which are new, and which saved ones the save removes.
// One source for the page's copy of last year's plan and for a file read over a saved plan
// (POST /plan-imports, the CLI importer): review 17 s12, S12-7; review 17 s14, S14-17.
import { clipText } from '../domain/clip-text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { ImportWarning } from './import-warning.js';
import type { ImportResult } from './measures-document.js';
import { counted, agreeing } from '../domain/english-count.js';

/** What the notice needs of a measure (draft or saved). */
interface NamedMeasure {
  measureId: string;
  title: string;
}

/** The saved plan replaced: its version and measures. */
export interface ReplacedPlan {
  version: number;
  measures: readonly NamedMeasure[];
}

/**
 * Where the draft comes from: `copy` (last year's plan copied in the page), `file` (a file read
 * for the page, not yet saved) or `file-saved` (the CLI importer: the file is saved already).
 */
export type ReplacingDraft = 'copy' | 'file' | 'file-saved';

/** At most this many saved measures named in the notice (the rest counted). */
const NAMED = 10;
/** A named measure's title is quoted up to this many characters. */
const TITLE_QUOTED = 60;

const idsNamed = (ids: readonly string[]) =>
  ids.length <= NAMED ? ids.join(', ') : `${ids.slice(0, NAMED).join(', ')} …`;

/** "i5 «title»; i6 «title» …": the removed measures as the coordinator knows them, by title. */
export const measuresNamed = (measures: readonly NamedMeasure[], quote: (t: string) => string) => {
  const named = measures.slice(0, NAMED).map((m) => `${m.measureId} ${quote(clipText(m.title.trim(), TITLE_QUOTED))}`);
  return measures.length > NAMED ? `${named.join('; ')} …` : named.join('; ');
};

/** The draft's measures split against the saved plan's ids (linear). */
export function replacedMeasures(
  draft: readonly { measureId: string }[],
  saved: readonly NamedMeasure[],
): { kept: string[]; added: number; removed: NamedMeasure[] } {
  const savedIds = new Set(saved.map((m) => m.measureId));
  const kept = draft.map((m) => m.measureId).filter((id) => savedIds.has(id));
  const keptSet = new Set(kept);
  return {
    kept,
    added: draft.length - kept.length,
    removed: saved.filter((m) => !keptSet.has(m.measureId)),
  };
}

/**
 * The notice of what saving `draft` over the year's saved plan `saved` keeps, adds and removes,
 * Thai first. A copy always gets one (code copy-over-saved-plan); a file only when the save
 * removes saved measures (file-over-saved-plan): a file that keeps every saved measure replaces
 * nothing the coordinator could lose.
 */
export function replacedPlanNotice(
  fy: number,
  from: ReplacingDraft,
  saved: ReplacedPlan,
  draft: readonly { measureId: string }[],
): ImportWarning | undefined {
  const { kept, added, removed } = replacedMeasures(draft, saved.measures);
  if (from !== 'copy' && removed.length === 0) return undefined;
  const facts = { fy, from, saved, kept, added, removed };
  const th = thaiNotice(facts);
  const en = englishNotice(facts);
  const code = from === 'copy' ? 'copy-over-saved-plan' : 'file-over-saved-plan';
  return { where: {}, code, message_th: th, message_en: en, source: '' };
}

/** What a notice says: the year, the draft's source, the saved plan, ids kept, measures added and removed. */
interface NoticeFacts {
  fy: number;
  from: ReplacingDraft;
  saved: ReplacedPlan;
  kept: readonly string[];
  added: number;
  removed: readonly NamedMeasure[];
}

function thaiNotice({ fy, from, saved, kept, added, removed }: NoticeFacts): string {
  const plan = `(ฉบับที่ ${toThaiDigits(saved.version)}, ${toThaiDigits(saved.measures.length)} มาตรการ)`;
  const opening = {
    copy: `ปีงบประมาณ ${toThaiDigits(fy)} มีแผนที่บันทึกไว้แล้ว ${plan} ร่างที่คัดลอกนี้จะแทนแผนนั้นเมื่อบันทึก:`,
    file: `ปีงบประมาณ ${toThaiDigits(fy)} มีแผนที่บันทึกไว้แล้ว ${plan} แผนจากไฟล์นี้จะแทนแผนนั้นเมื่อบันทึก:`,
    'file-saved': `แผนจากไฟล์นี้แทนแผนที่บันทึกไว้ของปีงบประมาณ ${toThaiDigits(fy)} ${plan} แล้ว:`,
  }[from];
  const here = from === 'copy' ? 'ร่างนี้' : 'ไฟล์นี้';
  const removedLine =
    from === 'file-saved'
      ? `มาตรการที่บันทึกไว้ ${toThaiDigits(removed.length)} ข้อไม่มีใน${here} (${measuresNamed(removed, (t) => `"${t}"`)}) ถูกลบแล้ว`
      : `มาตรการที่บันทึกไว้ ${toThaiDigits(removed.length)} ข้อไม่มีใน${here} (${measuresNamed(removed, (t) => `"${t}"`)}) จะถูกลบเมื่อบันทึก ยกเว้นข้อที่หน่วยงานรายงานผลแล้ว ซึ่งระบบไม่ให้ลบ`;
  return [
    opening,
    kept.length > 0
      ? `มาตรการ ${toThaiDigits(kept.length)} ข้อตรงกับที่บันทึกไว้จึงใช้รหัสเดิม (${idsNamed(kept)}) รายงานที่ส่งแล้วอยู่กับมาตรการนั้นต่อไป`
      : 'ไม่มีมาตรการใดตรงกับที่บันทึกไว้',
    added > 0 ? `มาตรการ ${toThaiDigits(added)} ข้อเป็นมาตรการใหม่` : '',
    removed.length > 0 ? removedLine : '',
    removed.length > 0 && from === 'file'
      ? 'ถ้าไฟล์อ่านมาตรการได้ไม่ครบ ให้กด "ยกเลิกร่างนี้" แล้วนำเข้าไฟล์ Word หรือ Excel ต้นฉบับ หรือเพิ่มมาตรการที่ขาดก่อนบันทึก'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function englishNotice({ fy, from, saved, kept, added, removed }: NoticeFacts): string {
  const plan = `(version ${saved.version}, ${counted(saved.measures.length, 'measure')})`;
  const opening = {
    copy: `fiscal year ${fy} already has a saved plan ${plan}; this copy replaces it when saved:`,
    file: `fiscal year ${fy} already has a saved plan ${plan}; the plan from this file replaces it when saved:`,
    'file-saved': `the plan from this file replaced the saved plan of fiscal year ${fy} ${plan}:`,
  }[from];
  const here = from === 'copy' ? 'this copy' : 'this file';
  const ids = idsNamed(removed.map((m) => m.measureId));
  const parts = [
    kept.length > 0
      ? `${kept.length === 1 ? '1 measure is a saved one and keeps its id' : `${kept.length} measures are saved ones and keep their ids`} (${idsNamed(kept)}) and ${agreeing(kept.length, 'its', 'their')} reports`
      : 'no measure is a saved one',
    added > 0 ? `${counted(added, 'measure')} ${agreeing(added, 'is', 'are')} new` : '',
    removed.length > 0
      ? from === 'file-saved'
        ? `${counted(removed.length, 'saved measure')} ${agreeing(removed.length, 'is', 'are')} not in ${here} (${ids}) and ${agreeing(removed.length, 'was', 'were')} removed`
        : `${counted(removed.length, 'saved measure')} ${agreeing(removed.length, 'is', 'are')} not in ${here} (${ids}) and ${agreeing(removed.length, 'is', 'are')} removed on saving, unless units have reported on ${agreeing(removed.length, 'it', 'them')} (the save refuses that)`
      : '',
  ];
  return `${opening} ${parts.filter(Boolean).join('; ')}`;
}

/** `result` with the notice of what it replaces of `saved` first, when it has one (no saved plan: none). */
export function withReplacedPlanNotice(
  result: ImportResult,
  saved: ReplacedPlan | undefined,
  from: 'file' | 'file-saved',
): ImportResult {
  const notice = saved && replacedPlanNotice(result.plan.fy, from, saved, result.plan.measures);
  return notice ? { ...result, warnings: [notice, ...result.warnings] } : result;
}
