// A text plan's cells and lines as the importer's cell markup (session 59). A text file has no
// markup of its own; OCR tools leave HTML of theirs in it ("รายงานผล<br>ทุกเดือน</td>", "<!-- -->",
// session 25). Only that is markup: a lower-case HTML element's tag, its attributes written
// name="value", and a comment. Every other "<" is the writer's text ("ร้อยละ <50", "<ร่าง>",
// "a<b c>d", "ดู <https://…>") and is escaped, so that stripTags keeps it. Linear in the text.
import { escapeLessThan } from './xml-text.js';

/** The elements OCR tools write in text (line breaks, table parts, emphasis, a page's frame). */
const OCR_ELEMENTS = new Set(
  (
    'a b big blockquote body br caption center code col colgroup del div em font h1 h2 h3 h4 h5 h6 head ' +
    'hr html i img ins li mark meta ol p pre s small span strike strong sub sup table tbody td tfoot th ' +
    'thead tr u ul'
  ).split(' '),
);

/**
 * An element's tag at lastIndex: its name (group 1), attributes written name="value", name='value'
 * or name=value, then "/>" or ">". No part holds a "<", so a try ends at the next "<".
 */
const ELEMENT_TAG = /<\/?([a-z][a-z0-9]*)(?:\s+[A-Za-z_:][-\w:.]*\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'<>=`]+))*\s*\/?>/y;
/** Where a tag may start. */
const TAG_START = /<[a-z/!]/g;
/** The longest tag or comment read as one (a "<" further from its ">" is text). */
const MAX_TAG = 500;

const asWritten = (text: string) => text;
const space = () => ' ';

/** `raw` (a text file's cell or line) as cell markup: OCR's tags kept, any other "<" as "&lt;". */
export function textFileCell(raw: string): string {
  if (!raw.includes('<')) return raw;
  const tags = ocrTags(raw);
  // no "<" but the tags': the text is its markup
  if (!tags.lessThan) return raw;
  return tags.ranges.length === 0 ? escapeLessThan(raw) : joinedAround(raw, tags.ranges, asWritten, escapeLessThan);
}

/** `raw` (a text file's cell or line) with OCR's tags each a space: its text, "<" and entities as written. */
export function withoutOcrTags(raw: string): string {
  if (!raw.includes('<')) return raw;
  const { ranges } = ocrTags(raw);
  return ranges.length === 0 ? raw : joinedAround(raw, ranges, space, asWritten);
}

/** `raw`'s pieces: each tag (`ranges`: [start, end) in turn) as `tag` gives it, the text between as `text` gives it. */
function joinedAround(
  raw: string,
  ranges: readonly number[],
  tag: (t: string) => string,
  text: (t: string) => string,
): string {
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    parts.push(text(raw.slice(at, ranges[i])), tag(raw.slice(ranges[i], ranges[i + 1])));
    at = ranges[i + 1]!;
  }
  parts.push(text(raw.slice(at)));
  return parts.join('');
}

/** OCR's tags and comments in `raw`, [start, end) in turn, and whether it has any other "<". */
function ocrTags(raw: string): { ranges: number[]; lessThan: boolean } {
  const ranges: number[] = [];
  let lessThan = false;
  // the ">" and the comment end "-->" looked up last (-1: none further): each looked up again only
  // past the one before, so that a run of "<" with no ">" costs one search, not one a "<"
  let gt = -2;
  let commentEnd = -2;
  let at = 0;
  /** Where the tag or comment at `lt` ends, or -1 when its "<" is text. */
  const tagEnd = (lt: number): number => {
    if (raw.startsWith('<!--', lt)) {
      if (commentEnd !== -1 && commentEnd < lt + 4) commentEnd = raw.indexOf('-->', lt + 4);
      return commentEnd >= 0 && commentEnd + 3 - lt <= MAX_TAG ? commentEnd + 3 : -1;
    }
    if (gt !== -1 && gt < lt) gt = raw.indexOf('>', lt);
    if (gt < 0 || gt - lt >= MAX_TAG) return -1;
    ELEMENT_TAG.lastIndex = lt;
    const tag = ELEMENT_TAG.exec(raw);
    return tag && ELEMENT_TAG.lastIndex === gt + 1 && OCR_ELEMENTS.has(tag[1]!) ? gt + 1 : -1;
  };
  // a tag's "<" is followed by a lower-case letter, "/" or "!": one search past the others
  TAG_START.lastIndex = 0;
  for (let m = TAG_START.exec(raw); m; m = TAG_START.exec(raw)) {
    const end = tagEnd(m.index);
    if (end < 0) continue;
    if (raw.indexOf('<', at) < m.index) lessThan = true;
    ranges.push(m.index, end);
    at = TAG_START.lastIndex = end;
  }
  if (raw.indexOf('<', at) >= 0) lessThan = true;
  return { ranges, lessThan };
}
