// Review 17 s25, S25-6: a one-off due "ภายในไตรมาสที่ 2" (by the end of the fiscal year's quarter 2)
// was "names no reporting cadence; treated as annual", though the text names its deadline. It is a
// one-off due the quarter's last day (quarter 1 is October-December), said so to check.
import { describe, expect, it } from 'vitest';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const withFollowUp = (followUp: string) => [M4[0]!, M4[1]!, M4[2]!, followUp, M4[4]!];

describe("a deadline at a quarter's end is a one-off due that day", () => {
  it.each([
    ['จัดทำคำสั่งให้แล้วเสร็จภายในไตรมาสที่ 2', '2024-03-31', '๒', '๓๑ มีนาคม ๒๕๖๗'],
    // neighbours: Thai digits and spaces, "ก่อนสิ้นไตรมาส", the first and last quarters
    ['ประกาศให้ทราบภายใน ไตรมาส ๑', '2023-12-31', '๑', '๓๑ ธันวาคม ๒๕๖๖'],
    ['รายงานผลก่อนสิ้นไตรมาสที่ 3', '2024-06-30', '๓', '๓๐ มิถุนายน ๒๕๖๗'],
    ['สรุปผลไม่เกินสิ้นสุดไตรมาสที่ ๔', '2024-09-30', '๔', '๓๐ กันยายน ๒๕๖๗'],
  ])('"%s": once, due %s, the deadline said', async (text, dueDate, n, thai) => {
    const r = await preview(tsv([HEADER, withFollowUp(text)]));
    const f = r.plan.measures[0]!.followUps[0]!;
    expect([f.cadence, f.dueDate]).toEqual(['once', dueDate]);
    expect(r.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
    expect(r.warnings.map((w) => w.message_th)).toContainEqual(
      expect.stringContaining(`มีกำหนดส่งภายในไตรมาสที่ ${n} คือภายในวันที่ ${thai}`),
    );
  });

  it('two quarters named, or every quarter, are still a cadence, not a one-off', async () => {
    for (const [text, cadence] of [
      ['รายงานผลภายในไตรมาสที่ 2 และไตรมาสที่ 4', 'semiannual'],
      ['รายงานผลภายในสิ้นไตรมาส', 'quarterly'],
    ] as const) {
      const r = await preview(tsv([HEADER, withFollowUp(text)]));
      expect(r.plan.measures[0]!.followUps[0]!.cadence).toBe(cadence);
    }
  });
});
