// A plan table written as markup in a text file (review 17 s11, S11-23): OCR tools for Thai (LLM
// OCR, PaddleOCR's table output, online "PDF to text") give the table as a Markdown pipe table
// ("| มาตรการ/แนวทาง | … |" then "|---|---|") or as an HTML <table> inside plain text. Both read
// as rows here; one pass over the lines, linear in the text.
import { paragraphsCell, type SourceBlock, type SourceDocument } from './source-document.js';
import { textFileCell, withoutOcrTags } from './text-file-markup.js';

/** A Markdown table's delimiter row: "|---|:---:|", "--- | ---" (at least two columns). */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
/** Lines longer than this are no delimiter row (the regex is not run on them). */
const MAX_DELIMITER_ROW = 2_000;
/** "# ", "## " (headings), "> " (a quote): marks before a text line, not its words. */
const LINE_MARKS = /^\s*(?:#{1,6}|>)\s+/;
/** "**bold**", "__bold__": emphasis marks around words. */
const EMPHASIS = /\*\*|__/g;
const BR = /<br\s*\/?>/gi;

const isDelimiterRow = (line: string) =>
  line.length <= MAX_DELIMITER_ROW && line.includes('-') && DELIMITER_ROW.test(line);

/** Whether a line has a "|" that is not escaped ("\|"). */
function hasPipe(line: string): boolean {
  for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) {
    if (line[at - 1] !== '\\') return true;
  }
  return false;
}

/** A pipe row's cells: split at unescaped "|", the outer pipes dropped, "\|" read as "|". */
function pipeCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  if (line.trimStart().startsWith('|')) cells.shift();
  if (cells.length > 1 && !cells.at(-1)!.trim()) cells.pop();
  return cells;
}

/**
 * A Markdown cell as the importer's cell: "<br>" its line breaks, OCR's other tags and emphasis
 * dropped; any other "<" is text ("<ร่าง>", "<https://…>": text-file-markup.ts).
 */
const markdownCell = (cell: string) =>
  paragraphsCell(cell.split(BR).map((l) => withoutOcrTags(l).replace(EMPHASIS, '').replace(/\s+/g, ' ')));

/** A text line without its Markdown marks ("# title" → "title"), as cell markup. */
const markdownText = (line: string) => textFileCell(line.replace(LINE_MARKS, '').replace(EMPHASIS, '').trim());

/**
 * A text file holding Markdown pipe tables, as rows (each row's line its place) and text lines, or
 * undefined when it has no delimiter row (it is no Markdown table). A table is the line before a
 * delimiter row (its header) and the lines after it that hold a "|".
 */
export function readMarkdownText(text: string): SourceDocument | undefined {
  const lines = text.split('\n');
  const blocks: SourceBlock[] = [];
  let tables = 0;
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (!inTable && next !== undefined && hasPipe(line) && isDelimiterRow(next)) {
      tables++;
      inTable = true;
      blocks.push({ kind: 'row', where: { line: i + 1 }, cells: pipeCells(line).map(markdownCell) });
      i++; // the delimiter row
      continue;
    }
    if (inTable && hasPipe(line) && line.trim()) {
      if (!isDelimiterRow(line)) {
        blocks.push({ kind: 'row', where: { line: i + 1 }, cells: pipeCells(line).map(markdownCell) });
      }
      continue;
    }
    inTable = false;
    const words = markdownText(line);
    if (words) blocks.push({ kind: 'text', where: { line: i + 1 }, text: words });
  }
  return tables > 0 ? { blocks } : undefined;
}

/** Whether a text holds an HTML table: a "<table" and a cell tag after it. */
export function holdsHtmlTable(text: string): boolean {
  const table = text.search(/<table[\s>]/i);
  return table >= 0 && /<t[dh][\s>]/i.test(text.slice(table));
}

/**
 * A text holding HTML tables, as HTML for the HTML reader: outside the tables each line break is a
 * "<br>" (the text's lines stay lines) and a line's Markdown marks are dropped; inside them the
 * text is as written. Linear: one scan for the table tags.
 */
export function htmlOfText(text: string): string {
  const parts: string[] = [];
  const outside = (s: string) =>
    s
      .split('\n')
      .map((l) => l.replace(LINE_MARKS, ''))
      .join('<br>\n');
  let depth = 0;
  let at = 0;
  for (const m of text.matchAll(/<(\/?)table[\s>]/gi)) {
    if (m[1] !== '/') {
      if (depth++ === 0) {
        parts.push(outside(text.slice(at, m.index)));
        at = m.index;
      }
    } else if (depth > 0 && --depth === 0) {
      const gt = text.indexOf('>', m.index);
      const end = gt < 0 ? text.length : gt + 1;
      parts.push(text.slice(at, end));
      at = end;
    }
  }
  parts.push(depth > 0 ? text.slice(at) : outside(text.slice(at)));
  return parts.join('');
}
