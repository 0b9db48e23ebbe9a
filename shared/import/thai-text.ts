// Text clean-up for Thai table cells from OCR, PDFs, Word and spreadsheets. Every function here runs
// in time linear in its input (no regular expression that can backtrack over a long run).
import { fromThaiDigits } from '../domain/thai-format.js';
import { countWork, readOnce } from './read-once.js';
import { wingdingsAsUnicode } from './symbol-font-chars.js';
import { type NamedReferences, namedReference, replaceReferences } from './xml-text.js';

/** The entities cells keep: the five of XML, and the no-break space read as a space (as written, lower case). */
const ENTITIES: NamedReferences = [
  ['lt', 0x3c],
  ['gt', 0x3e],
  ['quot', 0x22],
  ['apos', 0x27],
  ['nbsp', 0x20],
  ['amp', 0x26],
];
const cellEntity = (text: string, at: number) => namedReference(text, at, ENTITIES, false);

/**
 * The entities cells keep (ENTITIES) decoded, in one pass ("&amp;lt;" is "&lt;"): a callback per
 * match made 80,000 "&lt;" in one Word cell cost seconds (review 17 s17, S17-11), and a replaceAll
 * per entity 1,000,000 of them (review 17 s18, S18-1; xml-text.ts's replaceReferences).
 */
export function decodeEntities(text: string): string {
  return replaceReferences(text, cellEntity);
}

/** What a text in plain spelling holds besides printable ASCII and Thai consonants (plainSpelling's bits). */
export const PLAIN_SPACES = 1;
export const PLAIN_CONTROLS = 2;

/**
 * Is `text` in plain spelling: ASCII and Thai consonants only (U+0E01-U+0E30, with ฯ and ะ; no vowel
 * above or below, tone mark, sara aa or am, digit or other character)? Such a text is its own
 * normaliseThai spelling: NFC changes none of those characters, and each of normaliseThai's
 * replacements needs a character outside them (NEEDS_REPLACING). Undefined when not; else a bit set
 * of what it holds besides printable ASCII and consonants: PLAIN_SPACES (tab, line feed, vertical
 * tab, form feed, carriage return, space: what matchKey drops), PLAIN_CONTROLS (the other C0
 * controls, vertical tab, form feed and DEL: what withoutUnstorable drops). One pass, no regular
 * expression: most short cells ("ก12", "-", "") are read by it alone.
 */
export function plainSpelling(text: string): number | undefined {
  let held = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x21 && c <= 0x7e) continue;
    if (c >= 0x0e01 && c <= 0x0e30) continue;
    if (c > 0x7f) return undefined;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) held |= PLAIN_SPACES;
    if (c === 0x7f || c < 0x09 || (c > 0x0a && c < 0x0d) || (c > 0x0d && c < 0x20)) held |= PLAIN_CONTROLS;
  }
  return held;
}

/**
 * Zero-width and invisible characters that PDFs and Word scatter inside Thai words, and the
 * direction marks (LRM, RLM, ALM) copy-paste from web pages leaves: they change nothing in Thai
 * text (review 17 s12, S12-18). The overrides and isolates that reorder text (U+202A-U+202E,
 * U+2066-U+2069) are kept, for the plan's schema to refuse where they are.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u061c\u2060\ufeff]/g;
const TONE = '\u0e48-\u0e4b';
/** vowels written above or below the consonant, and the short-vowel mark maitaikhu */
const ABOVE_BELOW_VOWEL = '\u0e31\u0e34-\u0e3a\u0e47';
const MARK = '\u0e31-\u0e3a\u0e47-\u0e4e';
/** Sara am typed or extracted as nikhahit + sara aa (a tone or a space between), or the other way round. */
export const DECOMPOSED_SARA_AM = new RegExp(`\\u0e4d([${TONE}]?)[ \u00a0]?\\u0e32|\\u0e32\\u0e4d`, 'g');
/**
 * Sara am lost to a space, as pdftotext gives many Word PDFs ("ด าเนินการ", "ส านักปลัด"): sara aa
 * never follows a space in Thai, so a consonant (and its tone mark), a space, then sara aa was ำ
 * (and a space before ำ itself, "ส ำนัก", is none).
 */
