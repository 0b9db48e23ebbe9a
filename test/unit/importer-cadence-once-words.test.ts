// Review 17 s26, S26-3: "ครั้งเดียว" was a one-off only inside brackets (the product's note):
// "รายงานผลครั้งเดียว", "รายงานผล 1 ครั้ง", "รายงานผลเพียงครั้งเดียวเมื่อแล้วเสร็จ" were "names no
// reporting cadence; treated as annual". Written in the sentence, once is a one-off, said to check
// (its due date: the text's, the timeframe's (S26-2), or the coordinator sets it).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

const read = async (timeframe: string, followUp: string) => {
  const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, timeframe, followUp)]));
  return { times: followUpTimesOf(r)[0], codes: r.warnings.map((w) => w.code) };
};

describe('once written in the sentence is a one-off (FY 2567)', () => {
  it.each([
    ['ตลอดปีงบประมาณ', 'รายงานผลครั้งเดียว'],
    ['ตลอดปีงบประมาณ', 'รายงานผล 1 ครั้ง'],
    ['ตลอดปีงบประมาณ', 'รายงานผลเพียงครั้งเดียวเมื่อแล้วเสร็จ'],
    // neighbours: in words, Thai digits
    ['ตลอดปีงบประมาณ', 'รายงานผลต่อนายกหนึ่งครั้ง'],
    ['ตลอดปีงบประมาณ', 'สรุปผลเสนอผู้บริหาร ๑ ครั้ง เมื่อสิ้นสุดโครงการ'],
  ])('%s | %s: once, said, no "no cadence"', async (timeframe, followUp) => {
    const r = await read(timeframe, followUp);
    expect(r.times).toEqual([{ cadence: 'once' }]);
    expect(r.codes).toContain('cadence-guessed');
    expect(r.codes).not.toContain('unspecified-cadence');
  });

  it("the reviewer's month timeframe: 'มีนาคม 2567 | รายงานผลต่อนายก ครั้งเดียว' is due 31 March 2567", async () => {
    expect((await read('มีนาคม 2567', 'รายงานผลต่อนายก ครั้งเดียว')).times).toEqual([
      { cadence: 'once', dueDate: '2024-03-31' },
    ]);
  });

  it('a deadline in the text gives the one-off its date, as before', () => {
    const r = readFollowUpCadence('รายงานผลครั้งเดียว ภายใน 31 มี.ค. 2567', 2567);
    expect([r.cadence, r.dueDate]).toEqual(['once', '2024-03-31']);
  });

  it.each([
    // a count per period is a cadence; "ครั้งที่ 1" is the first of several; the bracketed note unwarned
    ['รายงานผลปีละ 1 ครั้ง', 'annual'],
    ['รายงานผล 1 ครั้ง/ไตรมาส', 'quarterly'],
    ['รายงานผลเดือนละ 1 ครั้ง', 'monthly'],
    ['รายงานผลครั้งที่ 1', 'unspecified'],
    ['รายงานผล 11 ครั้ง', 'unspecified'],
  ])('%s: %s', (text, cadence) => {
    expect(readFollowUpCadence(text, 2567).cadence).toBe(cadence);
  });
});

describe('a one-off written in the sentence takes the date of a due-date column', () => {
  it.each(['กำหนดส่งรายงาน', 'กำหนดส่ง'])('under "%s": once, due the column\'s date, said at the cell', async (label) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    ws.addRow(['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', label, 'ผู้รับผิดชอบ']);
    ws.addRow(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลครั้งเดียว', '15/03/2567', 'กองคลัง']);
    const { document } = await readPlanFile(new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
    expect(followUpTimesOf(r)).toEqual([[{ cadence: 'once', dueDate: '2024-03-15' }]]);
    expect(r.warnings.map((w) => w.message_th)).toContainEqual(expect.stringContaining(`คอลัมน์ "${label}" ระบุ`));
  });
});
