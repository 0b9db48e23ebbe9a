// The bytes a PDF's compressed streams inflate to, counted before pdf.js opens the file: pdf.js
// inflates and tokenizes every page content stream, form and object stream whole, and counts
// nothing, so a 204 KB PDF whose page content inflates to 200 MB of spaces held POST /plan-imports
// 46 s before "no text" (review 17 s18, S18-10). The .docx/.xlsx readers count inflated bytes the
// same way (zip-inflated-size.ts).
import { Inflate } from 'fflate';
import { type PdfDecryptor, standardDecryptor } from './pdf-standard-decrypt.js';

/** Every PDF may inflate to this much, whatever its size: a real plan's streams are a few MB. */
export const PDF_INFLATED_BYTES_FLOOR = 16 * 1024 * 1024;

/**
 * And to this many times its own size beyond the floor: text content and fonts inflate 2-10 times,
 * a drawing of rules or a Flate image up to ~30 times; spaces repeated inflate ~1,000 times.
 */
export const PDF_INFLATED_BYTES_PER_FILE_BYTE = 32;

/** What a PDF of `fileBytes` bytes may inflate to, all its streams together. */
export const maxPdfInflatedBytes = (fileBytes: number) =>
  PDF_INFLATED_BYTES_FLOOR + PDF_INFLATED_BYTES_PER_FILE_BYTE * fileBytes;

/** Compressed bytes pushed at a time: at most ~1 MB inflated per piece (deflate reaches ~1,000:1). */
const PIECE = 1024;

class Stop extends Error {}

/** A stream decoder: `data` in, output handed to `out` in pieces. */
type Decoder = (data: Uint8Array, out: (piece: Uint8Array) => void) => void;

/** ASCII hex data decoded (ignoring white space), up to its '>' end mark. */
function asciiHexDecoded(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const byte of data) {
    if (byte === 0x3e) break;
    const digit =
      byte >= 0x30 && byte <= 0x39
        ? byte - 0x30
        : (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66
          ? (byte | 0x20) - 87
          : -1;
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      out.push(high * 16 + digit);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return Uint8Array.from(out);
}

/** ASCII base-85 data decoded (ignoring white space), up to its '~>' end mark. */
function ascii85Decoded(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let i = 0; i < 5; i++) value = value * 85 + (group[i] ?? 84);
    for (let i = 0; i < count - 1; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
  };
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (byte === 0x7a && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (byte < 0x21 || byte > 0x75) continue;
    group.push(byte - 0x21);
    if (group.length === 5) {
      flush(5);
      group.length = 0;
    }
  }
  if (group.length > 1) flush(group.length);
  return Uint8Array.from(out);
}

/** Deflate data, after its zlib header when it has one (pdf.js reads both). */
function deflateData(data: Uint8Array): Uint8Array {
  const [a = 0, b = 0] = data;
  return (a & 0x0f) === 8 && ((a << 8) | b) % 31 === 0 ? data.subarray(2) : data;
}

const flate: Decoder = (data, out) => {
  const inflate = new Inflate((chunk) => out(chunk));
  const raw = deflateData(data);
  for (let piece = 0; piece < raw.length; piece += PIECE)
    inflate.push(raw.subarray(piece, piece + PIECE), piece + PIECE >= raw.length);
};

/**
 * LZW as pdf.js decodes it (EarlyChange 1; codes up to 12 bits): once its table is full a code
 * still gives its entry's ~4,000 bytes, so 12 bits can stand for 4 KB (about 2,700:1).
 */
const lzw: Decoder = (data, out) => {
  const values = new Uint8Array(4096);
  const lengths = new Uint16Array(4096);
  const previous = new Uint16Array(4096);
  const sequence = new Uint8Array(4096);
  for (let i = 0; i < 256; i++) {
    values[i] = i;
    lengths[i] = 1;
  }
  let [nextCode, codeLength, prevCode, length] = [258, 9, 0, 0];
  let [cached, bits, at] = [0, 0, 0];
  let block = new Uint8Array(1 << 16);
  let used = 0;
  for (;;) {
    while (bits < codeLength && at < data.length) {
      cached = ((cached << 8) | data[at++]!) >>> 0;
      bits += 8;
    }
    if (bits < codeLength) break;
    bits -= codeLength;
    const code = (cached >>> bits) & ((1 << codeLength) - 1);
    const hasPrevious = length > 0;
    if (code < 256) {
      sequence[0] = code;
      length = 1;
    } else if (code >= 258) {
      if (code < nextCode) {
        length = lengths[code]!;
        for (let j = length - 1, q = code; j >= 0; j--) {
          sequence[j] = values[q]!;
          q = previous[q]!;
        }
      } else sequence[length++] = sequence[0]!;
    } else if (code === 256) {
      [codeLength, nextCode, length] = [9, 258, 0];
      continue;
    } else break;
    if (hasPrevious) {
      if (nextCode < 4096) {
        previous[nextCode] = prevCode;
        lengths[nextCode] = lengths[prevCode]! + 1;
        values[nextCode] = sequence[0]!;
      }
      nextCode++;
      const n = nextCode + 1;
      codeLength = n & (n - 1) ? codeLength : Math.min(Math.log2(n) + 1, 12) | 0;
    }
    prevCode = code;
    if (used + length > block.length) {
      out(block.subarray(0, used));
      block = new Uint8Array(block.length);
      used = 0;
    }
    block.set(sequence.subarray(0, length), used);
    used += length;
  }
  if (used > 0) out(block.subarray(0, used));
};

