// A table without rules (Excel's default look printed to PDF) whose wrapped text fills a column to
// its edge: the next cell's text follows after one space in the same text run (review 17 s14,
// S14-10). The run is split at the space nearest the header's column start, as rules would.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { SARABUN, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const LABELS = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const HEADING = ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'];

/** Sarabun 10 pt width of a text, as planPdf draws it. */
function widthOf(text: string): number {
  return new PDFDocument().font(SARABUN).fontSize(10).widthOfString(text);
}

/** One row: column `column`'s text and the next column's run as one piece, the next column starting right after the space. */
async function crossing(column: number, head: string, tail: string, cells: string[][]) {
  const xs = [30, 230, 380, 490, 650];
  const start = xs[column]! + widthOf(`${head} `);
  xs[column + 1] = start;
  for (let c = column + 2; c < xs.length; c++) xs[c] = Math.max(xs[c]!, start + (c - column - 1) * 110);
  const row = cells.map((cell, c) => (c === column ? [`${head} ${tail}`] : c === column + 1 ? [''] : cell));
  return previewFile(await planPdf([{ texts: tableTexts(xs, [LABELS, row]) }]));
}

describe('an unruled PDF: a run crossing the next column start is split at the space there', () => {
  it('a follow-up reaching the units column gives the unit to the units column', async () => {
    const { plan, warnings } = await crossing(3, 'รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', 'กองคลัง', [
      HEADING,
      ['จัดทำคู่มือ'],
      ['ตลอดปี'],
      [''],
      [''],
    ]);
    expect(plan.measures[0]!.followUps.map((f) => f.text)).toEqual(['รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน']);
    expect(plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
    expect(warnings.map((w) => w.code)).not.toContain('pdf-text-unplaced');
  });

  it('a method reaching the timeframe column gives the timeframe its text', async () => {
    const { plan, warnings } = await crossing(1, 'จัดทำคู่มือการยืมคืนพัสดุของราชการ', 'ตลอดปี', [
      HEADING,
      [''],
      [''],
      ['รายงานผลทุกเดือน'],
      ['กองช่าง'],
    ]);
    expect(plan.measures[0]!.methods).toEqual(['จัดทำคู่มือการยืมคืนพัสดุของราชการ']);
    expect(plan.measures[0]!.timeframe).toBe('ตลอดปี');
    expect(warnings.map((w) => w.code)).not.toContain('pdf-text-unplaced');
  });

  it('a timeframe reaching the follow-up column gives the follow-up its text', async () => {
    const { plan } = await crossing(2, 'ตุลาคม ๒๕๖๖ ถึง กันยายน ๒๕๖๗', 'สรุปผลประจำปี', [
      HEADING,
      ['จัดทำคู่มือ'],
      [''],
      [''],
      ['กองคลัง'],
    ]);
    expect(plan.measures[0]!.timeframe).toBe('ตุลาคม ๒๕๖๖ ถึง กันยายน ๒๕๖๗');
    expect(plan.measures[0]!.followUps.map((f) => [f.text, f.cadence])).toEqual([['สรุปผลประจำปี', 'annual']]);
  });
});
