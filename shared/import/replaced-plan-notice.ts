// What saving a draft does to the year's saved plan it replaces: which saved measures it keeps
// (same id: their reports stay with them), which are new, and which saved ones the save removes.
// One source for the page's copy of last year's plan and for a file read over a saved plan
// (POST /plan-imports, the CLI importer): review 17 s12, S12-7; review 17 s14, S14-17.
import { clipText } from '../domain/clip-text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { ImportWarning } from './import-warning.js';
import type { ImportResult } from './measures-document.js';
import { counted, agreeing } from '../domain/english-count.js';
import type { FieldMessage } from '../domain/errors.js';
import type { OrphanedReports } from '../domain/plan-reports-guard.js';

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
 * for the page, not yet saved), `file-cli` (the CLI importer's dry run: not saved; its words name
 * the CLI's options, not the page's buttons) or `file-saved` (the CLI importer: the file is saved already).
 */
export type ReplacingDraft = 'copy' | 'file' | 'file-cli' | 'file-saved';

/**
 * What to do when a file read over a saved plan lacks saved measures, as the page's draft (its
 * buttons) and the CLI's dry run (its options) each say it; the English notice names only the CLI's.
 */
const MISSING_MEASURES_ADVICE = {
  file: 'ถ้าไฟล์อ่านมาตรการได้ไม่ครบ ให้กด "ยกเลิกร่างนี้" แล้วนำเข้าไฟล์ Word หรือ Excel ต้นฉบับ หรือเพิ่มมาตรการที่ขาดก่อนบันทึก',
  'file-cli': {
    th: 'ถ้าไฟล์อ่านมาตรการได้ไม่ครบ ให้นำเข้าไฟล์ Word หรือ Excel ต้นฉบับแทน หรือเพิ่มมาตรการที่ขาดในไฟล์ก่อนนำเข้า (การนำเข้าที่ลบมาตรการที่บันทึกไว้ต้องระบุ --replace)',
    en: 'if the file was not read whole, import the original Word or Excel file instead, or add the missing measures to the file first (an import that removes saved measures needs --replace)',
  },
} as const;

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
  const fromFile = `ปีงบประมาณ ${toThaiDigits(fy)} มีแผนที่บันทึกไว้แล้ว ${plan} แผนจากไฟล์นี้จะแทนแผนนั้นเมื่อบันทึก:`;
  const opening = {
    copy: `ปีงบประมาณ ${toThaiDigits(fy)} มีแผนที่บันทึกไว้แล้ว ${plan} ร่างที่คัดลอกนี้จะแทนแผนนั้นเมื่อบันทึก:`,
    file: fromFile,
    'file-cli': fromFile,
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
    removed.length > 0 && from === 'file' ? MISSING_MEASURES_ADVICE.file : '',
    removed.length > 0 && from === 'file-cli' ? MISSING_MEASURES_ADVICE['file-cli'].th : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function englishNotice({ fy, from, saved, kept, added, removed }: NoticeFacts): string {
  const plan = `(version ${saved.version}, ${counted(saved.measures.length, 'measure')})`;
  const fromFile = `fiscal year ${fy} already has a saved plan ${plan}; the plan from this file replaces it when saved:`;
  const opening = {
    copy: `fiscal year ${fy} already has a saved plan ${plan}; this copy replaces it when saved:`,
    file: fromFile,
    'file-cli': fromFile,
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
    removed.length > 0 && from === 'file-cli' ? MISSING_MEASURES_ADVICE['file-cli'].en : '',
  ];
  return `${opening} ${parts.filter(Boolean).join('; ')}`;
}

/** A saved measure's follow-ups, as the notice of removed follow-ups needs them. */
interface SavedFollowUpsOf {
  measureId: string;
  followUps?: readonly { followUpNo: number; text: string }[];
}

/** At most this many of a measure's removed follow-ups quoted (the rest counted). */
const FOLLOW_UPS_NAMED = 5;

/**
 * One `follow-up-removed` warning per measure of the draft that keeps a saved measure's id but not
 * all of its saved follow-up numbers: saving removes those follow-ups, and refuses to when units have
 * reported on them (plan-reports-guard). Said in the preview, where the coordinator can still act,
 * not first by the save's 409 (review 17 s21, S21-3). Thai first; the measure's id, no follow-up
 * number (the follow-up is not in the draft); `source` quotes the first removed follow-up.
 */
export function removedFollowUpNotices(
  from: Exclude<ReplacingDraft, 'copy'>,
  draft: readonly { measureId: string; followUps: readonly { followUpNo: number }[] }[],
  saved: readonly SavedFollowUpsOf[],
): ImportWarning[] {
  const savedById = new Map(saved.map((m) => [m.measureId, m]));
  return draft.flatMap((measure) => {
    const kept = new Set(measure.followUps.map((f) => f.followUpNo));
    const removed = (savedById.get(measure.measureId)?.followUps ?? []).filter((f) => !kept.has(f.followUpNo));
    if (removed.length === 0) return [];
    const quoted = (quote: (t: string) => string, no: (n: number) => string, more: (n: number) => string) =>
      removed
        .slice(0, FOLLOW_UPS_NAMED)
        .map((f) => `${no(f.followUpNo)} ${quote(clipText(f.text.trim(), TITLE_QUOTED))}`)
        .join(', ') + (removed.length > FOLLOW_UPS_NAMED ? more(removed.length - FOLLOW_UPS_NAMED) : '');
    const th = quoted(
      (t) => `"${t}"`,
      (n) => `ข้อ ${toThaiDigits(n)}`,
      (n) => ` และอีก ${toThaiDigits(n)} ข้อ`,
    );
    const en = quoted(
      (t) => `"${t}"`,
      (n) => `no. ${n}`,
      (n) => ` and ${n} more`,
    );
    const [message_th, message_en] =
      from === 'file'
        ? [
            `การติดตามผลที่บันทึกไว้ของมาตรการนี้ไม่มีในไฟล์นี้ (${th}) จะถูกลบเมื่อบันทึก ถ้าหน่วยงานรายงานผลข้อนั้นแล้ว ระบบจะไม่ให้บันทึก ถ้าข้อในไฟล์คือข้อเดิมที่แก้ข้อความ ให้ยกเลิกร่างนี้ แก้ข้อความของข้อเดิมในหน้าแก้ไขแผนให้ตรงกับไฟล์ แล้วนำเข้าไฟล์อีกครั้ง`,
            `saved follow-ups of this measure are not in this file (${en}) and are removed on saving; if units have reported on one, the save refuses it. If a follow-up of the file is a saved one reworded, discard this draft, reword the saved one in the plan editor as the file has it, and import the file again`,
          ]
        : from === 'file-cli'
          ? [
              `การติดตามผลที่บันทึกไว้ของมาตรการนี้ไม่มีในไฟล์นี้ (${th}) จะถูกลบเมื่อนำเข้าโดยไม่ใช้ --dry-run ถ้าหน่วยงานรายงานผลข้อนั้นแล้ว ระบบจะไม่ให้บันทึก ถ้าข้อในไฟล์คือข้อเดิมที่แก้ข้อความ ให้แก้ข้อความของข้อเดิมให้ตรงกับไฟล์ก่อน (หน้าแก้ไขแผนของหน้าเว็บ) แล้วจึงนำเข้าไฟล์นี้`,
              `saved follow-ups of this measure are not in this file (${en}) and are removed when it is imported without --dry-run; if units have reported on one, the save refuses it. If a follow-up of the file is a saved one reworded, first reword the saved one as the file has it (the web page's plan editor), then import the file`,
            ]
          : [
              `การติดตามผลที่บันทึกไว้ของมาตรการนี้ไม่มีในไฟล์นี้ (${th}) ถูกลบแล้ว`,
              `saved follow-ups of this measure are not in this file (${en}) and were removed`,
            ];
    return [
      {
        where: {},
        code: 'follow-up-removed' as const,
        message_th,
        message_en,
        source: removed[0]!.text,
        measureId: measure.measureId,
      },
    ];
  });
}

/** At most this many characters of a saved text quoted as a warning's source (ImportWarning.source). */
const SOURCE_QUOTED = 500;

/**
 * One `reports-cut` warning for each entry the save's guard would refuse (replace-plan.ts
 * foreseenReportsRefusal): the 409's field message after "ถ้าบันทึกแผนจากไฟล์นี้ ระบบจะไม่ให้บันทึก"
 * (`from` a copy: "ถ้าบันทึกแผนที่คัดลอกนี้ …"), Thai first. Beside its measure when the draft keeps it (and its follow-up when kept too: a unit
 * taken off, a cadence changed); a dropped measure's is said of the document. `source` quotes the
 * saved follow-up, or the saved measure's title (review 17 s21, S21-3).
 */
export function reportsCutNotices(
  refused: readonly { orphaned: OrphanedReports; field: FieldMessage }[],
  draft: readonly { measureId: string; followUps: readonly { followUpNo: number }[] }[],
  saved: readonly (NamedMeasure & SavedFollowUpsOf)[],
  from: 'file' | 'copy' = 'file',
): ImportWarning[] {
  const saving =
    from === 'file'
      ? { th: 'ถ้าบันทึกแผนจากไฟล์นี้', en: 'saving the plan from this file' }
      : { th: 'ถ้าบันทึกแผนที่คัดลอกนี้', en: 'saving this copied plan' };
  return refused.map(({ orphaned: o, field }) => {
    const measure = draft.find((m) => m.measureId === o.measureId);
    const before = saved.find((m) => m.measureId === o.measureId);
    const followUpKept = o.followUpNo !== undefined && measure?.followUps.some((f) => f.followUpNo === o.followUpNo);
    const quoted =
      (o.followUpNo !== undefined ? before?.followUps?.find((f) => f.followUpNo === o.followUpNo)?.text : undefined) ??
      before?.title ??
      '';
    return {
      where: {},
      code: 'reports-cut' as const,
      message_th: `${saving.th} ระบบจะไม่ให้บันทึก: ${field.message_th}`,
      message_en: `${saving.en} would be refused: ${field.message_en}`,
      source: clipText(quoted.trim(), SOURCE_QUOTED),
      ...(measure ? { measureId: o.measureId } : {}),
      ...(followUpKept ? { followUpNo: o.followUpNo } : {}),
    };
  });
}

/**
 * `result` with the notice of what it replaces of `saved` first, when it has one, then what the save
 * would refuse for reports (`reportsCut`: reportsCutNotices), then the notices of saved follow-ups
 * the kept measures lose (no saved plan: none).
 */
export function withReplacedPlanNotice(
  result: ImportResult,
  saved: (ReplacedPlan & { measures: readonly SavedFollowUpsOf[] }) | undefined,
  from: Exclude<ReplacingDraft, 'copy'>,
  reportsCut: readonly ImportWarning[] = [],
): ImportResult {
  if (!saved) return result;
  const notice = replacedPlanNotice(result.plan.fy, from, saved, result.plan.measures);
  const followUps = removedFollowUpNotices(from, result.plan.measures, saved.measures);
  if (!notice && reportsCut.length === 0 && followUps.length === 0) return result;
  return { ...result, warnings: [...(notice ? [notice] : []), ...reportsCut, ...followUps, ...result.warnings] };
}
