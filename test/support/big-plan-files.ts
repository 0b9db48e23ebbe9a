// Plan files made large by what Word and Excel write around a plan (review 17 s15, S15-20, S15-6):
// built in memory from the small standard fixtures, once per test file or bench run.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const fixture = (name: string) =>
  unzipSync(new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url))));

/**
 * 09-standard.xlsx (its sheet "แผน": the header and three measures, rows 4-7) with `count` rows
 * appended to the sheet, `row(r)` the XML of row number r (from 1000).
 */
export function standardWorkbookWithRows(count: number, row: (r: number) => string): Uint8Array {
  const files = fixture('09-standard.xlsx');
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const end = xml.indexOf('</sheetData>');
  const rows: string[] = [];
  for (let i = 0; i < count; i++) rows.push(row(1000 + i));
  files['xl/worksheets/sheet1.xml'] = strToU8(xml.slice(0, end) + rows.join('') + xml.slice(end));
  return zipSync(files, { level: 1 });
}

/**
 * 09-standard.xlsx with `xml` (text as Excel writes it: "&lt;" for "<") added after the shared
 * string `text` ("กองคลัง": the first measure's units cell; the table is shared strings).
 */
export function standardWorkbookWithSharedText(text: string, xml: string): Uint8Array {
  const files = fixture('09-standard.xlsx');
  const strings = strFromU8(files['xl/sharedStrings.xml']!);
  const at = strings.indexOf(`>${text}</t>`) + 1 + text.length;
  files['xl/sharedStrings.xml'] = strToU8(`${strings.slice(0, at)} ${xml}${strings.slice(at)}`);
  return zipSync(files, { level: 1 });
}

/** A row Excel writes for a row given a height: no cells. */
export const formattedEmptyRow = (r: number) => `<row r="${r}" ht="20" customHeight="1"/>`;

/** A row of `cells` inline-string cells (columns A, B, …) holding `text`. */
export const textRow =
  (text: string, cells = 1) =>
  (r: number) =>
    `<row r="${r}">${Array.from({ length: cells }, (_, i) => `<c r="${columnOf(i)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;

/** A row of inline-string cells (columns A, B, …), one per text. */
export const sheetRow = (r: number, cells: readonly string[]) =>
  `<row r="${r}">${cells.map((c, i) => `<c r="${columnOf(i)}${r}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}</row>`;

const columnOf = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : columnOf(Math.floor(i / 26) - 1) + columnOf(i % 26);

/**
 * 05-standard.docx with `count` paragraphs `paragraph(i)` (body XML) before its plan table.
 */
export function standardDocumentWithParagraphs(count: number, paragraph: (i: number) => string): Uint8Array {
  return standardDocumentWith((xml) => xml.indexOf('<w:tbl>'), count, paragraph);
}

/** 05-standard.docx with `count` pieces of XML `piece(i)` put in word/document.xml at `at(xml)`. */
function standardDocumentWith(at: (xml: string) => number, count: number, piece: (i: number) => string): Uint8Array {
  const files = fixture('05-standard.docx');
  const xml = strFromU8(files['word/document.xml']!);
  const where = at(xml);
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) pieces.push(piece(i));
  files['word/document.xml'] = strToU8(xml.slice(0, where) + pieces.join('') + xml.slice(where));
  return zipSync(files, { level: 1 });
}

/** A one-line Word paragraph of `text` (one run). */
export const wordParagraph = (text: string) => () => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/**
 * 05-standard.docx with `xml` (text as Word writes it: "&lt;" for "<") added to cell `column`
 * (0: the measure cell, 3: the follow-ups, 4: the units) of its first measure row, after the cell's
 * first text.
 */
export function standardDocumentWithCellText(column: number, xml: string): Uint8Array {
  const files = fixture('05-standard.docx');
  const body = strFromU8(files['word/document.xml']!);
  const row = body.indexOf('<w:tr', body.indexOf('</w:tr>', body.indexOf('<w:tbl>')));
  let cell = body.indexOf('<w:tc>', row);
  for (let i = 0; i < column; i++) cell = body.indexOf('<w:tc>', cell + 1);
  const at = body.indexOf('</w:t>', cell);
  files['word/document.xml'] = strToU8(`${body.slice(0, at)} ${xml}${body.slice(at)}`);
  return zipSync(files, { level: 1 });
}

/**
 * 05-standard.docx with `count` rows `row(i)` (table XML, `<w:tr>…</w:tr>`) after its plan table's
 * last row.
 */
export function standardDocumentWithRows(count: number, row: (i: number) => string): Uint8Array {
  return standardDocumentWith((xml) => xml.lastIndexOf('</w:tbl>'), count, row);
}

/** A Word table row of one-paragraph cells holding `cells` (text as Word writes it: "&lt;" for "<"). */
export const wordRow = (...cells: string[]) =>
  `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;
