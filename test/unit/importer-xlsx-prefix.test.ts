// An .xlsx whose SpreadsheetML is bound to a prefix (<x:worksheet xmlns:x="…"><x:sheetData>…, as
// .NET's Open XML SDK writes it; "ns0:" as Python's ElementTree does) was refused as "a damaged
// workbook": exceljs matches unprefixed names. Its parts are now given SpreadsheetML as the
// default namespace first.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { measuresOf, preview, xlsx } from '../support/plan-table-files.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/09-standard.xlsx', import.meta.url)));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The workbook with SpreadsheetML written with `prefix` in every part of xl/ that uses it. */
function prefixed(bytes: Uint8Array, prefix: string): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    const xml = strFromU8(data);
    if (!name.startsWith('xl/') || !xml.includes(`xmlns="${MAIN}"`)) continue;
    files[name] = strToU8(
      xml
        .replace(`xmlns="${MAIN}"`, `xmlns:${prefix}="${MAIN}"`)
        .replace(
          /<(\/?)([A-Za-z][\w.]*)(?=[\s>/])/g,
          (_, slash: string, local: string) => `<${slash}${prefix}:${local}`,
        ),
    );
  }
  return zipSync(files);
}

describe('SpreadsheetML bound to a prefix', () => {
  it('reads the standard workbook written with "x:" as the Open XML SDK writes it', async () => {
    const bytes = prefixed(standard, 'x');
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toContain('<x:sheetData>');
    const r = await preview(bytes);
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(r.warnings).toEqual([]);
    expect(r.plan.measures).toEqual((await preview(standard)).plan.measures);
  });

  it('reads a workbook written with "ns0:" as ElementTree writes it', async () => {
    const r = await preview(prefixed(await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5] }]), 'ns0'));
    expect(measuresOf(r)).toEqual([
      { indicator: 4, cadences: ['monthly', 'semiannual'], units: ['finance'] },
      { indicator: 5, cadences: ['quarterly'], units: ['*', 'clerk'] },
    ]);
  });

  it('keeps merged cells of a prefixed sheet: a unit merged over two rows applies to both', async () => {
    const rows = [HEADER, M4, [...M5.slice(0, 4), '']];
    const bytes = prefixed(await xlsx([{ name: 'แผน', rows, merges: ['E2:E3'] }]), 'x');
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toContain('<x:mergeCell ');
    const r = await preview(bytes);
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['finance']]);
  });
});
