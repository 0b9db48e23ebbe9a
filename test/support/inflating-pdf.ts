// PDFs whose compressed streams inflate far past their own size (review 17 s18, S18-10: a 204 KB
// page content inflating to 200 MB of spaces). Written byte by byte; each stream's data is
// `inflated` MB of spaces, compressed with zlib (FlateDecode), optionally after another filter.
import { createCipheriv, createHash } from 'node:crypto';
import { Zlib, zlibSync } from 'fflate';
import { latin1, pdfFile } from './pdf-file.js';

export type InflatingShape =
  | 'page content'
  | 'many small page contents'
  | 'form XObject'
  | 'image XObject'
  | 'object stream'
  | 'ASCII85 then Flate content'
  // review 17 s20 (s20-e): the filters and spellings pdf.js also decodes
  | 'LZW content'
  | 'RunLength content'
  | 'Flate of Flate content'
  | 'LZW of Flate content'
  | 'filter in an object of its own'
  | 'filter name with an escape'
  | 'filter as /F'
  | 'spaces after the stream keyword'
  | 'dictionary padded past 1 KB'
  | '"endstream" inside the data'
  | 'encrypted content (RC4, no password to open)'
  // session 21 (s21-e): AES-256, as Acrobat and LibreOffice protect a PDF today
  | 'encrypted content (AES-256 R6, no password to open)'
  | 'encrypted content (AES-256 R5, no password to open)';

const MB = 1024 * 1024;

const zlibbed = new Map<number, Uint8Array>();
/**
 * `mb` MB of spaces, zlib-compressed a MB at a time (one buffer of spaces, pushed again and again);
 * made once a size (~0.2 s of CPU for 24 MB, which most shapes use) and only read after.
 */
function zlibSpaces(mb: number): Uint8Array {
  let found = zlibbed.get(mb);
  if (!found) zlibbed.set(mb, (found = compressedSpaces(mb)));
  return found;
}

