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
import {
  MAX_DOCX_BODY_PARAGRAPHS,
  MAX_DOCX_PARAGRAPHS,
  MAX_DOCX_TABLE_DEPTH,
  MAX_DOCX_TABLE_ROWS,
  tablesTooDeep,
  tooManyParagraphs,
  tooManyTableRows,
} from './docx-limits.js';
import { withTabRows } from './docx-tab-rows.js';
import { collapseSpaces, strippedStart, stripTags } from './thai-text.js';
import { decodeXml, escapeMarkup } from './xml-text.js';
import { inSymbolFont, isSymbolFont, symbolFontChar } from './symbol-font-chars.js';
import { type DocxToken, visibleDocxTokens } from './docx-visible-tokens.js';
import { type DocxNumbering, ListLabels, NO_NUMBERING } from './docx-numbering.js';
import { type EmbeddedFound, objectMarker } from './docx-embedded-objects.js';
import { layoutRowParts, type NestedSpread, type OuterCell, spreadNestedRow } from './docx-nested-tables.js';
import { cellOfStruckLines, type StruckPiece, struckLines, struckTextNotice } from './struck-text.js';
import { wordShadingColour } from './cell-fills.js';

/** Characters of a cell's hidden text kept to quote (a row of hidden text only is told, quoted). */
const MAX_HIDDEN_QUOTED = 200;

/**
 * The notice of a table row whose text is all hidden (Font > Hidden: w:vanish, w:specVanish, a
 * hidden style): Word neither shows nor prints it, so it is no measure, but it is not dropped
 * silently (review 17 s17, S16-11).
 */
function hiddenRowNotice(block: number, where: { table: number; row: number }, cells: readonly string[]): SourceNotice {
  const quoted = cells.map((t) => (t.length >= MAX_HIDDEN_QUOTED ? `${t}…` : t)).join(' | ');
  return {
    block,
    where,
    code: 'hidden-text-skipped',
    message_th: `แถวนี้มีแต่ข้อความที่ซ่อนไว้ (แบบอักษร > ซ่อน) ซึ่ง Word ไม่แสดงและไม่พิมพ์ จึงไม่ได้นำเข้าเป็นมาตรการ: "${quoted}" ถ้าเป็นมาตรการของแผน ให้เลิกซ่อนข้อความใน Word แล้วนำเข้าใหม่ หรือเพิ่มมาตรการเอง`,
    message_en: `this row holds only hidden text (Font > Hidden), which Word neither shows nor prints, so it was not imported as a measure: "${quoted}"; if it is a measure of the plan, unhide the text in Word and import again, or add the measure by hand`,
    source: cells.join(' | '),
  };
}

/** The start of a row's text (its cells' markup), for a refusal to quote: its cells' starts joined. */
const rowStart = (cells: readonly string[]) =>
  cells
    .map((c) => strippedStart(c, 60))
    .filter(Boolean)
    .join(' | ');

/** Run content that separates words: a tab, a line break (w:br, or w:cr from converted files), an absolute tab. */
const BREAKS = new Set(['w:tab', 'w:br', 'w:cr', 'w:ptab']);

/** Run indices moved on by `by` (a label put before the runs). */
const shifted = (struck: Set<number> | undefined, by: number) =>
  struck && by > 0 ? new Set([...struck].map((i) => i + by)) : struck;

/**
 * visibleDocxTokens of `xml`, given to `give` in order, with the tables that only frame others put
 * in `frames` (their opening tokens): every row has at most one cell and a table sits directly inside. Word users put a plan
 * table in a one-cell table as a box. One tokenization (a second pass over the XML was a third of
 * readDocumentXml, session 25): an outermost table's tokens are held back only while it may still be
 * a frame (no row of it with a second cell yet), so every frame is in `frames` before its first
 * token is given; tables inside a wide one are read inside it (readDocumentXml reads frames through
 * at depth 0 only).
 * Errors: ValidationError past MAX_DOCX_BODY_PARAGRAPHS paragraphs outside tables, or tables nested
 * past MAX_DOCX_TABLE_DEPTH (refused at the first table too deep), as the tokens are read.
 */
