// The main part of an Office Open XML package is the target of its officeDocument relationship in
// _rels/.rels, not a fixed name: Word Online saves word/document2.xml (review 17 s9, entry 2). Word
// files are read from that part; a workbook whose part has another name in xl/ is given the name
// exceljs reads (xl/workbook.xml) before it loads.
import { strFromU8, strToU8, type Unzipped } from 'fflate';

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const OFFICE_DOCUMENT = /\bType\s*=\s*["'][^"']*\/officeDocument["']/;
const TARGET = /\bTarget\s*=\s*["']([^"']+)["']/;

/** The officeDocument part named by a package's _rels/.rels ("word/document2.xml"), or undefined. */
export function officeDocumentPart(rels: string | undefined): string | undefined {
  for (const [tag] of (rels ?? '').matchAll(RELATIONSHIP)) {
    if (!OFFICE_DOCUMENT.test(tag)) continue;
    const target = TARGET.exec(tag)?.[1];
    if (target) return decodeURIComponent(target.replace(/^\.?\//, ''));
  }
  return undefined;
}

/** A workbook part other than xl/workbook.xml in xl/ (its relationships' targets stay valid when renamed). */
export const otherWorkbookPart = (part: string | undefined): part is string =>
  part !== undefined && part !== 'xl/workbook.xml' && /^xl\/[^/]+\.xml$/.test(part);

/**
 * The package's parts (unzipped, changed in place and returned) with its workbook part `part` (in
 * xl/) and that part's relationships renamed to the names exceljs reads, and [Content_Types].xml
 * saying so.
 */
export function withStandardWorkbookPart(files: Unzipped, part: string): Unzipped {
  const name = part.slice('xl/'.length);
  const rels = `xl/_rels/${name}.rels`;
  if (files[part]) files['xl/workbook.xml'] = files[part]!;
  delete files[part];
  if (files[rels]) files['xl/_rels/workbook.xml.rels'] = files[rels]!;
  delete files[rels];
  const types = files['[Content_Types].xml'];
  if (types) files['[Content_Types].xml'] = strToU8(strFromU8(types).split(`"/${part}"`).join('"/xl/workbook.xml"'));
  return files;
}