const SARA_AM_AS_SPACE = new RegExp(`([\u0e01-\u0e2e][${TONE}]?)[ \u00a0][\u0e32\u0e33]`, 'g');
const TONE_BEFORE_VOWEL = new RegExp(`([\u0e01-\u0e2e])([${TONE}])([${ABOVE_BELOW_VOWEL}])`, 'g');
/**
 * A tone mark typed after sara aa ("กองชา่ง": some keyboards and PDF extractions give it so, and it
 * draws almost the same): a tone mark never follows sara aa in Thai, it sits on the consonant before
 * (review 17 s18, S18-3).
 */
const TONE_AFTER_SARA_AA = new RegExp(`([\u0e01-\u0e2e])\u0e32([${TONE}])`, 'g');
const DOUBLED_MARK = new RegExp(`([${MARK}])\\1+`, 'g');
/**
 * The Private Use code points Windows and Mac Thai fonts draw shifted or lowered marks with
 * (U+F700-U+F71A; PDFs exported by Word give them back as text): each as the Thai character it
 * draws. F700 ฐ and F70F ญ without their lower part; F701-F704 upper vowels and F705-F709 tone
 * marks shifted left; F70A-F70E tone marks lowered; F710 ั, F711 ํ, F712 ็ shifted left; F713-F717
 * tone marks lowered and shifted left; F718-F71A ุ ู ฺ lowered.
 */
const THAI_PUA =
  '\u0e10\u0e34\u0e35\u0e36\u0e37\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e0d\u0e31\u0e4d\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e38\u0e39\u0e3a';
const PUA_GLYPH = /[\uf700-\uf71a]/g;

/**
 * Anything normaliseThai's replacements would change (each pattern's first characters): text
 * without any of it needs NFC only, not six passes.
 */
const NEEDS_REPLACING = new RegExp(
  `[\uf700-\uf71a\uff10-\uff19]|\u0e4d|[ \u00a0][\u0e32\u0e33]|[\u00ad\u200b-\u200f\u061c\u2060\ufeff]|[${TONE}][${ABOVE_BELOW_VOWEL}]|([${MARK}])\\1|\u0e40\u0e40|\u0e33\u0e32|\u0e32[${TONE}]`,
);

/** The work counted (read-once.ts countWork): texts normaliseThai read past plainSpelling, for tests. */
export const RESPELLED_WORK = 'texts respelled';

/**
 * Thai text in one spelling, so that matching does not depend on how it was typed or extracted:
 * NFC; zero-width characters removed; sara am written as nikhahit + sara aa (U+0E4D U+0E32, as
 * PDFs give it back; also with a space between, or the other way round, U+0E32 U+0E4D) joined into
 * U+0E33, and sara am lost to a space ("ด าเนินการ", SARA_AM_AS_SPACE) put back; a tone mark typed before the vowel above or below moved
 * after it (ช + ้ + ี -> ช + ี + ้, the order of TIS 620 / WTT 2.0 input), and one typed after sara aa
 * moved before it (ช + า + ่ -> ช + ่ + า); marks typed twice kept
 * once; two sara e (เเ) read as sara ae (แ); sara am followed by a stray sara aa ("ำา", what
 * pdfkit's ToUnicode map gives back) read as sara am; a Thai font's private-use glyph (U+F700-U+F71A)
 * as its character (THAI_PUA); Wingdings' check boxes as ☑/☐ (symbol-font-chars.ts); full-width digits as ASCII ones (review 17 s9, entry 17). Thai and
 * Arabic digits are left as written (see matchKey).
 */
