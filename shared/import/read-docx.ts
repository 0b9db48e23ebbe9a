// A Word file (.docx, Office Open XML) -> SourceDocument: body paragraphs as text, table rows as
// rows (cells as paragraphs). Merged cells keep their columns: a cell spanning columns (gridSpan)
// or rows (vMerge) gives its text to every grid cell it covers, marked as covered (CellMerge), so
// the importer can apply a unit cell merged over two measures to both. One pass over document.xml.
import {
  type CellMerge,
  MAX_ROW_CELLS,
  paragraphsCell,
  rowCellsIgnored,
  type SourceBlock,
  type SourceDocument,
  type SourceNotice,
} from './source-document.js';
import { type HiddenStyles, NO_HIDDEN_STYLES } from './docx-hidden-styles.js';
import { withTabRows } from './docx-tab-rows.js';
import { visibleDocxTokens } from './docx-visible-tokens.js';
import { type DocxNumbering, ListLabels, NO_NUMBERING } from './docx-numbering.js';
import { type EmbeddedFound, objectMarker } from './docx-embedded-objects.js';

/** Run content that separates words: a tab, a line break (w:br, or w:cr from converted files), an absolute tab. */
const BREAKS = new Set(['w:tab', 'w:br', 'w:cr', 'w:ptab']);

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

/**
 * The tables (by the order their `<w:tbl>` opens) that only frame others: every row has at most one
 * cell and a table sits directly inside. Word users put a plan table in a one-cell table as a box.
 */
function frameTables(xml: string, styles: HiddenStyles): Set<number> {
  const frames = new Set<number>();
  const open: { ord: number; cellsInRow: number; wide: boolean; holdsTable: boolean }[] = [];
  let ord = 0;
  for (const { name, close, selfClosing } of visibleDocxTokens(xml, styles)) {
    if (name === undefined || selfClosing) continue;
    const top = open.at(-1);
    if (name === 'w:tbl' && !close) {
      if (top) top.holdsTable = true;
      open.push({ ord: ord++, cellsInRow: 0, wide: false, holdsTable: false });
    } else if (name === 'w:tbl') {
      const t = open.pop();
      if (t && t.holdsTable && !t.wide) frames.add(t.ord);
    } else if (name === 'w:tr' && !close && top) top.cellsInRow = 0;
    else if (name === 'w:tc' && !close && top && ++top.cellsInRow > 1) top.wide = true;
  }
  return frames;
}

/**
 * Read word/document.xml as Word shows it with changes accepted (visibleDocxTokens): a table that
 * only frames others (a one-cell box, `frameTables`) is read through, as body text around its
 * tables; other nested tables flatten into their outer cell. A text box's paragraphs
 * (w:txbxContent) follow the paragraph that anchors it, in the same cell or body; a paragraph whose
 * mark is deleted or hidden joins the next one.
 */
