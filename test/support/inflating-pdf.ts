// PDFs whose compressed streams inflate far past their own size (review 17 s18, S18-10: a 204 KB
// page content inflating to 200 MB of spaces). Written byte by byte; each stream's data is
// `inflated` MB of spaces, compressed with zlib (FlateDecode), optionally after another filter.
import { Zlib } from 'fflate';
import { latin1, pdfFile } from './pdf-file.js';

export type InflatingShape =
  | 'page content'
  | 'many small page contents'
  | 'form XObject'
  | 'image XObject'
  | 'object stream'
  | 'ASCII85 then Flate content';

const MB = 1024 * 1024;

/** `mb` MB of spaces, zlib-compressed a MB at a time (one buffer of spaces, pushed again and again). */
function zlibSpaces(mb: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zlib = new Zlib({ level: 1 }, (chunk) => parts.push(chunk));
  const piece = new Uint8Array(MB).fill(0x20);
  for (let i = 0; i < mb; i++) zlib.push(piece, i === mb - 1);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

/** ASCII base-85 text of `data`, with its "~>" end mark. */
function ascii85(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 4) {
    const group = [0, 1, 2, 3].map((k) => data[i + k] ?? 0);
    const count = Math.min(4, data.length - i);
    let value = ((group[0]! << 24) | (group[1]! << 16) | (group[2]! << 8) | group[3]!) >>> 0;
    if (value === 0 && count === 4) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(0x21 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, count + 1).join('');
  }
  return `${out}~>`;
}

/** A one-page PDF with a line of text, whose `shape` of stream(s) inflates to `inflated` MB in all. */
export function inflatingPdf(shape: InflatingShape, inflated: number): Uint8Array {
  const text = 'BT /F1 12 Tf 72 720 Td (plan) Tj ET\n';
  const stream = (dictionary: string, data: Uint8Array | string) => {
    const bytes = typeof data === 'string' ? latin1(data) : data;
    return [latin1(`<< ${dictionary} /Length ${bytes.length} >>\nstream\n`), bytes, latin1('\nendstream')];
  };
  const objects: (string | Uint8Array[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  ];
  const page = (contents: string, xobjects = '') =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} /Resources << /Font << /F1 4 0 R >>${xobjects} >> >>`;
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  if (shape === 'page content') {
    objects.push(page('5 0 R'), font, stream('/Filter /FlateDecode', zlibSpaces(inflated)));
  } else if (shape === 'many small page contents') {
    const refs = Array.from({ length: inflated }, (_, i) => `${6 + i} 0 R`).join(' ');
    objects.push(page(`[5 0 R ${refs}]`), font, stream('', text));
    const oneMb = zlibSpaces(1);
    for (let i = 0; i < inflated; i++) objects.push(stream('/Filter /FlateDecode', oneMb));
  } else if (shape === 'form XObject' || shape === 'image XObject') {
    const side = Math.floor(Math.sqrt(inflated * MB));
    const dictionary =
      shape === 'form XObject'
        ? '/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode'
        : `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`;
    objects.push(
      page('5 0 R', ' /XObject << /X1 6 0 R >>'),
      font,
      stream('', `${text}q 100 0 0 100 72 500 cm /X1 Do Q\n`),
      stream(dictionary, zlibSpaces(inflated)),
    );
  } else if (shape === 'object stream') {
    // an object stream holding object 6 (an unused number), padded with spaces after it
    objects.push(page('5 0 R'), font, stream('', text));
    const header = '6 0 ';
    objects.push(stream(`/Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode`, zlibSpaces(inflated)));
  } else {
    objects.push(page('5 0 R'), font, stream('/Filter [/ASCII85Decode /FlateDecode]', ascii85(zlibSpaces(inflated))));
  }
  return pdfFile(objects, '1.5');
}