export function normaliseThai(text: string): string {
  // ASCII and consonants (the empty cells of a huge row, "ก12") are already in this spelling
  if (plainSpelling(text) !== undefined) return text;
  countWork(RESPELLED_WORK);
  const nfc = wingdingsAsUnicode(text.normalize('NFC').replace(PUA_GLYPH, (c) => THAI_PUA[c.charCodeAt(0) - 0xf700]!));
  if (!NEEDS_REPLACING.test(nfc)) return nfc;
  return nfc
    .replace(INVISIBLE, '')
    .replace(DECOMPOSED_SARA_AM, '$1\u0e33')
    .replace(SARA_AM_AS_SPACE, '$1\u0e33')
    .replace(TONE_BEFORE_VOWEL, '$1$3$2')
    .replace(TONE_AFTER_SARA_AA, '$1$2\u0e32')
    .replace(DOUBLED_MARK, '$1')
    .replace(/\u0e40\u0e40/g, '\u0e41')
    .replace(/\u0e33\u0e32/g, '\u0e33')
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** Full-width digits (U+FF10-FF19: some OCR engines and East Asian input methods): read as 0-9. */
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;

/**
 * A text with too few letters for any word the importer reads by its wording (review 17 s23): fewer
 * than 3 non-ASCII characters (Thai letters, marks and digits, PUA glyphs), no ASCII letter and no
 * "&" (an entity may write a Thai letter). Each label, heading and row wording matched needs 3 Thai
 * letters or more ("ที่", "ข้อ", "กอง", "รวม") or ASCII letters ("No.", "total", "Indicator"), so a
 * short cell such as "ก12" is looked at by none of those readings (a first test, before any of them
 * normalises the text or keeps what it read). Unit names are the org's own: see unit-group-rows.ts.
 */
export function fewLetters(text: string): boolean {
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) {
      if (++nonAscii >= 3) return false;
    } else if (c === 0x26 || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return false;
  }
  return true;
}

/**
 * Runs of spaces (any Unicode space, tab, newline, zero-width space) as one " ", trimmed. A lone
 * " " is left as it is, not replaced by itself: text full of single spaces costs no replacement.
 */
export function collapseSpaces(text: string): string {
  return isCollapsed(text) ? text : text.replace(/[\s\u200b]{2,}|[^\S ]|\u200b/g, ' ').trim();
}

/**
 * Whether `text` is its own collapseSpaces: printable ASCII and the Thai block only, single spaces
 * between them (a short cell's usual text, told without the regex: session 27).
 */
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x0e00 && c <= 0x0e7f)) continue;
    if (c !== 0x20 || i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
  }
  return true;
}

/** A tag found by scanTags: [start, end) covers "<...>". */
interface Tag {
  start: number;
  end: number;
}

/** The work counted (read-once.ts countWork), for tests: the searches of tagOpenAt. */
export const TAG_OPEN_SEARCHES_WORK = 'tag-open searches';

/** A "<" that opens a tag (tagOpenAt's rule), for the search past a "<" that opens none. */
const TAG_OPEN = /<[A-Za-z/!?]/g;

/**
 * Where the next tag may open at or after `from`: a "<" before a letter, "/", "!" or "?" (HTML's
 * rule), or -1. Any other "<" is text: an arrow ("<---->", "<--- --->"), "< 80", "<=" (session 25).
 * The first "<" is found by indexOf (most are tags); past one that opens none, one regex search
 * finds the next that does (a run of 1,000,000 "<" was 1,000,000 indexOf calls: session 40).
 */
function tagOpenAt(html: string, from: number): number {
  const lt = html.indexOf('<', from);
  if (lt < 0) return -1;
  countWork(TAG_OPEN_SEARCHES_WORK);
  const c = html.charCodeAt(lt + 1);
  if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2f || c === 0x21 || c === 0x3f) return lt;
  countWork(TAG_OPEN_SEARCHES_WORK);
  TAG_OPEN.lastIndex = lt + 1;
  return TAG_OPEN.exec(html)?.index ?? -1;
}

/**
 * The first tag of `html` at or after `from`: a tag's "<" (tagOpenAt) up to the first ">" after it;
 * undefined when there is none (a tag's "<" with no ">" after it is text, and so is all that follows it).
 */
function nextTag(html: string, from: number): Tag | undefined {
  const lt = tagOpenAt(html, from);
  const gt = lt < 0 ? -1 : html.indexOf('>', lt);
  return gt < 0 ? undefined : { start: lt, end: gt + 1 };
}

/**
 * The tags of a cell in one left-to-right pass (nextTag): the regex /<[^>]*>/g without its quadratic
 * worst case on many unclosed "<".
 */
function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (let tag = nextTag(html, 0); tag; tag = nextTag(html, tag.end)) tags.push(tag);
  return tags;
}

