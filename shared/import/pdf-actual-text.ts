// The /ActualText of a PDF's marked-content sequences (PDF 32000-1 §14.9.4): the text a span of
// glyphs stands for when the glyphs' own Unicode map says otherwise. LibreOffice writes Thai this
// way: its font subset maps each glyph to the first character it drew (a tone mark's glyph to sara
// uu when "ผู้" came first, sara am's two glyphs to "ำา"), and wraps every other use of the glyph in
// `/Span <</ActualText <FEFF0E49>>> BDC ... EMC`. pdftotext honours it; pdfjs-dist's text content
// does not (it reports the span, not its ActualText), so the page's marked content is read here,
// with pdf-lib for the PDF's objects and a small tokenizer for its content streams.
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { damagedFontMaps } from './pdf-font-maps.js';
import { type PdfDecryptor, standardDecryptor } from './pdf-standard-decrypt.js';

/** One marked-content sequence, in the order its BMC/BDC stands in the page's content. */
export interface MarkedContent {
  tag: string | null;
  /** the /ActualText of its properties, when it has one */
  actualText?: string;
}

type Token =
  | { kind: 'name'; value: string }
  | { kind: 'string'; bytes: number[] }
  | { kind: 'dict'; entries: Map<string, Token> }
  | { kind: 'other' };
/** A token, or an operator word. */
type Lexeme = Token | { kind: 'op'; value: string };

/** Byte classes of PDF syntax: 1 white space, 2 a delimiter (a table: one look-up a byte). */
const CLASS = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
const isWhite = (c: number | undefined) => c !== undefined && CLASS[c] === 1;
/** A number's first byte (digits, sign, point): numbers are skipped, never read (most of a page's tokens). */
const NUMBER_START = new Uint8Array(256);
for (const c of '+-.0123456789') NUMBER_START[c.charCodeAt(0)] = 1;
const OTHER: Token = { kind: 'other' };
/** Form XObjects nest at most this deep (a cycle or a bomb stops here). */
const MAX_FORM_DEPTH = 8;

/** Text string bytes as text: UTF-16BE after its byte order mark, else PDFDocEncoding (Latin-1 here). */
function textOf(bytes: readonly number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return out;
  }
  return String.fromCharCode(...bytes);
}

/**
 * A content stream's tokens, one pass: names, strings (literal and hex), dictionaries, and the
 * operators as `op` callbacks with their operands. Arrays and numbers are skipped as 'other';
 * an inline image's data (BI ... ID data EI) is skipped whole.
 */
function scanContent(data: Uint8Array, op: (name: string, operands: Token[]) => void): void {
  let i = 0;
  const n = data.length;
  const skipWhite = () => {
    while (i < n) {
      if (CLASS[data[i]!] === 1) i++;
      else if (data[i] === 0x25) while (i < n && data[i] !== 10 && data[i] !== 13) i++;
      else break;
    }
  };
  const skipRegular = () => {
    while (i < n && CLASS[data[i]!] === 0) i++;
  };
  const regular = () => {
    const start = i;
    skipRegular();
    return String.fromCharCode(...data.subarray(start, i));
  };
  /** A literal string passed over unread (a text-showing operand: its bytes are not needed). */
  const skipLiteral = () => {
    let depth = 1;
    i++;
    while (i < n) {
      const c = data[i++]!;
      if (c === 0x5c) i++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
    }
  };
  const literal = (): number[] => {
    const out: number[] = [];
    let depth = 1;
    i++;
    while (i < n) {
      const c = data[i++]!;
      if (c === 0x5c) {
        const e = data[i++]!;
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
        if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && data[i]! >= 0x30 && data[i]! <= 0x37; k++) v = v * 8 + (data[i++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 13) {
          if (data[i] === 10) i++;
        } else if (e !== 10) out.push(simple[e] ?? e);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) break;
      out.push(c);
    }
    return out;
  };
  const hex = (): number[] => {
    i++;
    const digits: number[] = [];
    while (i < n && data[i] !== 0x3e) {
      const v = parseInt(String.fromCharCode(data[i++]!), 16);
      if (!Number.isNaN(v)) digits.push(v);
    }
    i++;
    if (digits.length % 2) digits.push(0);
    const out: number[] = [];
    for (let k = 0; k < digits.length; k += 2) out.push(digits[k]! * 16 + digits[k + 1]!);
    return out;
  };
  /** `top`: an operand of the content itself, not inside a dictionary: its strings are not read. */
  const value = (top = false): Lexeme | undefined => {
    skipWhite();
    if (i >= n) return undefined;
    const c = data[i]!;
    if (NUMBER_START[c] === 1) {
      skipRegular();
      return OTHER;
    }
    if (top && c === 0x28) {
      skipLiteral();
      return OTHER;
    }
    if (top && c === 0x3c && data[i + 1] !== 0x3c) {
      while (i < n && data[i] !== 0x3e) i++;
      i++;
      return OTHER;
    }
    if (c === 0x2f) {
      i++;
      return {
        kind: 'name',
        value: regular().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      };
    }
    if (c === 0x28) return { kind: 'string', bytes: literal() };
    if (c === 0x3c && data[i + 1] === 0x3c) {
      i += 2;
      const entries = new Map<string, Token>();
      for (;;) {
        skipWhite();
        if (i >= n) break;
        if (data[i] === 0x3e && data[i + 1] === 0x3e) {
          i += 2;
          break;
        }
        const key = value();
        const v = value();
        if (!key || !v) break;
        if (key.kind === 'name' && v.kind !== 'op') entries.set(key.value, v);
      }
      return { kind: 'dict', entries };
    }
    if (c === 0x3c) return { kind: 'string', bytes: hex() };
    if (c === 0x5b) {
      i++;
      for (;;) {
        skipWhite();
        if (i >= n || data[i] === 0x5d) break;
        const before = i;
        if (!value(true) || i === before) i++;
      }
      i++;
      return OTHER;
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      i++;
      return OTHER;
    }
    const word = regular();
    if (word === 'true' || word === 'false' || word === 'null') return OTHER;
    return { kind: 'op', value: word };
  };
  let operands: Token[] = [];
  while (i < n) {
    const before = i;
    const t = value(true);
    if (!t) break;
    if (i === before) i++;
    if (t.kind !== 'op') {
      operands.push(t);
      continue;
    }
    const name = t.value;
    if (name === 'ID') {
      // inline image data: up to whitespace, EI, whitespace
      i++;
      while (
        i < n &&
        !(isWhite(data[i - 1]) && data[i] === 0x45 && data[i + 1] === 0x49 && (i + 2 >= n || isWhite(data[i + 2])))
      )
        i++;
      i += 2;
    } else op(name, operands);
    operands = [];
  }
}