function framedTokens(
  xml: string,
  styles: HiddenStyles,
  frames: Set<DocxToken>,
  give: (token: DocxToken) => void,
): void {
  const open: { token: DocxToken; cellsInRow: number; wide: boolean; holdsTable: boolean }[] = [];
  let bodyParagraphs = 0;
  /** the tokens of the outermost table while it may be a frame */
  let held: DocxToken[] | undefined;
  visibleDocxTokens(
    xml,
    (token) => {
      const { name, close, selfClosing } = token;
      if (name !== undefined && !selfClosing) {
        const top = open.at(-1);
        if (name === 'w:p' && !close && !top && ++bodyParagraphs > MAX_DOCX_BODY_PARAGRAPHS)
          throw tooManyParagraphs(undefined);
        if (name === 'w:tbl' && !close) {
          if (top) top.holdsTable = true;
          if (open.length >= MAX_DOCX_TABLE_DEPTH) throw tablesTooDeep();
          open.push({ token, cellsInRow: 0, wide: false, holdsTable: false });
          if (!top) held = [];
        } else if (name === 'w:tbl') {
          const t = open.pop();
          if (t && t.holdsTable && !t.wide) frames.add(t.token);
        } else if (name === 'w:tr' && !close && top) top.cellsInRow = 0;
        else if (name === 'w:tc' && !close && top && ++top.cellsInRow > 1) top.wide = true;
      }
      if (!held) {
        give(token);
        return;
      }
      held.push(token);
      if (open.length === 0 || open[0]!.wide) {
        const tokens = held;
        held = undefined;
        for (const t of tokens) give(t);
      }
    },
    styles,
  );
  if (held) for (const t of held) give(t);
}

/** A run being read: struck through by its style, w:strike or w:dstrike; its symbol font. */
interface OpenRun {
  style: boolean;
  strike?: boolean;
  dstrike?: boolean;
  font?: string;
}

/** A paragraph being read: its runs (struck ones marked), its place among a box's, its list. */
interface OpenParagraph {
  runs: string[];
  struck?: Set<number> | undefined;
  slot: number;
  style?: string;
  numId?: string;
  ilvl?: number;
}

/** The rows of a table in a text box in the body, with what was said of them, kept to follow its anchor. */
interface BoxTable {
  blocks: SourceBlock[];
  notices: SourceNotice[];
  /** body paragraphs with tabs (a frame in the box): index in `blocks` -> the texts between the tabs */
  tabbed: Map<number, string[]>;
  firstPicture: number | undefined;
}

/** What is put aside while a text box's table is read: the open paragraphs and runs, and in the body the blocks. */
interface AsideForBoxTable {
  open: OpenParagraph[];
  runs: OpenRun[];
  boxed: (string | BoxTable)[];
  tablesOpen: number;
  body?: BoxTable;
}

/**
 * Read word/document.xml as Word shows it with changes accepted (visibleDocxTokens): a table that
 * only frames others (a one-cell box, `framedTokens`) is read through, as body text around its
 * tables. Another table nested in a cell is read as lines of that cell, one per row of it (its
 * cells' paragraphs, and any table deeper in them, joined by spaces), after the cell's own
 * paragraphs: the cell's own text is the measure's title, a small table in it (activities and their
 * months) gives the items under it (review 17 s20, S20-7). A text box's paragraphs
 * (w:txbxContent) follow the paragraph that anchors it, in the same cell or body; a paragraph whose
 * mark is deleted or hidden joins the next one.
 * Errors: ValidationError past MAX_DOCX_PARAGRAPHS paragraphs with text outside tables, past
 * MAX_DOCX_TABLE_ROWS table rows, or tables nested past MAX_DOCX_TABLE_DEPTH (docx-limits.ts).
 */
