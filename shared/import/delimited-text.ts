// A plan sheet saved as delimited text (review 17 s9, entries 1 and 4): Excel's "Text (Tab
// delimited)" and "Unicode Text", LibreOffice's "quote all text cells", Excel's "CSV UTF-8". A cell
// holding a line break (Alt+Enter), a delimiter or a quote is written in double quotes, a quote
// inside doubled (RFC 4180); the line breaks inside are the cell's lines, not new rows.
import { holdsHtmlTable, htmlOfText, readMarkdownText } from './markup-text-tables.js';
import { readHtmlDocument } from './read-html.js';
import { paragraphsCell, readTextDocument, type SourceBlock, type SourceDocument } from './source-document.js';
import { withJoinedRowsSplit } from './joined-rows.js';
import { markLedLinesJoined, withSourceLines } from './mark-led-lines.js';
import { fewLetters } from './thai-text.js';
import { textFileCell, withoutOcrTags } from './text-file-markup.js';

/** One record of a delimited file: the line it starts on and its fields, each as its lines. */
interface DelimitedRecord {
  line: number;
  fields: string[][];
}

/**
 * The records of `text` (line breaks already "\n") split at `delimiter`, quotes read as RFC 4180;
 * undefined when the quoting is broken (a quote never closed, or a closing quote followed by
 * anything but a delimiter or the line's end): such a file is plain text with quote marks in it.
 * One pass over the text: linear in its length.
 */
