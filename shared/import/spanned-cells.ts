// A data cell merged across columns of different roles (Word "Merge Cells" → w:gridSpan, an Excel
// range, a PDF cell with no rule between): the typist wrote both columns' text in one cell,
// "ตลอดปีงบประมาณ รายงานผลทุกเดือน" over timeframe + follow-up, "… ทุก ๖ เดือน โดยกองช่าง" over
// follow-up + units. The follow-up or the unit the covered column should hold is read out of the
// cell, always with a warning naming both columns (review 17 s15, S15-8).
import { clipText } from '../domain/text.js';
import { detectCadence } from './cadence-detection.js';
import type { Column, Role } from './column-names.js';
import { ROLE_NAMES } from './joined-columns.js';
import { paragraphsCell, type CellMerge } from './source-document.js';
import { splitAtTags, stripTags } from './thai-text.js';

type Field = Exclude<Role, 'note'>;

/** The covered roles read out of a spanned cell: the two a measure cannot be saved without. */
const READ_OUT: ReadonlySet<Role> = new Set(['followUps', 'responsible']);
/** The roles a spanned cell may start in for that (a measure cell across the row is a heading). */
const SPAN_STARTS: ReadonlySet<Role> = new Set(['methods', 'timeframe', 'followUps']);
/** A cell longer than this is not searched (a bound on the candidates' cadence checks). */
const MAX_SPLIT_CELL = 2_000;
/** At most this many places are tried in a cell. */
const MAX_CANDIDATES = 20;

/** A unit named at a word's start: "กองช่าง", "สำนักปลัด", "ทุกกองงาน". */
const UNIT_START = /(?:^|\s|โดย)(?=(?:กอง|สำนัก|ฝ่าย|หน่วย|ส่วน|ทุกกอง|ทุกหน่วย|ทุกส่วน|ทุกสำนัก)\S)/g;
/** Where a follow-up starts: a report verb, maybe after a list marker. */
const FOLLOW_UP_START =
  /(?:^|\s)(?=(?:[0-9๐-๙]{1,2}\s*[.)]\s*|\([0-9๐-๙]{1,2}\)\s*)?(?:รายงาน|สรุป|ติดตาม|ประเมินผล|นำเสนอ|เสนอ|แจ้ง))/g;
/** A list marker opening a follow-up in a timeframe cell ("ต.ค. ๖๖ - ก.ย. ๖๗ ๑. รายงาน…"). */
const MARKER_START = /(?:^|\s)(?=[0-9๐-๙]{1,2}\s*[.)]\s+\S)/g;

const linesOf = (html: string): string[] =>
  splitAtTags(html)
    .map((l) => stripTags(l))
    .filter(Boolean);

/** Where a regex's matches start in a text (a zero-width lookahead after the separator), at most MAX_CANDIDATES. */
function startsOf(text: string, re: RegExp): number[] {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && at.length < MAX_CANDIDATES; m = re.exec(text)) {
    at.push(m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return at;
}

/** The text split at a place: the lines before it, the lines from it. */
interface Split {
  kept: string[];
  taken: string[];
}

function splitAt(lines: readonly string[], line: number, at: number, trimKept = /\s+$/): Split {
  const head = lines[line]!.slice(0, at).replace(trimKept, '').trim();
  const tail = lines[line]!.slice(at).trim();
  return { kept: [...lines.slice(0, line), ...(head ? [head] : [])], taken: [tail, ...lines.slice(line + 1)] };
}

/** The units named at the end of a spanned cell ("… ทุก ๖ เดือน โดยกองช่าง", a last line "กองคลัง"). */
function unitsAtEnd(lines: readonly string[]): Split | undefined {
  const last = lines.length - 1;
  if (last < 0) return undefined;
  for (const at of startsOf(lines[last]!, UNIT_START)) {
    const tail = lines[last]!.slice(at);
    if (detectCadence(tail) !== 'unspecified') continue;
    const split = splitAt(lines, last, at, /\s*(?:โดย|ผู้รับผิดชอบ\s*:?)?\s*$/);
    return split.kept.length > 0 ? split : undefined;
  }
  return undefined;
}

/** The follow-ups written after the first column's own text ("ตลอดปีงบประมาณ รายงานผลทุกเดือน"). */
function followUpsAfter(lines: readonly string[], first: Role): Split | undefined {
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line]!;
    const starts = startsOf(text, FOLLOW_UP_START);
    if (first === 'timeframe') starts.push(...startsOf(text, MARKER_START));
    for (const at of starts.sort((a, b) => a - b)) {
      const split = splitAt(lines, line, at);
      if (detectCadence(split.taken.join(' ')) !== 'unspecified') return split;
    }
  }
  return undefined;
}

