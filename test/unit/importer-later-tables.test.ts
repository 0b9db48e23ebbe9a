// A table after the plan's is read against its own header (review 17 s9, entries 41, 40): a
// sign-off block laid out as a borderless Word table, a summary sheet listing the measures by unit,
// became measures that blocked the save, read with the plan table's columns.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const plan = TITLE.map(wordParagraph).join('') + wordTable([HEADER, M4, M5, M9]);

describe('a Word table after the plan table, without a plan header of its own, is not read', () => {
  it.each([
    [
      'the sign-off block (ลงชื่อ … ผู้เสนอ | ลงชื่อ … ผู้อนุมัติ), after an empty paragraph',
      '<w:p/>' +
        wordTable(
          [
            ['ลงชื่อ ............................ ผู้เสนอ', 'ลงชื่อ ............................ ผู้อนุมัติ'],
            ['(นางสาวสมใจ ใจดี)', '(นายสมชาย รักดี)'],
            ['หัวหน้าสำนักปลัดเทศบาล', 'นายกเทศมนตรีตำบลทดสอบ'],
            ['วันที่ ๑ ตุลาคม ๒๕๖๖', 'วันที่ ๑ ตุลาคม ๒๕๖๖'],
          ],
          2,
        ),
      'ลงชื่อ',
    ],
    [
      'a committee list of three columns',
      wordTable(
        [
          ['๑.', 'นายสมชาย รักดี', 'ประธานกรรมการ'],
          ['๒.', 'นางสาวสมใจ ใจดี', 'กรรมการและเลขานุการ'],
        ],
        3,
      ),
      'นายสมชาย',
    ],
    ['one signature cell', wordTable([['ลงชื่อ ............ ผู้จัดทำ\n(นายทดสอบ ระบบ)']], 1), 'ผู้จัดทำ'],
  ])('%s: the 3 measures, one warning naming table ๒', async (_n, after, quoted) => {
    const r = await preview(docx(plan + after));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => [w.code, w.where.table])).toEqual([['table-not-read', 2]]);
    expect(r.warnings[0]!.message_th).toMatch(/^ตาราง ๒ แถว ๑: ตารางนี้ไม่มีหัวตารางแผนมาตรการของตัวเอง/);
    expect(r.warnings[0]!.source).toContain(quoted);
  });

  it("a second Word table of the plan's five columns goes on with the plan (a table split at a page)", async () => {
    const r = await preview(docx(wordTable([HEADER, M4, M5]) + '<w:p/>' + wordTable([M9])));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings).toEqual([]);
  });
});

describe('the sign-off block under the plan table, in the same table or sheet, ends it', () => {
  const signOff = [
    ['ลงชื่อ ............................ ผู้เสนอ', '', '', 'ลงชื่อ ............................ ผู้อนุมัติ', ''],
    ['(นางสาวสมใจ ใจดี)', '', '', '(นายสมชาย รักดี)', ''],
    ['หัวหน้าสำนักปลัดเทศบาล', '', '', 'นายกเทศมนตรีตำบลทดสอบ', ''],
  ];
  it.each([
    [
      'Excel, under the table on the plan sheet',
      () => xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, M9, [], ...signOff] }]),
    ],
    ["Word, as the plan table's last rows", () => docx(wordTable([HEADER, M4, M5, M9, ...signOff]))],
    ['text, as tab-separated lines', () => tsv([HEADER, M4, M5, M9, ...signOff])],
  ])('%s: the 3 measures, nothing to fix', async (_n, make) => {
    const r = await preview(await make());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings).toEqual([]);
  });
});

describe('a sheet after the plan sheet is read against its own header', () => {
  const planSheet = { name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], HEADER, M4, M5, M9] };
  it.each([
    [
      'a summary by measure with a count (header มาตรการ | ผู้รับผิดชอบ | จำนวนครั้งที่ต้องรายงาน)',
      [
        ['สรุปจำนวนรายงานตามมาตรการ'],
        ['มาตรการ', 'ผู้รับผิดชอบ', 'จำนวนครั้งที่ต้องรายงาน'],
        ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'กองคลัง', 14],
        ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', 'สำนักปลัด ทุกกองงาน', 4],
        ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'กองช่าง กองการศึกษา', 3],
      ],
      'ตารางนี้ไม่มีหัวตารางแผนมาตรการของตัวเอง',
    ],
    [
      "a summary whose header names a plan's columns but no follow-ups",
      [
        ['มาตรการ', 'วิธีการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ'],
        ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', 'กองคลัง'],
      ],
      'ตารางนี้ไม่มีคอลัมน์การติดตามผล',
    ],
    [
      'chart data (เดือน | จำนวนรายงาน)',
      [
        ['เดือน', 'จำนวนรายงาน'],
        ['ตุลาคม', 3],
        ['พฤศจิกายน', 2],
      ],
      'ตารางนี้ไม่มีหัวตารางแผนมาตรการของตัวเอง',
    ],
  ])('%s: the 3 measures of the plan sheet, one warning naming the sheet', async (_n, rows, said) => {
    const r = await preview(await xlsx([planSheet, { name: 'สรุป', rows }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => [w.code, w.where.sheet])).toEqual([['table-not-read', 'สรุป']]);
    expect(r.warnings[0]!.message_th).toContain(`แผ่นงาน สรุป แถว`);
    expect(r.warnings[0]!.message_th).toContain(said);
  });
});
