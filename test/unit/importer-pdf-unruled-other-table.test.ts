// Tester s52: a sheet printed to PDF without gridlines (Excel's default print), another table under
// the plan's rows: a scores table ("ตัวชี้วัด | ชื่อตัวชี้วัด | คะแนน | ผู้รับผิดชอบ" and its rows), a
// "ตารางที่ ๒" caption over it, a "หมายเหตุ" line. The line-less reader glued them into the last
// measure (its methods, follow-ups, units), mid-page and at a page's foot. The plan ends there, as
// in a ruled PDF, a .docx and an .xlsx.
import { describe, expect, it } from 'vitest';
import { measuresOf, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const XS = [30, 230, 400, 490, 660];
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const PLAN = [
  [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['จัดทำคู่มือการยืมคืนพัสดุ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองคลัง']],
  [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['รายงานผู้บริหารทุกไตรมาส'], ['กองช่าง']],
];
const one = (cells: string[]) => cells.map((c) => [c]);
const SCORES = [
  one(['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน', 'ผู้รับผิดชอบ']),
  one(['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕', 'สำนักปลัด']),
  one(['๔', 'การใช้ทรัพย์สินของราชการ', '๗๘.๔๐', 'กองคลัง']),
];
const CAPTION = one(['ตารางที่ ๒ ผลคะแนนการประเมิน']);
const SUMMARY = [one(['สรุปคะแนนการประเมิน']), one(['ลำดับ', 'รายการ', 'คะแนน']), one(['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕'])];
const NOTES = [one(['หมายเหตุ : ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม']), one(['ตามมติที่ประชุม'])];

const AS_WRITTEN = [
  { indicator: 4, title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', units: ['finance'], cadences: ['monthly'] },
  { indicator: 9, title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', units: ['engineering'], cadences: ['quarterly'] },
];

/** What a user sees of the last measure: its methods, follow-ups and units as written. */
const lastMeasure = (r: Awaited<ReturnType<typeof previewFile>>) => {
  const m = r.plan.measures.at(-1)!;
  return {
    subMeasures: m.subMeasures,
    methods: m.methods,
    followUps: m.followUps.map((f) => f.text),
    units: m.responsible.text,
    notes: m.notes,
  };
};
const UNTOUCHED = {
  subMeasures: [],
  methods: ['ปรับปรุงเว็บไซต์'],
  followUps: ['รายงานผู้บริหารทุกไตรมาส'],
  units: 'กองช่าง',
  notes: [],
};

/** The plan's header and rows, then `after` (rows of cells): on one page, or page 1 ending after `onPage1` of them. */
async function printed(after: string[][][], onPage1?: number) {
  const rows = [HEADER, ...PLAN, ...after];
  if (onPage1 === undefined) return previewFile(await planPdf([{ texts: tableTexts(XS, rows) }]));
  const cut = 1 + PLAN.length + onPage1;
  // page 1's rows reach its foot (A4 landscape: 595 pt) as a sheet's print fills it
  const top = 595 - 30 - cut * 22;
  return previewFile(
    await planPdf([{ texts: tableTexts(XS, rows.slice(0, cut), top) }, { texts: tableTexts(XS, rows.slice(cut), 30) }]),
  );
}

describe('another table under the plan in a PDF without gridlines, mid-page', () => {
  it('the scores header and its rows: the plan measures only, the last one as written', async () => {
    const r = await printed(SCORES);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.map((w) => w.code)).toContain('table-not-read');
  });

  it('"ตารางที่ ๒ …" over the scores table: the caption is no part of the last measure', async () => {
    const r = await printed([CAPTION, ...SCORES]);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain('ตารางที่ ๒ ผลคะแนนการประเมิน');
  });

  it('a "หมายเหตุ" line and the note going on under it', async () => {
    const r = await printed(NOTES);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain('หมายเหตุ');
  });

  it('a caption of no table number over ลำดับ | รายการ | คะแนน', async () => {
    const r = await printed(SUMMARY);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain('("สรุปคะแนนการประเมิน")');
  });

  it('"หมายเหตุ :" in the first column, its note in the next', async () => {
    const r = await printed([[['หมายเหตุ :'], ['ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม']]]);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain(
      '"หมายเหตุ : ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม"',
    );
  });

  it('a line of a measure\'s methods cell starting "หมายเหตุ" stays in it (guard: not the first column)', async () => {
    const methods = [['ปรับปรุงเว็บไซต์', 'หมายเหตุ ตามงบประมาณ']];
    const rows = [HEADER, PLAN[0]!, [PLAN[1]![0]!, ...methods, ...PLAN[1]!.slice(2)]];
    const r = await previewFile(await planPdf([{ texts: tableTexts(XS, rows) }]));
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(r.plan.measures.at(-1)!.methods.join(' ')).toContain('หมายเหตุ ตามงบประมาณ');
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
  });
});

describe("another table under the plan in a PDF without gridlines, at a page's foot", () => {
  it('the scores header last on page 1, its rows on page 2', async () => {
    const r = await printed(SCORES, 1);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.map((w) => w.code)).toContain('table-not-read');
  });

  it('"ตารางที่ ๒ …" last on page 1, the scores table on page 2', async () => {
    const r = await printed([CAPTION, ...SCORES], 1);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain('ตารางที่ ๒ ผลคะแนนการประเมิน');
  });

  it('a caption of no table number and ลำดับ | รายการ | คะแนน last on page 1', async () => {
    const r = await printed(SUMMARY, 2);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain('("สรุปคะแนนการประเมิน")');
  });

  it('a "หมายเหตุ" line last on page 1, the note going on at the top of page 2', async () => {
    const r = await printed(NOTES, 1);
    expect(measuresOf(r)).toEqual(AS_WRITTEN);
    expect(lastMeasure(r)).toEqual(UNTOUCHED);
    expect(r.warnings.find((w) => w.code === 'table-not-read')?.message_th).toContain('หมายเหตุ');
  });
});
