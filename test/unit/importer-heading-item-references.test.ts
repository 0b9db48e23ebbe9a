// An indicator heading naming the assessment's items it answers after its name ("ตัวชี้วัดที่ 3
// การใช้อำนาจ ข้อ 3.1 - 3.4", "… ข้อ 4.1 และ 4.2") was not taken for a heading when it stood as a
// paragraph above a table: the words after the name were read as a measure, and the measure beneath
// got no-indicator (review 17 s23, S23-10). The item references are part of the heading's title.
import { describe, expect, it } from 'vitest';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const ROW = ['๑. จัดทำคู่มือการปฏิบัติงาน', '๑. เผยแพร่คู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกไตรมาส', 'กองคลัง'];

const HEADINGS: [string, number][] = [
  ['ตัวชี้วัดที่ 3 การใช้อำนาจ ข้อ 3.1 - 3.4', 3],
  ['ตัวชี้วัดที่ 3 การใช้อำนาจ ข้อ 3.1', 3],
  ['ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ข้อ 4.1 และ 4.2', 4],
  ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ประเด็นที่ ๕.๑, ๕.๒', 5],
  ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ข้อคำถาม O1 - O10', 9],
];

describe('an indicator heading naming the items it answers', () => {
  for (const [heading, indicator] of HEADINGS) {
    it(`"${heading}" above a table heads its measure as indicator ${indicator}`, async () => {
      const r = await preview(docx(wordParagraph(heading) + wordTable([HEADER, ROW])));
      expect(r.plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([[indicator, ['finance']]]);
      expect(r.warnings.map((w) => w.code)).not.toContain('no-indicator');
    });
  }

  it('keeps the item references in the heading, not as a sub-measure', () => {
    const heading = parseIndicatorHeading('ตัวชี้วัดที่ 3 การใช้อำนาจ ข้อ 3.1 - 3.4');
    expect(heading?.title).toBe('ตัวชี้วัดที่ ๓ การใช้อำนาจ ข้อ 3.1 - 3.4');
    expect(heading?.subMeasures).toEqual([]);
  });

  it('a numbered item after the name ("ข้อ ๑. จัดทำ…") is still the measure\'s own', () => {
    const heading = parseIndicatorHeading('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ข้อ ๑. จัดทำคู่มือการยืมคืนพัสดุ');
    expect(heading?.subMeasures.join(' ')).toContain('จัดทำคู่มือการยืมคืนพัสดุ');
  });
});
