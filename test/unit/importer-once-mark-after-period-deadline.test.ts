// Review 17 s26, S26-12 and S26-13: a "(ครั้งเดียว)" after a quarter's or a half year's deadline keeps
// the deadline (before: due 31 December, silently), and an ISO date is read as the date it is
// (before: "2024-03-15" was 24 March 1972, "a mistyped year", and the follow-up annual).
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const followUp = async (text: string) => {
  const r = await preview(tsv([HEADER, ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', text, 'กองคลัง']]));
  return { f: r.plan.measures[0]!.followUps[0]!, warnings: r.warnings };
};

describe('a one-off mark after a deadline of a period or an ISO date (S26-12, S26-13)', () => {
  it.each([
    ['รายงานผลต่อนายก ภายในไตรมาสที่ 2 (ครั้งเดียว)', '2024-03-31'],
    ['รายงานผลต่อนายก ภายในสิ้นไตรมาสที่ 3 (ครั้งเดียว)', '2024-06-30'],
    ['รายงานผลต่อนายก ภายในครึ่งปีแรก (ครั้งเดียว)', '2024-03-31'],
    ['รายงานผลต่อนายก ภายในครึ่งปีแรก', '2024-03-31'],
    ['สรุปผล ภายใน ๖ เดือนหลัง', '2024-09-30'],
    ['รายงานผลต่อนายก ภายใน 2024-03-15 (ครั้งเดียว)', '2024-03-15'],
    ['รายงานผลต่อนายก ภายใน 2024-3-5', '2024-03-05'],
    // a half year's deadline in every wording the timeframe reader knows for a half (review 17 s26
    // closing read, item 2): before, "หกเดือนแรก", "ครึ่งแรก", "6 เดือนปีหลัง" gave no due date
    ['รายงานผลต่อนายก ภายในหกเดือนแรก', '2024-03-31'],
    ['สรุปผล ก่อนสิ้นหกเดือนหลัง', '2024-09-30'],
    ['รายงานผลต่อนายก ภายในครึ่งแรกของปีงบประมาณ', '2024-03-31'],
    ['สรุปผล ภายใน 6 เดือนปีหลัง', '2024-09-30'],
    ['รายงานผลต่อนายก ภายในหกเดือนแรก (ครั้งเดียว)', '2024-03-31'],
  ])('"%s" is a one-off due %s, said as a guess to check', async (text, dueDate) => {
    const { f, warnings } = await followUp(text);
    expect([f.cadence, f.dueDate]).toEqual(['once', dueDate]);
    expect(warnings.map((w) => w.code)).toEqual(['cadence-guessed']);
    expect(warnings[0]!.message_th).not.toContain('ปีอาจพิมพ์ผิด');
  });

  it('the mark the coordinator typed stays in the text', async () => {
    const { f } = await followUp('รายงานผลต่อนายก ภายในไตรมาสที่ 2 (ครั้งเดียว)');
    expect(f.text).toBe('รายงานผลต่อนายก ภายในไตรมาสที่ 2 (ครั้งเดียว)');
  });
});
