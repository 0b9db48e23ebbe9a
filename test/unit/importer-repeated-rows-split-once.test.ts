// Session 22 (issue 17's linear-time goal): 1 MB of short rows ("ก" and four empty cells, 130,000
// lines) after a plan still took ~3.6x the 1 MB ordinary input in CPU after session 21's cut. A
// third of it was the text reader's own: each line split into a new array of cells and kept to the
// end of the import (the garbage collector copying 130,000 arrays besides). A short line the file
// repeats is split once now, its blocks sharing one array of cells. Counted here, not timed: the
// String.prototype.split calls on a tab while the file is read, and the cells arrays the blocks hold.
import { afterEach, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import type { SourceDocument } from '../../shared/import/source-document.js';
import { preview } from '../support/plan-table-files.js';

// eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its this
const nativeSplit = String.prototype.split;
afterEach(() => {
  String.prototype.split = nativeSplit;
});

/** The file read, and the String.prototype.split calls on a tab its reading made. */
async function readCountingSplits(text: string): Promise<{ document: SourceDocument; splits: number }> {
  let splits = 0;
  String.prototype.split = function (this: string, separator: string | RegExp, limit?: number) {
    if (separator === '\t') splits++;
    return Reflect.apply(nativeSplit, this, [separator, limit]) as string[];
  } as typeof String.prototype.split;
  try {
    const { document } = await readPlanFile(new TextEncoder().encode(text));
    return { document, splits };
  } finally {
    String.prototype.split = nativeSplit;
  }
}

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const M4 = 'ตัวชี้วัดที่ ๔ มาตรการป้องกันการใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง';

const rowsOf = (doc: SourceDocument) => doc.blocks.flatMap((b) => (b.kind === 'row' ? [b] : []));

describe('a short row the text file repeats is split once', () => {
  it.each<[string, (i: number) => string, number, string]>([
    ['"ก" and four empty cells', () => 'ก\t\t\t\t', 1, 'ก'],
    ['two rows taking turns ("ก" / "-" under the follow-ups)', (i) => (i % 2 ? '\t\t\t-\t' : 'ก\t\t\t\t'), 2, 'ก'],
    [
      'a measure of a few words with its unit, ended by CR LF',
      () => 'มาตรการ ก\tจัดทำ\tตลอดปี\t\tกองคลัง\r',
      1,
      'มาตรการ ก',
    ],
  ])('2,000 rows of %s: split once each, the rows sharing their cells', async (_name, row, distinct, title) => {
    const small = await readCountingSplits([HEADER, M4, ...Array.from({ length: 1000 }, (_, i) => row(i))].join('\n'));
    const large = await readCountingSplits([HEADER, M4, ...Array.from({ length: 2000 }, (_, i) => row(i))].join('\n'));
    // the header, M4 and each distinct row once (per reading of the file): the same for twice the rows
    expect(large.splits).toBe(small.splits);
    expect(large.splits).toBeLessThan(20);
    const rows = rowsOf(large.document);
    expect(rows).toHaveLength(2002);
    expect(new Set(rows.map((r) => r.cells)).size).toBe(2 + distinct);
    // each row keeps its own line
    expect(rows.at(-1)!.where).toEqual({ line: 2002 });
    // and reads as before: the measures of the rows, past the first 500 counted
    const { plan, warnings } = await preview(new TextEncoder().encode(rows.map((r) => r.cells.join('\t')).join('\n')));
    expect(plan.measures).toHaveLength(500);
    expect(plan.measures[1]!.title).toBe(title);
    expect(warnings.some((w) => w.code === 'measures-dropped')).toBe(true);
  });

  it('a long line repeated (over 64 characters) is split each time, its rows read the same', async () => {
    const long = `${'มาตรการเผยแพร่ข้อมูลข่าวสาร'.repeat(3)}\tจัดทำ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง`;
    const { document, splits } = await readCountingSplits([HEADER, M4, long, long, long].join('\n'));
    const rows = rowsOf(document);
    expect(splits).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.cells)).size).toBe(5);
    expect(rows[2]!.cells).toEqual(rows[4]!.cells);
  });
});
