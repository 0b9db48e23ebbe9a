// Review 17 s17, S17-5 (and s18, S18-2): 1 MB of short heading lines or "|"-separated rows took
// 4-10x the 1 MB ordinary input. Each line was read as an indicator heading three or four times
// (the row's kind, the heading line, the table's headings, the paragraphs' labels), each reading
// comparing its words with the ten catalog names; and each reading of the file (plain, Markdown)
// read every cell as a header label again. Now each text is read once per import (read-once.ts):
// the work counted here is the readings made, which must grow with the lines, one per line at most.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);

/** Each line different, so that no reading is shared between two lines. */
const SHAPES: [string, (i: number) => string][] = [
  ['heading lines ("ตัวชี้วัดที่ 1 ก")', (i) => `ตัวชี้วัดที่ ${(i % 10) + 1} ${thaiNo(i)}\n`],
  [
    'Markdown rows ("| ตัวชี้วัดที่ 1 | กก | ข | ทุกเดือน | กองคลัง |")',
    (i) => `| ตัวชี้วัดที่ ${(i % 10) + 1} | ก${thaiNo(i)} | ข | ทุกเดือน | กองคลัง |\n`,
  ],
  [
    'a Markdown table (each row followed by "|---|---|---|---|---|")',
    (i) => `| ตัวชี้วัดที่ ${(i % 10) + 1} | ก${thaiNo(i)} | ข | ทุกเดือน | กองคลัง |\n|---|---|---|---|---|\n`,
  ],
];

/** The readings made to import `lines` lines of a shape (file reading and import), by reading. */
async function readingsFor(line: (i: number) => string, lines: number): Promise<Map<string, number>> {
  const text = Array.from({ length: lines }, (_, i) => line(i)).join('');
  const { document } = await readPlanFile(new TextEncoder().encode(text));
  const ran = new Map<string, number>();
  readingOnce(() => importSourceDocument(document, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS }), ran);
  return ran;
}

describe('short lines are each read as a heading once per import, so the work grows with the lines', () => {
  for (const [name, line] of SHAPES) {
    it(`${name}: at most one heading reading a line (and a few), and twice the lines make twice the readings`, async () => {
      const small = await readingsFor(line, 1000);
      const large = await readingsFor(line, 2000);
      const headings = (ran: Map<string, number>) => ran.get('frozenHeading') ?? 0;
      expect(headings(small)).toBeGreaterThan(0);
      expect(headings(small)).toBeLessThanOrEqual(1000 + 10);
      expect(headings(large)).toBeLessThanOrEqual(2000 + 10);
      expect(headings(large) / headings(small)).toBeLessThan(2.2);
      // a cell's header reading is one per different cell (the repeated "ทุกเดือน" read once)
      expect(large.get('columnOf') ?? 0).toBeLessThanOrEqual(2000 + 10);
    });
  }
});
