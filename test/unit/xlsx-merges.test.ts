// Review-17-s8 entry 1: merged ranges made an 8 KB .xlsx take 29 s and a 1 MB one hang the server
// (exceljs makes a Cell for every covered cell and checks each merge against all earlier ones).
// Huge merges are dropped and too many merges refused before exceljs loads the workbook.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { MAX_MERGED_CELLS_TOTAL, MAX_XLSX_MERGES, withBoundedMerges } from '../../shared/import/xlsx-merges.js';

const dir = new URL('../fixtures/plans/', import.meta.url);
const standard = new Uint8Array(readFileSync(new URL('09-standard.xlsx', dir)));

/** The corpus' 09-standard.xlsx with `merges` (<mergeCell/> tags) after its sheet data. */
function withMerges(merges: string): Uint8Array {
  const files = unzipSync(standard);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  files['xl/worksheets/sheet1.xml'] = strToU8(
    sheet.replace('</sheetData>', `</sheetData><mergeCells count="1">${merges}</mergeCells>`),
  );
  return zipSync(files);
}

async function measuresOf(bytes: Uint8Array) {
  const { document } = await readPlanFile(bytes);
  const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
  return plan.measures.map((m) => ({
    indicator: m.indicator,
    units: m.responsible.unitIds,
    cadences: m.followUps.length,
  }));
}

describe('merged ranges no plan table has are bounded before the workbook is loaded', () => {
  it('one merge over H1:AZ50000 (2.25 million empty cells; was 29 s) is dropped: the measures read as without it', async () => {
    const plain = await measuresOf(standard);
    expect(plain).toHaveLength(3);
    expect(await measuresOf(withMerges('<mergeCell ref="H1:AZ50000"/>'))).toEqual(plain);
  });

  it('H1:XFD1048576 (17 billion cells), and the same written in lower case with single quotes, are dropped too', async () => {
    const plain = await measuresOf(standard);
    expect(await measuresOf(withMerges('<mergeCell ref="H1:XFD1048576"/>'))).toEqual(plain);
    expect(await measuresOf(withMerges("<mergeCell ref='h1:xfd1048576' />"))).toEqual(plain);
  });

  it('200,000 two-cell merges (a 1 MB file that hung the server) are refused in Thai on the file, before loading', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `<mergeCell ref="H${i + 20}:I${i + 20}"/>`).join('');
    const refused = await readPlanFile(withMerges(many)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message_th).toContain('ช่องที่ผสานไว้');
    expect((refused as ValidationError).fields).toEqual([
      expect.objectContaining({
        path: PLAN_FILE_FIELD,
        message_th: expect.stringMatching(/^ช่องที่ผสานไว้เกิน [๐-๙]+ ช่วง$/),
      }),
    ]);
  });

  it(`${MAX_XLSX_MERGES} small merges (the most a workbook may have) still read, and a unit merged over two measures still applies to both`, async () => {
    const small = Array.from({ length: MAX_XLSX_MERGES }, (_, i) => `<mergeCell ref="H${i + 20}:I${i + 20}"/>`).join(
      '',
    );
    expect(await measuresOf(withMerges(small))).toEqual(await measuresOf(standard));
    const merged = await measuresOf(new Uint8Array(readFileSync(new URL('18-unit-merged-over-measures.xlsx', dir))));
    const expected = JSON.parse(readFileSync(new URL('18-unit-merged-over-measures.xlsx.expected.json', dir), 'utf8'));
    expect(merged.map((m) => m.units)).toEqual(expected.measures.map((m: { unitIds: string[] }) => m.unitIds));
  });

  /** The cells the merges kept in the bounded workbook cover, all sheets. */
  const keptCells = (bytes: Uint8Array) => {
    const sheet = strFromU8(unzipSync(withBoundedMerges(bytes))['xl/worksheets/sheet1.xml']!);
    return [...sheet.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)].reduce((n, [, c1, r1, c2, r2]) => {
      const col = (s: string) => [...s].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
      return n + (col(c2!) - col(c1!) + 1) * (Number(r2) - Number(r1) + 1);
    }, 0);
  };

  it.each([
    ['1,000 merges of 5,000 cells each (a 14 KB file that took 50 s and 2 GB)', 1_000, 4, 1_250],
    ['2,000 merges of 2,500 cells each', 2_000, 2, 1_250],
    ['500 merges of 4,000 cells each', 500, 4, 1_000],
  ])(
    '%s: the kept merges cover at most MAX_MERGED_CELLS_TOTAL cells, and the measures still read',
    async (_n, count, cols, rows) => {
      const merges = Array.from({ length: count }, (_, i) => {
        const top = 20 + i * rows;
        return `<mergeCell ref="H${top}:${String.fromCharCode(71 + cols)}${top + rows - 1}"/>`;
      }).join('');
      const bytes = withMerges(merges);
      expect(keptCells(bytes)).toBeLessThanOrEqual(MAX_MERGED_CELLS_TOTAL);
      expect(keptCells(bytes)).toBeGreaterThan(0);
      expect(await measuresOf(bytes)).toEqual(await measuresOf(standard));
    },
  );
});
