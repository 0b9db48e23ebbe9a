// A .docx whose content is an embedded HTML part (review 17 s12, S12-2): html-docx-js, behind many
// web systems' "ดาวน์โหลดเป็น Word", writes word/document.xml with only <w:altChunk r:id="…"/>, the
// plan being an HTML page (often MIME HTML, .mht, quoted-printable or base64) that Word shows in its
// place. Each altChunk is read as an HTML document (read-html.ts) where it stands; a chunk that is no
// HTML (RTF, plain text, another .docx) is refused with what to do.
import { ValidationError } from '../domain/errors.js';
import { PLAN_FILE_FIELD } from './plan-file.js';
import { readHtmlDocument } from './read-html.js';
import type { SourceBlock, SourceDocument, SourceNotice } from './source-document.js';

const ALT_CHUNK = /<w:altChunk\b[^>]*?\br:id\s*=\s*"([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/w:altChunk>)/g;
const marker = (i: number) => `@@altChunk:${i}@@`;

/** The body with each altChunk replaced by a paragraph holding a marker, and the chunks' ids in order. */
export function markAltChunks(xml: string): { xml: string; ids: string[] } {
  const ids: string[] = [];
  if (!xml.includes('altChunk')) return { xml, ids };
  const marked = xml.replace(ALT_CHUNK, (_, id: string) => {
    ids.push(id);
    return `<w:p><w:r><w:t>${marker(ids.length - 1)}</w:t></w:r></w:p>`;
  });
  return { xml: marked, ids };
}

/** The part each relationship id names (relative to the document part's folder `dir`, or absolute). */
export function altChunkTargets(rels: string | undefined, ids: readonly string[], dir: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of (rels ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    if (id === undefined || target === undefined || !ids.includes(id)) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `${dir}${target}`);
  }
  return targets;
}

const refused = (what: string, whatEn: string) =>
  new ValidationError(
    `ไฟล์ Word นี้เก็บเนื้อหาไว้เป็นส่วนแทรก (altChunk) ${what} ซึ่งระบบอ่านไม่ได้ กรุณาเปิดไฟล์ใน Word แล้วบันทึกเป็น .docx อีกครั้ง`,
    `this Word file keeps its content as an embedded part (altChunk) ${whatEn}, which cannot be read: open it in Word and save it as .docx again`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `เนื้อหาเป็นส่วนแทรก ${what}`,
        message_en: `content in an embedded part ${whatEn}`,
      },
    ],
  );

function decoded(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset?.trim() || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

const base64 = (body: string) => Uint8Array.from(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')), (c) => c.charCodeAt(0));

/** The HTML of a chunk: MIME HTML's first text/html part (decoded), or the chunk itself when it is HTML. */
function chunkHtml(bytes: Uint8Array): string {
  const raw = latin1(bytes);
  const start = raw.slice(0, 2048).trimStart();
  if (/^MIME-Version:/i.test(start) || /^Content-Type:\s*multipart\//im.test(start)) {
    const boundary = /boundary\s*=\s*"?([^"\r\n;]+)"?/i.exec(raw)?.[1];
    const parts = boundary ? raw.split(`--${boundary}`).slice(1) : [raw];
    for (const part of parts) {
      const split = /\r?\n\r?\n/.exec(part);
      if (!split) continue;
      const head = part.slice(0, split.index);
      if (!/Content-Type:\s*text\/html/i.test(head)) continue;
      const body = part.slice(split.index + split[0].length);
      const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
      const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(head)?.[1];
      const data =
        encoding === 'quoted-printable'
          ? quotedPrintable(body)
          : encoding === 'base64'
            ? base64(body)
            : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
      return decoded(data, charset);
    }
    throw refused('แบบหน้าเว็บ (MIME) ที่ไม่มีส่วน HTML', 'as a MIME web page without an HTML part');
  }
  if (/^\{\\rtf/.test(start)) throw refused('แบบ Rich Text (RTF)', 'as Rich Text (RTF)');
  if (start.startsWith('PK')) throw refused('แบบไฟล์ Word อีกไฟล์หนึ่ง', 'as another Word file');
  const text = decoded(bytes, /<meta[^>]*charset\s*=\s*"?([\w-]+)/i.exec(raw)?.[1]).replace(/^\ufeff/, '');
  if (!/<(html|body|table|p|div)[\s>]/i.test(text.slice(0, 4096))) throw refused('แบบข้อความ', 'as plain text');
  return text;
}

/** `document` with each altChunk marker paragraph replaced by that chunk's HTML read as a document. */
export function withAltChunks(
  document: SourceDocument,
  ids: readonly string[],
  partOf: (id: string) => Uint8Array | undefined,
): SourceDocument {
  if (ids.length === 0) return document;
  const blocks: SourceBlock[] = [];
  const notices: SourceNotice[] = [];
  const moved = new Map<number, number>();
  document.blocks.forEach((b, i) => {
    const chunk = b.kind === 'text' ? /^@@altChunk:(\d+)@@$/.exec(b.text.trim()) : null;
    if (!chunk) {
      moved.set(i, blocks.length);
      blocks.push(b);
      return;
    }
    const bytes = partOf(ids[Number(chunk[1])]!);
    if (!bytes) throw refused('ที่ไม่มีอยู่ในไฟล์', 'that is missing from the file');
    let text: string;
    try {
      text = chunkHtml(bytes);
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      throw refused('ที่เสีย', 'that is damaged');
    }
    const html = readHtmlDocument(text);
    for (const n of html.notices ?? []) notices.push({ ...n, block: n.block + blocks.length });
    moved.set(i, blocks.length);
    blocks.push(...html.blocks);
  });
  for (const n of document.notices ?? []) notices.push({ ...n, block: moved.get(n.block) ?? n.block });
  return notices.length > 0 ? { blocks, notices } : { blocks };
}
