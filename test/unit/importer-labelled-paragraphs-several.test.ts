// An announcement with several measures under one indicator heading, each opened by its own
// "มาตรการที่ N …" paragraph (or "มาตรการ: …") and followed by labelled paragraphs, gave 0 measures
// and a no-measures message asking for the labels it had; with "มาตรการ:" the second measure under
// a heading lost its indicator (review 17 s20, S20-1). Each is now a measure under its heading.
import { describe, expect, it } from 'vitest';
import { docx, preview, type Preview, wordParagraph } from '../support/plan-table-files.js';
import { planPdf } from '../support/plan-pdf.js';

const NUMBERED = [
  'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567',
  'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่',
  'มาตรการที่ 1 จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
  'วิธีดำเนินการ: 1) จัดทำประกาศ 2) เผยแพร่ทางเว็บไซต์',
  'ผู้รับผิดชอบ: สำนักปลัด',
  'การติดตามผล: รายงานผลทุกเดือน',
  'มาตรการที่ 2 ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน',
  'ผู้รับผิดชอบ: สำนักปลัด และกองการศึกษา',
  'การติดตามผล: รายงานผลปีละครั้ง',
  'ตัวชี้วัดที่ 2 การใช้งบประมาณ',
  'มาตรการที่ 3 เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน',
  'ผู้รับผิดชอบ: กองคลัง',
  'การติดตามผล: รายงานผลทุกไตรมาส',
  'ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล',
  'มาตรการที่ 4 ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน',
  'ผู้รับผิดชอบ: กองช่าง',
  'การติดตามผล: รายงานผลรอบ 6 เดือน',
];
const LABELLED = NUMBERED.map((l) => l.replace(/^มาตรการที่ \d /, 'มาตรการ: '));

const text = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));
const word = (lines: readonly string[]) => docx(lines.map(wordParagraph).join(''));
const pdf = (lines: readonly string[]) =>
  planPdf([{ texts: lines.map((t, i) => ({ x: 40, y: 40 + 18 * i, text: t })) }]);

const read = (r: Preview) =>
  r.plan.measures.map((m) => ({
    id: m.measureId,
    indicator: m.indicator,
    subMeasures: m.subMeasures,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible.unitIds,
  }));
const EXPECTED = [
  {
    id: 'i1',
    indicator: 1,
    subMeasures: ['จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร'],
    cadences: ['monthly'],
    units: ['clerk'],
  },
  {
    id: 'i1-2',
    indicator: 1,
    subMeasures: ['ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน'],
    cadences: ['annual'],
    units: ['clerk', 'education'],
  },
  {
    id: 'i2',
    indicator: 2,
    subMeasures: ['เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน'],
    cadences: ['quarterly'],
    units: ['finance'],
  },
  {
    id: 'i9',
    indicator: 9,
    subMeasures: ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'],
    cadences: ['semiannual'],
    units: ['engineering'],
  },
];

describe('several measures under one indicator heading, as labelled paragraphs', () => {
  it.each([
    ['"มาตรการที่ N" paragraphs in a text file', () => preview(text(NUMBERED))],
    ['"มาตรการที่ N" paragraphs in Word', () => preview(word(NUMBERED))],
    ['"มาตรการที่ N" lines in a PDF', async () => preview(await pdf(NUMBERED))],
    ['"มาตรการ:" paragraphs in a text file', () => preview(text(LABELLED))],
    ['"มาตรการ:" paragraphs in Word', () => preview(word(LABELLED))],
  ])('%s: each a measure under its heading', async (_, read_) => {
    const r = await read_();
    expect(read(r)).toEqual(EXPECTED);
    expect(r.warnings.map((w) => w.code)).toEqual(['plan-from-paragraphs']);
  });
});
