// Review 17 s24, S24-14: "… ภายในวันที่ 15 มีนาคม 2567 (ครั้งเดียว)" (the date before a bare
// "(ครั้งเดียว)") was taken for the product's own one-off note: once with no due date (31 December by
// default), no warning, the mark gone from the text. The product writes its date inside its note
// ("(ครั้งเดียว ภายในวันที่ …)"), so a bare mark after the text's own deadline is the coordinator's:
// the deadline is read as in "ครั้งเดียว ภายใน…", and the mark stays in the text.
// Session 25 (S24-14's leftover): a date with no deadline word before it ("จัดอบรม 15 มี.ค. 2567
// (ครั้งเดียว)") was still a one-off with no due date; the date that ends the text before the mark is
// the one-off's day, read as a deadline is.
import { describe, expect, it } from 'vitest';
import { followUpWithCadence } from '../../shared/documents/document-model-fields.js';
import { HEADER, M4 } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const withFollowUp = (followUp: string) => [M4[0]!, M4[1]!, M4[2]!, followUp, M4[4]!];
const importFollowUp = async (followUp: string) => {
  const r = await preview(tsv([HEADER, withFollowUp(followUp)]));
  return { followUp: r.plan.measures[0]!.followUps[0]!, warnings: r.warnings };
};
const read = (f: { text: string; cadence: string; dueDate?: string | undefined }) => ({
  text: f.text,
  cadence: f.cadence,
  dueDate: f.dueDate,
});

describe('a one-off whose date comes before a trailing "(ครั้งเดียว)" is due on that date', () => {
  it.each([
    ['รายงานผลภายใน 2 มกราคม 2567 (ครั้งเดียว)', '2024-01-02', '๒ มกราคม ๒๕๖๗'],
    ['จัดส่งรายงานภายในวันที่ 15 มีนาคม 2567 (ครั้งเดียว)', '2024-03-15', '๑๕ มีนาคม ๒๕๖๗'],
    // neighbours: a date in digits, Thai digits and a short month, a month only, spaces in the mark
    ['ส่งรายงานภายใน 31/03/2567 (ครั้งเดียว)', '2024-03-31', '๓๑ มีนาคม ๒๕๖๗'],
    ['รายงานผลก่อนวันที่ ๑๕ ม.ค. ๖๗ (ครั้งเดียว)', '2024-01-15', '๑๕ มกราคม ๒๕๖๗'],
    ['สรุปผลการสำรวจภายในเดือนมิถุนายน ๒๕๖๗ ( ครั้งเดียว )', '2024-06-30', '๓๐ มิถุนายน ๒๕๖๗'],
  ])('"%s": once, due %s, the mark kept in the text, the date to check', async (text, dueDate, thai) => {
    const { followUp, warnings } = await importFollowUp(text);
    expect(read(followUp)).toEqual({ text, cadence: 'once', dueDate });
    expect(warnings.map((w) => [w.code, w.message_th])).toEqual([
      [
        'cadence-guessed',
        `บรรทัด ๒ คอลัมน์ ๔: ตัวชี้วัดที่ ๔ การติดตามผลข้อ ๑: อ่านได้ว่า "${text}" มีกำหนดส่ง ${thai} จึงถือเป็น "ครั้งเดียว (ระบุวันครบกำหนด)" กรุณาตรวจรอบการรายงาน`,
      ],
    ]);
  });

  it('whatever the order of the once and the date, the due date is the one written', async () => {
    const orders = [
      'จัดส่งรายงานครั้งเดียว ภายในวันที่ 15 มีนาคม 2567',
      'จัดส่งรายงาน (ครั้งเดียว) ภายในวันที่ 15 มีนาคม 2567',
      'จัดส่งรายงานภายในวันที่ 15 มีนาคม 2567 (ครั้งเดียว)',
      'จัดส่งรายงาน ครั้งเดียว ก่อนวันที่ 15 มีนาคม 2567',
    ];
    const found = await Promise.all(orders.map(importFollowUp));
    expect(found.map(({ followUp }) => [followUp.cadence, followUp.dueDate])).toEqual(
      orders.map(() => ['once', '2024-03-15']),
    );
  });

  it('a date outside the year before the mark is read as the other orders read it, with its warning', async () => {
    // after the year's end: the year-end report, as "ครั้งเดียว ภายใน 31 ตุลาคม 2567"
    const after = await importFollowUp('สรุปผลภายใน 31 ตุลาคม 2567 (ครั้งเดียว)');
    const unbracketed = await importFollowUp('สรุปผลครั้งเดียว ภายใน 31 ตุลาคม 2567');
    expect(after.followUp.cadence).toBe('annual');
    expect(unbracketed.followUp.cadence).toBe('annual');
    expect(after.warnings.map((w) => w.code)).toEqual(['cadence-guessed']);
    expect(after.warnings[0]!.message_th).toContain('มีกำหนดส่ง ๓๑ ตุลาคม ๒๕๖๗ ซึ่งอยู่หลังสิ้นปีงบประมาณ ๒๕๖๗');
    // before the year: no cadence, the date quoted
    const before = await importFollowUp('รายงานผลภายใน 15 มีนาคม 2565 (ครั้งเดียว)');
    expect(read(before.followUp)).toEqual({
      text: 'รายงานผลภายใน 15 มีนาคม 2565 (ครั้งเดียว)',
      cadence: 'unspecified',
      dueDate: undefined,
    });
    expect(before.warnings.map((w) => w.code)).toEqual(['unspecified-cadence']);
    expect(before.warnings[0]!.message_th).toContain('มีกำหนดส่ง ๑๕ มีนาคม ๒๕๖๕ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ ๒๕๖๗');
  });
});

