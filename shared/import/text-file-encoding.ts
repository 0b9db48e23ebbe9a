// A plan's text file (.txt/.tsv) bytes -> text. Windows Notepad saves "Unicode" as UTF-16 LE with a
// byte order mark (BOM), "Unicode big endian" as UTF-16 BE, "UTF-8" with or without one; older Thai
// Windows programs save code page 874 (TIS-620 with extras).
import { ValidationError } from '../domain/errors.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/** A refusal of the text file, Thai first, on the file's field (PLAN_FILE_FIELD). */
const refused = (th: string, en: string) =>
  new ValidationError(`อ่านไฟล์ข้อความนี้ไม่ได้: ${th}`, `cannot read this text file: ${en}`, [
    { path: PLAN_FILE_FIELD, message_th: th, message_en: en },
  ]);

const SAVE_AS_UTF8_TH = 'กรุณาเปิดไฟล์แล้วบันทึกใหม่เป็น UTF-8 (ใน Notepad: บันทึกเป็น > การเข้ารหัส UTF-8)';
const SAVE_AS_UTF8_EN = 'open it and save it again as UTF-8 (Notepad: Save as > Encoding UTF-8)';

type Bom = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a byte order mark names, with the mark's length; undefined without one. */
function byteOrderMark(b: Uint8Array): { encoding: Bom; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Whether bytes without a BOM read as UTF-16: the high byte of Thai (U+0E00-U+0E7F) and of ASCII
 * is 0x0E or 0x00, so at least 90% of the bytes at one parity are such, and the bytes at the other
 * parity (the low bytes) hold no NUL. Text in UTF-8 or code page 874 has neither; a binary file
 * (an old .doc) has runs of NULs at both parities.
 */
function looksLikeUtf16(b: Uint8Array): boolean {
  if (b.length < 4 || b.length % 2 === 1) return false;
  const count = (offset: number, test: (byte: number) => boolean) => {
    let n = 0;
    for (let i = offset; i < b.length; i += 2) if (test(b[i]!)) n++;
    return n;
  };
  const pairs = b.length / 2;
  const highBytes = (offset: number) => count(offset, (x) => x === 0 || x === 0x0e);
  const nuls = (offset: number) => count(offset, (x) => x === 0);
  return (highBytes(1) >= 0.9 * pairs && nuls(0) === 0) || (highBytes(0) >= 0.9 * pairs && nuls(1) === 0);
}

/**
 * Decode a text file: a BOM decides (UTF-8, UTF-16 LE, UTF-16 BE; the mark itself is dropped);
 * without one, UTF-8 if the bytes are valid UTF-8 or nearly so (a few bad bytes become U+FFFD),
 * else code page 874. Undefined for bytes that
 * are no text (NUL bytes outside UTF-16: an old binary .doc or .xls), for the caller to refuse.
 * Errors: ValidationError (on PLAN_FILE_FIELD, Thai first) for bytes malformed in the encoding
 * their BOM names (a lone surrogate, an odd byte at the end, invalid UTF-8), and for UTF-16
 * without a BOM, which is told to be saved as UTF-8.
 */
export function decodeTextFile(bytes: Uint8Array): string | undefined {
  const text = decodeBytes(bytes);
  return text === undefined ? undefined : withThaiRepaired(text);
}

function decodeBytes(bytes: Uint8Array): string | undefined {
  const bom = byteOrderMark(bytes);
  if (bom) {
    try {
      return new TextDecoder(bom.encoding, { fatal: true }).decode(bytes);
    } catch {
      const name = bom.encoding === 'utf-8' ? 'UTF-8' : bom.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
      throw refused(
        `ไฟล์ระบุว่าเป็นข้อความ ${name} แต่มีข้อมูลที่ไม่ใช่ ${name} ที่ถูกต้อง (เช่น อักขระขาดครึ่ง หรือไฟล์ถูกตัดกลางอักขระ) ${SAVE_AS_UTF8_TH}`,
        `the file is marked ${name} but holds bytes that are not valid ${name} (e.g. half a character, or a file cut mid-character); ${SAVE_AS_UTF8_EN}`,
      );
    }
  }
  if (looksLikeUtf16(bytes)) {
    throw refused(
      `ไฟล์นี้เป็นข้อความ UTF-16 ที่ไม่มีเครื่องหมายลำดับไบต์ (BOM) จึงบอกไม่ได้ว่าอ่านอย่างไร ${SAVE_AS_UTF8_TH}`,
      `the file is UTF-16 text without a byte order mark (BOM), so its byte order is unknown; ${SAVE_AS_UTF8_EN}`,
    );
  }
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    return damagedUtf8(utf8) ? utf8 : new TextDecoder('windows-874').decode(bytes);
  }
}

/**
 * UTF-8 with a few bad bytes (a file cut or joined mid-character), not code page 874: Thai read as
 * UTF-8 and fewer than one U+FFFD per 20 Thai letters. Code page 874 Thai read as UTF-8 gives no
 * Thai letter at all. The importer removes the U+FFFD (withoutUnstorable), as it does in any file.
 */
function damagedUtf8(decoded: string): boolean {
  const thai = decoded.match(/[\u0e01-\u0e5b]/g)?.length ?? 0;
  const bad = decoded.match(/\ufffd/g)?.length ?? 0;
  return thai > 0 && bad * 20 < thai;
}

