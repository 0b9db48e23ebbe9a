// The bytes a PDF's compressed streams inflate to, counted before pdf.js opens the file: pdf.js
// inflates and tokenizes every page content stream, form and object stream whole, and counts
// nothing, so a 204 KB PDF whose page content inflates to 200 MB of spaces held POST /plan-imports
// 46 s before "no text" (review 17 s18, S18-10). The .docx/.xlsx readers count inflated bytes the
// same way (zip-inflated-size.ts).
import { Inflate } from 'fflate';

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

/** How far before a `stream` keyword its dictionary is looked for. */
const DICTIONARY_REACH = 1024;

class Stop extends Error {}

/** A stream's filters, first applied first: "/FlateDecode" or "[/ASCII85Decode /FlateDecode]". */
function filtersOf(dictionary: string): string[] {
  const match = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary);
  if (!match) return [];
  return [...match[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1]!);
}

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

/**
 * Does a PDF's streams' Flate data (as the first filter, or after ASCIIHex/ASCII85) inflate to
 * more than `maxBytes` together? Inflates every such stream once, keeping nothing, and stops as
 * soon as the total passes: time linear in the file's size plus min(inflated size, maxBytes), memory
 * one piece. Data that does not inflate (damaged, encrypted) counts what it gave before failing.
 */
export function pdfInflatesBeyond(bytes: Uint8Array, maxBytes: number): boolean {
  return pdfInflatedBytes(bytes, maxBytes) > maxBytes;
}

/** The bytes a PDF's Flate streams inflate to together, counted up to just past `maxBytes`. */
export function pdfInflatedBytes(bytes: Uint8Array, maxBytes: number): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const keyword = /stream(?:\r\n|\n|\r)/g;
  let total = 0;
  for (let match = keyword.exec(text); match; match = keyword.exec(text)) {
    const at = match.index;
    if (text.startsWith('end', at - 3)) continue;
    const start = at + match[0].length;
    const end = text.indexOf('endstream', start);
    const stop = end < 0 ? text.length : end;
    keyword.lastIndex = stop;
    const before = text.slice(Math.max(0, at - DICTIONARY_REACH), at);
    const dictionary = before.slice(Math.max(0, before.lastIndexOf('obj')));
    const filters = filtersOf(dictionary);
    const flate = filters.findIndex((f) => f === 'FlateDecode' || f === 'Fl');
    if (flate < 0) continue;
    let data = bytes.subarray(start, stop);
    for (const filter of filters.slice(0, flate)) {
      if (filter === 'ASCIIHexDecode' || filter === 'AHx') data = asciiHexDecoded(data);
      else if (filter === 'ASCII85Decode' || filter === 'A85') data = ascii85Decoded(data);
    }
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > maxBytes) throw new Stop();
    });
    data = deflateData(data);
    try {
      for (let piece = 0; piece < data.length; piece += PIECE)
        inflate.push(data.subarray(piece, piece + PIECE), piece + PIECE >= data.length);
    } catch (error) {
      if (error instanceof Stop) return total;
      // damaged or encrypted data: what it gave is counted
    }
  }
  return total;
}
