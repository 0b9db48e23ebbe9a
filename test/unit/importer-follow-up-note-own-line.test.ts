// Review 17 s26, S26-14: the plan document's note on a line of its own under an unnumbered follow-up
// (a coordinator pressed Enter before it) is that follow-up's note; before, it became a second,
// empty follow-up holding the months while the real one ran all year.
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordParagraph, wordTable } from '../support/plan-table-files.js';

const row = (followUps: string) => [
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
  '๑. ปรับปรุงเว็บไซต์',
  'ตลอดปีงบประมาณ',
  followUps,
  'กองการศึกษา กองคลัง',
];
const word = (followUps: string) => docx(TITLE.map(wordParagraph).join('') + wordTable([HEADER, row(followUps)]));
const read = (f: { cadence: string; firstMonth?: string; lastMonth?: string; unitIds?: string[] }) => [
  f.cadence,
  f.firstMonth,
  f.lastMonth,
  f.unitIds,
];

describe("a note of the product's on its own line under a follow-up (S26-14)", () => {
  it.each([
    ['a month note', 'รายงานผลทุกไตรมาส\n(ตั้งแต่เดือนมกราคม ๒๕๖๗)', [['quarterly', '2024-01', undefined, undefined]]],
    ['an until note', 'รายงานผลทุกเดือน\n(ถึงเดือนมีนาคม ๒๕๖๗)', [['monthly', undefined, '2024-03', undefined]]],
    ['a units note', 'รายงานผลทุกเดือน\n(หน่วยงานที่รายงาน: กองคลัง)', [['monthly', undefined, undefined, ['finance']]]],
    [
      'two notes under two unnumbered follow-ups',
      'รายงานผลทุกเดือน\n(ถึงเดือนมีนาคม ๒๕๖๗)\nรายงานผลทุกไตรมาส\n(ตั้งแต่เดือนเมษายน ๒๕๖๗)',
      [
        ['monthly', undefined, '2024-03', undefined],
        ['quarterly', '2024-04', undefined, undefined],
      ],
    ],
    [
      'two note lines',
      'รายงานผลทุกไตรมาส\n(ตั้งแต่เดือนมกราคม ๒๕๖๗)\n(หน่วยงานที่รายงาน: กองคลัง)',
      [['quarterly', '2024-01', undefined, ['finance']]],
    ],
    [
      'two notes on one line',
      'รายงานผลทุกไตรมาส\n(ตั้งแต่เดือนมกราคม ๒๕๖๗) (หน่วยงานที่รายงาน: กองคลัง)',
      [['quarterly', '2024-01', undefined, ['finance']]],
    ],
  ])('Word: %s is the follow-up above it, no empty follow-up, nothing to fix', async (_name, cell, expected) => {
    const r = await preview(word(cell));
    expect(r.plan.measures[0]!.followUps.map(read)).toEqual(expected);
    expect(r.warnings.map((w) => w.code)).not.toContain('cannot-save');
    expect(r.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
  });

  it('another bracketed line stays a follow-up of its own', async () => {
    const r = await preview(word('รายงานผลทุกไตรมาส\n(รายงานผลการประชุมประจำปี)'));
    expect(r.plan.measures[0]!.followUps).toHaveLength(2);
  });

  it('tab-separated text with the note on the next line of the cell reads the same', async () => {
    const r = await preview(tsv([HEADER, row('"รายงานผลทุกไตรมาส\n(ตั้งแต่เดือนมกราคม ๒๕๖๗)"')]));
    expect(r.plan.measures[0]!.followUps.map(read)).toEqual([['quarterly', '2024-01', undefined, undefined]]);
  });

  it("the audience note on its own line is the follow-up's audience", async () => {
    const r = await preview(word('รายงานผลทุกไตรมาส\n(รายงานต่อ: ผู้บริหาร)'));
    expect(r.plan.measures[0]!.followUps.map((f) => [f.cadence, f.audience])).toEqual([['quarterly', ['executives']]]);
    expect(r.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
  });
});
