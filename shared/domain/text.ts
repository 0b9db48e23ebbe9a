// Text people type: any Unicode, but well formed (no lone surrogates) and storable (no NUL, other
// controls, noncharacters or U+FFFD), so it survives UTF-8 in DynamoDB, emails and PDFs byte for byte.
import * as z from 'zod';
import { toThaiDigits } from './thai-format.js';
import { CONTROL_CHARACTERS } from './control-characters.js';
import { hasVisibleCharacter, shownOrEmpty } from './visible-text.js';

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Characters no stored text may hold: noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF: Unicode
 * reserves them for internal use) and U+FFFD, what a decoder leaves for invalid UTF-8 or another
 * lost character (Unicode 15 chapters 23.7 and 3.9); and, unless the field cleans or refuses them
 * itself (`line`, an evidence title), the C0 controls but tab, line feed and carriage return (NUL
 * among them), DEL and the C1 controls.
 */
const UNSTORABLE = /[\ufffd\p{Noncharacter_Code_Point}]/u;
const UNSTORABLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\p{Noncharacter_Code_Point}]/u;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE_OR_CONTROL.source, 'gu');

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuses `s` at the first character `pattern` finds, naming it ("U+202E") and its place, counted
 * in characters from 1 (the character may not be seen: its place is what lets a person find it).
 */
function refuseCharacter(
  s: string,
  pattern: RegExp,
  ctx: z.RefinementCtx<string>,
  message: string,
  said: (code: string, at: number) => { th: string; en: string },
): void {
  const found = pattern.exec(s);
  if (!found) return;
  const at = Array.from(s.slice(0, found.index)).length + 1;
  ctx.addIssue({ code: 'custom', message, params: said(codePoint(found[0]), at) });
}

export { clipText } from './clip-text.js';

/**
 * Whether `value` has a code unit of what withoutUnstorable drops or may: the controls of
 * UNSTORABLE_OR_CONTROL, U+FDD0-U+FDEF, U+FFFD-U+FFFF, or any surrogate (lone, or half of a pair
 * that may be a noncharacter, U+1FFFE…). One loop over the code units, for the text that has none
 * (nearly all): the two Unicode-property replacements cost ~30 ms on a 5 M-character Word cell.
 */
function mayHoldUnstorable(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d : c >= 0x7f && c <= 0x9f) return true;
    if (c >= 0xd800 && (c <= 0xdfff || (c >= 0xfdd0 && c <= 0xfdef) || c >= 0xfffd)) return true;
  }
  return false;
}

/** Text without the characters `text` refuses (lone surrogates and UNSTORABLE): for importers. */
export const withoutUnstorable = (value: string): string =>
  mayHoldUnstorable(value) ? value.replace(UNSTORABLE_ALL, '').replace(/\p{Cs}/gu, '') : value;

/**
 * Free text of at most `max` UTF-16 code units, refused (with where and what, Thai first) if it has
 * a lone surrogate or a character of UNSTORABLE; `controls: 'left'` leaves control characters to
 * the field's own rule (`line` refuses them with its message, an evidence title cleans them).
 */
export function text(max: number, options: { controls?: 'refused' | 'left' } = {}) {
  const unstorable = options.controls === 'left' ? UNSTORABLE : UNSTORABLE_OR_CONTROL;
  return z
    .string()
    .max(max)
    .superRefine((s, ctx) => {
      if (LONE_SURROGATE.test(s)) {
        ctx.addIssue({
          code: 'custom',
          message: 'lone surrogate',
          params: { th: 'ข้อความมีอักขระที่ไม่ถูกต้อง (Unicode ไม่สมบูรณ์)', en: 'contains malformed Unicode (a lone surrogate)' },
        });
        return;
      }
      refuseCharacter(s, unstorable, ctx, 'unstorable character', (code, at) => ({
        th: `มีอักขระที่บันทึกไม่ได้ (${code} ที่อักขระที่ ${toThaiDigits(at)}): อักขระควบคุม อักขระที่ไม่ใช่ตัวอักษร หรือ "\ufffd" ที่เหลือจากข้อความที่แปลงรหัสเสีย กรุณาพิมพ์ข้อความส่วนนั้นใหม่`,
        en: `has a character that cannot be stored (${code} at character ${at}): a control character, a noncharacter, or the "\ufffd" left by text decoded wrongly; retype that part`,
      }));
    });
}

