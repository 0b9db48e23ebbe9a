// Status words elsewhere in a measure's row than before its heading (review 17 s14, S14-2): a
// revised plan (แผนฉบับปรับปรุง) marks a dropped measure "(ยกเลิก)" after its heading or in a units
// cell, or writes "ยกเลิก", "ยกเลิกมาตรการนี้ตามมติที่ประชุม", "ไม่ดำเนินการในปีนี้" in its notes
// column. Such a measure was imported as a live one without a word. indicator-heading.ts's
// statusBefore covers the words before the heading.
import { normaliseThai, stripTags } from './thai-text.js';
import { quoteStart, quoteWords } from './warning-quotes.js';

const STATUS = 'ยกเลิก|ไม่ดำเนินการ|งดดำเนินการ|ตัดออก|ยุติ';
/** "(ยกเลิก)", "[ไม่ดำเนินการในปีนี้]", "(ยกเลิก ตามมติที่ประชุม)": a status in brackets, anywhere in a cell */
const BRACKETED = new RegExp(`[(（[]\\s*(?:${STATUS})[^)）\\]]{0,60}[)）\\]]`);
/** a note that opens with a status ("ยกเลิก", "ไม่ดำเนินการในปีนี้", "ยกเลิกมาตรการนี้ …") */
const OPENS_WITH = new RegExp(`^\\s*(?:${STATUS})`);

export interface StatusMark {
  /** the words as written */
  said: string;
  /** where: a cell of the row by its role, or a note by its label */
  in: { role: 'measure' | 'methods' | 'timeframe' | 'followUps' | 'responsible' } | { note: string };
}

/**
 * The first status mark of a row: a bracketed status word in one of its cells, or a note opening
 * with one. Undefined when none. Linear in the row's text.
 */
export function statusMarkOf(
  cells: Partial<Record<'measure' | 'methods' | 'timeframe' | 'followUps' | 'responsible', string>>,
  notes: readonly { label: string; text: string }[],
): StatusMark | undefined {
  for (const role of ['measure', 'responsible', 'timeframe', 'followUps', 'methods'] as const) {
    const text = cells[role];
    if (!text) continue;
    const found = BRACKETED.exec(normaliseThai(stripTags(text)));
    if (found) return { said: found[0], in: { role } };
  }
  for (const n of notes) {
    const text = normaliseThai(stripTags(n.text)).trim();
    if (OPENS_WITH.test(text)) return { said: quoteStart(text, 80), in: { note: n.label } };
  }
  return undefined;
}

/** The words of a status mark's warning, Thai first (the same code as a status before the heading). */
export function statusMarkMessage(mark: StatusMark, columnLabel: string): { th: string; en: string } {
  return {
    th: `มาตรการนี้มีข้อความ "${mark.said}" ในช่อง "${columnLabel}": ตรวจว่ายังเป็นมาตรการของแผนหรือไม่ ถ้ายกเลิกแล้ว ให้ลบมาตรการนี้ หน่วยงานจะได้ไม่ต้องรายงาน`,
    en: `this measure has "${mark.said}" in the "${columnLabel}" cell: check whether it is still a measure of the plan; if it was cancelled, remove it so no unit has to report on it`,
  };
}

/** The warning of a measure whose measure cell is struck through as a whole (S13-10), Thai first. */
export function struckMeasureMessage(title: string, columnLabel: string): { th: string; en: string } {
  const named = quoteWords(title);
  const [th, en] = columnLabel ? [` (ช่อง "${columnLabel}")`, ` (the "${columnLabel}" cell)`] : ['', ''];
  return {
    th: `ข้อความของมาตรการ "${named}" ถูกขีดฆ่าทั้งหมด${th}: แผนฉบับปรับปรุงมักขีดฆ่ามาตรการที่ยกเลิก ตรวจว่ายังเป็นมาตรการของแผนหรือไม่ ถ้ายกเลิกแล้ว ให้ลบมาตรการนี้ หน่วยงานจะได้ไม่ต้องรายงาน`,
    en: `the text of the measure "${named}" is all struck through${en}: revised plans strike out the measures they drop; check whether it is still a measure of the plan; if it was cancelled, remove it so no unit has to report on it`,
  };
}