/** Where a tag is left open: the first tag's "<" with no ">" after it in scanTags' scan, or -1. */
export function openTagAt(html: string): number {
  let from = 0;
  for (let tag = nextTag(html, 0); tag; tag = nextTag(html, tag.end)) from = tag.end;
  return tagOpenAt(html, from);
}

const TAG_ENTITY_OR_SPACE = /[<&\s\u200b]/;

/**
 * The pieces of a text between its tags ("<" up to the next ">"), in one pass: what
 * `html.split(/<[^>]*>/)` gives, without that regex's quadratic time on a long run of unclosed "<"
 * (a Word paragraph of 40,000 "<" took 2.7 s; review 17 s17, S17-11).
 */
export function splitAtTags(html: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const t of scanTags(html)) {
    parts.push(html.slice(at, t.start));
    at = t.end;
  }
  parts.push(html.slice(at));
  return parts;
}

/**
 * Texts at least this long are stripped once per import (read-once.ts): a cell is read by a dozen
 * rules, each stripping it (review 17 s18, S18-1: 1,000,000 "<a" in one Word cell, 5 MB as
 * "&lt;a", was stripped 15 times). Shorter ones cost less to strip than to look up.
 */
const STRIPPED_ONCE_FROM = 1024;

/** The text of a cell without its tags (each tag becomes a space), entities decoded, spaces collapsed. */
export function stripTags(html: string): string {
  if (!html) return '';
  // no tag, entity or space to collapse: the text as it is (most short cells)
  if (!TAG_ENTITY_OR_SPACE.test(html)) return html;
  return html.length < STRIPPED_ONCE_FROM ? strippedTags(html) : readOnce(strippedTags, html);
}

function strippedTags(html: string): string {
  return collapseSpaces(decodeEntities(splitAtTags(html).join(' ')));
}

/** The longest entity cells keep ("&quot;"). */
const MAX_ENTITY = Math.max(...ENTITIES.map(([name]) => name.length + 2));

/**
 * stripTags(html) bounded: its start up to its `letters`-th character other than a space (all of it
 * when it has fewer; "" for 0 letters), for a rule that reads a text's start, its length up to a
 * bound or whether it has any. Starts of html are stripped, each cut past any tag or entity that
 * holds the cut (so that it strips to a start of the whole's text), twice as long each time, until
 * one has the letters; the whole html (stripTags) when none has. A long cell is not stripped whole
 * to ask for its start (review 17 s22: a label cell of 1,000,000 "<a", 5 M characters, was stripped
 * whole to ask whether it is at most 60 long, by five rules). The starts cost at most twice the
 * last, and each tag is looked up once (nextTag): linear in the start read.
 */
export function strippedStart(html: string, letters: number): string {
  if (letters <= 0) return '';
  // the next tag not yet passed, and whether there is none
  let tag: Tag | undefined;
  let tagsFrom = 0;
  let noMoreTags = false;
  // no stripped text is longer than its html: a short cell is stripped whole at once
  for (let size = letters + 16; size < html.length; size *= 2) {
    let cut = size;
    while (!noMoreTags) {
      tag ??= nextTag(html, tagsFrom);
      if (!tag) noMoreTags = true;
      else if (tag.start >= cut) break;
      else {
        cut = Math.max(cut, tag.end);
        tagsFrom = tag.end;
        tag = undefined;
      }
    }
    const amp = html.lastIndexOf('&', cut - 1);
    if (amp > cut - MAX_ENTITY) cut = Math.max(cut, cellEntity(html, amp)?.end ?? cut);
    if (cut >= html.length) break;
    const start = html.slice(0, cut);
    const text = lettersUpTo(TAG_ENTITY_OR_SPACE.test(start) ? strippedTags(start) : start, letters);
    if (text !== undefined) return text;
    size = Math.max(size, cut);
  }
  const whole = stripTags(html);
  return lettersUpTo(whole, letters) ?? whole;
}

/** `text` (stripped: its spaces are " ") up to its `limit`-th character other than a space; undefined when it has fewer. */
function lettersUpTo(text: string, limit: number): string | undefined {
  let letters = 0;
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) !== 0x20 && ++letters >= limit) return text.slice(0, i + 1);
  return undefined;
}