/**
 * One line people type: a name, an alias, a label. As `text`, and no control character (a newline
 * or U+202E in a unit's name would reach calendars, emails and documents); saved as oneLine makes
 * it (no zero-width characters, one plain space between words, trimmed: tester s37).
 */
export function line(max: number) {
  return text(max, { controls: 'left' })
    .refine((s) => !CONTROL_CHARACTERS.test(s), {
      params: {
        th: 'มีอักขระที่ไม่อนุญาต (เช่น การขึ้นบรรทัดใหม่ แท็บ หรืออักขระควบคุมทิศทางข้อความ) กรุณาพิมพ์เป็นข้อความบรรทัดเดียว',
        en: 'has characters that are not allowed (line breaks, tabs or control characters); type it on one line',
      },
    })
    .transform(oneLine);
}

/** What `echoable` replaces: lone surrogates, noncharacters (U+FDD0-U+FDEF, U+xFFFE, U+xFFFF), controls. */
const UNSHOWABLE = new RegExp(`[\\p{Cs}\\p{Noncharacter_Code_Point}]|${CONTROL_CHARACTERS.source}`, 'gu');

/**
 * Text the API may quote back to the caller (in an error message): lone surrogates, control and
 * bidirectional characters and noncharacters become U+FFFD, then at most `max` code points (a pair
 * is never cut) with "…" after a cut. Whatever was sent, the message stays well-formed Unicode.
 */
export function echoable(value: string, max: number): string {
  const points = Array.from(value.slice(0, 4 * max + 4));
  const cut = points.length > max;
  const kept = points.slice(0, cut ? max - 1 : max).join('');
  return kept.replace(UNSHOWABLE, '\uFFFD') + (cut ? '…' : '');
}

const CONTROL_RUNS = new RegExp(`(?:${CONTROL_CHARACTERS.source})+`, 'gu');
/**
 * Invisible format characters (Unicode Cf that are default-ignorable): U+00AD SOFT HYPHEN, U+200B
 * ZERO WIDTH SPACE, U+200C/U+200D (ZWNJ, ZWJ), U+2060 WORD JOINER and the invisible operators,
 * U+FEFF (a byte order mark pasted in), tags, shorthand and musical format controls. None changes a
 * Thai name (Thai needs no joiner: the importer drops them from Thai text too, thai-text.ts);
 * pasted from Word or the web they made names that look alike compare different (tester s38: U+00AD
 * kept). Not the bidirectional controls (refused in a `line`, a space in oneLine's output of text
 * stored before) nor the visible Cf marks that prefix Arabic numbers.
 */
const INVISIBLE_FORMAT = /(?!\p{Bidi_Control})(?=\p{Default_Ignorable_Code_Point})\p{Cf}/gu;
/**
 * INVISIBLE_FORMAT but a ZWJ between two pictographs, for texts people write (multiLine): an emoji
 * ZWJ sequence (UTS #51 §2.3) is one picture, "👨‍👩‍👧‍👦" one family, "👩🏽‍💻" one person at work; dropped,
 * a report's family showed as four people (tester s41d F4). Names (oneLine) keep the stricter rule.
 */
const INVISIBLE_FORMAT_BUT_EMOJI_JOINS =
  /(?!\p{Bidi_Control})(?!(?<=\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})?)\u200D(?=\p{Extended_Pictographic}))(?=\p{Default_Ignorable_Code_Point})\p{Cf}/gu;
/** A run of spaces of any width: U+0020, NBSP, U+2000-U+200A, U+202F, U+205F, U+3000 (Unicode Zs). */
const SPACE_RUNS = /\p{Zs}+/gu;

const cleanLine = (value: string, invisible: RegExp) =>
  value.replace(invisible, '').replace(CONTROL_RUNS, ' ').replace(SPACE_RUNS, ' ').trim();

/**
 * One line as people mean it: invisible format characters (INVISIBLE_FORMAT) dropped, each run of control
 * characters or spaces of any kind one plain space, trimmed ("\u00a0นายสมชาย\u200b  ใจดี\u3000" is
 * "นายสมชาย ใจดี"). The one rule for names (visibleName: people, units, aliases, orgs) and evidence
 * titles as they are saved, and for one-line fields of outputs (an iCalendar SUMMARY) of text stored
 * before.
 */
