// XML text and attributes read without a parser: the five named entities and character references
// (XML 1.0 §4.1, §4.6). A reference to a surrogate or past U+10FFFF is no character: dropped.

/** A reference read at an "&": the character it stands for (-1: none, the reference dropped) and where it ends. */
export interface Reference {
  code: number;
  end: number;
}

/** Output of replaceReferences, reused (grown as needed). */
let codes = new Uint16Array(1024);
/** Code units turned into a string at once (String.fromCharCode's arguments). */
const CHUNK = 8192;

/**
 * `text` with each "&" that `reference` reads as a reference replaced by its character, in one pass
 * writing code units to a buffer: a replacement callback (or replaceAll) per reference made 1,000,000
 * "&lt;" in one Word cell take seconds, superlinear in the count (review 17 s18, S18-1: each match's
 * strings were held by the builder of the result until the end, and every collection walked them).
 * No output is longer than the text: a reference is at least 4 characters for at most 2 code units.
 * "&lt;", "&gt;" and "&amp;" (lower case) are replaced without asking `reference`: it must read them so.
 */
export function replaceReferences(
  text: string,
  reference: (text: string, at: number) => Reference | undefined,
): string {
  const first = text.indexOf('&');
  if (first < 0) return text;
  if (codes.length < text.length) codes = new Uint16Array(Math.max(text.length, 2 * codes.length));
  const out = codes;
  let n = 0;
  let replaced = false;
  for (let i = 0; i < first; i++) out[n++] = text.charCodeAt(i);
  // one loop over the code units (an indexOf per "&" and a copy between cost twice as much)
  for (let at = first; at < text.length;) {
    const c = text.charCodeAt(at);
    if (c !== 0x26) {
      out[n++] = c;
      at++;
      continue;
    }
    const common = commonReference(text, at);
    if (common >= 0) {
      out[n++] = common;
      at += common === 0x26 ? 5 : 4;
      replaced = true;
      continue;
    }
    const read = reference(text, at);
    if (!read) {
      out[n++] = c;
      at++;
      continue;
    }
    if (read.code > 0xffff) {
      out[n++] = 0xd800 + ((read.code - 0x10000) >> 10);
      out[n++] = 0xdc00 + ((read.code - 0x10000) & 0x3ff);
    } else if (read.code >= 0) out[n++] = read.code;
    at = read.end;
    replaced = true;
  }
  if (!replaced) return text;
  return codeUnitsText(out, n);
}

/**
 * "&lt;", "&gt;" or "&amp;" at `at` as written (lower case): the character, else -1. Every reading
 * of references here (XML's, cells') takes these three so; read without a call, as they are most of
 * a long text's references (Word writes "<" as "&lt;").
 */
function commonReference(text: string, at: number): number {
  const c = text.charCodeAt(at + 1);
  if (c === 0x6c || c === 0x67) {
    return text.charCodeAt(at + 2) === 0x74 && text.charCodeAt(at + 3) === 0x3b ? (c === 0x6c ? 0x3c : 0x3e) : -1;
  }
  return c === 0x61 &&
    text.charCodeAt(at + 2) === 0x6d &&
    text.charCodeAt(at + 3) === 0x70 &&
    text.charCodeAt(at + 4) === 0x3b
    ? 0x26
    : -1;
}

/** Node's Buffer where there is one (Lambda, tests); the web app's bundle has none. */
const NodeBuffer = (
  globalThis as {
    Buffer?: { from(b: ArrayBufferLike, at: number, bytes: number): { toString(as: 'utf16le'): string } };
  }
).Buffer;
/** Whether a Uint16Array's bytes are little-endian, as UTF-16LE reads them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of `out`'s first `n` code units (lone surrogates kept). With Node's Buffer, one copy:
 * String.fromCharCode over 8 K chunks, then joined, took 25 ms for 5 M units against about 1 ms
 * (session 25; three such strings per import of a Word cell of 1,000,000 "<a").
 */
