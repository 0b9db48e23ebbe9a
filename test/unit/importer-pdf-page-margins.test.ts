// A table without rules split over pages whose margins carry a running header, a footer or a
// browser's print stamp (review 17 s14, S14-14 and S14-13): the margin lines are the page's, not
// the table's; the table goes on at the next page's rows, at the header's column positions.
import { describe, expect, it } from 'vitest';
import { type PdfPageSpec, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const XS = [30, 230, 380, 490, 650];
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const RUNNING_HEADER = 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์กรปกครองส่วนท้องถิ่น ประจำปีงบประมาณ ๒๕๖๗';
const footer = (n: number) => `งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล เทศบาลตำบลทดสอบ อำเภอเมือง หน้า ${n}`;

/** Three pages of rows: i4's methods run from page 1 onto page 2, i9 on page 2, i5 on page 3. */
const BODY: string[][][][] = [
  [
    HEADER,
    [
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
      ['๑. จัดทำคู่มือการยืมคืน', 'พัสดุและครุภัณฑ์'],
      ['ตลอดปี'],
      ['รายงานผลทุกไตรมาส'],
      ['กองคลัง'],
    ],
  ],
  [
    [[''], ['๒. ประชาสัมพันธ์ให้บุคลากรทราบ', '๓. ตรวจสอบทะเบียนพัสดุ'], [''], [''], ['']],
    [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง']],
  ],
  [[['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'], ['จัดทำช่องทางร้องเรียน'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองการศึกษา']]],
];

function pages(margin: (n: number) => PdfPageSpec['texts']): PdfPageSpec[] {
  return BODY.map((rows, p) => ({ texts: [...margin(p + 1), ...tableTexts(XS, rows, 70)] }));
}

const headerOnly = () => [{ x: 30, y: 20, text: RUNNING_HEADER }];
const footerOnly = (n: number) => [{ x: 30, y: 560, text: footer(n) }];
const both = (n: number) => [...headerOnly(), ...footerOnly(n)];
/** Chrome's "Save as PDF": print date top left, the URL bottom left, "n/m" bottom right. */
const browser = (n: number) => [
  { x: 30, y: 15, text: '1/12/69 10:32' },
  { x: 30, y: 570, text: 'https://www.testsub.go.th/ita/plan2567.html' },
  { x: 790, y: 570, text: `${n}/3` },
];

async function read(margin: (n: number) => PdfPageSpec['texts']) {
  return previewFile(await planPdf(pages(margin)));
}

describe('an unruled PDF table over pages with margin lines', () => {
  it.each([
    ['a running header and a footer', both],
    ['a running header only', headerOnly],
    ['a footer with words only', footerOnly],
    ["a browser's print date, URL and page count", browser],
  ])('with %s reads every measure and the rows split over the page break', async (_, margin) => {
    const { plan, warnings } = await read(margin);
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 9, 5]);
    expect(plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['engineering'], ['education']]);
    expect(plan.measures[0]!.methods).toEqual([
      'จัดทำคู่มือการยืมคืนพัสดุและครุภัณฑ์',
      'ประชาสัมพันธ์ให้บุคลากรทราบ',
      'ตรวจสอบทะเบียนพัสดุ',
    ]);
    const texts = JSON.stringify(plan.measures);
    for (const furniture of ['หน้า', 'งานวิเคราะห์', 'https', '10:32', 'ประจำปีงบประมาณ'])
      expect(texts).not.toContain(furniture);
    expect(warnings.filter((w) => w.code === 'pdf-text-unplaced')).toEqual([]);
  });

  it('a paragraph that ends the table before a later measure heading is warned about, naming the heading', async () => {
    const doc = [
      { texts: tableTexts(XS, BODY[0]!, 70) },
      {
        texts: [
          { x: 30, y: 70, text: 'หมายเหตุ: มาตรการต่อไปนี้เป็นของปีงบประมาณก่อนและยังดำเนินการต่อเนื่องตามแผนเดิมทุกข้อ' },
          ...tableTexts(XS, [BODY[2]![0]!], 100),
        ],
      },
    ];
    const { warnings } = await previewFile(await planPdf(doc));
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'pdf-text-unplaced',
        where: expect.objectContaining({ page: 2 }),
        message_th: expect.stringContaining('พบหัวข้อตัวชี้วัด'),
      }),
    );
  });
});
