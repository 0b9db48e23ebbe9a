// SpreadsheetML is a namespace, not the default one: .NET's Open XML SDK and other generators
// bind it to a prefix (<x:worksheet xmlns:x="…/main"><x:sheetData><x:row>…). Excel opens such
// files; exceljs matches unprefixed names and refused them as damaged. Each part of xl/ that binds
// SpreadsheetML to a prefix is given it as the default namespace before exceljs loads the workbook.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const SPREADSHEET_ML =
  /^(http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)$/;
const NAMESPACE = /\bxmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*["']([^"']*)["']/g;
const TAG = /<(\/?)([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)([^<>]*)>/g;

/**
 * A SpreadsheetML part with its elements unprefixed (SpreadsheetML the default namespace), when
 * its root binds SpreadsheetML to a prefix and no other namespace as the default; else unchanged.
 */
export function withSpreadsheetDefaultNamespace(xml: string): string {
  const rootStart = xml.search(/<[A-Za-z_]/);
  const rootEnd = rootStart < 0 ? -1 : xml.indexOf('>', rootStart);
  if (rootEnd < 0) return xml;
  const bound = new Set<string>();
  let uri = '';
  let otherDefault = false;
  for (const [, name, value] of xml.slice(rootStart, rootEnd).matchAll(NAMESPACE)) {
    if (name !== undefined && SPREADSHEET_ML.test(value ?? '')) {
      bound.add(name);
      uri = value!;
    } else if (name === undefined && !SPREADSHEET_ML.test(value ?? '')) otherDefault = true;
  }
  if (bound.size === 0 || otherDefault) return xml;
  let root = true;
  return xml.replace(TAG, (tag, slash: string, prefix: string, local: string, rest: string) => {
    if (!bound.has(prefix)) return tag;
    const attrs = root && !slash ? ` xmlns="${uri}"${rest}` : rest;
    root = false;
    return `<${slash}${local}${attrs}>`;
  });
}

/** The workbook with SpreadsheetML unprefixed in every part of xl/ (the same bytes when none is prefixed). */
export function withSpreadsheetDefaultNamespaces(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let changed = false;
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/.*\.xml$/i.test(name)) continue;
    const xml = strFromU8(data);
    const fixed = withSpreadsheetDefaultNamespace(xml);
    if (fixed === xml) continue;
    files[name] = strToU8(fixed);
    changed = true;
  }
  return changed ? zipSync(files, { level: 0 }) : bytes;
}
