// Review 17 s12, S12-2: a .docx written by a web application's "Export to Word" (html-docx-js: the
// body holds only <w:altChunk r:id="…"/>, the plan an HTML part, often MIME HTML, quoted-printable)
// read as "no measures table". Each altChunk's HTML is read where it stands now; a chunk that is no
// HTML is refused in Thai with what to do.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph } from '../support/plan-table-files.js';

const cell = (tag: string, text: string) => `<${tag}>${text.split('\n').join('<br>')}</${tag}>`;
const HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>plan</title></head><body><h2>${TITLE[0]}</h2><h3>${TITLE[1]}</h3><table border="1"><tr>${HEADER.map((h) => cell('th', h)).join('')}</tr>${[M4, M5, M9].map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`).join('')}</table></body></html>`;

/** Bytes as quoted-printable, lines of at most 76 characters (soft breaks "="). */
function quotedPrintable(bytes: Uint8Array): string {
  let line = '';
  const lines: string[] = [];
  for (const b of bytes) {
    const c =
      b === 0x3d || b > 0x7e || b < 0x20 ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
    if (line.length + c.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += c;
  }
  return [...lines, line].join('\r\n');
}

const mime = (encoding: 'quoted-printable' | 'base64', charset = 'utf-8', html = HTML) => {
  const bytes = charset === 'utf-8' ? strToU8(html) : tis620(html);
  const body =
    encoding === 'base64' ? Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n') : quotedPrintable(bytes);
  return strToU8(
    `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n    type="text/html";\r\n    boundary="----=mhtDocumentPart"\r\n\r\n\r\n------=mhtDocumentPart\r\nContent-Type: text/html;\r\n    charset="${charset}"\r\nContent-Transfer-Encoding: ${encoding}\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n${body}\r\n\r\n------=mhtDocumentPart--\r\n`,
  );
};
/** Thai text in TIS-620 (one byte a letter). */
const tis620 = (s: string) =>
  Uint8Array.from(s, (c) =>
    c >= '\u0e01' && c <= '\u0e5b' ? c.charCodeAt(0) - 0x0e00 + 0xa0 : c.charCodeAt(0) & 0xff,
  );

/** A .docx whose body is `before`, an altChunk naming `target`, and `after`, with that part. */
function altChunkDocx(chunk: Uint8Array, target: string, before = '', after = ''): Uint8Array {
  const zip = unzipSync(docx(`${before}<w:altChunk r:id="htmlChunk"/>${after}`));
  const relsName = 'word/_rels/document.xml.rels';
  const rels = zip[relsName]
    ? strFromU8(zip[relsName])
    : '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip[relsName] = strToU8(
    rels.replace(
      '</Relationships>',
      `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="${target}" Id="htmlChunk"/></Relationships>`,
    ),
  );
  (zip as Record<string, Uint8Array>)[target.startsWith('/') ? target.slice(1) : `word/${target}`] = chunk;
  return zipSync(zip);
}

describe('a Word file whose content is an embedded HTML part (w:altChunk)', () => {
  it('MIME HTML, quoted-printable UTF-8 (html-docx-js): the measures read', async () => {
    const result = await preview(altChunkDocx(mime('quoted-printable'), '/word/afchunk.mht'));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.title).toContain('มาตรการส่งเสริมคุณธรรม');
  });

  it('MIME HTML in base64 and TIS-620, the part named relative to word/', async () => {
    const result = await preview(altChunkDocx(mime('base64', 'tis-620'), 'afchunk.mht'));
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
  });

  it('a plain .htm part between Word paragraphs: read where it stands', async () => {
    const result = await preview(
      altChunkDocx(
        strToU8(HTML.replace(/<h[23]>.*?<\/h[23]>/g, '')),
        '/word/chunk.htm',
        TITLE.map(wordParagraph).join(''),
        wordParagraph('ลงชื่อ นายกเทศมนตรี'),
      ),
    );
    expect(measuresOf(result)).toEqual(BASE_MEASURES);
    expect(result.plan.title).toContain('มาตรการส่งเสริมคุณธรรม');
  });

  it('a part that is no HTML (RTF) is refused in Thai, saying to save it again as .docx', async () => {
    const error = await preview(altChunkDocx(strToU8('{\\rtf1\\ansi plan}'), '/word/chunk.rtf')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message_th).toContain('Rich Text');
    expect((error as ValidationError).message_th).toContain('บันทึกเป็น .docx อีกครั้ง');
  });
});
