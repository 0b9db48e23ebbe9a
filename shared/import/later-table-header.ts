// The header of another table under the plan's rows, in the same text file or sheet: the product's
// own results CSV writes its per-period section ("ตัวชี้วัด | การติดตามผลข้อ | รอบ | กำหนดส่ง | …")
// after the measures, and a municipality's sheet may hold a summary table below the plan. Its rows
// were read as measures (94 from a 7-measure report: review 17 s11, S11-29); the plan ends there.

/** How many cells a row has up to its last one with text (a sheet pads rows with empty cells). */
export function filledWidth(cells: readonly string[]): number {
  for (let j = cells.length - 1; j >= 0; j--) if (cells[j]!.trim()) return j + 1;
  return 0;
}

/**
 * Whether a row under the plan's header is the header of another table: it reads like a header
 * (`headerLike`: column names of two kinds or more) and is not as wide as the plan's header, or
 * names a column over another of the plan's (`elsewhere`: "ตัวชี้วัด | ชื่อตัวชี้วัด | คะแนน |
 * ผู้รับผิดชอบ" over มาตรการ | ติดตามผล | …, its cells merged as wide as the plan's: tester s51).
 */
export const isLaterTableHeader = (
  cells: readonly string[],
  headerWidth: number,
  headerLike: boolean,
  elsewhere = false,
): boolean => headerLike && (elsewhere || filledWidth(cells) !== headerWidth);

/** The warning for the rows left out from such a header on (Thai first). */
export function laterTableMessage(header: string, caption?: string): { th: string; en: string } {
  // a sheet's or Word table's empty cells after the last label are not quoted ("ลำดับ | รายการ | คะแนน |  | ")
  let end = header.length;
  while (end > 0 && /[\s|]/.test(header[end - 1]!)) end--;
  const quoted = header.slice(0, Math.min(end, 200));
  const named = caption?.trim().slice(0, 120);
  return {
    th: `แถวนี้เป็นหัวตารางอื่นที่ต่อจากตารางแผนมาตรการ (อ่านได้ว่า "${quoted}")${named ? ` แถวก่อนหน้า ("${named}") เป็นชื่อตารางนี้` : ''} จึงถือว่าตารางแผนมาตรการจบก่อน${named ? 'ชื่อตาราง' : 'แถวนี้'} และไม่นำเข้าแถวของตารางนี้เป็นมาตรการ`,
    en: `this row is the header of another table after the plan's ("${quoted}")${named ? `, the row above ("${named}") its caption` : ''}: the plan table ends above ${named ? 'the caption' : 'it'}, and this table's rows were not imported as measures`,
  };
}

/** Another table's caption ("ตารางที่ ๒ ผลคะแนน…", "ตาราง 3 …"). */
const CAPTION = /^ตาราง(?:ที่)?\s*[0-9๐-๙]+/;
/** A notes block's first line ("หมายเหตุ", "หมายเหตุ:", "*หมายเหตุ ๑. …"). */
const NOTES = /^\*?\s*หมายเหตุ(?:[\s:：]|$)/;

/**
 * Does a row's one cell start another block under the plan's rows: another table's caption or a
 * notes block (tester s51: both were read as measures, the rows under them too)?
 */
export function otherBlockStart(text: string): 'caption' | 'notes' | undefined {
  const t = text.trim();
  return CAPTION.test(t) ? 'caption' : NOTES.test(t) ? 'notes' : undefined;
}

/** A notes block's label alone in its cell ("หมายเหตุ", "หมายเหตุ :", "หมายเหตุ:"). */
const NOTES_LABEL = /^\*?\s*หมายเหตุ\s*[:：]?\s*$/;

/**
 * A row's cells with text, in order: a notes block's label in the first, its note in the cells after
 * it ("หมายเหตุ : | ระยะเวลาอาจเปลี่ยนแปลง…": tester s52, glued into the last measure). The row's
 * text as written, or undefined for any other row.
 */
export function notesLabelRow(filled: readonly string[]): string | undefined {
  return filled.length >= 2 && NOTES_LABEL.test(filled[0]!) ? filled.map((c) => c.trim()).join(' ') : undefined;
}

/**
 * Does a row under the plan's rows start another block (its cells with text, in order): another
 * table's caption or a notes block alone in it, or a notes label with its note after it?
 */
export const startsOtherBlock = (filled: readonly string[]): boolean =>
  filled.length === 1 ? otherBlockStart(filled[0]!) !== undefined : notesLabelRow(filled) !== undefined;

/** The warning for the rows left out from such a row on (Thai first). */
export function otherBlockMessage(kind: 'caption' | 'notes', text: string): { th: string; en: string } {
  const quoted = text.trim().slice(0, 120);
  return kind === 'caption'
    ? {
        th: `แถวนี้เป็นชื่อตารางอื่นที่ต่อจากตารางแผนมาตรการ ("${quoted}") จึงถือว่าตารางแผนมาตรการจบก่อนแถวนี้ และไม่นำเข้าแถวของตารางนั้นเป็นมาตรการ กรุณาตรวจว่ามาตรการครบ`,
        en: `this row is the caption of another table after the plan's ("${quoted}"): the plan table ends above it, and that table's rows were not imported as measures; check that no measure is missing`,
      }
    : {
        th: `แถวนี้เป็นหมายเหตุท้ายตารางแผนมาตรการ ("${quoted}") จึงถือว่าตารางแผนมาตรการจบก่อนแถวนี้ และไม่นำเข้าแถวนี้และแถวต่อจากนี้เป็นมาตรการ กรุณาตรวจว่ามาตรการครบ`,
        en: `this row is a notes block under the plan table ("${quoted}"): the plan table ends above it, and neither it nor the rows after it were imported as measures; check that no measure is missing`,
      };
}
