// One ruled table per indicator under a heading line, the header row typed over the first table
// only, saved as PDF (review 17 s14, S14-6's PDF form): the second table's measures were lost with
// no warning. A table of the plan header's columns under a measure heading is read with it.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile } from '../support/plan-pdf.js';

const XS = [30, 210, 380, 480, 660, 800];
const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
type Page = Parameters<typeof planPdf>[0][number];

/** Text lines and ruled tables from `top` down, on one page, in the order given. */
function page(parts: (string | { rows: string[][]; xs?: number[] })[], top = 40): Page {
  const texts: Page['texts'] = [];
  const lines: NonNullable<Page['lines']> = [];
  let y = top;
  for (const part of parts) {
    if (typeof part === 'string') {
      texts.push({ x: 30, y, text: part });
      y += 24;
      continue;
    }
    const xs = part.xs ?? XS;
    for (const row of part.rows) {
      row.forEach((text, c) => text && texts.push({ x: xs[c]! + 5, y: y + 4, text }));
      lines.push([xs[0]!, y, xs.at(-1)!, y]);
      for (const x of xs) lines.push([x, y, x, y + 22]);
      y += 22;
    }
    lines.push([xs[0]!, y, xs.at(-1)!, y]);
    y += 12;
  }
  return { texts, lines };
}

const M4 = ['๑. มาตรการป้องกันการใช้ทรัพย์สิน', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
const M9 = ['๑. มาตรการเผยแพร่ข้อมูลบนเว็บไซต์', 'ปรับปรุงเว็บไซต์', 'ตลอดปี', 'รายงานผู้บริหารทุกไตรมาส', 'สำนักปลัด'];
const summary = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);

describe('a PDF of one ruled table per indicator, the header over the first only', () => {
  it('the second table, under "ตัวชี้วัดที่ ๙ …", is read with the first one\'s header and said', async () => {
    const bytes = await planPdf([
      page(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', { rows: [HEADER, M4] }, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', { rows: [M9] }]),
    ]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual([
      [4, ['monthly'], ['finance']],
      [9, ['quarterly'], ['clerk']],
    ]);
    expect(warnings.map((w) => [w.code, w.source])).toEqual([['header-assumed', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล']]);
    expect(warnings[0]!.message_th).toMatch(/^หน้า ๑ แถว ๑: ตารางใต้หัวข้อ "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" ไม่มีหัวตาราง/);
  });

  it('the heading and its table on the next page: read the same way', async () => {
    const bytes = await planPdf([
      page(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', { rows: [HEADER, M4] }]),
      page(['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', { rows: [M9] }]),
    ]);
    const { plan } = await previewFile(bytes);
    expect(summary(plan)).toEqual([
      [4, ['monthly'], ['finance']],
      [9, ['quarterly'], ['clerk']],
    ]);
  });

  it('three indicators, three tables: every measure read', async () => {
    const M5 = ['๑. มาตรการจัดการเรื่องร้องเรียน', 'ตั้งศูนย์รับเรื่อง', 'ตลอดปี', 'สรุปผลประจำปี', 'กองช่าง'];
    const bytes = await planPdf([
      page([
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        { rows: [HEADER, M4] },
        'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
        { rows: [M9] },
        'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
        { rows: [M5] },
      ]),
    ]);
    const { plan } = await previewFile(bytes);
    expect(summary(plan)).toEqual([
      [4, ['monthly'], ['finance']],
      [9, ['quarterly'], ['clerk']],
      [5, ['annual'], ['engineering']],
    ]);
  });

  it('a table of other columns (a sign-off table) under plain text is not given the plan header', async () => {
    const bytes = await planPdf([
      page([
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        { rows: [HEADER, M4] },
        'ลงชื่อผู้เสนอแผน',
        { rows: [['นายสมชาย ใจดี', 'ปลัดเทศบาล']], xs: [30, 300, 600] },
      ]),
    ]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual([[4, ['monthly'], ['finance']]]);
    expect(warnings.map((w) => w.code)).not.toContain('header-assumed');
  });
});
