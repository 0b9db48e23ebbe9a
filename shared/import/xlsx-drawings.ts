// Drawings and charts are no plan text. openpyxl and pandas write a chart's drawing part in the
// default namespace (<wsDr xmlns="…/spreadsheetDrawing">, no "xdr:"), which exceljs cannot read:
// it threw "Cannot read properties of undefined (reading 'anchors')" and the workbook was refused
// as damaged (review 17 s11, S11-33; the same kind as review 9's entry 8, cell notes). Sheets' drawing
// relationships, chart sheets, and the drawing and chart parts are dropped before exceljs loads it.
import { strFromU8, strToU8, type Unzipped } from 'fflate';

const DRAWING_RELATIONSHIP = /<Relationship\b[^>]*\bType\s*=\s*["'][^"']*\/drawing["'][^>]*>(?:\s*<\/Relationship>)?/g;
const DRAWING_ELEMENT = /<(?:[A-Za-z0-9_]+:)?drawing\b[^>]*\/>/g;
const CHARTSHEET_RELATIONSHIP =
  /<Relationship\b[^>]*\bType\s*=\s*["'][^"']*\/chartsheet["'][^>]*>(?:\s*<\/Relationship>)?/g;
const DRAWING_PART = /^xl\/(?:drawings|charts|chartsheets)\//;

/**
 * Drop the sheets' relationships that `relationship` matches (from xl/worksheets/_rels/*.rels) and
 * the sheet elements that refer to them (`element`), in place; true if any was dropped.
 */
export function dropSheetRelationships(files: Unzipped, relationship: RegExp, element: RegExp): boolean {
  let changed = false;
  for (const [name, data] of Object.entries(files)) {
    const rels = /^xl\/worksheets\/_rels\/([^/]+)\.rels$/.exec(name);
    if (!rels) continue;
    const xml = strFromU8(data);
    const kept = xml.replace(relationship, '');
    if (kept === xml) continue;
    files[name] = strToU8(kept);
    const sheet = `xl/worksheets/${rels[1]}`;
    if (files[sheet]) files[sheet] = strToU8(strFromU8(files[sheet]).replace(element, ''));
    changed = true;
  }
  return changed;
}

/** Drop the workbook's drawings, charts and chart sheets from its unzipped parts; true if any. */
export function dropDrawings(files: Unzipped): boolean {
  let changed = dropSheetRelationships(files, DRAWING_RELATIONSHIP, DRAWING_ELEMENT);
  const bookRels = files['xl/_rels/workbook.xml.rels'];
  const book = files['xl/workbook.xml'];
  if (bookRels && book) {
    const xml = strFromU8(bookRels);
    const chartsheets = xml.match(CHARTSHEET_RELATIONSHIP) ?? [];
    const ids = chartsheets.map((r) => /\bId\s*=\s*["']([^"']+)["']/.exec(r)?.[1]).filter((id) => id !== undefined);
    if (chartsheets.length > 0) {
      files['xl/_rels/workbook.xml.rels'] = strToU8(xml.replace(CHARTSHEET_RELATIONSHIP, ''));
      let sheets = strFromU8(book);
      for (const id of ids) {
        sheets = sheets.replace(new RegExp(`<sheet\\b[^>]*\\b[A-Za-z0-9_]+:id\\s*=\\s*["']${id}["'][^>]*/>`, 'g'), '');
      }
      files['xl/workbook.xml'] = strToU8(sheets);
      changed = true;
    }
  }
  for (const name of Object.keys(files)) {
    if (DRAWING_PART.test(name)) {
      delete files[name];
      changed = true;
    }
  }
  return changed;
}
