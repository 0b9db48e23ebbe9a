// Cell notes are no plan text. openpyxl and pandas write a sheet's notes with absolute targets
// ("/xl/comments/comment1.xml") that exceljs cannot resolve: it threw "Cannot read properties of
// undefined (reading 'comments')" and the workbook was refused as damaged (review 17 s9, entry 8).
// The notes' relationships (comments, and the VML drawing that shows them) are dropped before
// exceljs loads the workbook; so are its drawings and charts (xlsx-drawings.ts), in the same pass.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { dropDrawings } from './xlsx-drawings.js';

const NOTE_RELATIONSHIP =
  /<Relationship\b[^>]*\bType\s*=\s*["'][^"']*\/(?:comments|vmlDrawing)["'][^>]*>(?:\s*<\/Relationship>)?/g;
const LEGACY_DRAWING = /<legacyDrawing\b[^>]*\/>/g;

/** The workbook without its sheets' notes and drawings (the same bytes when it has none). */
export function withoutNotes(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let changed = dropDrawings(files);
  for (const [name, data] of Object.entries(files)) {
    const rels = /^xl\/worksheets\/_rels\/([^/]+)\.rels$/.exec(name);
    if (!rels) continue;
    const xml = strFromU8(data);
    const kept = xml.replace(NOTE_RELATIONSHIP, '');
    if (kept === xml) continue;
    files[name] = strToU8(kept);
    const sheet = `xl/worksheets/${rels[1]}`;
    if (files[sheet]) files[sheet] = strToU8(strFromU8(files[sheet]).replace(LEGACY_DRAWING, ''));
    changed = true;
  }
  return changed ? zipSync(files, { level: 0 }) : bytes;
}
