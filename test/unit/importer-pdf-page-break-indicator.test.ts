// Review 17 s19, S19-4 (ruled part): a long Word plan saved as PDF (LibreOffice; columns ตัวชี้วัด |
// มาตรการ | วิธีดำเนินการ | การติดตามผล | ผู้รับผิดชอบ, the header repeated on each page, rows of six
// methods running over page breaks). When a page began with a new row, "ตัวชี้วัดที่ 10" in its own
// indicator column, the reader took it for the rest of the last row of the page before (its
// measure cell names no indicator) and joined the two measures: 11 of 12, two units and two
// cadences on one measure, 'pdf-row-joined'. A row starting an indicator of its own is a new row.
// Fixtures: the reviewer's PB-all.pdf and two lengths of the same table (gen/casePB2.py "all rep N").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measuresOf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-page-breaks/${name}`, import.meta.url))));

/** The table's measures: measure N under indicator ((N - 1) mod 10) + 1, its unit and cadence in turn. */
const UNITS = ['clerk', 'finance', 'engineering', 'education', 'health'];
const CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'];
const expected = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    indicator: (i % 10) + 1,
    title: `มาตรการที่ ${i + 1} ส่งเสริมความโปร่งใสด้านที่ ${i + 1}`,
    units: [UNITS[i % 5]],
    cadences: [CADENCES[i % 4]],
  }));

describe('a ruled PDF table whose rows run over page breaks', () => {
  for (const count of [12, 10, 14]) {
    it(`${count} measures: a page starting with a new indicator's row starts a new measure`, async () => {
      const r = await read(`ruled-${count}-measures-header-repeated.pdf`);
      expect(measuresOf(r)).toEqual(expected(count));
      expect(r.warnings.map((w) => w.code)).not.toContain('pdf-row-joined');
    });
  }
});