/** RunLength as pdf.js decodes it: a length byte 129-255 repeats the next byte up to 128 times (64:1). */
const runLength: Decoder = (data, out) => {
  let block = new Uint8Array(1 << 16);
  let used = 0;
  for (let at = 0; at + 1 < data.length;) {
    const n = data[at]!;
    if (n === 128) break;
    const count = n < 128 ? n + 1 : 257 - n;
    if (used + count > block.length) {
      out(block.subarray(0, used));
      block = new Uint8Array(block.length);
      used = 0;
    }
    if (n < 128) {
      block.set(data.subarray(at + 1, at + 1 + count), used);
      at += 1 + count;
    } else {
      block.fill(data[at + 1]!, used, used + count);
      at += 2;
    }
    used += count;
  }
  if (used > 0) out(block.subarray(0, used));
};

const asciiHex: Decoder = (data, out) => out(asciiHexDecoded(data));
const ascii85: Decoder = (data, out) => out(ascii85Decoded(data));

/** The filters pdf.js decodes whole, by their names and abbreviations; others end the count of a stream. */
const DECODERS: Record<string, Decoder> = {
  FlateDecode: flate,
  Fl: flate,
  LZWDecode: lzw,
  LZW: lzw,
  RunLengthDecode: runLength,
  RL: runLength,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
};

/** A PDF name's characters with its "#xx" escapes decoded ("/Fl#61teDecode" is /FlateDecode). */
const nameText = (name: string) =>
  name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Where each "N G obj" starts its object, by "N G", and the positions in file order. */
interface ObjectIndex {
  at: Map<string, number>;
  starts: { position: number; number: number; generation: number }[];
}

function objectIndex(text: string): ObjectIndex {
  const at = new Map<string, number>();
  const starts: ObjectIndex['starts'] = [];
  for (const m of text.matchAll(/(\d{1,10})\s+(\d{1,5})\s+obj\b/g)) {
    const end = m.index + m[0].length;
    at.set(`${m[1]} ${m[2]}`, end);
    starts.push({ position: end, number: Number(m[1]), generation: Number(m[2]) });
  }
  return { at, starts };
}

/** A value written after a key: a name, an array's text, an integer, or a reference "N G R" followed. */
function valueAt(text: string, from: number, objects: ObjectIndex, depth = 0): string | undefined {
  const rest = text.slice(from, from + 4096);
  const ref = /^\s*(\d{1,10})\s+(\d{1,5})\s+R\b/.exec(rest);
  if (ref) {
    const target = objects.at.get(`${ref[1]} ${ref[2]}`);
    return target === undefined || depth > 4 ? undefined : valueAt(text, target, objects, depth + 1);
  }
  const value = /^\s*(\/[^\s/<>[\]()%{}]*|\[[^\]]*\]|-?\d+)/.exec(rest);
  return value?.[1];
}