function codeUnitsText(out: Uint16Array, n: number): string {
  if (NodeBuffer && LITTLE_ENDIAN) return NodeBuffer.from(out.buffer, out.byteOffset, 2 * n).toString('utf16le');
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

const MARKUP_CHAR = /[&<>]/;

/**
 * Plain text as cell markup: "&", "<" and ">" as "&amp;", "&lt;", "&gt;" (what stripTags decodes).
 * One pass into a buffer: a global replace per character took 0.6 s on a Word cell of 1,000,000
 * "<a" (review 17 s18, S18-1; V8 keeps every match's pieces until the end, as in replaceReferences).
 */
export const escapeMarkup = (text: string): string => (MARKUP_CHAR.test(text) ? escaped(text, true) : text);

/** `text` with each "<" as "&lt;", its "&" and ">" as they are (a text file's text between OCR's tags). */
export const escapeLessThan = (text: string): string => (text.includes('<') ? escaped(text, false) : text);

function escaped(text: string, all: boolean): string {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 && all) length += 4;
    else if (c === 0x3c || (c === 0x3e && all)) length += 3;
  }
  if (codes.length < length) codes = new Uint16Array(Math.max(length, 2 * codes.length));
  const out = codes;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x26 && all) {
      out[n++] = 0x26;
      out[n++] = 0x61;
      out[n++] = 0x6d;
      out[n++] = 0x70;
      out[n++] = 0x3b;
    } else if (c === 0x3c || (c === 0x3e && all)) {
      out[n++] = 0x26;
      out[n++] = c === 0x3c ? 0x6c : 0x67;
      out[n++] = 0x74;
      out[n++] = 0x3b;
    } else out[n++] = c;
  }
  return codeUnitsText(out, n);
}

/** Whether `text` holds `name` (lower-case letters) at `at`, in any case, followed by ";". */
function namedAt(text: string, at: number, name: string, anyCase: boolean): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = text.charCodeAt(at + i);
    if (c !== name.charCodeAt(i) && !(anyCase && (c | 0x20) === name.charCodeAt(i))) return false;
  }
  return text.charCodeAt(at + name.length) === 0x3b;
}

/** Named references as code points, by name. */
export type NamedReferences = readonly (readonly [name: string, code: number])[];
const XML_NAMED: NamedReferences = [
  ['amp', 0x26],
  ['lt', 0x3c],
  ['gt', 0x3e],
  ['quot', 0x22],
  ['apos', 0x27],
];

/** The named reference of `names` at the "&" at `at` (its case as `anyCase` allows), if any. */
export function namedReference(
  text: string,
  at: number,
  names: NamedReferences,
  anyCase: boolean,
): Reference | undefined {
  for (const [name, code] of names)
    if (namedAt(text, at + 1, name, anyCase)) return { code, end: at + name.length + 2 };
  return undefined;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) =>
  isDigit(c) ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x61 + 10 : -1;

/** "&#65;", "&#x41;" (X and A-F in any case): the character, or -1 for none (0, a surrogate, past U+10FFFF). */
function characterReference(text: string, at: number): Reference | undefined {
  if (text.charCodeAt(at + 1) !== 0x23) return undefined;
  const hex = (text.charCodeAt(at + 2) | 0x20) === 0x78;
  let i = at + (hex ? 3 : 2);
  const start = i;
  let value = 0;
  for (; i < text.length; i++) {
    const digit = hex ? hexValue(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)) ? text.charCodeAt(i) - 0x30 : -1;
    if (digit < 0) break;
    // past U+10FFFF it is no character however it goes on: kept past it, not grown
    value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000);
  }
  if (i === start || text.charCodeAt(i) !== 0x3b) return undefined;
  const code = value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff) ? value : -1;
  return { code, end: i + 1 };
}

const xmlReference = (text: string, at: number) =>
  characterReference(text, at) ?? namedReference(text, at, XML_NAMED, true);

/** `text` with its entity and character references decoded. */
export function decodeXml(text: string): string {
  return replaceReferences(text, xmlReference);
}

/** The decoded value of attribute `name` in a start tag (quoted either way), else undefined. */
export function xmlAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}