describe("the product's own one-off notes still read back as before", () => {
  it('a bare "(ครั้งเดียว)" after a text with no date is the note: once, taken off, no warning', async () => {
    const { followUp, warnings } = await importFollowUp('รายงานผลการสำรวจ (ครั้งเดียว)');
    expect(read(followUp)).toEqual({ text: 'รายงานผลการสำรวจ', cadence: 'once', dueDate: undefined });
    expect(warnings).toEqual([]);
  });

  it("the note with its date decides over the text's own date", async () => {
    const { followUp, warnings } = await importFollowUp('รายงานผลภายใน 15 มีนาคม 2567 (ครั้งเดียว ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗)');
    expect(read(followUp)).toEqual({ text: 'รายงานผลภายใน 15 มีนาคม 2567', cadence: 'once', dueDate: '2024-03-31' });
    expect(warnings).toEqual([]);
  });

  it('a one-off read with its mark kept comes back the same through the plan document', async () => {
    const first = await importFollowUp('จัดส่งรายงานภายในวันที่ 15 มีนาคม 2567 (ครั้งเดียว)');
    const written = followUpWithCadence(first.followUp);
    expect(written).toBe('จัดส่งรายงานภายในวันที่ 15 มีนาคม 2567 (ครั้งเดียว) (ครั้งเดียว ภายในวันที่ ๑๕ มีนาคม ๒๕๖๗)');
    const again = await importFollowUp(written);
    expect(read(again.followUp)).toEqual(read(first.followUp));
    expect(again.warnings).toEqual([]);
  });
});

describe('a date just before a bare "(ครั้งเดียว)" is the one-off\'s due date', () => {
  it.each([
    ['จัดอบรม 15 มี.ค. 2567 (ครั้งเดียว)', '2024-03-15', '๑๕ มีนาคม ๒๕๖๗'],
    ['15/03/2567 (ครั้งเดียว)', '2024-03-15', '๑๕ มีนาคม ๒๕๖๗'],
    // neighbours: "วันที่" before the day, Thai digits and a 2-digit year, a month only, Thai digits in a slashed date
    ['จัดประชุมชี้แจงวันที่ ๒๐ ธันวาคม ๖๖ (ครั้งเดียว)', '2023-12-20', '๒๐ ธันวาคม ๒๕๖๖'],
    ['จัดทำแบบสำรวจความพึงพอใจ เดือนมิถุนายน ๒๕๖๗ (ครั้งเดียว)', '2024-06-30', '๓๐ มิถุนายน ๒๕๖๗'],
    ['ประชุมคณะทำงาน ๐๑/๑๒/๒๕๖๖ ( ครั้งเดียว )', '2023-12-01', '๑ ธันวาคม ๒๕๖๖'],
  ])('"%s": once, due %s, the mark kept, the date to check', async (text, dueDate, thai) => {
    const { followUp, warnings } = await importFollowUp(text);
    expect(read(followUp)).toEqual({ text, cadence: 'once', dueDate });
    expect(warnings.map((w) => [w.code, w.message_th])).toEqual([
      [
        'cadence-guessed',
        `บรรทัด ๒ คอลัมน์ ๔: ตัวชี้วัดที่ ๔ การติดตามผลข้อ ๑: อ่านได้ว่า "${text}" มีกำหนดส่ง ${thai} จึงถือเป็น "ครั้งเดียว (ระบุวันครบกำหนด)" กรุณาตรวจรอบการรายงาน`,
      ],
    ]);
  });

  it('with or without "ภายใน" the due date is the same', async () => {
    const found = await Promise.all(
      ['จัดอบรม 15 มี.ค. 2567 (ครั้งเดียว)', 'จัดอบรมภายใน 15 มี.ค. 2567 (ครั้งเดียว)'].map(importFollowUp),
    );
    expect(found.map(({ followUp }) => [followUp.cadence, followUp.dueDate])).toEqual([
      ['once', '2024-03-15'],
      ['once', '2024-03-15'],
    ]);
  });

  it('a date outside the year before the mark is said, as with "ภายใน"', async () => {
    const before = await importFollowUp('จัดอบรม 15 มี.ค. 2565 (ครั้งเดียว)');
    expect(read(before.followUp)).toEqual({
      text: 'จัดอบรม 15 มี.ค. 2565 (ครั้งเดียว)',
      cadence: 'unspecified',
      dueDate: undefined,
    });
    expect(before.warnings.map((w) => w.code)).toEqual(['unspecified-cadence']);
    expect(before.warnings[0]!.message_th).toContain('มีกำหนดส่ง ๑๕ มีนาคม ๒๕๖๕ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ ๒๕๖๗');
  });

  it("a date inside the text, not before the mark, leaves the mark the product's note (no due date)", async () => {
    const { followUp, warnings } = await importFollowUp('ทบทวนตามประกาศ ลงวันที่ 1 ต.ค. 2566 ให้เป็นปัจจุบัน (ครั้งเดียว)');
    expect(read(followUp)).toEqual({
      text: 'ทบทวนตามประกาศ ลงวันที่ 1 ต.ค. 2566 ให้เป็นปัจจุบัน',
      cadence: 'once',
      dueDate: undefined,
    });
    expect(warnings).toEqual([]);
  });

  it('read with its date, it comes back the same through the plan document', async () => {
    const first = await importFollowUp('จัดอบรม 15 มี.ค. 2567 (ครั้งเดียว)');
    const again = await importFollowUp(followUpWithCadence(first.followUp));
    expect(read(again.followUp)).toEqual(read(first.followUp));
    expect(again.warnings).toEqual([]);
  });
});
