// A plan ending with its sign-off straight under a table without rules (a borderless Word signature
// table exported by LibreOffice, signature lines centred under the table): the signers were glued
// into the last measure, "ผู้เสนอ (นายวิชัย มั่นคง)" a sub-measure, the approver's name in its
// timeframe and follow-up, 0 warnings (review 17 s13, S13-1's re-check). A line whose every piece
// is a sign-off, a name in brackets or a signer's position ends the table.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const XS = [30, 230, 400, 490, 660];
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const ROWS = [
  [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['จัดทำคู่มือการยืมคืนพัสดุ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองคลัง']],
  [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['รายงานผู้บริหารทุกไตรมาส'], ['กองช่าง']],
];
/** 14 pt a line, 8 between rows: the table's last line sits here */
const TABLE_END = 40 + 3 * 22 - 8;

/** The plan table, then `lines` of [x, text] pieces from `gap` points under its last line, 14 pt apart. */
async function planWith(lines: [number, string][][], gap = 36) {
  const texts = tableTexts(XS, [HEADER, ...ROWS]);
  lines.forEach((pieces, i) => pieces.forEach(([x, text]) => texts.push({ x, y: TABLE_END + gap + 14 * i, text })));
  return previewFile(await planPdf([{ texts }]));
}

const lastMeasure = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) => {
  const m = plan.measures.at(-1)!;
  return {
    subMeasures: m.subMeasures,
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => f.text),
    units: m.responsible.text,
  };
};
const UNTOUCHED = { subMeasures: [], timeframe: 'ตลอดปี', followUps: ['รายงานผู้บริหารทุกไตรมาส'], units: 'กองช่าง' };

describe('a sign-off under the last row of a table without rules', () => {
  it('a borderless signature table (proposer | approver, names, positions) is not read into the last measure', async () => {
    const { plan, warnings } = await planWith([
      [
        [30, 'ผู้เสนอ'],
        [400, 'ผู้อนุมัติ'],
      ],
      [
        [30, '(นายวิชัย มั่นคง)'],
        [400, '(นายสมชาย ใจดี)'],
      ],
      [
        [30, 'ผู้อำนวยการกองคลัง'],
        [400, 'นายกเทศมนตรีตำบลทดสอบ'],
      ],
    ]);
    expect(plan.measures).toHaveLength(2);
    expect(lastMeasure(plan)).toEqual(UNTOUCHED);
    expect(plan.measures[1]!.responsible.unitIds).toEqual(['engineering']);
    expect(warnings.map((w) => w.code)).not.toContain('pdf-text-unplaced');
  });

  it('signature lines centred under the follow-up column are not read into it', async () => {
    const { plan } = await planWith([
      [[440, 'ลงชื่อ ................................ ผู้เสนอแผน']],
      [[470, '(นายวิชัย มั่นคง)']],
      [[480, 'ปลัดเทศบาล']],
    ]);
    expect(lastMeasure(plan)).toEqual(UNTOUCHED);
  });

  it('two signers side by side, and their positions alone after a wide gap, are not read into the last measure', async () => {
    const signed = await planWith([
      [
        [60, 'ลงชื่อ ..................... ผู้เห็นชอบ'],
        [420, 'ลงชื่อ ..................... ผู้อนุมัติ'],
      ],
      [
        [90, '(นายวิชัย มั่นคง)'],
        [450, '(นายสมชาย ใจดี)'],
      ],
    ]);
    expect(lastMeasure(signed.plan)).toEqual(UNTOUCHED);
    const positions = await planWith([
      [
        [30, 'ปลัดเทศบาล'],
        [400, 'นายกเทศมนตรีตำบลทดสอบ'],
      ],
    ]);
    expect(lastMeasure(positions.plan)).toEqual(UNTOUCHED);
  });

  it("a units cell line naming a division head, at the row's pitch, stays in the units", async () => {
    const { plan } = await planWith([[[660, 'ผู้อำนวยการกองคลัง']]], 14 - 8);
    expect(plan.measures[1]!.responsible.text).toBe('กองช่าง ผู้อำนวยการกองคลัง');
  });
});
