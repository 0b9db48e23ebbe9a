// A plan as an HTML page (review 17 s9, entry 4): many e-office and PHP systems "export to Word"
// by sending an HTML <table> named .doc, and Word's "Web Page" saves one too. Its tables are read
// as rows (<br>, <p>, <div>, <li> inside a cell are the cell's lines; colspan/rowspan become merged
// cells), the text outside them as lines. A hand-written scanner, one pass: linear in the size.
import { paragraphsCell, type CellMerge, type SourceBlock, type SourceDocument } from './source-document.js';
import { MAX_ROW_CELLS, rowCellsIgnored, type SourceNotice } from './source-document.js';
import { htmlCellColour } from './cell-fills.js';
import { escapeMarkup } from './xml-text.js';

/** Whether decoded text is an HTML page holding a table (not a text plan that mentions a tag). */
export function looksLikeHtmlTable(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  const page =
    /^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<table[\s>])/.test(head);
  return page && /<table[\s>]/i.test(text) && /<t[dh][\s>]/i.test(text);
}

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character references decoded (&amp; &nbsp; &#3585; &#xE01;); unknown ones kept as written. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ' ';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Elements that end a line of text. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'ul', 'ol']);
/** Elements whose content is no text of the document. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'xml', 'template']);
const spanOf = (attrs: string, name: string) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,4})`, 'i').exec(attrs);
  return m ? Math.max(1, Math.min(MAX_ROW_CELLS, Number(m[1]))) : 1;
};

interface OpenCell {
  lines: string[];
  current: string;
  colspan: number;
  rowspan: number;
  /** its background colour as a fill key (cell-fills.ts), "" none */
  fill: string;
}

/** An HTML page's tables and text lines as a SourceDocument. */
export function readHtmlDocument(html: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  const notices: SourceNotice[] = [];
  let tables = 0;
  let rowNo = 0;
  let paragraphs = 0;
  let depth = 0; // table nesting: an inner table's text goes into the outer cell
  let text = ''; // text outside any table, up to the next break
  let row: OpenCell[] | undefined;
  let cell: OpenCell | undefined;
  /** cells merged down from rows above: by column, the text and the rows it still covers */
  let spans = new Map<number, { text: string; rows: number; fill: string }>();

  const addText = (s: string) => {
    if (cell) cell.current += s;
    else if (!row) text += s;
  };
  const endLine = () => {
    if (cell) {
      cell.lines.push(cell.current);
      cell.current = '';
      return;
    }
    const line = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (line) blocks.push({ kind: 'text', where: { line: ++paragraphs }, text: escapeMarkup(line) });
  };
  const closeCell = () => {
    if (!cell || !row) return;
    cell.lines.push(cell.current);
    row.push(cell);
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (!row) return;
    const cells: string[] = [];
    const merged: CellMerge[] = [];
    const fill: string[] = [];
    const nextSpans = new Map<number, { text: string; rows: number; fill: string }>();
    const carry = (column: number) => {
      const span = spans.get(column);
      if (!span) return false;
      cells.push(span.text);
      merged.push('above');
      fill.push(span.fill);
      if (span.rows > 1) nextSpans.set(column, { ...span, rows: span.rows - 1 });
      return true;
    };
    let cellsInRow = 0;
    for (const c of row) {
      while (carry(cells.length));
      const value = paragraphsCell(c.lines.map((l) => l.replace(/\s+/g, ' ')));
      for (let k = 0; k < c.colspan; k++) {
        cellsInRow++;
        if (cells.length >= MAX_ROW_CELLS) continue;
        if (c.rowspan > 1) nextSpans.set(cells.length, { text: value, rows: c.rowspan - 1, fill: c.fill });
        cells.push(value);
        merged.push(k === 0 ? null : 'left');
        fill.push(c.fill);
      }
    }
    while (cells.length < MAX_ROW_CELLS && carry(cells.length));
    spans = nextSpans;
    row = undefined;
    if (cells.length === 0) return;
    const where = { table: tables, row: ++rowNo };
    if (cellsInRow > MAX_ROW_CELLS) notices.push(rowCellsIgnored(blocks.length, where, cellsInRow));
    blocks.push({
      kind: 'row',
      where,
      cells,
      ...(merged.some(Boolean) ? { merged } : {}),
      ...(fill.some(Boolean) ? { fill } : {}),
    });
  };

  const n = html.length;
  let at = 0;
  /** once no ">" follows a "<", none follows a later one: no more searching (linear time) */
  let noMoreGt = false;
  while (at < n) {
    const lt = html.indexOf('<', at);
    const end = lt < 0 ? n : lt;
    if (end > at) addText(decodeEntities(html.slice(at, end)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) break;
      at = close + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 40));
    const tagLike = m || html[lt + 1] === '!' || html[lt + 1] === '?';
    const gt = tagLike && !noMoreGt ? html.indexOf('>', lt) : -1;
    if (tagLike && gt < 0) noMoreGt = true;
    if (gt < 0) {
      // a "<" that opens no tag is text
      addText('<');
      at = lt + 1;
      continue;
    }
    at = gt + 1;
    if (!m) continue; // <!doctype>, <?xml?>
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (!closing && SKIPPED.has(name)) {
      const close = new RegExp(`</${name}[\\s>]`, 'gi');
      close.lastIndex = at;
      const found = close.exec(html);
      if (!found) break;
      at = found.index;
      continue;
    }
    const attrs = html.slice(lt, gt);
    if (name === 'table') {
      if (closing) {
        if (depth > 1) endLine();
        else closeRow();
        depth = Math.max(0, depth - 1);
        if (depth === 0) spans = new Map();
      } else {
        if (depth === 0) {
          endLine();
          tables++;
          rowNo = 0;
          spans = new Map();
        } else endLine();
        depth++;
      }
      continue;
    }
    if (depth === 1 && name === 'tr') {
      if (!closing) {
        closeRow();
        row = [];
      } else closeRow();
      continue;
    }
    if (depth === 1 && (name === 'td' || name === 'th')) {
      if (closing) closeCell();
      else {
        closeCell();
        row ??= [];
        cell = {
          lines: [],
          current: '',
          colspan: spanOf(attrs, 'colspan'),
          rowspan: spanOf(attrs, 'rowspan'),
          fill: htmlCellColour(attrs),
        };
      }
      continue;
    }
    if (BREAKS.has(name) || (depth > 1 && (name === 'td' || name === 'th'))) endLine();
  }
  if (depth > 0) closeRow();
  endLine();
  return { blocks, ...(notices.length ? { notices } : {}) };
}