export function oneLine(value: string): string {
  return cleanLine(value, INVISIBLE_FORMAT);
}

/** A line break of any kind: CRLF, CR, LF, VT, FF, NEL, U+2028, U+2029. */
const LINE_BREAKS = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/gu;

/**
 * Text of several lines as people mean it (a report's texts, a review comment), as saved: each line
 * made as oneLine makes it, but for an emoji's joiners (zero-width characters dropped, tabs and runs of spaces of any kind one plain space,
 * trimmed), line breaks of any kind "\n", at most one empty line between paragraphs, none at the
 * start or end ("\u200bจัดประชุม\tแล้ว\u3000\u3000\r\n\r\n\r\nครบ\u00a0\u00a0๓ ครั้ง\n" is
 * "จัดประชุม แล้ว\n\nครบ ๓ ครั้ง"). Letters and digits are never dropped (tester s38 #2).
 */
export function multiLine(value: string): string {
  return value
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map((line) => cleanLine(line, INVISIBLE_FORMAT_BUT_EMOJI_JOINS))
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/^\n+|\n+$/gu, '');
}

export { hasVisibleCharacter };

/**
 * A name (of a unit, an alias, a person, an org): one `line` (saved as oneLine makes it) with at
 * least one visible character, so that nobody is listed as a blank. The one rule for the API, the admin CLI and
 * anything that creates units or people.
 */
/** The end of both refusals of text with nothing visible, written once (the API bundle's budget). */
export const VISIBLE_ONLY_TH = 'ที่มีตัวอักษรที่มองเห็นได้ (ช่องว่างหรืออักขระที่มองไม่เห็นอย่างเดียวใช้ไม่ได้)';

export function visibleName(max: number) {
  return line(max).refine(hasVisibleCharacter, {
    params: {
      th: `กรุณากรอกชื่อ${VISIBLE_ONLY_TH}`,
      en: 'the name must have at least one visible character (spaces or invisible characters alone are not a name)',
    },
  });
}

/** The bidirectional controls that reorder what a reader sees (a subset of CONTROL_CHARACTERS). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Text a reader must see: `text(max)` (line breaks allowed) with at least one visible character and
 * no bidirectional control (U+202E shows "abc" as "cba" in the page, documents and emails;
 * CVE-2021-42574). For a measure's title and a follow-up's text.
 */
export function visibleText(max: number) {
  return text(max)
    .pipe(z.string().min(1))
    .refine((s) => s === '' || hasVisibleCharacter(s), {
      params: {
        th: `กรุณากรอกข้อความ${VISIBLE_ONLY_TH}`,
        en: 'must have at least one visible character (spaces or invisible characters alone are not text)',
      },
    })
    .superRefine(refuseBidiControls);
}

/**
 * Text shown to readers that may be empty: `text(max)` with no bidirectional control, and text with
 * nothing visible (spaces, U+200B, U+200C/D, U+2060, U+FEFF, U+00AD alone: hasVisibleCharacter) read
 * as empty, so it does what an empty one does (s53: stored as sent, a blank timeframe, list item or
 * note that was not empty). The one rule for a plan's title, a responsibility cell as written,
 * timeframes, lists and notes (review 17 s23, S23-13) and a report's texts (NonBlank: the summary's
 * "กรุณากรอก…"), in PUT /plan, POST …/plan-checks and the importer's plan alike. `overwrite`: the
 * schema stays a string (OpenAPI).
 */
export function shownText(max: number) {
  return text(max).superRefine(refuseBidiControls).overwrite(shownOrEmpty);
}

function refuseBidiControls(s: string, ctx: z.RefinementCtx<string>): void {
  refuseCharacter(s, BIDI_CONTROLS, ctx, 'bidirectional control', (code, at) => ({
    th: `มีอักขระควบคุมทิศทางข้อความ (${code} ที่อักขระที่ ${toThaiDigits(at)}) ซึ่งทำให้ข้อความแสดงกลับด้าน กรุณาลบออก`,
    en: `has a bidirectional control character (${code} at character ${at}) that reorders what readers see: remove it`,
  }));
}