/** How many characters other than spaces stripTags(html) gives, counted up to `upTo` (in strippedStart). */
export function strippedLettersUpTo(html: string, upTo: number): number {
  const start = strippedStart(html, upTo);
  let spaces = 0;
  for (let i = start.indexOf(' '); i >= 0; i = start.indexOf(' ', i + 1)) spaces++;
  return start.length - spaces;
}

/** Whether stripTags(html) has any text, asked of its start (strippedStart). */
export function hasStrippedText(html: string): boolean {
  // a first character that is no space, tag or entity is the stripped text's first (most cells)
  const c = html.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f && c !== 0x3c && c !== 0x26) || (c >= 0x0e01 && c <= 0x0e7f)) return true;
  return html !== '' && strippedStart(html, 1) !== '';
}

/**
 * stripTags(html) when it is at most `max` characters long (a label, a header's cell), else
 * undefined: a longer cell is not stripped whole to say so (strippedStart).
 */
export function strippedUpTo(html: string, max: number): string | undefined {
  const text = strippedStart(html, max + 1);
  return text.length > max ? undefined : text;
}

/** For matching only: normalised Thai, no spaces, Arabic digits. */
export function matchKey(text: string): string {
  // printable ASCII and consonants (no space, no Thai digit) are their own key
  if (plainSpelling(text) === 0) return text;
  return fromThaiDigits(normaliseThai(text)).replace(/[\s\u00a0]+/g, '');
}

/**
 * Bullet characters Word and Excel users type or paste before list items ("- " needs its space),
 * with Word's Symbol and Wingdings bullets as its PDF export writes them, in the private use area
 * (U+F0B7 , U+F0A7 , U+F0D8 , U+F076 , U+F0FC , U+F0A8 , U+F06E , U+F071 , U+F0E8 ), and the
 * middle dot of Word's plain-text lists (review 17 s13, S13-9).
 */
export const BULLETS = '•▪➢○●✓◦‣⁃►▸■□❖➤✔·\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF0A8\uF06E\uF071\uF0E8';
const BULLET = new RegExp(
  `^(?:[-*${BULLETS}]\\s*|[–—]\\s+|=>\\s*|[๐-๙0-9]{1,2}\\.[๐-๙0-9]{1,2}\\s+|[๐-๙0-9]{1,2}\\s*[.)]\\s*|\\([๐-๙0-9]{1,2}\\)\\s*|\\([ก-ฮ]\\)\\s*|[ก-ฮ][.)]\\s+|ข้อ\\s?[๐-๙0-9]{1,2}\\.?\\s+)`,
);
const BULLETED = new RegExp(`^[${BULLETS}]`);
/** What a list item starts with: a number, "(๑)", "(ก)", "ก.", "๔.๑", "ข้อ ๑", a dash or a bullet. */
const LIST_ITEM_START = new RegExp(
  `^(?:[-*${BULLETS}]|[–—]\\s|=>|[๐-๙0-9]{1,2}\\.[๐-๙0-9]{1,2}\\s|[๐-๙0-9]{1,2}\\s*[.)](?![0-9๐-๙])|\\([๐-๙0-9]{1,2}\\)|\\([ก-ฮ]\\)|[ก-ฮ][.)]\\s|ข้อ\\s?[๐-๙0-9]{1,2}(?![0-9๐-๙]))`,
);
/** Does a text (plain) start a list item, as opposed to going on with the line above? */
export const startsListItem = (text: string) => LIST_ITEM_START.test(text.trimStart());
const BULLET_ITEM = new RegExp(`(?:^|\\s)[${BULLETS}]\\s*`);

function numberMarker(n: number): RegExp {
  const thai = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
  // typed with no space around it ("๑.จัดทำคู่มือ๒.ประชาสัมพันธ์"): between Thai text on both sides,
  // not after "ข้อ", "มาตรา" or "ที่" (review 17 s16, S16-3)
  const glued = `(?<=[ก-๎])(?<!ข้อ|มาตรา|ที่)(?=(?:${n}|${thai})[.)][ก-๎])`;
  return new RegExp(`(^|\\s|${glued})(?:${n}|${thai})[.)](?![0-9๐-๙])\\s*`, 'g');
}

/** The number a text starts with as a list item ("๓. …", "12) …"), else undefined. */
const LEADING_NUMBER = /^([0-9๐-๙]{1,2})[.)](?![0-9๐-๙])/;

