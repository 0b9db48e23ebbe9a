// Session 23 (issue 17's linear-time goal): in 1 MB of heading lines ("ตัวชี้วัดที่ 1 ก") or of
// Markdown rows ("| ตัวชี้วัดที่ 1 | … |"), every line's label was compared with "ตัวชี้วัดที่" by a
// weighted edit-distance table (the window before the number x the label), ~8% of the import, though
// nearly every label is written as it is. A label written exactly before its number is now taken at
// once (no edit is nearer); the table is filled only for a label read with slips. Counted here, not
// timed: the edit-distance tables filled (readingOnce's ran, 'label edit tables').
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);

/** The tables filled while `lines` are imported as a text file. */
async function tablesFilled(lines: readonly string[]): Promise<number> {
  const { document } = await readPlanFile(new TextEncoder().encode(lines.join('\n')));
  const ran = new Map<string, number>();
  readingOnce(() => importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS }), ran);
  return ran.get('label edit tables') ?? 0;
}

describe('an indicator label written as it is: no edit-distance table', () => {
  it.each<[string, (i: number) => string]>([
    ['heading lines ("ตัวชี้วัดที่ 1 ก")', (i) => `ตัวชี้วัดที่ ${(i % 10) + 1} ${thaiNo(i)}`],
    [
      'Markdown rows ("| ตัวชี้วัดที่ 1 | กก | ข | ทุกเดือน | กองคลัง |")',
      (i) => `| ตัวชี้วัดที่ ${(i % 10) + 1} | ก${thaiNo(i)} | ข | ทุกเดือน | กองคลัง |`,
    ],
    ['labels with a mark before the number ("ตัวชี้วัดที่: ๕ ก")', (i) => `ตัวชี้วัดที่: ${'๑๒๓๔๕๖๗๘๙'[i % 9]} ${thaiNo(i)}`],
  ])('1,000 %s: none filled', async (_name, line) => {
    expect(await tablesFilled(Array.from({ length: 1000 }, (_, i) => line(i)))).toBe(0);
  });

  it('a label read with slips is still compared (and found): one table per distinct line at most', async () => {
    const lines = Array.from({ length: 100 }, (_, i) => `ตัวชี้วัคที่ ${(i % 10) + 1} ${thaiNo(i)}`);
    const filled = await tablesFilled(lines);
    expect(filled).toBeGreaterThan(0);
    expect(filled).toBeLessThanOrEqual(300);
    expect(parseIndicatorHeading('ตัวชี้วัคที่ ๔ การใช้ทรัพย์สินของราชการ')).toMatchObject({ indicator: 4 });
    expect(parseIndicatorHeading('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ')).toMatchObject({ indicator: 4 });
    expect(parseIndicatorHeading('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ')?.labelRead).toBeUndefined();
    expect(parseIndicatorHeading('ตัวชี้วัคที่ ๔ การใช้ทรัพย์สินของราชการ')?.labelRead).toBe('ตัวชี้วัคที่ ๔');
  });
});