/** The filters of a stream whose dictionary is `dictionary` (text from `offset`), first applied first. */
function filtersOf(text: string, dictionary: string, offset: number, objects: ObjectIndex): string[] {
  // pdf.js takes /F (an inline image's abbreviation) before /Filter; of a key written twice, the last
  const key = /\/(?:F|Filter)(?=[\s/[<(])/g;
  let [filterAt, abbreviatedAt] = [-1, -1];
  for (const m of dictionary.matchAll(key)) {
    if (m[0] === '/F') abbreviatedAt = m.index + 2;
    else filterAt = m.index + m[0].length;
  }
  const abbreviated = abbreviatedAt < 0 ? undefined : valueAt(text, offset + abbreviatedAt, objects);
  const value = filterAt < 0 ? undefined : valueAt(text, offset + filterAt, objects);
  const chosen = abbreviated ?? value;
  if (!chosen) return [];
  if (chosen.startsWith('/')) return [nameText(chosen.slice(1))];
  if (!chosen.startsWith('[')) return [];
  const inner = chosen.slice(1, -1);
  const names: string[] = [];
  for (const m of inner.matchAll(/\/([^\s/<>[\]()%{}]*)|(\d{1,10})\s+(\d{1,5})\s+R\b/g)) {
    if (m[1] !== undefined) names.push(nameText(m[1]));
    else {
      const target = objects.at.get(`${m[2]} ${m[3]}`);
      const v = target === undefined ? undefined : valueAt(text, target, objects, 1);
      names.push(v?.startsWith('/') ? nameText(v.slice(1)) : '');
    }
  }
  return names;
}

/**
 * A stream's data end as pdf.js finds it: at its /Length (direct or an object's number) when
 * "endstream" follows there, else at the first "endstream".
 */
function streamEnd(text: string, dictionary: string, offset: number, start: number, objects: ObjectIndex): number {
  const key = [...dictionary.matchAll(/\/Length(?=[\s/[<(])/g)].at(-1);
  const value = key ? valueAt(text, offset + key.index + key[0].length, objects) : undefined;
  const length = value !== undefined && /^\d+$/.test(value) ? Number(value) : -1;
  if (
    length >= 0 &&
    start + length <= text.length &&
    /^\s*endstream/.test(text.slice(start + length, start + length + 64))
  )
    return start + length;
  const end = text.indexOf('endstream', start);
  return end < 0 ? text.length : end;
}

/** The trailer's /Encrypt as a decryptor of streams (pdf.js decrypts before the filters), when one is made. */
function encryptionOf(text: string, objects: ObjectIndex): PdfDecryptor | 'unknown' | undefined {
  const encrypt = [...text.matchAll(/\/Encrypt\s*(?:(\d{1,10})\s+(\d{1,5})\s+R|<<)/g)].at(-1);
  if (!encrypt) return undefined;
  const from = encrypt[1] ? objects.at.get(`${encrypt[1]} ${encrypt[2]}`) : encrypt.index + encrypt[0].length - 2;
  if (from === undefined) return 'unknown';
  const end = text.indexOf('endobj', from);
  const dictionary = text.slice(from, end < 0 ? from + 4096 : Math.min(end, from + 4096));
  const id = [...text.matchAll(/\/ID\s*\[\s*(<[0-9A-Fa-f\s]*>|\()/g)].at(-1);
  const num = (name: string, fallback: number) => {
    const m = new RegExp(`/${name}\\s+(-?\\d+)`).exec(dictionary);
    return m ? Number(m[1]) : fallback;
  };
  const o = stringAfter(dictionary, '/O');
  const u = stringAfter(dictionary, '/U');
  const ue = stringAfter(dictionary, '/UE');
  const id0 = id ? stringAt(text, id.index + id[0].length - id[1]!.length) : new Uint8Array();
  if (!o || !u || !/\/Filter\s*\/Standard\b/.test(dictionary)) return 'unknown';
  return (
    standardDecryptor({
      v: num('V', 0),
      r: num('R', 0),
      lengthBits: num('Length', 40),
      o,
      u,
      p: num('P', 0) | 0,
      id0: id0 ?? new Uint8Array(),
      encryptMetadata: !/\/EncryptMetadata\s+false/.test(dictionary),
      aes: num('V', 0) === 4 && /\/CFM\s*\/AESV2/.test(dictionary),
      ...(ue ? { ue } : {}),
    }) ?? 'unknown'
  );
}

/** The PDF string (literal or hex) after `key` in a dictionary's text. */
function stringAfter(dictionary: string, key: string): Uint8Array | undefined {
  const m = new RegExp(`${key}\\s*(?=[(<])`).exec(dictionary);
  return m ? stringAt(dictionary, m.index + m[0].length) : undefined;
}

/** The PDF string starting at `at` ("(" literal with escapes, or "<" hex), as bytes. */
function stringAt(text: string, at: number): Uint8Array | undefined {
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    return end < 0 ? undefined : asciiHexDecoded(latin1Bytes(text.slice(at + 1, end + 1)));
  }
  if (text[at] !== '(') return undefined;
  const out: number[] = [];
  let depth = 0;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) {
      const next = text[++i] ?? '';
      const escaped: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
      if (next in escaped) out.push(escaped[next]!);
      else if (/[0-7]/.test(next)) {
        let digits = next;
        while (digits.length < 3 && /[0-7]/.test(text[i + 1] ?? '')) digits += text[++i];
        out.push(parseInt(digits, 8) & 0xff);
      } else if (next === '\r') {
        if (text[i + 1] === '\n') i++;
      } else if (next !== '\n') out.push(next.charCodeAt(0));
      continue;
    }
    if (c === 0x28) depth++;
    if (c === 0x29 && depth-- === 0) return Uint8Array.from(out);
    out.push(c);
  }
  return undefined;
}

const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/**
 * Does a PDF's streams' data inflate to more than `maxBytes` together? Decodes every stream's
 * filters as pdf.js would (Flate, LZW, RunLength, ASCIIHex, ASCII85, in any chain), keeping nothing
 * but what the next filter needs, and stops as soon as the total passes: time linear in the file's
 * size plus min(inflated size, maxBytes), memory bounded the same way.
 */
export function pdfInflatesBeyond(bytes: Uint8Array, maxBytes: number, images?: { pixels: number }): boolean {
  return pdfInflatedBytes(bytes, maxBytes, images) > maxBytes;
}

/** A stream's dictionary of an image (/Subtype /Image, names' escapes read). */
const IMAGE_SUBTYPE = /\/Subtype\s*\/Image(?![^\s/<>[\]()%{}])/;

/**
 * The pixels an image stream declares (width x height, as pdf.js reads them: /W before /Width, /H
 * before /Height, numbers or references to them), 0 when it declares no size.
 */
function imagePixels(text: string, dictionary: string, offset: number, objects: ObjectIndex): number {
  const side = (short: string, long: string) => {
    const key = [...dictionary.matchAll(new RegExp(`/(?:${short}|${long})(?=[\\s/[<(\\d])`, 'g'))];
    const chosen = key.filter((k) => k[0] === `/${short}`).at(-1) ?? key.at(-1);
    const value = chosen ? valueAt(text, offset + chosen.index + chosen[0].length, objects) : undefined;
    return value !== undefined && /^\d+$/.test(value) ? Number(value) : 0;
  };
  return side('W', 'Width') * side('H', 'Height');
}

/**
 * The bytes a PDF's streams decode to together, every filter's output counted (pdf.js holds each
 * one whole), up to just past `maxBytes`. A stream's filters are read as pdf.js reads them: /F or
 * /Filter, names with "#xx" escapes, through indirect objects; its data ends at its /Length. An
 * encrypted file (the standard handler, RC4, AES-128 or AES-256, no password to open) is decrypted
 * first; one encrypted otherwise (another handler) is counted as it stands, which mostly does not
 * inflate. Data that does not decode (damaged) counts what it gave before failing. Image filters
 * (DCT, JPX, JBIG2, CCITTFax) end a stream's count; pdf.js 4.10.38 decodes every image a page
 * paints while building its operator list, so each image stream's declared pixels (width x height)
 * are added to `images` (bounded in pdf-image-pixels.ts), its filters whatever they are.
 */
export function pdfInflatedBytes(bytes: Uint8Array, maxBytes: number, images = { pixels: 0 }): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const objects = objectIndex(text);
  const encryption = encryptionOf(text, objects);
  const keyword = /stream[ \t\f\0]*(?:\r\n|\n|\r)/g;
  let total = 0;
  const count = (piece: Uint8Array) => {
    total += piece.length;
    if (total > maxBytes) throw new Stop();
  };
  let object = -1;
  /** where the last stream's data ended: a dictionary is looked for after it */
  let previous = 0;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const at = match.index;
    if (text.startsWith('end', at - 3)) continue;
    while (object + 1 < objects.starts.length && objects.starts[object + 1]!.position <= at) object++;
    const owner = objects.starts[object];
    const offset = Math.max(owner?.position ?? 0, previous);
    const dictionary = text.slice(offset, at);
    const start = at + match[0].length;
    const stop = streamEnd(text, dictionary, offset, start, objects);
    keyword.lastIndex = stop;
    previous = stop;
    let data = bytes.subarray(start, stop);
    if (encryption && encryption !== 'unknown' && owner && !/\/Type\s*\/XRef\b/.test(dictionary))
      data = encryption.stream(owner.number, owner.generation, data);
    const filters = filtersOf(text, dictionary, offset, objects);
    // an image pdf.js decodes whole whatever its filter (pdf-image-pixels.ts): its declared size
    if (IMAGE_SUBTYPE.test(nameText(dictionary))) images.pixels += imagePixels(text, dictionary, offset, objects);
    try {
      for (const [i, filter] of filters.entries()) {
        const decoder = DECODERS[filter];
        if (!decoder) break;
        const last = i === filters.length - 1 || !DECODERS[filters[i + 1]!];
        const pieces: Uint8Array[] = [];
        decoder(data, (piece) => {
          count(piece);
          if (!last) pieces.push(piece.slice());
        });
        if (last) break;
        data = Buffer.concat(pieces);
      }
    } catch (error) {
      if (error instanceof Stop) return total;
      // damaged data: what it gave is counted
    }
  }
  return total;
}
