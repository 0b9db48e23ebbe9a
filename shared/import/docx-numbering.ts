// Word's automatic numbering (review 17 s9, entry 3): a paragraph of a numbered list (w:numPr, on
// the paragraph or through its style, e.g. "List Number") has no number in its text; Word draws
// the label ("1.", "๑.", "ก.", "ตัวชี้วัดที่ 4") from word/numbering.xml. Without it, the items of
// a list in one cell ran together into one item, and a heading typed as a list label was lost.
import { styleElements } from './docx-hidden-styles.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface DocxNumbering {
  /** the list levels of each abstract list, by its id */
  abstracts: Map<string, Level[]>;
  /** each list instance (w:num): its abstract list and the levels it restarts at another number */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  /** the numbering a paragraph style gives (through w:basedOn too) */
  styles: Map<string, { numId?: string; ilvl?: number }>;
}

export const NO_NUMBERING: DocxNumbering = { abstracts: new Map(), nums: new Map(), styles: new Map() };

const val = (xml: string, element: string) =>
  new RegExp(`<w:${element}\\b[^>]*?\\bw:val\\s*=\\s*["']([^"']*)["']`).exec(xml)?.[1];
const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

/** Each `<w:{name} …>…</w:{name}>` of `xml` with its opening tag: indexOf only (linear). */
function* elements(xml: string, name: string): Generator<{ tag: string; body: string }> {
  const open = `<w:${name}`;
  const close = `</w:${name}>`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) return;
    const tag = xml.slice(at, tagEnd);
    at = tagEnd + 1;
    if (!/^\s/.test(tag.slice(open.length, open.length + 1)) || tag.endsWith('/')) continue;
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) return;
    at = end + close.length;
    yield { tag, body: xml.slice(tagEnd + 1, end) };
  }
}

const level = (n: string | undefined) => Math.max(0, Math.min(8, Number(n ?? 0) || 0));

/** The numbering of a Word file from its numbering and styles parts (missing or unreadable: none). */
export function docxNumbering(numberingXml: string | undefined, stylesXml: string | undefined): DocxNumbering {
  if (!numberingXml) return NO_NUMBERING;
  const abstracts = new Map<string, Level[]>();
  for (const { tag, body } of elements(numberingXml, 'abstractNum')) {
    const id = attr(tag, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels: Level[] = [];
    for (const lvl of elements(body, 'lvl')) {
      levels[level(attr(lvl.tag, 'w:ilvl'))] = {
        start: Number(val(lvl.body, 'start') ?? 1) || 0,
        format: val(lvl.body, 'numFmt') ?? 'decimal',
        text: val(lvl.body, 'lvlText') ?? '',
      };
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const { tag, body } of elements(numberingXml, 'num')) {
    const id = attr(tag, 'w:numId');
    const abstract = val(body, 'abstractNumId');
    if (id === undefined || abstract === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of elements(body, 'lvlOverride')) {
      const start = val(o.body, 'startOverride');
      if (start !== undefined) starts.set(level(attr(o.tag, 'w:ilvl')), Number(start) || 0);
    }
    nums.set(id, { abstract, starts });
  }
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const { attrs, body } of styleElements(stylesXml ?? '')) {
    const id = attr(attrs, 'w:styleId');
    if (!id) continue;
    const numPr = /<w:numPr\b[^>]*>([\s\S]{0,400}?)<\/w:numPr>/.exec(body)?.[1];
    const ilvl = numPr ? val(numPr, 'ilvl') : undefined;
    own.set(id, {
      ...(numPr && val(numPr, 'numId') !== undefined ? { numId: val(numPr, 'numId') } : {}),
      ...(ilvl !== undefined ? { ilvl: level(ilvl) } : {}),
      ...(val(body, 'basedOn') ? { basedOn: val(body, 'basedOn') } : {}),
    });
  }
  const styles = new Map<string, { numId?: string; ilvl?: number }>();
  for (const id of own.keys()) {
    // the nearest style in the chain that numbers, at most 20 deep (a cycle says nothing)
    let at: string | undefined = id;
    for (let depth = 0; at !== undefined && depth < 20; depth++) {
      const style = own.get(at);
      if (!style) break;
      if (style.numId !== undefined) {
        styles.set(id, { numId: style.numId, ...(style.ilvl !== undefined ? { ilvl: style.ilvl } : {}) });
        break;
      }
      at = style.basedOn;
    }
  }
  return { abstracts, nums, styles };
}

const THAI_LETTERS = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหอฮ';
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const ROMAN: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
]; // prettier-ignore

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value && out.length < 30; n -= value) out += letters;
  return out;
}

/** A list number as a level's format writes it ("thaiNumbers" 3 -> "๓", "lowerLetter" 2 -> "b"). */
function formatted(n: number, format: string): string {
  const letters = (alphabet: string) => alphabet[(n - 1 + alphabet.length * 100) % alphabet.length]!;
  switch (format) {
    case 'thaiNumbers':
      return String(n).replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]!);
    case 'thaiLetters':
      return letters(THAI_LETTERS);
    case 'lowerLetter':
      return letters('abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/**
 * The labels of a document's numbered paragraphs, in document order. Word counts a list across the
 * document (lists of one abstract list continue unless a w:num restarts a level). A label of numbers
 * and marks only ("%1.", "(%1)") is counted within its cell instead: the importer takes a cell's
 * items, not their numbers, and a list continued from the cell above would start at "5." there.
 * A label with words ("ตัวชี้วัดที่ %1") keeps Word's own count: its number is the text.
 */
export class ListLabels {
  private readonly counts = new Map<string, number[]>();
  private readonly started = new Set<string>();
  private cellCounts = new Map<string, number[]>();
  constructor(private readonly numbering: DocxNumbering) {}

  /** A new table cell: its number-only lists count from their start again. */
  newCell() {
    this.cellCounts = new Map();
  }

  /** The label of a paragraph with this style and numbering ("" when it is no list item). */
  label(style: string | undefined, numId: string | undefined, ilvl: number | undefined): string {
    const byStyle = style ? this.numbering.styles.get(style) : undefined;
    const id = numId ?? byStyle?.numId;
    if (id === undefined || id === '0') return '';
    const num = this.numbering.nums.get(id);
    const levels = num ? this.numbering.abstracts.get(num.abstract) : undefined;
    const at = level(String(ilvl ?? byStyle?.ilvl ?? 0));
    const lvl = levels?.[at];
    if (!num || !levels || !lvl || lvl.format === 'none') return '';
    if (lvl.format === 'bullet') return '-';
    const wordy = /[^\s%0-9.,:;()[\]\-–]/.test(lvl.text.replace(/%[1-9]/g, ''));
    const counts = this.countsOf(wordy ? this.counts : this.cellCounts, num.abstract);
    if (wordy && !this.started.has(id)) {
      // a list instance that restarts a level (w:startOverride) does so where it is first used
      this.started.add(id);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[at] = (counts[at] ?? (lvl.start || 1) - 1) + 1;
    counts.length = at + 1;
    return lvl.text
      .replace(/%([1-9])/g, (_, k: string) => {
        const i = Number(k) - 1;
        const of = levels[i];
        return formatted(counts[i] ?? of?.start ?? 1, of?.format ?? 'decimal');
      })
      .trim();
  }

  private countsOf(map: Map<string, number[]>, abstract: string): number[] {
    let counts = map.get(abstract);
    if (!counts) map.set(abstract, (counts = []));
    return counts;
  }
}
