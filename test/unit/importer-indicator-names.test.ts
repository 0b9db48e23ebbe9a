// Review 17 s11, S11-31: an indicator named by its catalog name without its number (an indicator
// column of names, "ตัวชี้วัด: การเปิดเผยข้อมูล") gave no indicator: every measure had to be
// given one by hand, and its re-import met S11-11.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { docx, measuresOf, preview, wordTable, xlsx } from '../support/plan-table-files.js';

const HEADER = 'ตัวชี้วัด\tมาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const byColumn = (...indicators: string[]) =>
  importMeasuresDocument(
    [
      'แผน ปีงบประมาณ ๒๕๖๗',
      HEADER,
      ...indicators.map((c, i) => `${c}\tมาตรการที่ ${i + 1}\tดำเนินการ\tตลอดปี\t๑. รายงานผลทุกเดือน\tกองคลัง`),
    ].join('\n'),
    { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
  );

describe('an indicator named by its name alone', () => {
  it('an indicator column of catalog names gives each measure its indicator, with a warning naming the name and the number', () => {
    const { plan, warnings } = byColumn('การใช้ทรัพย์สินของราชการ', 'การเปิดเผยข้อมูล', 'การป้องกันการทุจริต', 'IIT การปฏิบัติหน้าที่');
    expect(plan.measures.map((m) => [m.indicator, m.title])).toEqual([
      [4, 'มาตรการที่ 1'],
      [9, 'มาตรการที่ 2'],
      [10, 'มาตรการที่ 3'],
      [1, 'มาตรการที่ 4'],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(Array(4).fill('indicator-label-guessed'));
    expect(warnings[0]).toMatchObject({
      where: { line: 3, column: 1 },
      source: 'การใช้ทรัพย์สินของราชการ',
      message_th: expect.stringContaining('ตัวชี้วัดที่ ๔'),
    });
    expect(warnings[0]!.message_th).toMatch(/: ไม่พบเลขตัวชี้วัด มีแต่ชื่อ "การใช้ทรัพย์สินของราชการ"/);
    expect(warnings[3]!.message_en).toContain('indicator 1');
  });

  it('names misspelled, in English, or with the tool before or after are read by likeness; a name like none is not', () => {
    const { plan, warnings } = byColumn(
      'การเปิดเผยข้อมุล',
      '(OIT) การเปิดเผยข้อมูล',
      'การใช้ทรัพย์สินของราชการ (IIT)',
      'Use of budget',
      'EIT: ประสิทธิภาพการสื่อสาร',
      'การทุจริต',
    );
    expect(plan.measures.map((m) => m.indicator)).toEqual([9, 9, 4, 2, 7, null]);
    expect(warnings[0]!.message_th).toContain('ใกล้เคียงกับชื่อ "การเปิดเผยข้อมูล"');
    expect(warnings.filter((w) => w.code === 'no-indicator')).toHaveLength(1);
  });

  it('a measure cell headed "ตัวชี้วัด: <name>" without a number is that indicator, its items the sub-measures', () => {
    const { plan, warnings } = importMeasuresDocument(
      [
        'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ',
        'ตัวชี้วัด: การเปิดเผยข้อมูล ๑. ปรับปรุงเว็บไซต์ ๒. เผยแพร่ข่าว\tดำเนินการ\tตลอดปี\tรายงานทุกไตรมาส\tกองช่าง',
        'ตัวชี้วัดความสำเร็จ ร้อยละ ๘๐\tดำเนินการ\tตลอดปี\tรายงานทุกไตรมาส\tกองช่าง',
      ].join('\n'),
      { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS },
    );
    expect(plan.measures.map((m) => [m.indicator, m.title, m.subMeasures])).toEqual([
      [9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['ปรับปรุงเว็บไซต์', 'เผยแพร่ข่าว']],
      [null, 'ตัวชี้วัดความสำเร็จ ร้อยละ ๘๐', []],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['indicator-label-guessed', 'no-indicator']);
    expect(warnings[0]).toMatchObject({ where: { line: 2, column: 1 }, source: 'การเปิดเผยข้อมูล' });
  });

  it('a Word table whose note column "ตัวชี้วัด ITA" holds names, and a sheet whose indicator column does', async () => {
    const rows = [
      [
        'ตัวชี้วัดการประเมิน ITA',
        'มาตรการ/แนวทาง',
        'วิธีการดำเนินการ',
        'ระยะเวลาดำเนินการ',
        'การติดตามผลการดำเนินการ',
        'ผู้รับผิดชอบ',
      ],
      ['การใช้อำนาจ', 'มาตรการลดการใช้ดุลพินิจ', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานทุกเดือน', 'สำนักปลัด'],
      ['คุณภาพการดำเนินงาน', 'มาตรการลดขั้นตอน', 'ปรับขั้นตอน', 'ตลอดปี', 'รายงานทุก ๖ เดือน', 'กองคลัง'],
    ];
    const word = await preview(docx(wordTable(rows, 6)));
    expect(measuresOf(word).map((m) => m.indicator)).toEqual([3, 6]);
    expect(word.plan.measures[0]!.notes).toEqual([]);
    const sheetRows = rows.map((r, i) => (i === 0 ? ['ตัวชี้วัด', ...r.slice(1)] : r));
    const sheet = await preview(await xlsx([{ name: 'แผน', rows: sheetRows }]));
    expect(measuresOf(sheet).map((m) => m.indicator)).toEqual([3, 6]);
    expect(sheet.warnings.find((w) => w.code === 'indicator-label-guessed')?.where).toMatchObject({
      row: 2,
      column: 1,
    });
  });
});