const nameOf = (t: Token | undefined) => (t?.kind === 'name' ? t.value : null);

function pdfText(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  return undefined;
}

/** The marked content of one content stream (and the forms it draws), appended to `out`. */
function readStream(
  data: Uint8Array,
  resources: PDFDict | undefined,
  out: MarkedContent[],
  depth: number,
  decode: StreamDecoder,
): void {
  // a stream with no marked content and no form drawn (a page of plain text shows) has nothing to
  // read: searched for natively, not tokenized (review 17 s17, S17-5)
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.indexOf('BMC') < 0 && bytes.indexOf('BDC') < 0 && bytes.indexOf('Do') < 0) return;
  const lookupDict = (dict: PDFDict | undefined, key: string) => {
    const v = dict?.lookup(PDFName.of(key));
    return v instanceof PDFDict ? v : undefined;
  };
  scanContent(data, (op, operands) => {
    if (op === 'BMC') out.push({ tag: nameOf(operands.at(-1)) });
    else if (op === 'BDC') {
      const props = operands.at(-1);
      const tag = nameOf(operands.at(-2));
      let actualText: string | undefined;
      if (props?.kind === 'dict') {
        const at = props.entries.get('ActualText');
        if (at?.kind === 'string') actualText = textOf(at.bytes);
      } else if (props?.kind === 'name') {
        const dict = lookupDict(lookupDict(resources, 'Properties'), props.value);
        actualText = pdfText(dict?.lookup(PDFName.of('ActualText')));
      }
      out.push(actualText === undefined ? { tag } : { tag, actualText });
    } else if (op === 'Do' && depth < MAX_FORM_DEPTH) {
      const name = nameOf(operands.at(-1));
      const entry = name ? lookupDict(resources, 'XObject')?.get(PDFName.of(name)) : undefined;
      const form = entry instanceof PDFRef ? resources!.context.lookup(entry) : entry;
      if (form instanceof PDFRawStream && form.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Form')) {
        const own = form.dict.lookup(PDFName.of('Resources'));
        const data = decode(form, entry instanceof PDFRef ? entry : undefined);
        readStream(data, own instanceof PDFDict ? own : resources, out, depth + 1, decode);
      }
    }
  });
}

/**
 * The marked-content sequences of each page, in content order (forms included where they are
 * drawn), or undefined when the PDF cannot be read this way (encrypted, damaged): the caller then
 * reads the glyphs' own Unicode map alone.
 */
/**
 * The content streams decoded for /ActualText, all pages together: pages may share one compressed
 * stream, so the file's size does not bound this (review 17 s8, entry 3).
 */
