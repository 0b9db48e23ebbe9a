// Session 21's quiet bench (issue 17's linear-time goal): 1 MB of short rows ("ก" and four empty
// cells) after a 3-measure plan took 4.69x the 1 MB ordinary input. Part of our share: each of the
// 500 measures those rows make looked for every unit name (~900 with the positions and sections) in
// its empty units cell: 450,000 searches for nothing. A cell with nothing left to read is not
// searched. Counted here, not timed: the String.prototype.indexOf calls of the import.
import { afterEach, describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';

// eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its this
const nativeIndexOf = String.prototype.indexOf;
afterEach(() => {
  String.prototype.indexOf = nativeIndexOf;
});

/** The String.prototype.indexOf calls `run` makes. */
async function searchesIn(run: () => unknown): Promise<number> {
  let calls = 0;
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    calls++;
    return nativeIndexOf.call(this, search, position);
  };
  try {
    await run();
  } finally {
    String.prototype.indexOf = nativeIndexOf;
  }
  return calls;
}

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\n';
const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);

describe('measures whose units cell is empty: the unit names are not looked for in it', () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and four empty cells', () => 'ก\t\t\t\t'],
    ['a measure of its own words and an empty units cell', (i) => `มาตรการ ${thaiNo(i)}\tx\ty\tz\t`],
    ['a units cell of spaces and no-break spaces', (i) => `ตัวชี้วัดที่ ${(i % 10) + 1} ก${thaiNo(i)}\tx\ty\tz\t \u00a0 `],
  ])('600 rows of %s: 500 measures, searches grow with the rows, not rows x names', async (_name, row) => {
    const text = HEADER + Array.from({ length: 600 }, (_, i) => `${row(i)}\n`).join('');
    const { document } = await readPlanFile(new TextEncoder().encode(text));
    let measures = 0;
    const searches = await searchesIn(() => {
      const { plan } = importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
      measures = plan.measures.length;
      for (const m of plan.measures) expect(m.responsible.unitIds).toEqual([]);
    });
    expect(measures).toBe(500);
    // before: ~900 names searched in each of the 500 cells (over 450,000)
    expect(searches).toBeLessThan(200 * 600);
  });

  it('a units cell naming a unit is still searched: its unit is found', () => {
    for (const cell of ['กองคลัง', ' กองคลัง ', 'กองช่าง / กองคลัง']) {
      const { responsibility } = parseResponsibility(cell, MUNICIPAL_UNITS);
      expect(responsibility.unitIds).toContain('finance');
    }
  });
});
