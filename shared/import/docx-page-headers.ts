// A Word file's page headers and footers (word/header1.xml …), read for the plan's fiscal year only
// (review 17 s23, S23-3): a plan may print "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘" there and nowhere in the body.
// Their text is never rows or measures. The parts read are those Word prints: the first page's
// (w:type="first") when a section has w:titlePg, then the default ones; even pages' are left out.
import { strFromU8 } from 'fflate';
import type { HiddenStyles } from './docx-hidden-styles.js';
import { withWordPrefix } from './ooxml-prefix.js';
import { readDocumentXml } from './read-docx.js';
import type { PageHeaderLine } from './source-document.js';
import { stripTags } from './thai-text.js';

/** A header or footer part larger than this is not read (one is a few KB). */
const MAX_PAGE_PART_BYTES = 200_000;
/** Lines kept from one part, and characters a line: a header is a line or three. */
const MAX_PAGE_PART_LINES = 20;
const MAX_PAGE_LINE_CHARS = 300;

const REFERENCE = /<w:(header|footer)Reference\b[^>]{0,500}>/g;
const TYPE = /\bw:type\s*=\s*"([^"]*)"/;
const ID = /\s(?:[A-Za-z_][\w.-]*:)?id\s*=\s*"([^"]*)"/;
const TITLE_PAGE = /<w:titlePg\b(?![^>]{0,200}\bw:val\s*=\s*"(?:0|false|off)")[^>]{0,200}>/;

/** A header or footer a section names: its kind and relationship id. */
export interface PagePartReference {
  kind: PageHeaderLine['part'];
  id: string;
}

/**
 * The headers and footers document.xml's sections name (`xml` with the "w:" prefix), in the order
 * their year is looked for: first-page headers (when w:titlePg is set), default headers, first-page
 * footers, default footers. One pass of a regex over the XML: linear in its size.
 */
export function pagePartReferences(xml: string): PagePartReference[] {
  const titlePage = TITLE_PAGE.test(xml);
  const rank = (kind: string, type: string) => (kind === 'header' ? 0 : 2) + (type === 'first' ? 0 : 1);
  const found: (PagePartReference & { rank: number })[] = [];
  for (const [tag, kind] of xml.matchAll(REFERENCE)) {
    const type = TYPE.exec(tag)?.[1] ?? 'default';
    const id = ID.exec(tag)?.[1];
    if (!id || type === 'even' || (type === 'first' && !titlePage)) continue;
    if (found.some((f) => f.id === id) || found.length >= 12) continue;
    found.push({ kind: kind as PagePartReference['kind'], id, rank: rank(kind!, type) });
  }
  return found.sort((a, b) => a.rank - b.rank).map(({ kind, id }) => ({ kind, id }));
}

/**
 * A header or footer part's lines as Word prints them (hidden text left out): its paragraphs, and a
 * layout table's cells one line each (at most MAX_PAGE_PART_LINES). None when the part is too large
 * to be a header or cannot be read.
 */
export function pagePartLines(bytes: Uint8Array, part: PageHeaderLine['part'], styles: HiddenStyles): PageHeaderLine[] {
  if (bytes.length > MAX_PAGE_PART_BYTES) return [];
  let blocks;
  try {
    blocks = readDocumentXml(withWordPrefix(strFromU8(bytes)), styles).blocks;
  } catch {
    return [];
  }
  const lines: PageHeaderLine[] = [];
  for (const b of blocks) {
    for (const raw of b.kind === 'text' ? [b.text] : b.cells) {
      const text = stripTags(raw).slice(0, MAX_PAGE_LINE_CHARS);
      // a cell merged across columns gives its text to each: read once
      if (text && text !== lines.at(-1)?.text && lines.length < MAX_PAGE_PART_LINES) lines.push({ part, text });
    }
  }
  return lines;
}