const thaiDigitsOf = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
/** Thai letters in the order lists use them ("ก. ข. ค."). */
const THAI_LETTERS = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';

/**
 * Other numberings Thai documents use: "(๑) (๒)", "(ก) (ข)", "ก. ข." / "ก) ข)", "๔.๑ ๔.๒", "ข้อ ๑ ข้อ ๒".
 * Each: what the text starts with (sticky at 0), and the marker of the n-th item given that start
 * (global; group 1 the space before it).
 */
/**
 * A bracketed marker typed right after the text before it ("(ก)จัดทำคู่มือ(ข)ประชาสัมพันธ์"): after
 * anything but a space, digit or bracket ("ข้อ ๕(ข)" stays text). Review 17 s15, S15-14.
 */
const GLUED = '(?<=[^\\s0-9๐-๙(])';
const NUMBERINGS: {
  lead: RegExp;
  marker: (lead: RegExpExecArray, n: number) => RegExp | undefined;
  /** split only when a second item follows (a lead that may be an abbreviation) */
  needsTwo?: boolean;
}[] = [
  {
    lead: /^\(([0-9๐-๙]{1,2})\)/,
    marker: (_, n) => new RegExp(`(^|\\s|${GLUED})\\((?:${n}|${thaiDigitsOf(n)})\\)\\s*`, 'g'),
  },
  {
    // "(ก) … (ข) …": the style of ระเบียบ and คำสั่ง (review 17 s14, S14-16)
    lead: /^\(([ก-ฮ])\)/,
    marker: (lead, n) => {
      const letter = THAI_LETTERS[THAI_LETTERS.indexOf(lead[1]!) + n - 1];
      return letter ? new RegExp(`(^|\\s|${GLUED})\\(${letter}\\)\\s*`, 'g') : undefined;
    },
  },
  {
    // "ก.จัดทำคู่มือ ข.ประชาสัมพันธ์": no space after the marker; only from ก, never an
    // abbreviation ("ก.ย.", "ก.พ.ร."), and only with ข after it (review 17 s16, S16-3)
    lead: /^(ก)([.)])(?![ก-ฮ][.)])(?=[ก-๎])/,
    marker: (lead, n) => {
      const letter = THAI_LETTERS[n - 1];
      return letter ? new RegExp(`(^|\\s)${letter}\\${lead[2]}(?![ก-ฮ][.)])\\s*`, 'g') : undefined;
    },
    needsTwo: true,
  },
  {
    lead: /^([ก-ฮ])([.)])\s/,
    marker: (lead, n) => {
      const letter = THAI_LETTERS[THAI_LETTERS.indexOf(lead[1]!) + n - 1];
      return letter ? new RegExp(`(^|\\s)${letter}\\${lead[2]}\\s+`, 'g') : undefined;
    },
  },
  {
    lead: /^([0-9๐-๙]{1,2})\.([0-9๐-๙]{1,2})\s/,
    marker: (lead, n) => {
      const whole = Number(fromThaiDigits(lead[1]!));
      const part = Number(fromThaiDigits(lead[2]!)) + n - 1;
      return new RegExp(
        `(^|\\s)(?:${whole}|${thaiDigitsOf(whole)})\\.(?:${part}|${thaiDigitsOf(part)})(?![0-9๐-๙.])\\s*`,
        'g',
      );
    },
  },
  {
    lead: /^ข้อ\s?([0-9๐-๙]{1,2})\.?\s/,
    marker: (lead, n) => {
      const no = Number(fromThaiDigits(lead[1]!)) + n - 1;
      return new RegExp(`(^|\\s)ข้อ\\s?(?:${no}|${thaiDigitsOf(no)})(?![0-9๐-๙])\\.?\\s*`, 'g');
    },
  },
];