export const MAX_DECODED_CONTENT_BYTES = 20 * 1024 * 1024;

/** A stream's data with its filters undone (and decrypted first, in an encrypted file). */
type StreamDecoder = (stream: PDFRawStream, ref: PDFRef | undefined) => Uint8Array;

const bytesOf = (o: PDFObject | undefined) =>
  o instanceof PDFString || o instanceof PDFHexString ? o.asBytes() : new Uint8Array();

/**
 * How to decrypt an encrypted file's streams: undefined when it is not encrypted, null when it is
 * and cannot be (another security handler, or a password needed to open it).
 */
function decryptorOf(context: PDFContext): PdfDecryptor | null | undefined {
  const encrypt = context.trailerInfo.Encrypt;
  if (!encrypt) return undefined;
  const dict = encrypt instanceof PDFRef ? context.lookup(encrypt) : encrypt;
  if (!(dict instanceof PDFDict) || dict.lookup(PDFName.of('Filter')) !== PDFName.of('Standard')) return null;
  const num = (key: string, fallback: number) => {
    const v = dict.lookup(PDFName.of(key));
    return v instanceof PDFNumber ? v.asNumber() : fallback;
  };
  const ids = context.trailerInfo.ID;
  const id = ids instanceof PDFArray ? ids.lookup(0) : undefined;
  const stdCf = dict.lookup(PDFName.of('CF'));
  const cfm = stdCf instanceof PDFDict ? stdCf.lookup(PDFName.of('StdCF')) : undefined;
  const method = cfm instanceof PDFDict ? cfm.lookup(PDFName.of('CFM')) : undefined;
  const metadata = dict.lookup(PDFName.of('EncryptMetadata'));
  return (
    standardDecryptor({
      v: num('V', 0),
      r: num('R', 0),
      lengthBits: num('Length', 40),
      o: bytesOf(dict.lookup(PDFName.of('O'))),
      u: bytesOf(dict.lookup(PDFName.of('U'))),
      p: num('P', 0) | 0,
      id0: bytesOf(id),
      encryptMetadata: !(metadata instanceof PDFBool) || metadata.asBoolean(),
      aes: num('V', 0) === 4 && method === PDFName.of('AESV2'),
    }) ?? null
  );
}

/**
 * The marked content of each page, or 'encrypted' when the file is encrypted in a way this reader
 * cannot undo (the caller warns that the Thai may read wrong), or undefined when it cannot be read.
 */
export async function markedContentOfPages(
  bytes: Uint8Array,
  pageCount: number,
  /** filled with the fonts whose Unicode map is damaged (pdf-font-maps.ts), when not encrypted */
  found?: { damagedFontMaps: string[] },
): Promise<MarkedContent[][] | 'encrypted' | undefined> {
  try {
    const doc = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    const decryptor = decryptorOf(doc.context);
    if (decryptor === null) return 'encrypted';
    if (found && decryptor === undefined) found.damagedFontMaps = damagedFontMaps(doc.context);
    const decode: StreamDecoder = (stream, ref) =>
      decodePDFRawStream(
        decryptor && ref
          ? PDFRawStream.of(stream.dict, decryptor.stream(ref.objectNumber, ref.generationNumber, stream.contents))
          : stream,
      ).decode();
    let decoded = 0;
    return doc
      .getPages()
      .slice(0, pageCount)
      .map((page) => {
        const out: MarkedContent[] = [];
        // pages may share one stream: past the budget, the rest are read from their glyphs alone
        if (decoded > MAX_DECODED_CONTENT_BYTES) return out;
        const entry = page.node.get(PDFName.of('Contents'));
        const listed = entry instanceof PDFRef ? page.doc.context.lookup(entry) : entry;
        const refs = listed instanceof PDFArray ? listed.asArray() : [entry];
        const parts = refs.flatMap((r) => {
          const s = r instanceof PDFRef ? page.doc.context.lookup(r) : r;
          return s instanceof PDFRawStream ? [decode(s, r instanceof PDFRef ? r : undefined)] : [];
        });
        decoded += parts.reduce((sum, p) => sum + p.length, 0);
        if (decoded > MAX_DECODED_CONTENT_BYTES) return out;
        // a page's content streams are one stream, in order
        const whole = new Uint8Array(parts.reduce((sum, p) => sum + p.length + 1, 0));
        let at = 0;
        for (const p of parts) {
          whole.set(p, at);
          whole[at + p.length] = 10;
          at += p.length + 1;
        }
        readStream(whole, page.node.Resources(), out, 0, decode);
        return out;
      });
  } catch {
    return undefined;
  }
}