export function readDocumentXml(
  xml: string,
  styles: HiddenStyles = NO_HIDDEN_STYLES,
  numbering: DocxNumbering = NO_NUMBERING,
  isHeader?: (cells: string[]) => boolean,
  embedded?: EmbeddedFound,
): SourceDocument {
  const labels = new ListLabels(numbering);
  let blocks: SourceBlock[] = [];
  /** the tables read through as frames (framedTokens) */
  const frames = new Set<DocxToken>();
  /** for each open table: whether it is read through as a frame */
  const framing: boolean[] = [];
  let depth = 0;
  let tables = 0;
  let rowNo = 0;
  let paragraphs = 0;
  /** body paragraphs with text, bounded by MAX_DOCX_PARAGRAPHS */
  let bodyTexts = 0;
  /** table rows read (any table), bounded by MAX_DOCX_TABLE_ROWS */
  let tableRows = 0;
  /**
   * the open paragraphs: more than one inside a text box; a boxed one has its place in `boxed`;
   * `struck`: the runs struck through (indices into runs)
   */
  const open: OpenParagraph[] = [];
  /**
   * the paragraphs of the text boxes of the outermost open paragraph, in document order, and the
   * tables in them (a box in the body: its table's rows, read as the body's are)
   */
  let boxed: (string | BoxTable)[] = [];
  /** the reading of the paragraphs a text box's table is in, put aside while the table is read */
  const boxTables: AsideForBoxTable[] = [];
  /** tables open (frames too): a text box's table ends where this is back at its count */
  let tablesOpen = 0;
  /** the runs of paragraphs whose mark is gone, for the next paragraph */
  let carry: { runs: string[]; struck?: Set<number> | undefined } | undefined;
  /** the open runs (a text box's runs inside its anchor's): struck through by style, w:strike, w:dstrike */
  const runs: OpenRun[] = [];
  /** inside a paragraph's properties (its mark's w:rPr strikes no text) */
  let inParagraphProps = 0;
  const struckStyles = styles.struck;
  let inText = false;
  /** inside a w:object (an OLE object: its preview picture is no picture of the document's) */
  let inObject = false;
  let cells: OuterCell[] | undefined;
  let cell: string[] | undefined;
  /** whether each of the cell's paragraphs is struck through (once one is), and struck text left out */
  let cellStruck: boolean[] | undefined;
  let cellLeftOut: string[] = [];
  /** the row of a table nested in the cell being read (deeper tables' text joins it): one line of the cell */
  let nestedRow: StruckPiece[] | undefined;
  /** the lines of the tables nested in the cell, one per row, put after the cell's own paragraphs */
  let nestedLines: { text: string; struck: boolean }[] = [];
  /**
   * the first table nested in the cell, as rows of cells (a cell's paragraphs as its lines, deeper
   * tables' text among them), for a plan table nested in a cell (docx-nested-tables.ts); the table
   * being read, its row's cells and the lines of the cell being read
   */
  let cellNested: string[][] | undefined;
  let nestedTable: string[][] | undefined;
  let nestedRowCells: string[] | undefined;
  let nestedCellLines: string[] | undefined;
  /** the block of the table's first row (its header, when a nested table's columns spread under it), and the spread */
  let firstRowBlock: number | undefined;
  let spread: NestedSpread | undefined;
  let span = 1;
  let vMerge: 'restart' | 'continue' | undefined;
  /** the cell's shading (w:shd in its w:tcPr) as a fill key (cell-fills.ts), and whether its w:tcPr is open */
  let cellFill = '';
  let inCellProps = false;
  /** grid columns of the row so far, kept or not */
  let rowCells = 0;
  let notices: SourceNotice[] = [];
  /** the text of the cell each grid column's vertical merge started with (this table) */
  let mergeText: string[] = [];
  /** and whether it was struck through as a whole, and its fill */
  let mergeStruck: boolean[] = [];
  let mergeFill: string[] = [];
  /** body paragraphs with tabs: block index -> the texts between the tabs */
  let tabbed = new Map<number, string[]>();
  /** text for the nested row being read, after a space when the row has some already */
  const toNestedRow = (pieces: readonly StruckPiece[]) => {
    const row = (nestedRow ??= []);
    for (const piece of pieces) {
      if (!piece.text.trim()) continue;
      if (row.length > 0) row.push({ text: ' ', struck: false });
      row.push(piece.text.includes('\n') ? { ...piece, text: piece.text.replaceAll('\n', ' ') } : piece);
    }
  };
  /** the nested row read, as a line of the cell (its struck text left out as a paragraph's is) */
  const endNestedRow = () => {
    if (nestedRow && nestedRow.length > 0) {
      const { lines, leftOut } = struckLines(nestedRow);
      nestedLines.push(...lines);
      cellLeftOut.push(...leftOut);
    }
    nestedRow = undefined;
  };
  const toCell = (lines: readonly string[], struck = false) => {
    if (!cell) return;
    if (depth > 1) {
      toNestedRow(lines.map((text) => ({ text, struck })));
      if (!struck) nestedCellLines?.push(...lines);
      return;
    }
    if (struck) cellStruck ??= cell.map(() => false);
    for (const line of lines) {
      cell.push(line);
      cellStruck?.push(struck);
    }
  };
  const emit = (raw: string) => {
    const tabless = raw.includes('\t') ? raw.replaceAll('\t', ' ') : raw;
    // a cell's line breaks make paragraphs of it; elsewhere a line break is a space
    if (open.length === 0 && depth > 0 && tabless.includes('\n')) {
      toCell(tabless.split('\n'));
      return;
    }
    const p = tabless.includes('\n') ? tabless.replaceAll('\n', ' ') : tabless;
    if (open.length > 0) boxed.push(p);
    else if (depth > 0) toCell([p]);
    else {
      if (p.trim() && ++bodyTexts > MAX_DOCX_PARAGRAPHS) throw tooManyParagraphs(p);
      // a paragraph's text as markup: a "<" or "&" in it is the writer's (session 59)
      if (raw.includes('\t')) tabbed.set(blocks.length, raw.replaceAll('\n', ' ').split('\t').map(escapeMarkup));
      blocks.push({ kind: 'text', where: { line: ++paragraphs }, text: escapeMarkup(p) });
    }
  };
  const flushCarry = () => {
    if (carry !== undefined) emit(carry.runs.join(''));
    carry = undefined;
  };
  /** a text box's paragraph, or the rows of a table in a box in the body, after its anchor */
  const emitBoxed = (entry: string | BoxTable) => {
    if (typeof entry === 'string') {
      emit(entry);
      return;
    }
    const at = blocks.length;
    blocks.push(...entry.blocks);
    for (const n of entry.notices) notices.push({ ...n, block: n.block + at });
    for (const [i, cells] of entry.tabbed) tabbed.set(i + at, cells);
    if (embedded && entry.firstPicture !== undefined) embedded.firstPictureBlock ??= entry.firstPicture + at;
  };
  /**
   * A table in a text box (review 17 s22, S22-3): the box's anchoring paragraphs are put aside and
   * the table read as any other, its cells' paragraphs its own; in the body its rows are kept apart
   * and follow the anchor's text with the box's paragraphs, in document order (endBoxTable).
   */
  const startBoxTable = () => {
    boxTables.push({
      open: open.splice(0),
      runs: runs.splice(0),
      boxed,
      tablesOpen,
      ...(depth === 0 ? { body: { blocks, notices, tabbed, firstPicture: embedded?.firstPictureBlock } } : {}),
    });
    boxed = [];
    if (depth === 0) {
      blocks = [];
      notices = [];
      tabbed = new Map();
      if (embedded) embedded.firstPictureBlock = undefined;
    }
  };
  const endBoxTable = (aside: AsideForBoxTable) => {
    open.length = 0;
    open.push(...aside.open);
    runs.length = 0;
    runs.push(...aside.runs);
    boxed = aside.boxed;
    if (!aside.body) return;
    const table: BoxTable = { blocks, notices, tabbed, firstPicture: embedded?.firstPictureBlock };
    ({ blocks, notices, tabbed } = aside.body);
    if (embedded) embedded.firstPictureBlock = aside.body.firstPicture;
    boxed.push(table);
  };
  /** a cell paragraph with struck runs: its struck lines marked, struck runs beside text left out */
  const emitStruck = (pieces: readonly StruckPiece[]) => {
    const tabless = pieces.map((p) => (p.text.includes('\t') ? { ...p, text: p.text.replaceAll('\t', ' ') } : p));
    if (depth > 1) {
      // one paragraph of a nested row: its struck runs are read with the row's other text
      if (cell) toNestedRow(tabless);
      nestedCellLines?.push(
        tabless
          .filter((p) => !p.struck)
          .map((p) => p.text)
          .join(''),
      );
      return;
    }
    const { lines, leftOut } = struckLines(tabless);
    for (const line of lines) toCell([line.text], line.struck);
    cellLeftOut.push(...leftOut);
  };
  /** a legacy form check box being read: its default and checked states */
  let checkBox: { byDefault?: boolean; checked?: boolean } | undefined;
  /** the hidden text of the row's cells (at most MAX_HIDDEN_QUOTED characters each), for a row of hidden text only */
  let rowHidden: string[] = [];
  framedTokens(xml, styles, frames, (token) => {
    const { name, close, selfClosing, attrs, text, markGone, rowDeleted, hidden } = token;
    if (hidden) {
      // hidden text is not printed: no plan text, but a row of it alone is told (review 17 s17, S16-11)
      const at = Math.max(0, (cells?.length ?? 0) - (cell ? 0 : 1));
      if (cells && (rowHidden[at]?.length ?? 0) < MAX_HIDDEN_QUOTED)
        rowHidden[at] = `${rowHidden[at] ?? ''}${decodeXml(text ?? '')}`.slice(0, MAX_HIDDEN_QUOTED);
      return;
    }
    if (name === undefined) {
      const p = inText ? open.at(-1) : undefined;
      if (p) {
        const run = runs.at(-1);
        // a box typed in a symbol font ("R" in Wingdings 2, "þ" in Wingdings) is a box (S16-2)
        p.runs.push(inSymbolFont(decodeXml(text ?? ''), run?.font));
        if (run && (run.strike === undefined && run.dstrike === undefined ? run.style : run.strike || run.dstrike))
          (p.struck ??= new Set()).add(p.runs.length - 1);
      }
      return;
    }
    if (!close) {
      if (name === 'w:tbl') {
        flushCarry();
        if (open.length > 0) startBoxTable();
        tablesOpen++;
        // a frame is read through only when every table around it is one too
        const frame = frames.has(token) && depth === 0;
        framing.push(frame);
        if (frame) return;
        depth++;
        if (depth === 1) {
          tables++;
          rowNo = 0;
          mergeText = [];
          mergeStruck = [];
          mergeFill = [];
          firstRowBlock = undefined;
          spread = undefined;
        } else if (depth === 2) nestedTable = [];
      } else if (name === 'w:tr' && depth === 2) {
        endNestedRow();
        nestedRow = [];
        nestedRowCells = [];
      } else if (name === 'w:tc' && depth === 2) nestedCellLines = [];
      else if (name === 'w:tr' && depth === 1) {
        cells = [];
        rowCells = 0;
        rowHidden = [];
      } else if (name === 'w:gridBefore' && depth === 1 && cells?.length === 0) {
        const before = Math.min(Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 0) || 0, 50);
        for (let i = 0; i < before; i++) cells.push({ text: '', merged: null, struck: false });
        rowCells = before;
      } else if (name === 'w:tc' && depth === 1) {
        labels.newCell();
        cell = [];
        cellStruck = undefined;
        cellLeftOut = [];
        nestedRow = undefined;
        nestedLines = [];
        cellNested = undefined;
        span = 1;
        vMerge = undefined;
        cellFill = '';
      } else if (name === 'w:tcPr' && depth === 1 && cell) inCellProps = !selfClosing;
      else if (name === 'w:shd' && depth === 1 && cell && inCellProps) cellFill = wordShadingColour(attrs);
      else if (name === 'w:gridSpan' && depth === 1) span = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1) || 1;
      else if (name === 'w:vMerge' && depth === 1 && cell) {
        vMerge = /w:val="restart"/.test(attrs) ? 'restart' : 'continue';
      } else if (name === 'w:p' && !selfClosing) {
        if (open.length === 0) boxed = [];
        else boxed.push('');
        open.push({ runs: carry?.runs ?? [], struck: carry?.struck, slot: boxed.length - 1 });
        carry = undefined;
      } else if (name === 'w:t' && !selfClosing) inText = true;
      else if (name === 'w:r' && !selfClosing) {
        inParagraphProps = 0;
        const style = open.at(-1)?.style;
        runs.push({ style: style !== undefined && struckStyles?.paragraph.has(style) === true });
      } else if (name === 'w:pPr' && !selfClosing) inParagraphProps++;
      else if ((name === 'w:strike' || name === 'w:dstrike') && inParagraphProps === 0 && runs.length > 0) {
        runs.at(-1)![name === 'w:strike' ? 'strike' : 'dstrike'] = !/\bw:val\s*=\s*"(?:0|false|off)"/i.test(attrs);
      } else if (name === 'w:rFonts' && inParagraphProps === 0 && runs.length > 0) {
        // the run's font: a symbol font's letters are its check boxes (review 17 s16, S16-2)
        const font = [...attrs.matchAll(/w:(?:ascii|hAnsi)="([^"]*)"/g)].map((m) => m[1]).find(isSymbolFont);
        if (font) runs.at(-1)!.font = font;
      } else if (name === 'w:rStyle' && inParagraphProps === 0 && runs.length > 0 && struckStyles) {
        if (struckStyles.character.has(/w:val="([^"]*)"/.exec(attrs)?.[1] ?? '')) runs.at(-1)!.style = true;
      } else if ((name === 'w:pStyle' || name === 'w:numId' || name === 'w:ilvl') && open.length > 0) {
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
      else if (name === 'w:sym') {
        // Insert > Symbol: a check box in Wingdings is a box, not nothing (S15-16)
        const char = symbolFontChar(
          /w:font="([^"]*)"/.exec(attrs)?.[1] ?? '',
          /w:char="([^"]*)"/.exec(attrs)?.[1] ?? '',
        );
        if (char) open.at(-1)?.runs.push(char);
      } else if (name === 'w:checkBox') {
        // a legacy form check box (FORMCHECKBOX): Word draws it, the XML holds its state (S15-16)
        if (selfClosing) open.at(-1)?.runs.push('☐');
        else checkBox = {};
      } else if ((name === 'w:default' || name === 'w:checked') && checkBox) {
        checkBox[name === 'w:default' ? 'byDefault' : 'checked'] = !/w:val="(?:0|false|off)"/.test(attrs);
      } else if (embedded && name === 'w:object' && !selfClosing) inObject = true;
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
      return;
    }
    if (name === 'w:tr' && !rowDeleted && ++tableRows > MAX_DOCX_TABLE_ROWS) {
      const read = depth === 1 ? cells?.map((c) => c.text) : depth === 2 ? nestedRowCells : undefined;
      throw tooManyTableRows(depth > 0 ? { table: tables, row: rowNo + 1 } : undefined, rowStart(read ?? []));
    }
    if (name === 'w:t') inText = false;
    else if (name === 'w:tcPr' && depth === 1) inCellProps = false;
    else if (name === 'w:checkBox' && checkBox) {
      open.at(-1)?.runs.push((checkBox.checked ?? checkBox.byDefault) ? '☑' : '☐');
      checkBox = undefined;
    } else if (name === 'w:r') runs.pop();
    else if (name === 'w:pPr') inParagraphProps = Math.max(0, inParagraphProps - 1);
    else if (name === 'w:object') inObject = false;
    else if (name === 'w:txbxContent') flushCarry();
    else if (name === 'w:p' && open.length > 0) {
      flushCarry();
      const { runs: texts, struck, slot, style, numId, ilvl } = open.pop()!;
      // no run outlives its paragraph (a run left open in malformed XML)
      if (open.length === 0) runs.length = 0;
      // Word's list label (numbering.xml) is drawn before the text: "1.", "๑.", "ตัวชี้วัดที่ 4"
      const label = labels.label(style, numId, ilvl);
      const labelled = label && texts.join('').trim() ? `${label} ` : '';
      if (markGone && (open.length > 0 || boxed.length === 0))
        carry = { runs: labelled ? [labelled, ...texts] : texts, struck: shifted(struck, labelled ? 1 : 0) };
      else if (open.length > 0) boxed[slot] = labelled + texts.join('');
      else if (struck && depth > 0) {
        // the label is struck with its text when all of it is
        const labelStruck = texts.every((t, i) => struck.has(i) || !t.trim());
        emitStruck([
          ...(labelled ? [{ text: labelled, struck: labelStruck }] : []),
          ...texts.map((t, i) => ({ text: t, struck: struck.has(i) })),
        ]);
        for (const p of boxed) emitBoxed(p);
      } else for (const p of [labelled + texts.join(''), ...boxed]) emitBoxed(p);
    } else if (name === 'w:tc' && depth === 2) {
      if (nestedRowCells && nestedCellLines) nestedRowCells.push(paragraphsCell(nestedCellLines));
      nestedCellLines = undefined;
    } else if (name === 'w:tr' && depth === 2) {
      endNestedRow();
      if (nestedTable && nestedRowCells) nestedTable.push(nestedRowCells);
      nestedRowCells = undefined;
    } else if (name === 'w:tc' && depth === 1 && cell && cells) {
      flushCarry();
      endNestedRow();
      // a cell holding a table and no text of its own may be the plan's columns (S23-1)
      const nested = cellNested && !cell.some((line) => stripTags(line).trim()) ? cellNested : undefined;
      for (const line of nestedLines) toCell([line.text], line.struck);
      nestedLines = [];
      const column = cells.length;
      let own: string;
      let struck = false;
      if (cellStruck || cellLeftOut.length > 0) {
        const kept = cellOfStruckLines({
          lines: cell.map((text, i) => ({ text, struck: cellStruck?.[i] ?? false })),
          leftOut: cellLeftOut,
        });
        own = paragraphsCell(kept.lines);
        struck = kept.whole;
        if (kept.leftOut.length > 0 && vMerge !== 'continue')
          notices.push(
            struckTextNotice(blocks.length, { table: tables, row: rowNo + 1, column: column + 1 }, kept.leftOut),
          );
      } else own = paragraphsCell(cell);
      if (vMerge === 'restart') [mergeText[column], mergeStruck[column], mergeFill[column]] = [own, struck, cellFill];
      else if (vMerge === 'continue')
        [own, struck, cellFill] = [mergeText[column] ?? '', mergeStruck[column] ?? false, mergeFill[column] ?? ''];
      else [mergeText[column], mergeStruck[column], mergeFill[column]] = ['', false, ''];
      // the grid columns this cell takes; kept only up to MAX_ROW_CELLS a row (the rest is counted)
      const width = Math.min(span, 50);
      rowCells += width;
      for (let i = 0; i < width && cells.length < MAX_ROW_CELLS; i++)
        cells.push({
          text: own,
          merged: i > 0 ? 'left' : vMerge === 'continue' ? 'above' : null,
          struck,
          ...(cellFill ? { fill: cellFill } : {}),
          ...(i === 0 && width === 1 && vMerge === undefined && nested ? { nested } : {}),
        });
      cell = undefined;
    } else if (name === 'w:tr' && depth === 1 && cells && rowDeleted) cells = undefined;
    else if (name === 'w:tr' && depth === 1 && cells) {
      const merged = cells.map((c) => c.merged);
      const where = { table: tables, row: ++rowNo };
      if (rowCells > MAX_ROW_CELLS) notices.push(rowCellsIgnored(blocks.length, where, rowCells));
      const hiddenCells = rowHidden.map((t) => collapseSpaces(t ?? '')).filter(Boolean);
      if (hiddenCells.length > 0 && cells.every((c) => !stripTags(c.text)))
        notices.push(hiddenRowNotice(blocks.length, where, hiddenCells));
      // a layout table's row of plan tables (side by side, or beside a note): each a table of its own (S25-9)
      const laidOut = isHeader && firstRowBlock === undefined ? layoutRowParts(cells, isHeader) : undefined;
      if (laidOut) {
        for (const part of laidOut) {
          if ('text' in part) blocks.push({ kind: 'text', where: { line: ++paragraphs }, text: part.text });
          else {
            tables++;
            part.rows.forEach((r, i) => blocks.push({ kind: 'row', where: { table: tables, row: i + 1 }, cells: r }));
          }
        }
        cells = undefined;
        return;
      }
      const header = firstRowBlock === undefined ? undefined : blocks[firstRowBlock];
      const spreadRows =
        isHeader && header?.kind === 'row' && cells.some((c) => c.nested)
          ? spreadNestedRow(cells, header.cells, spread, isHeader)
          : undefined;
      if (spreadRows && header?.kind === 'row') {
        // the nested table's columns take the cell's place, its header the header cell's (S23-1)
        spread = spreadRows.spread;
        if (spreadRows.header) {
          const at = spread.column;
          const more = spread.width - 1;
          header.cells = spreadRows.header;
          if (header.merged) header.merged.splice(at + 1, 0, ...Array<CellMerge>(more).fill(null));
          if (header.struck) header.struck.splice(at + 1, 0, ...Array<boolean>(more).fill(false));
          if (header.fill) header.fill.splice(at + 1, 0, ...Array<string>(more).fill(''));
        }
        spreadRows.rows.forEach((r, i) =>
          blocks.push({
            kind: 'row',
            where: i === 0 ? where : { table: tables, row: ++rowNo },
            cells: r.cells,
            ...(r.merged.some(Boolean) ? { merged: r.merged } : {}),
            ...(r.struck.some(Boolean) ? { struck: r.struck } : {}),
            ...(r.fill ? { fill: r.fill } : {}),
          }),
        );
        cells = undefined;
        return;
      }
      firstRowBlock ??= blocks.length;
      blocks.push({
        kind: 'row',
        where,
        cells: cells.map((c) => c.text),
        ...(merged.some(Boolean) ? { merged } : {}),
        ...(cells.some((c) => c.struck) ? { struck: cells.map((c) => c.struck) } : {}),
        ...(cells.some((c) => c.fill) ? { fill: cells.map((c) => c.fill ?? '') } : {}),
      });
      cells = undefined;
    } else if (name === 'w:tbl') {
      flushCarry();
      if (depth === 2) {
        endNestedRow();
        if (cell && !cellNested && nestedTable) cellNested = nestedTable;
        nestedTable = undefined;
      }
      if (!framing.pop()) depth = Math.max(0, depth - 1);
      tablesOpen = Math.max(0, tablesOpen - 1);
      if (boxTables.at(-1)?.tablesOpen === tablesOpen) endBoxTable(boxTables.pop()!);
    }
  });
  // a box's table left open (malformed XML): its rows are not lost
  for (let aside = boxTables.pop(); aside; aside = boxTables.pop()) {
    endBoxTable(aside);
    for (const p of boxed) emitBoxed(p);
    boxed = [];
  }
  flushCarry();
  if (isHeader) withTabRows(blocks, tabbed, isHeader);
  return notices.length > 0 ? { blocks, notices } : { blocks };
}