/** Split by one of NUMBERINGS, following it in order; undefined when the text starts with none. */
function splitOtherNumbering(text: string, limit: number): string[] | undefined {
  for (const { lead, marker, needsTwo } of NUMBERINGS) {
    const start = lead.exec(text);
    if (!start) continue;
    const first = marker(start, 1)!;
    const m0 = first.exec(text);
    if (!m0 || m0.index !== 0) continue;
    const cuts = [cutOf(m0)];
    for (let n = 2; n <= limit + 1; n++) {
      const re = marker(start, n);
      if (!re) break;
      re.lastIndex = cuts[cuts.length - 1]!.from;
      const m = re.exec(text);
      if (!m) break;
      cuts.push(cutOf(m));
    }
    if (needsTwo && cuts.length < 2) continue;
    return itemsBetween(text, cuts, limit);
  }
  return undefined;
}

/**
 * Split "๑. a ๒. b" (or "1) a 2) b") into items, following the numbering in order. The numbering
 * may start past 1 ("๓. a ๔. b": a list numbered on from the rows above): consecutive numbers at
 * item starts (after a space) make the items, so a number inside the text ("มาตรา๗.") does not.
 */
function splitNumbered(text: string, limit: number): string[] | undefined {
  const lead = LEADING_NUMBER.exec(text);
  const start = lead ? Number(fromThaiDigits(lead[1]!)) : 0;
  if (start < 1) return undefined;
  const first = numberMarker(start).exec(text);
  if (!first || first.index !== 0) return undefined;
  const cuts = [cutOf(first)];
  for (let n = start + 1; n <= start + limit; n++) {
    const re = numberMarker(n);
    re.lastIndex = cuts[cuts.length - 1]!.from;
    const m = re.exec(text);
    if (!m) break;
    cuts.push(cutOf(m));
  }
  if (cuts.length < 2) return [text.slice(first[0].length).trim()];
  return itemsBetween(text, cuts, limit);
}

/**
 * Where a list marker found by `m` (group 1: the space before it) cuts a text: the item before it
 * ends `at`, its own starts at `body` (past the spaces after it); the next marker is looked for
 * `from` the marker's end, so the spaces after an empty item ("๒.  ๓. อบรม") still start the next one.
 */
function cutOf(m: RegExpExecArray): { at: number; body: number; from: number } {
  const body = m.index + m[0].length;
  return { at: m.index + (m[1]?.length ?? 0), body, from: body - /\s*$/.exec(m[0])![0].length };
}

/** The items between `cuts`, the first `limit`; an empty one (a number with nothing after it) is none. */
function itemsBetween(text: string, cuts: readonly { at: number; body: number }[], limit: number): string[] {
  return cuts
    .slice(0, limit)
    .map((c, i) => text.slice(c.body, cuts[i + 1]?.at ?? text.length).trim())
    .filter(Boolean);
}

/** "- a - b", "– a – b", "— a", "* a * b", "=> a => b": the dash or mark the text starts with splits it. */
const DASH_LEAD = /^(-|–|—|\*|=>)\s/;

function splitDashed(text: string, limit: number): string[] | undefined {
  const bulleted = BULLETED.test(text);
  const dash = bulleted ? undefined : DASH_LEAD.exec(text)?.[1];
  if (!bulleted && dash === undefined) return undefined;
  const escaped = dash?.replace(/[*]/g, '\\*');
  return text
    .split(bulleted ? BULLET_ITEM : new RegExp(`(?:^|\\s)${escaped}\\s+`), limit + 1)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, limit);
}

/**
 * The text of each <li>/<p> element: from an opening tag to the first closing tag of the same
 * name after it (what /<(li|p)\b[^>]*>([\s\S]*?)<\/\1>/gi finds), in one pass over the tags.
 */
export function listElements(html: string, limit: number): string[] {
  const tags = scanTags(html);
  const named = tags.map((t) => {
    const m = /^<(\/?)(li|p)(?![a-z0-9])/i.exec(html.slice(t.start, Math.min(t.end, t.start + 4)));
    return m ? { close: m[1] === '/', name: m[2]!.toLowerCase() } : undefined;
  });
  const closes = new Map<string, number[]>([
    ['li', []],
    ['p', []],
  ]);
  named.forEach((n, i) => n?.close && closes.get(n.name)!.push(i));
  const next = new Map<string, number>([
    ['li', 0],
    ['p', 0],
  ]);
  const out: string[] = [];
  let consumedTo = -1;
  named.forEach((n, i) => {
    if (!n || n.close || i <= consumedTo || out.length >= limit) return;
    const list = closes.get(n.name)!;
    let k = next.get(n.name)!;
    while (k < list.length && list[k]! < i) k++;
    next.set(n.name, k);
    const close = list[k];
    if (close === undefined) return;
    out.push(stripTags(html.slice(tags[i]!.end, tags[close]!.start)));
    consumedTo = close;
  });
  return out;
}

