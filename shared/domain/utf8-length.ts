// The UTF-8 size of a text without encoding it (a measure's size checks: a Word cell of 1,000,000
// "<a" was encoded twice an import only to be measured: session 36).

/** Node's Buffer where there is one (the functions: its byteLength); the page counts by hand. */
const buffer = (globalThis as { Buffer?: { byteLength(this: void, text: string, encoding: 'utf8'): number } }).Buffer;

/**
 * The bytes of `text` in UTF-8 as TextEncoder writes it (a lone surrogate as U+FFFD, 3 bytes):
 * `new TextEncoder().encode(text).length`, no bytes made.
 */
export const utf8Length = (text: string): number => (buffer ? buffer.byteLength(text, 'utf8') : utf8LengthByHand(text));

/** utf8Length counted code unit by code unit (where there is no Buffer). */
export function utf8LengthByHand(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