/**
 * Thai text that was decoded once with the wrong code page and saved again (review 17 s10, S10-6):
 * - TIS-620 / code page 874 read as Latin-1 or Windows-1252 ("ÁÒµÃ¡ÒÃ"): no Thai letter, and at
 *   least 20 letters of U+00A1-U+00FB making most of the letters. Each maps back exactly (TIS-620
 *   byte b is U+0E00 + b - 0xA0; Latin-1 and Windows-1252 both read 0xA1-0xFB as U+00A1-U+00FB).
 * - UTF-8 read as code page 874 ("เธกเธฒเธ•"): every Thai letter became "เธ"/"เน" and another
 *   character. Re-encoded to code page 874 and read as UTF-8 when every character maps back; else
 *   (bytes lost to U+FFFD when it was saved) refused with a Thai message: nothing to guess from.
 * Other text is returned as it is.
 */
function withThaiRepaired(text: string): string {
  const repair = garbledThaiRepair(text);
  return repair ? repair(text) : text;
}

/** pdf.js gives µ (U+00B5, TIS-620 ต) as the Greek mu U+03BC: read it as µ. */
const LATIN = /[\u00a1-\u00fb\u03bc]/g;

/**
 * How to repair text that shows one of the garbled-Thai shapes above (decided on `sample`, the whole
 * text of a document), or undefined when it shows none. The repair maps any text of that document;
 * it throws the Thai refusal when UTF-8 read as code page 874 lost characters.
 */
export function garbledThaiRepair(sample: string | readonly string[]): ((text: string) => string) | undefined {
  const counts = { thaiLetters: 0, leads: 0, latin: 0, letters: 0 };
  for (const text of typeof sample === 'string' ? [sample] : sample) countLetters(text, counts);
  const { thaiLetters, leads, latin, letters } = counts;
  if (thaiLetters === 0) {
    if (latin < 20 || latin < 0.8 * letters) return undefined;
    return (text) =>
      text.replace(LATIN, (c) => String.fromCharCode((c === '\u03bc' ? 0xb5 : c.charCodeAt(0)) - 0xa0 + 0x0e00));
  }
  if (leads < 20 || 3 * leads < 0.6 * thaiLetters) return undefined;
  return fromCp874Utf8;
}

/** The letters garbledThaiRepair decides on (LetterCounts), of a text added to `counts`. */
interface LetterCounts {
  /** Thai letters, U+0E01-U+0E5B */
  thaiLetters: number;
  /** "เธ" and "เน" */
  leads: number;
  /** letters of LATIN */
  latin: number;
  /** letters of A-Z, a-z, U+00A1-U+00FF and µ */
  letters: number;
}

/**
 * Adds a text's LetterCounts to `counts`, in one pass without building a list of its letters (a
 * document's whole text: `match(/…/g)` made a string per letter, 1,000,000 of them for a Word cell
 * of "<a", review 17 s18, S18-1).
 */
function countLetters(text: string, counts: LetterCounts): void {
  let { thaiLetters, leads, latin, letters } = counts;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0e01 && c <= 0x0e5b) {
      thaiLetters++;
      const next = text.charCodeAt(i + 1);
      if (c === 0x0e40 && (next === 0x0e18 || next === 0x0e19)) leads++;
    } else if (c === 0x03bc || (c >= 0xa1 && c <= 0xff)) {
      letters++;
      if (c <= 0xfb || c === 0x03bc) latin++;
    } else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
  }
  Object.assign(counts, { thaiLetters, leads, latin, letters });
}

/** UTF-8 that was read as code page 874, read as UTF-8 again (the text as it is when that fails). */
function fromCp874Utf8(text: string): string {
  const bytes: number[] = [];
  for (const c of text) {
    const b = cp874Byte(c);
    if (b === undefined) {
      throw refused(
        `ข้อความในไฟล์นี้อ่านผิดรหัสอักขระมาก่อน (ข้อความ UTF-8 ถูกเปิดเป็น Windows-874 แล้วบันทึกซ้ำ เช่น "เธกเธฒเธ•") และบางตัวอักษรหายไปแล้ว จึงแปลงกลับไม่ได้ กรุณาใช้ไฟล์ต้นฉบับ หรือบันทึกจากโปรแกรมต้นทางใหม่เป็น UTF-8`,
        `this file's text was decoded with the wrong code page before (UTF-8 opened as Windows-874 and saved again, e.g. "เธกเธฒเธ•") and some characters are lost, so it cannot be converted back: use the original file, or save it again as UTF-8 from the program it came from`,
      );
    }
    bytes.push(b);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return text;
  }
}

let cp874: Map<string, number> | undefined;

/** The code page 874 byte of one character, or undefined when it has none. */
function cp874Byte(c: string): number | undefined {
  if (!cp874) {
    cp874 = new Map();
    const decoder = new TextDecoder('windows-874');
    for (let b = 0; b < 256; b++) {
      const ch = decoder.decode(new Uint8Array([b]));
      if (ch !== '\ufffd' && !cp874.has(ch)) cp874.set(ch, b);
    }
  }
  return cp874.get(c);
}
