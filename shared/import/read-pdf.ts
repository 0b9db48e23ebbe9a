// A PDF with a text layer -> SourceDocument. pdfjs-dist gives text runs with positions; lines are
// rebuilt from their baselines, a table's columns from its header row's x positions, and a table
// row runs from one measure heading ("ตัวชี้วัดที่ ...") to the next, across pages.
import { findIndicator } from './indicator-heading.js';
import { ValidationError } from '../domain/errors.js';
import { normaliseThai } from './thai-text.js';
import type { SourceBlock, SourceDocument } from './source-document.js';

interface Run {
  x: number;
  y: number;
  width: number;
  /** the text's height (font size, points) */
  size: number;
  text: string;
}

interface Line {
  page: number;
  line: number;
  runs: Run[];
  /** the page's bottom line (where page numbers sit) */
  last: boolean;
}

/** A page number as a footer prints it: "หน้า ๓ / ๑๘", "หน้า 3 จาก 18", "- ๓ -", "3". */
const PAGE_NUMBER = /^(?:หน้า(?:ที่)?\s*)?[-–]?\s*[๐-๙0-9]{1,4}\s*[-–]?(?:\s*(?:\/|จาก)\s*[๐-๙0-9]{1,4})?$/;

/** Text in a larger type than the header's by this factor is a heading: the table has ended. */
const HEADING_SIZE = 1.3;

/**
 * Lines of one cell as one text. A line wrapped inside a Thai phrase has no space to give back (Thai
 * writes no spaces between words): Thai next to Thai is joined without one; anything else with one.
 */
function joinCellLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) {
    if (!out) out = l;
    else out += /[\u0e01-\u0e4e]$/.test(out) && /^[\u0e01-\u0e4e]/.test(l) ? l : ` ${l}`;
  }
  return out;
}

/** Runs closer than this (points) are one piece of text; farther apart, separate cells. */
const CELL_GAP = 6;
const SAME_BASELINE = 2.5;

async function pdfLines(bytes: Uint8Array): Promise<Line[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const lines: Line[] = [];
  try {
    for (let p = 1; p <= Math.min(doc.numPages, 200); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        const transform = item.transform as number[];
        runs.push({
          x: transform[4]!,
          y: transform[5]!,
          width: item.width,
          size: Math.abs(transform[3]!),
          text: item.str,
        });
      }
      runs.sort((a, b) => b.y - a.y || a.x - b.x);
      const pageLines: Run[][] = [];
      for (const run of runs) {
        const last = pageLines.at(-1);
        if (last && Math.abs(last[0]!.y - run.y) <= SAME_BASELINE) last.push(run);
        else pageLines.push([run]);
      }
      pageLines.forEach((l, i) =>
        lines.push({ page: p, line: i + 1, runs: l.sort((a, b) => a.x - b.x), last: i === pageLines.length - 1 }),
      );
    }
  } finally {
    await doc.destroy();
  }
  return lines;
}

/** Runs of one line joined into pieces of text, split where the gap is wide. */
function pieces(line: Line): Run[] {
  const out: Run[] = [];
  for (const r of line.runs) {
    const last = out.at(-1);
    if (last && r.x - (last.x + last.width) < CELL_GAP) {
      last.text += r.x - (last.x + last.width) > 1.5 ? ` ${r.text}` : r.text;
      last.width = r.x + r.width - last.x;
    } else out.push({ ...r });
  }
  return out;
}

export interface PdfTableHooks {
  /** does this line's pieces form a table header? (the importer's header rule) */
  isHeader(cells: string[]): boolean;
  /** which header cell holds the measure column */
  measureColumn(cells: string[]): number;
}

/**
 * Read the text layer. Throws ValidationError (400) for a PDF without text (a scan), which needs
 * OCR first.
 */
export async function readPdf(bytes: Uint8Array, hooks: PdfTableHooks): Promise<SourceDocument> {
  const lines = await pdfLines(bytes);
  if (lines.length === 0) {
    throw new ValidationError(
      'ไฟล์ PDF นี้ไม่มีข้อความให้อ่าน (น่าจะเป็นภาพสแกน) กรุณาแปลงเป็นข้อความด้วยโปรแกรม OCR ก่อน หรือใช้ไฟล์ Word/Excel ต้นฉบับ',
      'this PDF has no text layer (a scan?): run it through OCR first, or import the Word/Excel original',
      [{ path: 'file', message_th: 'PDF ไม่มีข้อความ ต้องทำ OCR ก่อน', message_en: 'the PDF has no text: OCR it first' }],
    );
  }
  const blocks: SourceBlock[] = [];
  let columns: number[] | undefined;
  let headerSize = 0;
  let measureCol = 0;
  let row: { where: SourceBlock['where']; cells: string[][] } | undefined;
  let headerTail = false;
  let headerText = '';
  /** the lines under the header's first line that belong to it ("ระยะเวลา" / "ดำเนินการ") */
  let tailTexts: string[] = [];
  let repeatedTail: string[] = [];
  const flush = () => {
    if (row) blocks.push({ kind: 'row', where: row.where, cells: row.cells.map(joinCellLines) });
    row = undefined;
  };
  for (const line of lines) {
    const ps = pieces(line);
    const texts = ps.map((p) => normaliseThai(p.text));
    if (line.last && ps.length === 1 && PAGE_NUMBER.test(texts[0]!.trim())) continue;
    if (ps.length >= 3 && hooks.isHeader(texts)) {
      // the same header again (a new page): the row goes on; another header: a new table
      if (texts.join('|') !== headerText) {
        flush();
        headerText = texts.join('|');
        tailTexts = [];
        blocks.push({ kind: 'row', where: { page: line.page, line: line.line }, cells: texts });
        headerTail = true;
      } else repeatedTail = [...tailTexts];
      columns = ps.map((p) => p.x);
      headerSize = Math.max(...line.runs.map((r) => r.size));
      measureCol = hooks.measureColumn(texts);
      continue;
    }
    if (repeatedTail.length && repeatedTail[0] === texts.join('|')) {
      repeatedTail.shift();
      continue;
    }
    repeatedTail = [];
    if (!columns) {
      blocks.push({ kind: 'text', where: { page: line.page, line: line.line }, text: texts.join(' ') });
      continue;
    }
    const cells: string[][] = columns.map(() => []);
    // a heading (larger type) or a paragraph running across a whole next column: the table has ended
    let ended = Math.max(...line.runs.map((r) => r.size)) > headerSize * HEADING_SIZE;
    ps.forEach((p, i) => {
      let c = 0;
      while (c + 1 < columns!.length && p.x >= columns![c + 1]! - CELL_GAP) c++;
      cells[c]!.push(texts[i]!);
      if (c + 2 < columns!.length && p.x + p.width > columns![c + 2]!) ended = true;
    });
    if (ended) {
      flush();
      columns = undefined;
      headerText = '';
      blocks.push({ kind: 'text', where: { page: line.page, line: line.line }, text: texts.join(' ') });
      continue;
    }
    const measureText = cells[measureCol]!.join(' ');
    const heading = findIndicator(measureText);
    const startsMeasure = heading !== undefined && heading.index < 12;
    if (headerTail && !startsMeasure && !row) {
      tailTexts.push(texts.join('|')); // the header's second line
      continue;
    }
    headerTail = false;
    if (startsMeasure || !row) {
      flush();
      row = { where: { page: line.page, line: line.line }, cells: cells.map(() => []) };
    }
    cells.forEach((c, i) => c.length && row!.cells[i]!.push(c.join(' ')));
  }
  flush();
  return { blocks };
}
