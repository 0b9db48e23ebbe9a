// A workbook whose indicator column is merged down over the rows of the indicator's measures, each
// row a measure of its own (its measure, timeframe, follow-up and unit), as a Word table with the
// same merge reads (tester s54 T3, Don Arang's FY2566 plan in an office's workbook). The rows were
// read as lines typed over rows and joined into the first measure: its units and follow-ups grew,
// "ทุก ๖ เดือน" became quarterly, the timeframe was said twice.
import { describe, expect, it } from 'vitest';
import { TITLE } from '../support/base-plan-rows.js';
import {
  docx,
  measureDetailsOf,
  preview,
  type Preview,
  wordParagraph,
  wordTable,
  xlsx,
} from '../support/plan-table-files.js';

const HEADER = ['ตัวชี้วัด', 'มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ', 'ผู้รับผิดชอบ'];
/** A sheet of the title, the header and `groups`: each the indicator (merged down its rows) and its measure rows. */
const sheet = (groups: readonly [string, readonly (readonly string[])[]][]) => {
  const rows: (string | null)[][] = [[`${TITLE[0]!} ${TITLE[1]!}`], HEADER];
  const merges: string[] = [];
  for (const [indicator, measures] of groups) {
    const first = rows.length + 1;
    measures.forEach((m, i) => rows.push([i === 0 ? indicator : null, ...m]));
    if (measures.length > 1) merges.push(`A${first}:A${first + measures.length - 1}`);
  }
  return xlsx([{ name: 'มาตรการ', rows, merges }]);
};
/** The same table as a Word file, the indicator cell merged down (vMerge). */
const word = (groups: readonly [string, readonly (readonly string[])[]][]) =>
  docx(
    TITLE.map(wordParagraph).join('') +
      wordTable(
        [
          HEADER,
          ...groups.flatMap(([indicator, measures]) =>
            measures.map((m, i) => [
              { text: i === 0 ? indicator : '', vMerge: i === 0 ? ('restart' as const) : ('continue' as const) },
              ...m.map((c) => ({ text: c })),
            ]),
          ),
        ],
        6,
      ),
  );
const details = (r: Preview) => measureDetailsOf(r).map((m) => [m.id, m.indicator, m.timeframe, m.followUps, m.units]);
const codes = (r: Preview) => r.warnings.map((w) => w.code);

// Don Arang's indicator 4 and 5 rows (the document's words, shortened), each with a second measure
const I4: [string, string[][]] = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ',
  [
    [
      'จัดทำคู่มือหรือมาตรฐานในการยืม-คืนทรัพย์สินของทางราชการ',
      'หน่วยงานควรจัดประชุมชี้แจง ให้ความรู้เกี่ยวกับการยืมหรือใช้ทรัพย์สินของทางราชการ',
      'ตลอด ปีงบประมาณ',
      '๑. จัดทำคำสั่ง คณะกรรมการกำกับดูแลในการยืมทรัพย์สินของราชการ\n๒. มีการรายงานผลในที่ประชุมให้คณะผู้บริหารทราบเป็นประจำทุกเดือน',
      'ทุกกองงาน',
    ],
    ['ปรับปรุงทะเบียนทรัพย์สิน', 'ตรวจนับทรัพย์สิน', 'ตลอดปีงบประมาณ', 'รายงานผลทุกไตรมาส', 'กองคลัง'],
  ],
];
const I5: [string, string[][]] = [
  'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
  [
    [
      'มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง',
      '๑. ให้เจ้าหน้าที่ดำเนินการตามมาตรการส่งเสริมในการจัดซื้อจัดจ้างอย่างเคร่งครัด',
      'ตลอดปีงบประมาณ',
      '๑. รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบ เป็นประจำทุก ๖ เดือน',
      'กองคลัง',
    ],
    ['เผยแพร่ข้อมูลข่าวสารบนเว็บไซต์', 'ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
    ['รับเรื่องร้องเรียนการทุจริต', 'เปิดช่องทางร้องเรียน', 'ตลอดปีงบประมาณ', 'สรุปผลประจำปี', 'สำนักปลัด'],
  ],
];

describe("an indicator merged down over its measures' rows in a workbook", () => {
  it("Don Arang's indicator 4: the second row is a measure of indicator 4 with its own follow-up and unit, as in Word", async () => {
    const r = await preview(await sheet([I4]));
    expect(details(r)).toEqual([
      [
        'i4',
        4,
        'ตลอด ปีงบประมาณ',
        [
          'unspecified จัดทำคำสั่ง คณะกรรมการกำกับดูแลในการยืมทรัพย์สินของราชการ',
          'monthly มีการรายงานผลในที่ประชุมให้คณะผู้บริหารทราบเป็นประจำทุกเดือน',
        ],
        [],
      ],
      ['i4-2', 4, 'ตลอดปีงบประมาณ', ['quarterly รายงานผลทุกไตรมาส'], ['finance']],
    ]);
    expect(codes(r)).not.toContain('continuation-guessed');
    expect(details(await preview(word([I4])))).toEqual(details(r));
  });

  it('three measures under indicator 5: "ทุก ๖ เดือน" stays semiannual, each row keeps its unit', async () => {
    const r = await preview(await sheet([I5]));
    expect(details(r)).toEqual([
      [
        'i5',
        5,
        'ตลอดปีงบประมาณ',
        ['semiannual รายงานผลการปฏิบัติงานในการจัดซื้อจัดจ้างให้นายกเทศมนตรีทราบ เป็นประจำทุก ๖ เดือน'],
        ['finance'],
      ],
      ['i5-2', 5, 'ตลอดปีงบประมาณ', ['monthly รายงานผลทุกเดือน'], ['clerk']],
      ['i5-3', 5, 'ตลอดปีงบประมาณ', ['annual สรุปผลประจำปี'], ['clerk']],
    ]);
    expect(codes(r)).not.toContain('continuation-guessed');
    expect(details(await preview(word([I5])))).toEqual(details(r));
  });

  it('two indicators each merged over two rows, the first row numbering its methods', async () => {
    const r = await preview(await sheet([I4, [I5[0], I5[1].slice(0, 2)]]));
    expect(measureDetailsOf(r).map((m) => [m.id, m.indicator, m.followUps.length, m.units])).toEqual([
      ['i4', 4, 2, []],
      ['i4-2', 4, 1, ['finance']],
      ['i5', 5, 1, ['finance']],
      ['i5-2', 5, 1, ['clerk']],
    ]);
  });

  it('a follow-up line typed on under a merged indicator, without a unit of its own, still goes on with the item above', async () => {
    const r = await preview(
      await sheet([
        [
          'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
          [
            ['ปรับปรุงเว็บไซต์', '๑. ปรับปรุงข้อมูล', 'ตลอดปีงบประมาณ', '๑. รายงานผู้บริหาร', 'กองช่าง'],
            ['ให้เป็นปัจจุบัน', '', '', 'ทุกไตรมาส', ''],
          ],
        ],
      ]),
    );
    expect(details(r)).toEqual([['i9', 9, 'ตลอดปีงบประมาณ', ['quarterly รายงานผู้บริหาร ทุกไตรมาส'], ['engineering']]]);
  });
});