export function readDocumentXml(
  xml: string,
  styles: HiddenStyles = NO_HIDDEN_STYLES,
  numbering: DocxNumbering = NO_NUMBERING,
  isHeader?: (cells: string[]) => boolean,
  embedded?: EmbeddedFound,
): SourceDocument {
  const labels = new ListLabels(numbering);
  const blocks: SourceBlock[] = [];
  const frames = frameTables(xml, styles);
  /** for each open table: whether it is read through as a frame */
  const framing: boolean[] = [];
  let tableOrd = 0;
  let depth = 0;
  let tables = 0;
  let rowNo = 0;
  let paragraphs = 0;
  /** the open paragraphs: more than one inside a text box; a boxed one has its place in `boxed` */
  const open: { runs: string[]; slot: number; style?: string; numId?: string; ilvl?: number }[] = [];
  /** the paragraphs of the text boxes of the outermost open paragraph, in document order */
  let boxed: string[] = [];
  /** the runs of paragraphs whose mark is gone, for the next paragraph */
  let carry: string[] | undefined;
  let inText = false;
  /** inside a w:object (an OLE object: its preview picture is no picture of the document's) */
  let inObject = false;
  let cells: { text: string; merged: CellMerge }[] | undefined;
  let cell: string[] | undefined;
  let span = 1;
  let vMerge: 'restart' | 'continue' | undefined;
  /** grid columns of the row so far, kept or not */
  let rowCells = 0;
  const notices: SourceNotice[] = [];
  /** the text of the cell each grid column's vertical merge started with (this table) */
  let mergeText: string[] = [];
  /** body paragraphs with tabs: block index -> the texts between the tabs */
  const tabbed = new Map<number, string[]>();
  const emit = (raw: string) => {
    const tabless = raw.includes('\t') ? raw.replaceAll('\t', ' ') : raw;
    // a cell's line breaks make paragraphs of it; elsewhere a line break is a space
    if (open.length === 0 && depth > 0 && tabless.includes('\n')) {
      cell?.push(...tabless.split('\n'));
      return;
    }
    const p = tabless.includes('\n') ? tabless.replaceAll('\n', ' ') : tabless;
    if (open.length > 0) boxed.push(p);
    else if (depth > 0) cell?.push(p);
    else {
      if (raw.includes('\t')) tabbed.set(blocks.length, raw.replaceAll('\n', ' ').split('\t'));
      blocks.push({ kind: 'text', where: { line: ++paragraphs }, text: p });
    }
  };
  const flushCarry = () => {
    if (carry !== undefined) emit(carry.join(''));
    carry = undefined;
  };
  for (const { name, close, selfClosing, attrs, text, markGone, rowDeleted } of visibleDocxTokens(xml, styles)) {
    if (name === undefined) {
      if (inText) open.at(-1)?.runs.push(decodeXml(text ?? ''));
      continue;
    }
    if (!close) {
      if (name === 'w:tbl') {
        flushCarry();
        // a frame is read through only when every table around it is one too
        const frame = frames.has(tableOrd++) && depth === 0;
        framing.push(frame);
        if (frame) continue;
        depth++;
        if (depth === 1) {
          tables++;
          rowNo = 0;
          mergeText = [];
        }
      } else if (name === 'w:tr' && depth === 1) {
        cells = [];
        rowCells = 0;
      } else if (name === 'w:gridBefore' && depth === 1 && cells?.length === 0) {
        const before = Math.min(Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 0) || 0, 50);
        for (let i = 0; i < before; i++) cells.push({ text: '', merged: null });
        rowCells = before;
      } else if (name === 'w:tc' && depth === 1) {
        labels.newCell();
        cell = [];
        span = 1;
        vMerge = undefined;
      } else if (name === 'w:gridSpan' && depth === 1) span = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1) || 1;
      else if (name === 'w:vMerge' && depth === 1 && cell) {
        vMerge = /w:val="restart"/.test(attrs) ? 'restart' : 'continue';
      } else if (name === 'w:p' && !selfClosing) {
        if (open.length === 0) boxed = [];
        else boxed.push('');
        open.push({ runs: carry ?? [], slot: boxed.length - 1 });
        carry = undefined;
      } else if (name === 'w:t' && !selfClosing) inText = true;
      else if ((name === 'w:pStyle' || name === 'w:numId' || name === 'w:ilvl') && open.length > 0) {
        const p = open.at(-1)!;
        const value = /w:val="([^"]*)"/.exec(attrs)?.[1];
        if (name === 'w:pStyle') p.style = value;
        else if (name === 'w:numId') p.numId = value;
        else p.ilvl = Number(value) || 0;
      } else if (BREAKS.has(name)) {
        // a tab in a run (not a tab stop of the paragraph's properties) may separate columns
        const runTab = (name === 'w:tab' && !/w:pos=/.test(attrs)) || name === 'w:ptab';
        // a line break (Shift+Enter) parts a cell's items as a paragraph does (review 17 s14, S14-5)
        const lineBreak = (name === 'w:br' && !/w:type="(?:page|column)"/.test(attrs)) || name === 'w:cr';
        open.at(-1)?.runs.push(runTab ? '\t' : lineBreak ? '\n' : ' ');
      } else if (name === 'w:noBreakHyphen') open.at(-1)?.runs.push('-');
      else if (embedded && name === 'w:object' && !selfClosing) inObject = true;
      else if (embedded && (name === 'o:OLEObject' || name === 'w:objectEmbed') && open.length > 0) {
        // an embedded object (an Excel worksheet pasted as an object): a marker where it stands
        open.at(-1)!.runs.push(objectMarker(embedded.objects.length));
        embedded.objects.push({
          progId: /\b(?:ProgID|w:progId)\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '',
          relationshipId: /\br:id\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? '',
        });
      } else if (embedded && !inObject && (name === 'a:blip' || name === 'v:imagedata')) {
        embedded.pictures++;
        embedded.firstPictureBlock ??= blocks.length;
      }
      continue;
    }
    if (name === 'w:t') inText = false;
    else if (name === 'w:object') inObject = false;
    else if (name === 'w:txbxContent') flushCarry();
    else if (name === 'w:p' && open.length > 0) {
      flushCarry();
      const { runs, slot, style, numId, ilvl } = open.pop()!;
      // Word's list label (numbering.xml) is drawn before the text: "1.", "๑.", "ตัวชี้วัดที่ 4"
      const label = labels.label(style, numId, ilvl);
      if (label && runs.join('').trim()) runs.unshift(`${label} `);
      if (markGone && (open.length > 0 || boxed.length === 0)) carry = runs;
      else if (open.length > 0) boxed[slot] = runs.join('');
      else for (const p of [runs.join(''), ...boxed]) emit(p);
    } else if (name === 'w:tc' && depth === 1 && cell && cells) {
      flushCarry();
      const column = cells.length;
      let own = paragraphsCell(cell);
      if (vMerge === 'restart') mergeText[column] = own;
      else if (vMerge === 'continue') own = mergeText[column] ?? '';
      else mergeText[column] = '';
      // the grid columns this cell takes; kept only up to MAX_ROW_CELLS a row (the rest is counted)
      const width = Math.min(span, 50);
      rowCells += width;
      for (let i = 0; i < width && cells.length < MAX_ROW_CELLS; i++)
        cells.push({ text: own, merged: i > 0 ? 'left' : vMerge === 'continue' ? 'above' : null });
      cell = undefined;
    } else if (name === 'w:tr' && depth === 1 && cells && rowDeleted) cells = undefined;
    else if (name === 'w:tr' && depth === 1 && cells) {
      const merged = cells.map((c) => c.merged);
      const where = { table: tables, row: ++rowNo };
      if (rowCells > MAX_ROW_CELLS) notices.push(rowCellsIgnored(blocks.length, where, rowCells));
      blocks.push({
        kind: 'row',
        where,
        cells: cells.map((c) => c.text),
        ...(merged.some(Boolean) ? { merged } : {}),
      });
      cells = undefined;
    } else if (name === 'w:tbl') {
      flushCarry();
      if (!framing.pop()) depth = Math.max(0, depth - 1);
    }
  }
  flushCarry();
  if (isHeader) withTabRows(blocks, tabbed, isHeader);
  return notices.length > 0 ? { blocks, notices } : { blocks };
}
