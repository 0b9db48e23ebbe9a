// A .docx was inflated twice per import (review of issue 17, session 20's leftovers): once whole
// to count its unpacked size (zipSizeProblem), then its Word parts again to read them (unzipSync).
// Now one pass counts every entry and keeps the Word parts: each entry's bytes are inflated once.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { INFLATED_WORK } from '../../shared/import/zip-inflated-size.js';
import { standardDocumentWithCellText } from '../support/big-plan-files.js';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { docx, wordParagraph, wordTable } from '../support/plan-table-files.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));

/** The bytes inflated while the file is read (counted work), and the bytes its entries hold. */
async function inflated(bytes: Uint8Array) {
  const ran = new Map<string, number>();
  const { kind } = await readingOnce(() => readPlanFile(bytes), ran);
  const entries = Object.values(unzipSync(bytes)).reduce((n, part) => n + part.length, 0);
  return { kind, inflated: ran.get(INFLATED_WORK), entries };
}

/** 05-standard.docx with its main part moved to word/document2.xml, as Word Online names it. */
function wordOnline(): Uint8Array {
  const zip = unzipSync(standard);
  zip['word/document2.xml'] = zip['word/document.xml']!;
  zip['word/_rels/document2.xml.rels'] = zip['word/_rels/document.xml.rels']!;
  delete zip['word/document.xml'];
  delete zip['word/_rels/document.xml.rels'];
  for (const name of ['_rels/.rels', '[Content_Types].xml'])
    zip[name] = strToU8(strFromU8(zip[name]!).split('word/document.xml').join('word/document2.xml'));
  return zipSync(zip);
}

/** A .docx whose body is an altChunk of a plain HTML part (html-docx-js's export), and a picture. */
function altChunkWithPicture(): Uint8Array {
  const zip = unzipSync(docx(`${wordParagraph('แผน')}<w:altChunk r:id="htmlChunk"/>`));
  const relsName = 'word/_rels/document.xml.rels';
  zip[relsName] = strToU8(
    strFromU8(zip[relsName]!).replace(
      '</Relationships>',
      '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.htm" Id="htmlChunk"/></Relationships>',
    ),
  );
  const row = (cells: readonly string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  zip['word/chunk.htm'] = strToU8(`<html><body><table>${row(HEADER)}${row(M4)}</table></body></html>`);
  zip['word/media/image1.png'] = new Uint8Array(64 * 1024).map((_, i) => i % 251);
  return zipSync(zip);
}

describe('a Word file’s zip is inflated once per import', () => {
  it.each([
    ['05-standard.docx', () => standard],
    ['the bench’s 1,000,000 "<a" in a measure cell', () => standardDocumentWithCellText(0, '&lt;a'.repeat(1_000_000))],
    ['a small plan table', () => docx(wordTable([HEADER, M4]))],
    ['a Word Online file (word/document2.xml)', wordOnline],
    ['an altChunk of HTML beside a picture', altChunkWithPicture],
  ])('%s: every entry’s bytes inflated once, no more', async (_, file) => {
    const { kind, inflated: bytes, entries } = await inflated(file());
    expect(kind).toBe('docx');
    expect(bytes).toBe(entries);
  });
});