function delimitedRecords(text: string, delimiter: string): DelimitedRecord[] | undefined {
  const records: DelimitedRecord[] = [];
  let line = 1;
  let fields: string[][] = [];
  let recordLine = 1;
  let at = 0;
  const n = text.length;
  while (at <= n) {
    if (text[at] === '"') {
      // a quoted field: up to the quote that is not doubled
      const lines: string[] = [];
      let part = '';
      let i = at + 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return undefined;
        const chunk = text.slice(i, quote);
        const pieces = chunk.split('\n');
        part += pieces[0];
        for (const piece of pieces.slice(1)) {
          lines.push(part);
          part = piece;
          line++;
        }
        if (text[quote + 1] === '"') {
          part += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      lines.push(part);
      fields.push(lines);
      at = i;
      if (at < n && text[at] !== delimiter && text[at] !== '\n') return undefined;
    } else {
      let end = at;
      while (end < n && text[end] !== delimiter && text[end] !== '\n') end++;
      fields.push([text.slice(at, end)]);
      at = end;
    }
    if (at >= n || text[at] === '\n') {
      records.push({ line: recordLine, fields });
      fields = [];
      line++;
      recordLine = line;
    }
    at++;
  }
  return records;
}

/** A record as a block: a row when it has more than one field, else a line of text. */
function recordBlock({ line, fields }: DelimitedRecord, delimiter: string): SourceBlock | undefined {
  if (fields.every((f) => f.every((l) => !l.trim()))) return undefined;
  // a quoted field over several lines: OCR's tags dropped from each, as a Markdown cell's (s59-E)
  const cells = fields.map((f) => (f.length > 1 ? paragraphsCell(f.map(withoutOcrTags)) : textFileCell(f[0]!)));
  if (fields.length === 1 || (delimiter !== '\t' && fields.filter((f) => f.some((l) => l.trim())).length === 1)) {
    // a comma (or semicolon) file pads a title line with empty fields ("title,,,,"): it is text
    const text = fields.find((f) => f.some((l) => l.trim()))!;
    return { kind: 'text', where: { line }, text: textFileCell(text.join(' ')) };
  }
  return { kind: 'row', where: { line }, cells };
}

/**
 * `text` (line breaks "\n") read as a file delimited by `delimiter` with quoted cells, or undefined
 * when its quoting is broken. Only a file with a quote at a cell's start needs this reading.
 */
export function readDelimitedText(text: string, delimiter: '\t' | ',' | ';'): SourceDocument | undefined {
  const records = delimitedRecords(text, delimiter);
  if (!records) return undefined;
  const blocks: SourceBlock[] = [];
  for (const record of records) {
    const block = recordBlock(record, delimiter);
    if (block) blocks.push(block);
  }
  return { blocks };
}

/** Whether some cell of `text` starts with a double quote (at a line's start or after `delimiter`). */
export const hasQuotedCell = (text: string, delimiter: string) =>
  text.startsWith('"') || text.includes(`\n"`) || text.includes(`${delimiter}"`);

const hasHeader = (doc: SourceDocument, isHeader: (cells: string[]) => boolean) =>
  doc.blocks.some((b) => b.kind === 'row' && isHeader(b.cells));

/** The longest row (its cells' characters) whose header reading is kept; rows past it are read each time. */
const MAX_KEPT_ROW = 1000;
/** Rows kept: past it the readings are dropped and made again when asked. */
const MAX_KEPT_ROWS = 10_000;

/**
 * `isHeader` made once per distinct short row of one file's readings: a file repeats its rows (a
 * megabyte of one empty formatted row is 130,000 of them), and each reading of the file and the
 * split of joined rows (joined-rows.ts) ask for every row's (review 17 s19, short rows).
 */
function headerOnce(isHeader: (cells: string[]) => boolean): (cells: string[]) => boolean {
  const kept = new Map<string, boolean>();
  // the row before, and its reading: a row like it (a run of one row) is read as it was
  let last: { cells: readonly string[]; header: boolean } | undefined;
  const asLast = (cells: readonly string[]) =>
    last !== undefined && last.cells.length === cells.length && cells.every((c, j) => c === last!.cells[j]);
  const read = (cells: string[]) => {
    if (asLast(cells)) return last!.header;
    const header = readKept(cells);
    last = { cells, header };
    return header;
  };
  const readKept = (cells: string[]) => {
    let size = 0;
    for (const c of cells) size += c.length + 1;
    // a row of cells with too few letters to name a column is read at once (isHeader's first test), not kept
    if (size > MAX_KEPT_ROW || cells.every(fewLetters) || cells.some((c) => c.includes('\u0000')))
      return isHeader(cells);
    const key = cells.join('\u0000');
    let header = kept.get(key);
    if (header === undefined) {
      if (kept.size >= MAX_KEPT_ROWS) kept.clear();
      kept.set(key, (header = isHeader(cells)));
    }
    return header;
  };
  return read;
}

/**
 * A text plan (.txt/.tsv/.csv) as a SourceDocument: tab-separated lines (the OCR text), the same
 * with quoted cells as Excel or LibreOffice save a sheet, a Markdown or HTML table in the text (OCR
 * output), or comma- or semicolon-separated values (a CSV), the reading that finds a measures table (`isHeaderRow`)
 * first; the plain tab reading when none does.
 */
export function readPlanText(input: string, isHeaderRow: (cells: string[]) => boolean): SourceDocument {
  const lines = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  // a line opening with a Thai mark is the end of the line before (pdftotext's, S21-5): read joined,
  // each block placed on the line it starts on in the file (mark-led-lines.ts)
  const joined = markLedLinesJoined(lines);
  if (!joined) return readPlanLines(lines, isHeaderRow);
  return withSourceLines(readPlanLines(joined.text, isHeaderRow), joined);
}

/** readPlanText of `text` whose line breaks are "\n". */
function readPlanLines(text: string, isHeaderRow: (cells: string[]) => boolean): SourceDocument {
  const isHeader = headerOnce(isHeaderRow);
  const plain = readTextDocument(text);
  const readings = [
    hasQuotedCell(text, '\t') ? () => readDelimitedText(text, '\t') : undefined,
    () => plain,
    // OCR output: a Markdown pipe table, or an HTML table amid the text (markup-text-tables.ts)
    text.includes('|') ? () => readMarkdownText(text) : undefined,
    holdsHtmlTable(text) ? () => readHtmlDocument(htmlOfText(text)) : undefined,
    !text.includes('\t') && text.includes(',') ? () => readDelimitedText(text, ',') : undefined,
    // Excel in a European locale (or a list separator set to ";") writes ";" between cells (S15-15)
    !text.includes('\t') && text.includes(';') ? () => readDelimitedText(text, ';') : undefined,
  ];
  for (const reading of readings) {
    const doc = reading?.();
    // rows joined on one line (OCR lost a line break) are read as those rows (S18-8)
    if (doc && hasHeader(doc, isHeader)) return withJoinedRowsSplit(doc, isHeader);
  }
  return plain;
}
