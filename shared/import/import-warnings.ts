// The import's warnings: each said once, at most MAX_WARNINGS, essential ones kept past the cap.
import { clipText } from '../domain/clip-text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { describeWhere, type ImportWarning, type RowWhere, type Where } from './import-warning.js';
import type { SourceDocument } from './source-document.js';

/** Characters of a text a warning quotes (ImportWarning.source). */
export const SOURCE_CHARS = 500;
/** A quoted text as warnings keep it (at most SOURCE_CHARS characters). */
export const clip = (s: string) => clipText(s, SOURCE_CHARS);

/** The measure (and follow-up) of the draft a warning is about. */
export type About = Pick<ImportWarning, 'measureId' | 'followUpNo' | 'indicators'>;

/** The most warnings one import gives back (a page reads them; a response stays small). */
export const MAX_WARNINGS = 1000;

/**
 * Warnings that stop the draft from being saved, or say it was cut: past MAX_WARNINGS they are kept
 * and advisory ones dropped in their place, so a long document's last measure without an indicator
 * is still named (review 17 s11, S11-18).
 */
const KEPT_PAST_CAP: ReadonlySet<ImportWarning['code']> = new Set([
  'no-indicator',
  'cannot-save',
  'no-responsible-unit',
  'unknown-unit',
  'measures-dropped',
  'plan-too-large',
  'no-measures',
  'formula-without-value',
]);

interface Kept {
  order: number;
  /** the order it was said in (ties of one line keep it) */
  seq: number;
  warning: ImportWarning;
}

/** Keep the items `keep` accepts, in order, in place (one pass: splicing each out was quadratic). */
function keepOnly<T>(list: T[], keep: (item: T) => boolean): void {
  let n = 0;
  for (const item of list) if (keep(item)) list[n++] = item;
  list.length = n;
}

/**
 * The import's warnings: each said once, at most MAX_WARNINGS, then one that counts the rest; past
 * the cap an essential warning (KEPT_PAST_CAP) takes the place of the last advisory one.
 */
export class Warnings {
  private readonly essential: Kept[] = [];
  private readonly advisory: Kept[] = [];
  private readonly said = new Set<string>();
  private omitted = 0;
  private seq = 0;
  /** how many times add was called (said or not): a row that added none said nothing */
  calls = 0;
  /** `sheetColumns`: a sheet's Excel column of each cell read, where hidden columns were skipped */
  constructor(private readonly sheetColumns?: SourceDocument['sheetColumns']) {}
  add(
    order: number,
    where: Where,
    code: ImportWarning['code'],
    th: string,
    en: string,
    source: string,
    about: About = {},
  ) {
    this.calls++;
    // a row cut from a wider one (a side table's right half) counts its columns from its first cell
    const { columnsBefore, ...said } = where as RowWhere;
    where = columnsBefore && said.column !== undefined ? { ...said, column: said.column + columnsBefore } : said;
    const shown =
      where.sheet !== undefined && where.column !== undefined ? this.sheetColumns?.[where.sheet] : undefined;
    if (shown) where = { ...where, column: shown[where.column! - 1] ?? where.column };
    const key = `${order}\u0000${code}\u0000${about.measureId ?? ''}\u0000${about.followUpNo ?? ''}\u0000${th}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    const essential = KEPT_PAST_CAP.has(code);
    if (this.essential.length + this.advisory.length >= MAX_WARNINGS) {
      if (!essential || this.advisory.length === 0) {
        this.omitted++;
        return;
      }
      this.advisory.pop();
      this.omitted++;
    }
    const place = describeWhere(where);
    (essential ? this.essential : this.advisory).push({
      order,
      seq: this.seq++,
      warning: {
        where,
        code,
        message_th: `${place.th}: ${th}`,
        message_en: `${place.en}: ${en}`,
        source: clip(source),
        ...about,
      },
    });
  }
  /** Take back the warnings `about` accepts (a table found later to be no part of the plan). */
  forget(about: (w: ImportWarning) => boolean) {
    for (const list of [this.essential, this.advisory]) keepOnly(list, (w) => !about(w.warning));
  }
  /**
   * Move the warnings about each measure `moved` names to the measure it was joined into, its
   * follow-ups renumbered; one that measure already has (same code and follow-up) is dropped. One
   * pass over the warnings.
   */
  moveToJoined(moved: ReadonlyMap<string, { measureId: string; followUpNos: ReadonlyMap<number, number> }>) {
    const key = (code: string, measureId: string, followUpNo: number | undefined) =>
      `${code}\u0000${measureId}\u0000${followUpNo ?? ''}`;
    const had = new Set<string>();
    for (const list of [this.essential, this.advisory])
      for (const { warning: w } of list)
        if (w.measureId !== undefined && !moved.has(w.measureId)) had.add(key(w.code, w.measureId, w.followUpNo));
    for (const list of [this.essential, this.advisory])
      keepOnly(list, ({ warning: w }) => {
        const to = w.measureId === undefined ? undefined : moved.get(w.measureId);
        if (!to) return true;
        const followUpNo = w.followUpNo === undefined ? undefined : (to.followUpNos.get(w.followUpNo) ?? w.followUpNo);
        if (had.has(key(w.code, to.measureId, followUpNo))) return false;
        w.measureId = to.measureId;
        if (followUpNo !== undefined) w.followUpNo = followUpNo;
        return true;
      });
  }
  /** Where the warnings stand now, to take back all said after it (a document read again). */
  mark(): { seq: number; omitted: number } {
    return { seq: this.seq, omitted: this.omitted };
  }
  /** Take back every warning said after `to` (those before it are never said again). */
  rollback(to: { seq: number; omitted: number }) {
    for (const list of [this.essential, this.advisory]) keepOnly(list, (w) => w.seq < to.seq);
    this.said.clear();
    this.omitted = to.omitted;
  }
  /** The warnings in document order, and the count of those left out. */
  sorted(): ImportWarning[] {
    const lineOf = (w: Kept) => w.warning.where.line ?? w.order;
    const warnings = [...this.essential, ...this.advisory]
      .sort((a, b) => lineOf(a) - lineOf(b) || a.seq - b.seq)
      .map((w) => w.warning);
    if (this.omitted === 0) return warnings;
    return [
      ...warnings,
      {
        where: {},
        code: 'more-warnings',
        message_th: `มีคำเตือนอีก ${toThaiDigits(this.omitted)} รายการที่ไม่ได้แสดง (แสดงได้ไม่เกิน ${toThaiDigits(MAX_WARNINGS)} รายการ คำเตือนที่ทำให้บันทึกไม่ได้แสดงครบ) กรุณาตรวจเอกสารต้นฉบับ`,
        message_en: `${this.omitted} more warnings are not shown (at most ${MAX_WARNINGS} are; those that stop the save are all shown); check the source document`,
        source: '',
      },
    ];
  }
}