/** The most items a cell gives (a plan keeps at most 100 methods, follow-ups, sub-measures…). */
export const MAX_ITEMS = 100;

/**
 * A cell's list items: <li>/<p> elements, "๑. ๒." numbering, "- " bullets, or the whole cell; the
 * first `limit` (default MAX_ITEMS) of them. A text `whole` says is one item (a tick list, "■ a □ b")
 * keeps its bullet-like marks: it is neither split at them nor stripped of the first (review 17 s18,
 * S18-4). Linear in the cell.
 */
export function splitItems(cellHtml: string, limit = MAX_ITEMS, whole?: (text: string) => boolean): string[] {
  const elements = listElements(cellHtml, limit);
  if (elements.length > 0) {
    // a tick list's first mark is no bullet to strip ("■ รายเดือน □ รายไตรมาส"); its item number is
    const keepsMark = (e: string) => BULLETED.test(e.trimStart()) && whole?.(e) === true;
    return elements.map((e) => (keepsMark(e) ? e : e.replace(BULLET, '')).trim()).filter(Boolean);
  }
  const text = stripTags(cellHtml);
  if (!text) return [];
  return (
    splitNumbered(text, limit) ??
    splitOtherNumbering(text, limit) ??
    (whole?.(text) ? [text] : splitDashed(text, limit)) ?? [text]
  );
}

/**
 * A cell's first `kept` items (default MAX_ITEMS) and, when it holds more, the first item left out
 * (for a warning: nothing is dropped silently). `whole`: as splitItems.
 */
export function splitItemsKept(
  cellHtml: string,
  kept = MAX_ITEMS,
  whole?: (text: string) => boolean,
): { items: string[]; firstLeftOut?: string } {
  const items = splitItems(cellHtml, kept + 1, whole);
  return items.length > kept ? { items: items.slice(0, kept), firstLeftOut: items[kept] } : { items };
}

/** Letter counts for bagDistance, by UTF-16 code unit; all zero between calls. */
const BAG = new Int32Array(0x10000);

/**
 * A lower bound of the edit distance of a and b, in O(|a| + |b|): the larger of the counts of
 * letters a has more of and b has more of (an edit changes each by one at most). Lets a caller
 * skip the table for strings made of other letters (review 17 s17, S17-5).
 */
export function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) BAG[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) BAG[b.charCodeAt(i)]!--;
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const n = BAG[c]!;
    if (n > 0) more += n;
    else fewer -= n;
    BAG[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    fewer -= BAG[c]!;
    BAG[c] = 0;
  }
  return Math.max(more, fewer);
}

/** One row of editDistanceWithin's table, reused (grown as needed). */
let withinRow = new Int32Array(64);

/**
 * Edit distance of a and b (UTF-16 code units) when it is at most `max`, else max + 1 (for "is it
 * within max, and how close?"): two strings whose lengths differ by more than max are not compared,
 * only the diagonal band |i - j| <= max of the table is filled (a path leaving it costs more than
 * max), and it stops once a whole row is past max. O(max x |a|).
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  const far = max + 1;
  if (Math.abs(a.length - b.length) > max) return far;
  if (withinRow.length <= b.length + 1) withinRow = new Int32Array(2 * (b.length + 1));
  const row = withinRow;
  for (let j = 0; j <= b.length; j++) row[j] = Math.min(j, far);
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    const ca = a.charCodeAt(i - 1);
    // row[lo - 1] still holds the row above: the diagonal of the first cell in the band
    let diag = row[lo - 1]!;
    row[lo - 1] = lo === 1 ? Math.min(i, far) : far;
    let smallest = row[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const up = row[j]!;
      const d = Math.min(up + 1, row[j - 1]! + 1, diag + (ca === b.charCodeAt(j - 1) ? 0 : 1), far);
      row[j] = d;
      if (d < smallest) smallest = d;
      diag = up;
    }
    if (smallest >= far) return far;
  }
  return row[b.length]!;
}
