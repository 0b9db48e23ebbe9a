// A Word table row of thousands of cells, each spanning fifty grid columns, took a 76 KB file to the
// Lambda timeout (review 17, session 8, entry 2): a row keeps at most MAX_ROW_CELLS cells and says
// so, so the work follows the file's size.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { MAX_ROW_CELLS } from '../../shared/import/source-document.js';

const standard = new Uint8Array(readFileSync(new URL('../fixtures/plans/05-standard.docx', import.meta.url)));

/** 05-standard.docx with `rows` appended to its (last) table. */
function withRows(rows: string): Uint8Array {
  const zip = unzipSync(standard);
  const xml = strFromU8(zip['word/document.xml']!);
  const end = xml.lastIndexOf('</w:tbl>');
  zip['word/document.xml'] = strToU8(xml.slice(0, end) + rows + xml.slice(end));
  return zipSync(zip);
}
const cell = (text: string, props = '') =>
  `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (cells: string, props = '') => `<w:tr>${props}${cells}</w:tr>`;

const read = async (bytes: Uint8Array) => {
  const { document } = await readPlanFile(bytes);
  const result = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return { document, result };
};
const summary = (r: Awaited<ReturnType<typeof read>>['result']) =>
  r.plan.measures.map((m) => [m.measureId, m.followUps.length, m.responsible.unitIds]);

describe('a Word table row with more cells than a plan table has', () => {
  const spanned = cell('ผู้รับผิดชอบ', '<w:gridSpan w:val="50"/>').repeat(2_000);
  it.each([
    ['2,000 cells spanning 50 columns each, in 5 rows', row(spanned).repeat(5), 100_000],
    ['5,000 plain cells in one row', row(cell('ก').repeat(5_000)), 5_000],
    [
      '50 columns before the row (gridBefore) and 1,000 cells',
      row(cell('ข').repeat(1_000), '<w:trPr><w:gridBefore w:val="50"/></w:trPr>'),
      1_050,
    ],
  ])(
    '%s: at most 100 cells a row are kept, each such row is named in Thai, and the measures stay',
    async (_n, rows, cells) => {
      const plain = await read(standard);
      const wide = await read(withRows(rows));
      for (const b of wide.document.blocks)
        if (b.kind === 'row') expect(b.cells.length).toBeLessThanOrEqual(MAX_ROW_CELLS);
      const notices = wide.result.warnings.filter((w) => w.code === 'row-cells-ignored');
      expect(notices.length).toBeGreaterThan(0);
      expect(notices[0]!.message_th).toContain(
        `แถวนี้มี ${cells.toLocaleString('th-TH-u-nu-thai', { useGrouping: false })} ช่อง เกิน ๑๐๐ ช่อง`,
      );
      expect(summary(wide.result).slice(0, plain.result.plan.measures.length)).toEqual(summary(plain.result));
    },
  );

  it('a row of 100 cells or fewer gives no such warning', async () => {
    const { result } = await read(withRows(row(cell('ค').repeat(100))));
    expect(result.warnings.map((w) => w.code)).not.toContain('row-cells-ignored');
  });
});