/** A covered column: its role, header column and 0-based place. */
interface Covered {
  role: Field;
  column: Column;
  at: number;
}

export interface SpannedCellRead {
  /** 0-based column where the spanned cell starts */
  column: number;
  th: string;
  en: string;
  source: string;
}

const label = (c: Column | undefined, role: Field) => clipText(c?.label || ROLE_NAMES[role].th, 60);

/**
 * Read a row's cells merged across columns for the covered follow-up or units column when that is
 * empty otherwise: `own` (the row's cells by role, as cellsByRole gives them) gets the follow-ups
 * or units read out, and the cell's own role keeps the rest. Each spanned cell is said once.
 */
export function readSpannedCells(
  cells: readonly string[],
  merged: readonly CellMerge[],
  columns: readonly Column[],
  own: { byRole: Partial<Record<Field, string>>; columnOf: Partial<Record<Field, number>> },
): SpannedCellRead[] {
  if (!merged.includes('left')) return [];
  const said: SpannedCellRead[] = [];
  for (let start = 0; start < cells.length; start++) {
    if (merged[start] || merged[start + 1] !== 'left') continue;
    const head = columns[start];
    if (!head || head.role === 'note' || !SPAN_STARTS.has(head.role) || head.round || head.month) continue;
    const first = head.role;
    // the columns it covers, last first: units are cut from the end, then follow-ups from the rest
    const covered: Covered[] = [];
    for (let j = start + 1; j < cells.length && merged[j] === 'left'; j++) {
      const col = columns[j];
      if (!col || col.role === 'note' || col.role === first || col.round || col.month) continue;
      if (!READ_OUT.has(col.role) || stripTags(own.byRole[col.role] ?? '')) continue;
      if (!covered.some((c) => c.role === col.role)) covered.unshift({ role: col.role, column: col, at: j });
    }
    if (covered.length === 0) continue;
    const whole = cells[start]!;
    const source = stripTags(whole);
    if (!source) continue;
    let lines = source.length <= MAX_SPLIT_CELL ? linesOf(whole) : [];
    const read: (Covered & { text: string })[] = [];
    const missing: Covered[] = [];
    for (const c of covered) {
      const split = c.role === 'responsible' ? unitsAtEnd(lines) : followUpsAfter(lines, first);
      if (split) {
        lines = split.kept;
        read.push({ ...c, text: paragraphsCell(split.taken) });
      } else if (c.role === 'followUps' && detectCadence(source) !== 'unspecified' && lines.length > 0) {
        // no place to part it: the whole cell is the follow-up too (its cadence is named)
        read.push({ ...c, text: paragraphsCell(lines) });
      } else missing.push(c);
    }
    for (const r of read) {
      own.byRole[r.role] = r.text;
      own.columnOf[r.role] = r.at + 1;
    }
    const rest = paragraphsCell(lines);
    if (read.length > 0 && own.byRole[first] === whole) own.byRole[first] = rest;
    said.push(spannedMessage(start, head, first, read, missing, source));
  }
  return said;
}

function spannedMessage(
  start: number,
  head: Column,
  first: Field,
  read: readonly (Covered & { text: string })[],
  missing: readonly Covered[],
  source: string,
): SpannedCellRead {
  const byColumn = <T extends { at: number }>(list: readonly T[]) => [...list].sort((a, b) => a.at - b.at);
  const all = byColumn([...read, ...missing]).map((c) => `"${label(c.column, c.role)}"`);
  const quoted = clipText(source, 120);
  const th = [`ช่องนี้ผสานคอลัมน์ "${label(head, first)}" กับคอลัมน์ ${all.join(' และ ')} ไว้เป็นช่องเดียว (อ่านได้ว่า "${quoted}")`];
  const en = [
    `this cell is merged across the column "${label(head, first)}" and ${all.join(' and ')} (read as "${quoted}")`,
  ];
  const readSaid = byColumn(read).map((r) => ({ text: clipText(stripTags(r.text), 120), name: ROLE_NAMES[r.role] }));
  if (readSaid.length > 0) {
    th.push(`จึงอ่าน ${readSaid.map((r) => `"${r.text}" เป็น${r.name.th}`).join(' และ ')}`);
    en.push(`: ${readSaid.map((r) => `"${r.text}" was read as its ${r.name.en}`).join(', ')}`);
  }
  for (const m of byColumn(missing)) {
    const name = ROLE_NAMES[m.role];
    th.push(`ไม่พบ${name.th}ในข้อความ จึงยังไม่มี${name.th} กรุณากรอกเอง`);
    en.push(`; no ${name.en} found in its text: none was read, fill it in`);
  }
  if (readSaid.length > 0) {
    th.push('ตรวจว่าถูกต้อง');
    en.push('; check it');
  }
  return { column: start, th: th.join(' '), en: en.join(''), source };
}
