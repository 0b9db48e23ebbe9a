// Follow-up columns by quarter ("ไตรมาส ๑ … ไตรมาส ๔" under การติดตามผล; review 17 s11, S11-35):
// one text in all four was one follow-up read as unspecified (1 report a year instead of 4), and
// ✓ marks under the quarters gave no follow-up at all (the measure could not be saved).
import { describe, expect, it } from 'vitest';
import { M4, M5, M9 } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const GROUP = 'การติดตามผลการดำเนินการ';
const TOP = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', GROUP, '', '', '', 'ผู้รับผิดชอบ'];
const SUB = ['', '', 'ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔', ''];
const TEXT = 'รายงานผลต่อนายกเทศมนตรี';
const row = (m: readonly string[], ...quarters: string[]) => [m[0]!, m[1]!, ...quarters, m[4]!];
const BODY = [row(M4, TEXT, TEXT, TEXT, TEXT), row(M5, '', TEXT, '-', TEXT), row(M9, '', '', '', TEXT)];
const cadences = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));

describe('the quarters a follow-up stands under decide its cadence', () => {
  it.each([
    [
      'Excel, the group merged over the quarters',
      () => xlsx([{ name: 'แผน', rows: [TOP, SUB, ...BODY], merges: ['C1:F1', 'A1:A2', 'B1:B2', 'G1:G2'] }]),
    ],
    [
      'Word, the group spanning four columns',
      () => docx(wordTable([[TOP[0]!, TOP[1]!, { text: GROUP, span: 4 }, TOP[6]!], SUB, ...BODY], 7)),
    ],
    ['text, no merges', () => tsv([TOP, SUB, ...BODY])],
  ])('%s: all four quarterly, 2 and 4 April-September, 4 alone annual, no warning', async (_n, make) => {
    const r = await preview(await make());
    expect(cadences(r)).toEqual([['quarterly'], ['april-september'], ['annual']]);
    expect(r.plan.measures[1]!.followUps[0]!.text).toBe(`${TEXT} (ไตรมาส ๒ และ ไตรมาส ๔)`);
    expect(r.warnings).toEqual([]);
  });

  it('marks under the quarters make a follow-up named by the group, its cadence from the quarters, said', async () => {
    const r = await preview(
      await xlsx([
        { name: 'แผน', rows: [TOP, SUB, row(M4, '✓', '✓', '✓', '✓'), row(M9, '', '/', '', '/')], merges: ['C1:F1'] },
      ]),
    );
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.text, f.cadence]))).toEqual([
      [[`${GROUP} (ไตรมาส ๑ และ ไตรมาส ๒ และ ไตรมาส ๓ และ ไตรมาส ๔)`, 'quarterly']],
      [[`${GROUP} (ไตรมาส ๒ และ ไตรมาส ๔)`, 'april-september']],
    ]);
    const said = r.warnings.filter((w) => w.code === 'follow-up-from-marks');
    expect(said.map((w) => w.measureId)).toEqual(['i4', 'i9']);
    expect(said[0]!.message_th).toContain(`ตั้งการติดตามผลเป็น "${GROUP}"`);
    expect(said[0]!.where.column).toBe(3);
    expect(r.warnings.filter((w) => w.code !== 'follow-up-from-marks')).toEqual([]);
  });

  it("a cadence the follow-up's own words name wins over its quarter", async () => {
    const r = await preview(tsv([TOP, SUB, row(M4, '', '', '', 'สรุปผลทุกเดือน')]));
    expect(cadences(r)).toEqual([['monthly']]);
  });
});
