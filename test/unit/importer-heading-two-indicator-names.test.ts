// Session 27's closing note (break 17 s27, M-3's "Related"): "ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการ
// ป้องกันการทุจริต" was titled "ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูล", indicator 10's name split off as a
// sub-measure. A heading naming two indicators, by number or by name after a joining word, keeps
// both names in its title; the measure stays under the first, with a warning quoting the heading.
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import * as plan from '../support/plan-table-files.js';

const row = (heading: string) => [heading, 'จัดทำประกาศ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'];
/** One measure whose cell is `heading` (lines as a cell's lines), as text, as a Word table and as a sheet. */
const files = async (heading: string) => ({
  txt: plan.tsv([TITLE, HEADER, row(heading)]),
  docx: plan.docx(TITLE.map(plan.wordParagraph).join('') + plan.wordTable([HEADER, row(heading)])),
  xlsx: await plan.xlsx([{ name: 'มาตรการ', rows: [...TITLE.map((t) => [t]), HEADER, row(heading)] }]),
});
/** What the coordinator sees: each measure's indicator, title and sub-measures, and the several-indicators warnings' sources. */
const seen = (r: plan.Preview) => ({
  measures: r.plan.measures.map((m) => [m.indicator, m.title, m.subMeasures]),
  several: r.warnings
    .filter((w) => w.code === 'several-indicators')
    .map((w) => w.message_th.match(/จาก "([^"]*)"/)?.[1]),
});

describe('a heading naming two indicators keeps both names in its title', () => {
  const cases: [string, number, string, string[]][] = [
    ['ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการป้องกันการทุจริต', 9, 'ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการป้องกันการทุจริต', []],
    [
      'ตัวชี้วัดที่ 4-5 การใช้ทรัพย์สินของราชการ และการแก้ไขปัญหาการทุจริต',
      4,
      'ตัวชี้วัดที่ ๔-๕ การใช้ทรัพย์สินของราชการ และการแก้ไขปัญหาการทุจริต',
      [],
    ],
    ['ตัวชี้วัดที่ ๙, ๑๐ การเปิดเผยข้อมูล การป้องกันการทุจริต', 9, 'ตัวชี้วัดที่ ๙, ๑๐ การเปิดเผยข้อมูล การป้องกันการทุจริต', []],
    // the second indicator by its name alone, after "และ"
    ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และการป้องกันการทุจริต', 9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และการป้องกันการทุจริต', []],
    // sub-measures after the two names stay sub-measures
    [
      'ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการป้องกันการทุจริต\n๑. มาตรการเปิดเผยข้อมูล\n๒. มาตรการป้องกันสินบน',
      9,
      'ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการป้องกันการทุจริต',
      ['มาตรการเปิดเผยข้อมูล', 'มาตรการป้องกันสินบน'],
    ],
  ];
  for (const [heading, indicator, title, subMeasures] of cases) {
    it(`"${heading.split('\n')[0]}" in .txt, .docx and .xlsx: under ${indicator}, said, quoting the heading`, async () => {
      for (const [kind, bytes] of Object.entries(await files(heading))) {
        expect([kind, seen(await plan.preview(bytes))]).toEqual([
          kind,
          { measures: [[indicator, title, subMeasures]], several: [heading.split('\n')[0]] },
        ]);
      }
    });
  }

  it('a heading line naming two indicators over a numbered measure: the measure is its sub-measure', async () => {
    const heading = 'ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการป้องกันการทุจริต';
    const r = await plan.preview(plan.tsv([TITLE, HEADER, [heading], row('๑. มาตรการประชาสัมพันธ์')]));
    expect(seen(r).measures).toEqual([[9, heading, ['มาตรการประชาสัมพันธ์']]]);
  });

  it('words after "และ" that name no indicator stay a sub-measure (control)', async () => {
    const r = await plan.preview(plan.tsv([TITLE, HEADER, row('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และการเผยแพร่ข่าวสาร')]));
    expect(seen(r)).toEqual({
      measures: [[9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['และการเผยแพร่ข่าวสาร']]],
      several: [],
    });
  });
});
