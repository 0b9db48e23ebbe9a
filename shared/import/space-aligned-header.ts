// A text plan whose columns are aligned with spaces (pdftotext -layout, OCR "keep layout", text
// copied out of a PDF) is not read as a table; its header line is found so that the "no measures"
// warning says what was found and what to do (review 17 s11, S11-7).

/** Lines looked at, and the longest line taken for a header: bounded work whatever the input. */
const MAX_LINES = 300;
const MAX_HEADER_LINE = 600;
/** Two or more spaces (or an ideographic space) between two words: a column gap. */
const GAP = /[ \u00a0]{2,}|\u3000+/;

/** The first text line that is a plan header once split at its runs of spaces, if any. */
export function spaceAlignedHeader<L extends { text: string }>(
  lines: readonly L[],
  isHeader: (cells: string[]) => boolean,
): L | undefined {
  for (const line of lines.slice(0, MAX_LINES)) {
    const text = line.text.trim();
    if (text.length > MAX_HEADER_LINE || !GAP.test(text)) continue;
    const cells = text.split(GAP);
    if (cells.length >= 3 && isHeader(cells)) return line;
  }
  return undefined;
}

/** The "no measures" warning's words for such a header, Thai first. */
export function spaceAlignedMessage(header: string): { th: string; en: string } {
  const quoted = header.trim().replace(/[ \u00a0\u3000]{2,}/g, ' … ');
  return {
    th: `ไม่พบตารางมาตรการ: พบหัวตาราง "${quoted}" แต่คอลัมน์คั่นด้วยช่องว่าง ไม่ใช่แท็บ จึงแยกคอลัมน์ไม่ได้ กรุณานำเข้าไฟล์ PDF หรือ Word ต้นฉบับแทน หรือคั่นคอลัมน์ด้วยแท็บ`,
    en: `no measures table was read: the table header "${quoted}" was found, but its columns are separated by spaces, not tabs, so they cannot be told apart; import the original PDF or Word file instead, or separate the columns with tabs`,
  };
}
