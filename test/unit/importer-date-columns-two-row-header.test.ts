// Session 24's leftover of S24-5: start and end date columns named by a two-row header whose
// sub-labels are no date words alone ("ระยะเวลาดำเนินการ" merged over "ตั้งแต่ | ถึง", "จาก | ถึง") or
// carry a date format ("เริ่ม (ว/ด/ป)") were one timeframe of two dates joined without their range
// (Word, Excel) or a timeframe of the start and a note of the end (text): the follow-ups' months
// were the start's month on, or the whole year. Under a timeframe group they are its start and end.
import { describe, expect, it } from 'vitest';
import {
  docx,
  preview,
  type Preview,
  timeframeMonthsOf,
  tsv,
  wordParagraph,
  wordTable,
  xlsx,
} from '../support/plan-table-files.js';

const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567';
const I1 = 'ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ จัดทำประกาศ';
const ROW = [I1, '1 ม.ค. 67', '30 มิ.ย. 67', 'รายงานผลทุกเดือน', 'กองคลัง'];
const READ = [{ timeframe: '1 ม.ค. 67 - 30 มิ.ย. 67', notes: [], followUps: [['2024-01', '2024-06']] }];

const codes = (r: Preview) => r.warnings.map((w) => w.code);
const top = (group: string) => ['มาตรการ/แนวทาง', group, '', 'การติดตามผล', 'ผู้รับผิดชอบ'];

const fromSheet = async (group: string, start: string, end: string) =>
  preview(
    await xlsx([
      {
        name: 'แผน',
        rows: [[TITLE], top(group), ['', start, end, '', ''], ROW],
        merges: ['B2:C2', 'A2:A3', 'D2:D3', 'E2:E3'],
      },
    ]),
  );
const fromText = (group: string, start: string, end: string) =>
  preview(tsv([[TITLE], top(group), ['', start, end, '', ''], ROW]));
const fromWord = (group: string, start: string, end: string) =>
  preview(
    docx(
      wordParagraph(TITLE) +
        wordTable([
          ['มาตรการ/แนวทาง', { text: group, span: 2 }, 'การติดตามผล', 'ผู้รับผิดชอบ'],
          ['', start, end, '', ''],
          ROW,
        ]),
    ),
  );

describe("start and end sub-columns under a two-row header's timeframe group are the timeframe", () => {
  it.each([
    ['Excel', 'ระยะเวลาดำเนินการ', 'ตั้งแต่', 'ถึง'],
    ['text', 'ระยะเวลาดำเนินการ', 'ตั้งแต่', 'ถึง'],
    ['Word', 'ระยะเวลาดำเนินการ', 'ตั้งแต่', 'ถึง'],
    // neighbours: "จาก | ถึง" under "ระยะเวลา"; a date format after start and end
    ['Excel', 'ระยะเวลา', 'จาก', 'ถึง'],
    ['text', 'ระยะเวลา', 'จาก', 'ถึง'],
    ['Word', 'ระยะเวลา', 'เริ่ม (ว/ด/ป)', 'สิ้นสุด (ว/ด/ป)'],
    ['text', 'ระยะเวลา', 'เริ่ม (ว/ด/ป)', 'สิ้นสุด (ว/ด/ป)'],
    // session 24's note, "ระยะเวลา" over "เริ่ม | สิ้นสุด": read before too (date words alone), kept
    ['Excel', 'ระยะเวลา', 'เริ่ม', 'สิ้นสุด'],
    ['text', 'ระยะเวลา', 'เริ่ม', 'สิ้นสุด'],
    ['Word', 'ระยะเวลา', 'เริ่ม', 'สิ้นสุด'],
  ])('%s: "%s" over "%s | %s"', async (kind, group, start, end) => {
    const read = { Excel: fromSheet, text: fromText, Word: fromWord }[kind]!;
    const r = await read(group, start, end);
    expect(timeframeMonthsOf(r)).toEqual(READ);
    expect(codes(r)).toEqual(['timeframe-months']);
  });

  it('a one-row header with the date format: "วันที่เริ่มต้น (วัน/เดือน/ปี) | วันที่สิ้นสุด (วัน/เดือน/ปี)"', async () => {
    const r = await preview(
      tsv([[TITLE], ['มาตรการ/แนวทาง', 'วันที่เริ่มต้น (วัน/เดือน/ปี)', 'วันที่สิ้นสุด (วัน/เดือน/ปี)', 'การติดตามผล', 'ผู้รับผิดชอบ'], ROW]),
    );
    expect(timeframeMonthsOf(r)).toEqual(READ);
  });

  it('"ตั้งแต่" and "ถึง" under another group are no dates: the follow-ups run the whole year', async () => {
    const r = await fromSheet('หมายเหตุ', 'ตั้งแต่', 'ถึง');
    expect(r.plan.measures.map((m) => [m.timeframe, m.followUps.map((f) => [f.firstMonth, f.lastMonth])])).toEqual([
      ['', [[undefined, undefined]]],
    ]);
  });
});
