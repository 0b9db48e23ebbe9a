// Cell notes are no plan text. openpyxl and pandas write a sheet's notes with absolute targets
// ("/xl/comments/comment1.xml") that exceljs cannot resolve: it threw "Cannot read properties of
// undefined (reading 'comments')" and the workbook was refused as damaged (review 17 s9, entry 8).
// The notes' relationships (comments, and the VML drawing that shows them) are dropped before
// exceljs loads the workbook; so are its drawings and charts (xlsx-drawings.ts), in the same pass.
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { dropDrawings, dropSheetRelationships } from './xlsx-drawings.js';

const NOTE_RELATIONSHIP =
  /<Relationship\b[^>]*\bType\s*=\s*["'][^"']*\/(?:comments|vmlDrawing)["'][^>]*>(?:\s*<\/Relationship>)?/g;
const LEGACY_DRAWING = /<legacyDrawing\b[^>]*\/>/g;

/** The workbook without its sheets' notes and drawings (the same bytes when it has none). */
export function withoutNotes(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return dropNotes(files) ? zipSync(files, { level: 0 }) : bytes;
}

/** withoutNotes on a workbook's unzipped parts (in place); true when a part changed. */
export function dropNotes(files: Unzipped): boolean {
  const drawings = dropDrawings(files);
  const notes = dropSheetRelationships(files, NOTE_RELATIONSHIP, LEGACY_DRAWING);
  return drawings || notes;
}