function compressedSpaces(mb: number): Uint8Array {
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

/**
 * `mb` MB of spaces in LZW as pdf.js decodes it (EarlyChange 1): codes 32, 258, 259, … each one
 * space longer than the last, then code 4095 (3,839 spaces) again and again.
 */
function lzwSpaces(mb: number): Uint8Array {
  const out: number[] = [];
  let [cached, bits, nextCode, codeLength, produced, started] = [0, 0, 258, 9, 0, false];
  const emit = (code: number, length: number) => {
    cached = (cached << codeLength) | code;
    bits += codeLength;
    while (bits >= 8) {
      bits -= 8;
      out.push((cached >>> bits) & 0xff);
    }
    cached &= (1 << bits) - 1;
    produced += length;
    if (started) {
      nextCode++;
      const n = nextCode + 1;
      if ((n & (n - 1)) === 0) codeLength = Math.min(Math.log2(n) + 1, 12);
    }
    started = true;
  };
  emit(32, 1);
  while (nextCode < 4096 && produced < mb * MB) emit(nextCode, nextCode - 256);
  while (produced < mb * MB) emit(4095, 4095 - 256);
  if (bits > 0) out.push((cached << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}

/** `mb` MB of spaces in RunLength: a length byte 129 (128 repeats) and a space, then the end mark. */
function runLengthSpaces(mb: number): Uint8Array {
  const runs = Math.ceil((mb * MB) / 128);
  const out = new Uint8Array(runs * 2 + 1);
  for (let i = 0; i < runs; i++) out.set([129, 0x20], i * 2);
  out[runs * 2] = 128;
  return out;
}

// The standard security handler's parts for making encrypted PDFs in tests, written apart from the
// product's (shared/import/pdf-standard-decrypt.ts) on purpose: a test's file does not lean on the code it tests.
/** MD5 of the parts one after another. */
export const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash('md5');
  for (const p of parts) hash.update(p);
  return new Uint8Array(hash.digest());
};

/** `data` RC4-encrypted (or decrypted) with `key`. */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/** The 32 bytes a password is padded with (ISO 32000-1, 7.6.3.3, Algorithm 2). */
export const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const hex = (bytes: Uint8Array) => `<${Buffer.from(bytes).toString('hex')}>`;

/**
 * The standard security handler, revision 2 (RC4, 40 bits), with an owner password and none to
 * open (ISO 32000-1, 7.6.3.3-4): the Encrypt dictionary, the trailer's /ID and a stream encrypter.
 */
function rc4Encryption() {
  const id0 = md5(latin1('inflating-pdf'));
  const o = rc4(md5(latin1('owner'), PASSWORD_PADDING.subarray(0, 27)).subarray(0, 5), PASSWORD_PADDING);
  const p = -44;
  const key = md5(
    PASSWORD_PADDING,
    o,
    Uint8Array.from([p & 255, (p >> 8) & 255, (p >> 16) & 255, (p >> 24) & 255]),
    id0,
  ).subarray(0, 5);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(o)} /U ${hex(rc4(key, PASSWORD_PADDING))} /P ${p} >>`,
    trailer: ` /Encrypt 6 0 R /ID [${hex(id0)} ${hex(id0)}]`,
    stream: (objectNumber: number, data: Uint8Array) =>
      rc4(md5(key, Uint8Array.from([objectNumber & 255, (objectNumber >> 8) & 255, 0, 0, 0])).subarray(0, 10), data),
  };
}

/** AES in CBC mode without padding (the key's length picks AES-128 or -256), for the revision 6 parts below. */
const aesCbc = (key: Uint8Array, iv: Uint8Array, data: Uint8Array) => {
  const cipher = createCipheriv(key.length === 16 ? 'aes-128-cbc' : 'aes-256-cbc', key, iv).setAutoPadding(false);
  return new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
};

/**
 * The revision 6 password hash (ISO 32000-2, 7.6.4.3.4, Algorithm 2.B) of `password` with `salt`
 * and `userKey` (the 48 bytes of /U for the owner's, none for the user's).
 */
function revision6Hash(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array): Uint8Array {
  let k = new Uint8Array(
    createHash('sha256')
      .update(Buffer.concat([password, salt, userKey]))
      .digest(),
  );
  for (let round = 0; ; round++) {
    const block = Buffer.concat([password, k, userKey]);
    const e = aesCbc(k.subarray(0, 16), k.subarray(16, 32), new Uint8Array(Buffer.concat(Array(64).fill(block))));
    let sum = 0;
    for (const byte of e.subarray(0, 16)) sum += byte;
    k = new Uint8Array(
      createHash(['sha256', 'sha384', 'sha512'][sum % 3]!)
        .update(e)
        .digest(),
    );
    if (round >= 63 && e[e.length - 1]! <= round + 1 - 32) break;
  }
  return k.subarray(0, 32);
}

/**
 * The standard security handler, revision 6 or 5 (AES-256, /V 5), with an owner password and none to
 * open: /U and /UE for the empty user password, /O and /OE for "owner", /Perms; streams AES-256-CBC
 * with the file key, a fixed IV before each, PKCS#7 padded.
 */
function aes256Encryption(revision: 5 | 6) {
  // revision 5 (Adobe's extension level 3): one SHA-256 of the password, salt and /U
  const hash =
    revision === 6
      ? revision6Hash
      : (password: Uint8Array, salt: Uint8Array, userKey: Uint8Array) =>
          new Uint8Array(
            createHash('sha256')
              .update(Buffer.concat([password, salt, userKey]))
              .digest(),
          );
  const fileKey = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255);
  const salts = Array.from({ length: 4 }, (_, n) => Uint8Array.from({ length: 8 }, (_, i) => (n * 50 + i * 7) & 255));
  const [userCheck, userKeySalt, ownerCheck, ownerKeySalt] = salts as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const none = new Uint8Array();
  const zeros = new Uint8Array(16);
  const u = Buffer.concat([hash(none, userCheck, none), userCheck, userKeySalt]);
  const ue = aesCbc(hash(none, userKeySalt, none), zeros, fileKey);
  const owner = latin1('owner');
  const o = Buffer.concat([hash(owner, ownerCheck, u), ownerCheck, ownerKeySalt]);
  const oe = aesCbc(hash(owner, ownerKeySalt, u), zeros, fileKey);
  const p = -1028;
  const permsPlain = Uint8Array.from([
    p & 255,
    (p >> 8) & 255,
    (p >> 16) & 255,
    (p >> 24) & 255,
    255,
    255,
    255,
    255,
    0x54,
    0x61,
    0x64,
    0x62,
    0,
    0,
    0,
    0,
  ]);
  const ecb = createCipheriv('aes-256-ecb', fileKey, null).setAutoPadding(false);
  const perms = new Uint8Array(Buffer.concat([ecb.update(permsPlain), ecb.final()]));
  const id0 = md5(latin1('inflating-pdf-aes256'));
  return {
    dictionary: `<< /Filter /Standard /V 5 /R ${revision} /Length 256 /CF << /StdCF << /AuthEvent /DocOpen /CFM /AESV3 /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O ${hex(o)} /U ${hex(u)} /OE ${hex(oe)} /UE ${hex(ue)} /P ${p} /Perms ${hex(perms)} >>`,
    trailer: ` /Encrypt 6 0 R /ID [${hex(id0)} ${hex(id0)}]`,
    stream: (data: Uint8Array) => {
      const iv = Uint8Array.from({ length: 16 }, (_, i) => i);
      const cipher = createCipheriv('aes-256-cbc', fileKey, iv);
      return new Uint8Array(Buffer.concat([iv, cipher.update(data), cipher.final()]));
    },
  };
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
  } else if (shape === 'ASCII85 then Flate content') {
    objects.push(page('5 0 R'), font, stream('/Filter [/ASCII85Decode /FlateDecode]', ascii85(zlibSpaces(inflated))));
  } else if (shape === 'LZW content') {
    objects.push(page('5 0 R'), font, stream('/Filter /LZWDecode', lzwSpaces(inflated)));
  } else if (shape === 'RunLength content') {
    objects.push(page('5 0 R'), font, stream('/Filter /RunLengthDecode', runLengthSpaces(inflated)));
  } else if (shape === 'Flate of Flate content') {
    objects.push(page('5 0 R'), font, stream('/Filter [/FlateDecode /FlateDecode]', zlibSync(zlibSpaces(inflated))));
  } else if (shape === 'LZW of Flate content') {
    objects.push(page('5 0 R'), font, stream('/Filter [/FlateDecode /LZWDecode]', zlibSync(lzwSpaces(inflated))));
  } else if (shape === 'filter in an object of its own') {
    objects.push(page('5 0 R'), font, stream('/Filter 6 0 R', zlibSpaces(inflated)), '/FlateDecode');
  } else if (shape === 'filter name with an escape') {
    objects.push(page('5 0 R'), font, stream('/Filter /Flat#65Decode', zlibSpaces(inflated)));
  } else if (shape === 'filter as /F') {
    objects.push(page('5 0 R'), font, stream('/F /FlateDecode', zlibSpaces(inflated)));
  } else if (shape === 'spaces after the stream keyword') {
    const data = zlibSpaces(inflated);
    objects.push(page('5 0 R'), font, [
      latin1(`<< /Filter /FlateDecode /Length ${data.length} >>\nstream   \n`),
      data,
      latin1('\nendstream'),
    ]);
  } else if (shape === 'dictionary padded past 1 KB') {
    objects.push(page('5 0 R'), font, stream(`/Filter /FlateDecode /Pad (${'x'.repeat(2048)})`, zlibSpaces(inflated)));
  } else if (shape === '"endstream" inside the data') {
    // a zlib header, a stored (uncompressed) deflate block of "endstream", then the spaces' blocks
    const stored = latin1('\x00\x09\x00\xf6\xffendstream');
    const rest = zlibSpaces(inflated);
    objects.push(
      page('5 0 R'),
      font,
      stream('/Filter /FlateDecode', Uint8Array.from([...stored, ...rest.subarray(2)])),
    );
  } else if (shape.startsWith('encrypted content (AES-256')) {
    const encryption = aes256Encryption(shape.includes('R5') ? 5 : 6);
    objects.push(
      page('5 0 R'),
      font,
      stream('/Filter /FlateDecode', encryption.stream(zlibSpaces(inflated))),
      encryption.dictionary,
    );
    return pdfFile(objects, '1.7', encryption.trailer);
  } else {
    const encryption = rc4Encryption();
    objects.push(
      page('5 0 R'),
      font,
      stream('/Filter /FlateDecode', encryption.stream(5, zlibSpaces(inflated))),
      encryption.dictionary,
    );
    return pdfFile(objects, '1.5', encryption.trailer);
  }
  return pdfFile(objects, '1.5');
}
