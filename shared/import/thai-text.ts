// Text clean-up for OCR'd Thai table cells.
import { fromThaiDigits } from '../domain/thai-format.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

export function collapseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export function stripTags(html: string): string {
  return collapseSpaces(decodeEntities(html.replace(/<[^>]*>/g, ' ')));
}

/** For matching only: no spaces, Arabic digits. */
export function matchKey(text: string): string {
  return fromThaiDigits(text).replace(/[\s\u00a0\u200b]+/g, '');
}

const BULLET = /^(?:[-•*]\s*|[๐-๙0-9]{1,2}\s*[.)]\s*)/;

function numberMarker(n: number): RegExp {
  const thai = String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
  return new RegExp(`(^|\\s)(?:${n}|${thai})[.)](?![0-9๐-๙])\\s*`, 'g');
}

/** Split "๑. a ๒. b" (or "1) a 2) b") into items, following the numbering in order. */
function splitNumbered(text: string): string[] | undefined {
  const first = numberMarker(1).exec(text);
  if (!first || first.index !== 0) return undefined;
  const cuts: { at: number; body: number }[] = [{ at: 0, body: first[0].length }];
  for (let n = 2; ; n++) {
    const re = numberMarker(n);
    re.lastIndex = cuts[cuts.length - 1]!.body;
    const m = re.exec(text);
    if (!m) break;
    cuts.push({ at: m.index + m[1]!.length, body: m.index + m[0].length });
  }
  if (cuts.length < 2) return [text.slice(first[0].length).trim()];
  return cuts.map((c, i) => text.slice(c.body, cuts[i + 1]?.at ?? text.length).trim());
}

function splitDashed(text: string): string[] | undefined {
  if (!/^-\s/.test(text)) return undefined;
  return text
    .split(/(?:^|\s)-\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A cell's list items: <li>/<p> elements, "๑. ๒." numbering, "- " bullets, or the whole cell. */
export function splitItems(cellHtml: string): string[] {
  const elements = [...cellHtml.matchAll(/<(li|p)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => stripTags(m[2]!));
  if (elements.length > 0) {
    return elements.map((e) => e.replace(BULLET, '').trim()).filter(Boolean);
  }
  const text = stripTags(cellHtml);
  if (!text) return [];
  return splitNumbered(text) ?? splitDashed(text) ?? [text];
}

/** Edit distance, for matching OCR'd names against known ones. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
