// Break 17 s27, M-3: words before the indicator heading ("IIT ตัวชี้วัดที่ ๕ …", "(EIT) …", "ด้านที่ ๑ …")
// became the whole title and the heading's text was lost, silently (text and Word files, heading
// rows spanning the table too). The heading is the title; an assessment's name is dropped, a ด้าน is
// kept as a note, other words are kept as a note and said.
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, wordTable, xlsx } from '../support/plan-table-files.js';
import { importRows } from '../support/import-rows.js';

const row = (measure: string) => [measure, 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
const PREFIX_NOTE = 'ข้อความก่อนหัวข้อตัวชี้วัด';

describe('a label before the indicator heading is not the measure title', () => {
  it('an ITA assessment or a ด้าน before the heading leaves the heading as the title (text file)', () => {
    const result = importRows(
      row('IIT ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต มาตรการป้องกันสินบน'),
      row('(IIT) ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มาตรการจริยธรรม'),
      row('๑. IIT ตัวชี้วัดที่ ๒ การใช้งบประมาณ มาตรการเปิดเผยงบ'),
      row('EIT: ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน มาตรการบริการ'),
      row('OIT ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'),
      row('ด้านที่ ๑ ตัวชี้วัดที่ ๓ การใช้อำนาจ มาตรการมอบอำนาจ'),
      row('แบบวัด IIT ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'),
    );
    expect(result.plan.measures.map((m) => [m.indicator, m.title, m.subMeasures])).toEqual([
      [5, 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', ['มาตรการป้องกันสินบน']],
      [1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่', ['มาตรการจริยธรรม']],
      [2, 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ', ['มาตรการเปิดเผยงบ']],
      [6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน', ['มาตรการบริการ']],
      [9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', []],
      [3, 'ตัวชี้วัดที่ ๓ การใช้อำนาจ', ['มาตรการมอบอำนาจ']],
      [4, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', []],
    ]);
    expect(result.plan.measures[5]!.notes).toEqual([{ label: PREFIX_NOTE, text: 'ด้านที่ ๑' }]);
    expect(result.plan.measures[0]!.notes).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });

  it('other words before a named heading are kept as a note and said, quoting them', () => {
    const result = importRows(
      row('หมวด ๒ ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ มาตรการยืมคืนพัสดุ'),
      row('ส่วนที่ 3 ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร'),
    );
    expect(result.plan.measures.map((m) => [m.title, m.notes])).toEqual([
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', [{ label: PREFIX_NOTE, text: 'หมวด ๒' }]],
      ['ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร', [{ label: PREFIX_NOTE, text: 'ส่วนที่ 3' }]],
    ]);
    const said = result.warnings.filter((w) => w.code === 'words-before-heading');
    expect(said.map((w) => [w.source, w.measureId])).toEqual([
      ['หมวด ๒', 'i4'],
      ['ส่วนที่ 3', 'i7'],
    ]);
    expect(said[0]!.message_th).toContain('ข้อความ "หมวด ๒" อยู่ก่อนหัวข้อตัวชี้วัดที่ ๔');
  });

  it("an assessment that is not the indicator's own is said; a measure's own name before the label stays its title", () => {
    const result = importRows(
      row('OIT ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'),
      row('มาตรการป้องกันสินบน (ตัวชี้วัดที่ ๕)'),
      row('มาตรการจริยธรรม - ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่'),
    );
    expect(result.plan.measures.map((m) => m.title)).toEqual([
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
      'มาตรการป้องกันสินบน',
      'มาตรการจริยธรรม',
    ]);
    const said = result.warnings.filter((w) => w.code === 'words-before-heading');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain('ตัวชี้วัดที่ ๕ อยู่ในแบบวัด IIT ไม่ใช่ OIT');
  });

  it('heading rows spanning a Word table, written after their assessment, title the measures under them', async () => {
    const span = (text: string) => [{ text, span: 5 }];
    const r = await preview(
      docx(
        wordTable([
          HEADER,
          span('IIT ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่'),
          ['๑. มาตรการจริยธรรม', 'จัดทำประมวลจริยธรรม', 'ตลอดปี', 'รายงานผลทุกไตรมาส', 'สำนักปลัด'],
          span('EIT ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'),
          ['๑. มาตรการบริการ', 'ลดขั้นตอน', 'ตลอดปี', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
          ['(OIT) ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์', 'ตลอดปี', 'สรุปผลประจำปี', 'กองคลัง'],
        ]),
      ),
    );
    expect(r.plan.measures.map((m) => [m.indicator, m.title])).toEqual([
      [1, 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่'],
      [6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
      [9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'],
    ]);
    expect(r.warnings.map((w) => w.code)).not.toContain('words-before-heading');
  });

  it('a workbook: an assessment and a ด้าน before the heading', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            HEADER,
            ['OIT: ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต มาตรการภายใน', 'ประกาศเจตจำนง', 'ตลอดปี', 'รายงานทุกเดือน', 'สำนักปลัด'],
            ['ด้านที่ ๒ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร', 'ประชาสัมพันธ์', 'ตลอดปี', 'รายงานทุกไตรมาส', 'กองคลัง'],
          ],
        },
      ]),
    );
    expect(r.plan.measures.map((m) => [m.indicator, m.title, m.notes])).toEqual([
      [10, 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต', []],
      [7, 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร', [{ label: PREFIX_NOTE, text: 'ด้านที่ ๒' }]],
    ]);
  });
});

describe("a measure's number before the indicator heading (verify 17 s27, M-3 neighbour)", () => {
  it('"มาตรการที่ ๑ ตัวชี้วัดที่ ๒ …" keeps the heading as the title and the number as a note, said', () => {
    const result = importRows(
      row('มาตรการที่ ๑ ตัวชี้วัดที่ ๒ การใช้งบประมาณ มาตรการเปิดเผยงบ'),
      row('มาตรการที่ 2 ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต'),
      row('แนวทางที่ 3 ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'),
    );
    expect(result.plan.measures.map((m) => [m.indicator, m.title, m.notes])).toEqual([
      [2, 'ตัวชี้วัดที่ ๒ การใช้งบประมาณ', [{ label: PREFIX_NOTE, text: 'มาตรการที่ ๑' }]],
      [5, 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', [{ label: PREFIX_NOTE, text: 'มาตรการที่ 2' }]],
      [9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', [{ label: PREFIX_NOTE, text: 'แนวทางที่ 3' }]],
    ]);
    expect(result.warnings.filter((w) => w.code === 'words-before-heading').map((w) => w.source)).toEqual([
      'มาตรการที่ ๑',
      'มาตรการที่ 2',
      'แนวทางที่ 3',
    ]);
  });

  it('a measure named before the label stays its title ("มาตรการป้องกันสินบน ตัวชี้วัดที่ ๕")', () => {
    const result = importRows(row('มาตรการป้องกันสินบน (ตัวชี้วัดที่ ๕)'));
    expect(result.plan.measures.map((m) => m.title)).toEqual(['มาตรการป้องกันสินบน']);
  });
});
