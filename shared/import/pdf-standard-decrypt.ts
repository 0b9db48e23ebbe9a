// The PDF standard security handler (ISO 32000-1, 7.6.3), revisions 2-4 (RC4 40-128 bit, AES-128),
// and 5-6 (AES-256, ISO 32000-2, 7.6.4.3.3-4; for the inflated-size count, review 17 s21),
// for a file with a permissions password and no password to open it (municipalities protect the
// PDFs they publish so): pdfjs decrypts for its text, but the /ActualText reader (pdf-lib) reads the
// raw content streams and must decrypt them itself (review 17 s9, entry 31). The empty user
// password is checked against /U: a file that needs a password to open gives no decryptor.
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

export interface StandardEncryption {
  /** /V, /R, /Length (bits) */
  v: number;
  r: number;
  lengthBits: number;
  /** /O, /U (32 bytes each used), /P */
  o: Uint8Array;
  u: Uint8Array;
  p: number;
  /** the first string of the trailer's /ID */
  id0: Uint8Array;
  encryptMetadata: boolean;
  /** /V 4 with /StmF's /CFM /AESV2 */
  aes: boolean;
  /** /UE (revisions 5-6: the file key encrypted with the user password's key) */
  ue?: Uint8Array;
}

export interface PdfDecryptor {
  /** A stream's data decrypted with the key of its object (number, generation). */
  stream(objectNumber: number, generation: number, data: Uint8Array): Uint8Array;
}

const md5 = (...parts: Uint8Array[]) => {
  const hash = createHash('md5');
  for (const p of parts) hash.update(p);
  return new Uint8Array(hash.digest());
};

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
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

const le = (n: number, bytes: number) => Uint8Array.from({ length: bytes }, (_, i) => (n >>> (8 * i)) & 255);

const sha = (algorithm: 'sha256' | 'sha384' | 'sha512', data: Uint8Array) =>
  new Uint8Array(createHash(algorithm).update(data).digest());

/**
 * A revision 6 hash (ISO 32000-2, 7.6.4.3.4, Algorithm 2.B) of the empty password and `salt`, as
 * pdf.js's PDF20._hash computes it: rounds of AES-128-CBC over the key repeated 64 times, each
 * round's hash SHA-256, -384 or -512 by the first 16 bytes' sum mod 3; at least 64 rounds.
 */
function hash2B(salt: Uint8Array): Uint8Array {
  let k = sha('sha256', salt);
  let e = new Uint8Array([0]);
  for (let i = 0; i < 64 || e.at(-1)! > i - 32; i++) {
    const k1 = new Uint8Array(k.length * 64);
    for (let j = 0; j < 64; j++) k1.set(k, j * k.length);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    e = new Uint8Array(Buffer.concat([cipher.update(k1), cipher.final()]));
    const remainder = e.subarray(0, 16).reduce((a, b) => a + b, 0) % 3;
    k = sha(remainder === 0 ? 'sha256' : remainder === 1 ? 'sha384' : 'sha512', e);
  }
  return k.subarray(0, 32);
}

/**
 * AES-256 (/V 5, revisions 5 and 6): the file key for the empty user password, from /U's
 * validation salt (checked) and key salt and /UE; undefined when a password is needed to open it.
 * Streams are AES-256-CBC with that key, their first 16 bytes the IV.
 */
function aes256Decryptor(e: StandardEncryption): PdfDecryptor | undefined {
  if (e.u.length < 48 || !e.ue || e.ue.length < 32) return undefined;
  const hash = e.r === 6 ? hash2B : (salt: Uint8Array) => sha('sha256', salt);
  const check = hash(e.u.subarray(32, 40));
  for (let i = 0; i < 32; i++) if (check[i] !== e.u[i]) return undefined;
  const decipher = createDecipheriv('aes-256-cbc', hash(e.u.subarray(40, 48)), new Uint8Array(16)).setAutoPadding(
    false,
  );
  const key = new Uint8Array(Buffer.concat([decipher.update(e.ue.subarray(0, 32)), decipher.final()]));
  return {
    stream(_objectNumber, _generation, data) {
      if (data.length < 32) return new Uint8Array();
      const stream = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
      return new Uint8Array(Buffer.concat([stream.update(data.subarray(16)), stream.final()]));
    },
  };
}

/** A decryptor for the empty user password, or undefined (another handler or revision, or a password to open). */
export function standardDecryptor(e: StandardEncryption): PdfDecryptor | undefined {
  if (e.v === 5 && (e.r === 5 || e.r === 6)) return aes256Decryptor(e);
  if (e.r < 2 || e.r > 4 || e.o.length < 32 || e.u.length < 16) return undefined;
  const n = e.r === 2 ? 5 : Math.min(16, Math.max(5, Math.floor(e.lengthBits / 8)));
  let key = md5(PAD, e.o.subarray(0, 32), le(e.p, 4), e.id0, ...(e.r >= 4 && !e.encryptMetadata ? [le(-1, 4)] : []));
  if (e.r >= 3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  // the empty password is the user password when /U is what it gives
  let check: Uint8Array;
  if (e.r === 2) check = rc4(key, PAD);
  else {
    check = rc4(key, md5(PAD, e.id0));
    for (let i = 1; i <= 19; i++)
      check = rc4(
        key.map((b) => b ^ i),
        check,
      );
  }
  const compared = e.r === 2 ? 32 : 16;
  for (let i = 0; i < compared; i++) if (check[i] !== e.u[i]) return undefined;
  return {
    stream(objectNumber, generation, data) {
      const salt = e.aes ? [Uint8Array.from([0x73, 0x41, 0x6c, 0x54])] : [];
      const objectKey = md5(key, le(objectNumber, 3), le(generation, 2), ...salt).subarray(0, Math.min(n + 5, 16));
      if (!e.aes) return rc4(objectKey, data);
      if (data.length < 32) return new Uint8Array();
      const decipher = createDecipheriv('aes-128-cbc', objectKey, data.subarray(0, 16));
      return new Uint8Array(Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]));
    },
  };
}
