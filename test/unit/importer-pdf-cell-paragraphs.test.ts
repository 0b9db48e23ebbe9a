// A Word cell's items on separate lines without numbers, exported to PDF (review 17 s14, S14-7):
// the PDF keeps only lines, and "เสนอผู้บริหารเดือนเมษายนและกันยายน" / "สรุปผลประจำปี" was read as
// one follow-up (the year-end report lost). A line that left room for the next line's first word
// ends its item; lines naming two cadences are parted between them; a wrapped line stays joined.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { SARABUN, planPdf, previewFile } from '../support/plan-pdf.js';

const LABELS = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const PADDING = 5;

/** Sarabun 10 pt width of a text, as planPdf draws it. */
const widthOf = (text: string) => new PDFDocument().font(SARABUN).fontSize(10).widthOfString(text);

/** A column just wide enough for `line` and its two paddings, and `spare` points more. */
const fitting = (line: string, spare = 4) => widthOf(line) + 2 * PADDING + spare;

/** A table of a header and rows (cells of lines) in columns of `widths`, with rules or without. */
async function table(widths: number[], rows: string[][][], ruled: boolean) {
  const xs = widths.reduce((edges, w) => [...edges, edges.at(-1)! + w], [30]);
  const texts: { x: number; y: number; text: string }[] = [];
  const lines: [number, number, number, number][] = [];
  let top = 40;
  for (const row of [LABELS, ...rows]) {
    row.forEach((cell, c) =>
      cell.forEach((text, i) => text && texts.push({ x: xs[c]! + PADDING, y: top + 4 + 14 * i, text })),
    );
    const bottom = top + 8 + 14 * Math.max(...row.map((c) => c.length));
    lines.push([xs[0]!, top, xs.at(-1)!, top]);
    for (const x of xs) lines.push([x, top, x, bottom]);
    top = bottom;
  }
  lines.push([xs[0]!, top, xs.at(-1)!, top]);
  return previewFile(await planPdf([{ texts, ...(ruled ? { lines } : {}) }]));
}

const HEADING = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'];
const followUps = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures[0]!.followUps.map((f) => [f.text, f.cadence]);

describe.each([
  ['with rules (Word, LibreOffice "Table Grid")', true],
  ['without rules (a borderless table)', false],
])('PDF cell lines as items, %s', (_, ruled) => {
  it('"…เดือนเมษายนและกันยายน" / "สรุปผลประจำปี" filling the cell: two follow-ups, april-september and annual, no warning', async () => {
    const first = 'เสนอผู้บริหารเดือนเมษายนและกันยายน';
    const { plan, warnings } = await table(
      [180, 150, 90, fitting(first), 110],
      [[HEADING, ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], [first, 'สรุปผลประจำปี'], ['สำนักปลัด']]],
      ruled,
    );
    expect(followUps(plan)).toEqual([
      [first, 'april-september'],
      ['สรุปผลประจำปี', 'annual'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('quarterly then a year-end summary ("…สิ้นปี"): two follow-ups', async () => {
    const first = 'รายงานผู้บริหารทุกไตรมาส';
    const { plan } = await table(
      [180, 150, 90, fitting(first), 110],
      [[HEADING, ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], [first, 'สรุปผลการดำเนินงานสิ้นปี'], ['สำนักปลัด']]],
      ruled,
    );
    expect(followUps(plan)).toEqual([
      [first, 'quarterly'],
      ['สรุปผลการดำเนินงานสิ้นปี', 'annual'],
    ]);
  });

  it('three duties on three lines of a narrow cell: three follow-ups', async () => {
    const lines = ['รายงานผลต่อที่ประชุมทุกเดือน', 'สรุปผลทุก ๖ เดือน', 'สรุปผลประจำปี'];
    const { plan } = await table(
      [180, 150, 90, fitting(lines[0]!), 110],
      [[HEADING, ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], lines, ['สำนักปลัด']]],
      ruled,
    );
    expect(followUps(plan)).toEqual([
      [lines[0], 'monthly'],
      [lines[1], 'semiannual'],
      [lines[2], 'annual'],
    ]);
  });

  it('short lines in a wide cell, no cadence: each line its own method (the next word had room)', async () => {
    const { plan } = await table(
      [180, 260, 90, 160, 110],
      [[HEADING, ['จัดทำคู่มือการยืมคืนพัสดุ', 'ประชาสัมพันธ์ให้บุคลากรทราบ'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองคลัง']]],
      ruled,
    );
    expect(plan.measures[0]!.methods).toEqual(['จัดทำคู่มือการยืมคืนพัสดุ', 'ประชาสัมพันธ์ให้บุคลากรทราบ']);
  });

  it('one follow-up wrapped at the cell edge stays one (its next word had no room)', async () => {
    const first = 'รายงานผลการดำเนินงานต่อนายกเทศมนตรี';
    const { plan, warnings } = await table(
      [180, 150, 90, fitting(first, 2), 110],
      [[HEADING, ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], [first, 'ทุกไตรมาส'], ['สำนักปลัด']]],
      ruled,
    );
    expect(followUps(plan)).toEqual([[`${first}ทุกไตรมาส`, 'quarterly']]);
    expect(warnings).toEqual([]);
  });

  // review 17 s23, S23-8's rest: the line names two follow-ups ("…ทุกเดือน" and "สรุปผลประจำปี"), split at
  // "และ" (it was one follow-up with two-cadences, the fault); the wrap stays inside the second
  it('a wrap inside a duty ("…และสรุปผล" / "ประจำปี") is not parted there: the wrapped word stays with its duty', async () => {
    const first = 'รายงานผลทุกเดือนและสรุปผล';
    const { plan, warnings } = await table(
      [180, 150, 90, fitting(first), 110],
      [[HEADING, ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], [first, 'ประจำปี'], ['สำนักปลัด']]],
      ruled,
    );
    expect(followUps(plan)).toEqual([
      ['รายงานผลทุกเดือน', 'monthly'],
      ['สรุปผลประจำปี', 'annual'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['follow-up-split']);
  });

  it('numbered items keep being split by their numbers, their wrapped lines joined', async () => {
    const first = '๑. รายงานผลต่อที่ประชุม';
    const { plan } = await table(
      [180, 150, 90, fitting(first), 110],
      [[HEADING, ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], [first, 'ทุกเดือน', '๒. สรุปผลประจำปี'], ['สำนักปลัด']]],
      ruled,
    );
    expect(followUps(plan)).toEqual([
      ['รายงานผลต่อที่ประชุมทุกเดือน', 'monthly'],
      ['สรุปผลประจำปี', 'annual'],
    ]);
  });
});
