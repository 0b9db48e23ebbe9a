// Session 27's closing note (break 17 s27, M-3's "Related"): "ตัวชี้วัด ที่ 6 (EIT) คุณภาพการดำเนินงาน"
// was titled "ตัวชี้วัดที่ ๖ (EIT)คุณภาพการดำเนินงาน": the words of the indicator's name were joined
// without spaces (as OCR splits Thai words), and so was a label written before the name. A space
// stays where either side is no Thai: the title keeps the text as written.
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import * as plan from '../support/plan-table-files.js';

const row = (heading: string) => [heading, 'จัดทำประกาศ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'];
/** One measure whose cell is `heading`, as text, as a Word table and as a sheet. */
const files = async (heading: string) => ({
  txt: plan.tsv([TITLE, HEADER, row(heading)]),
  docx: plan.docx(TITLE.map(plan.wordParagraph).join('') + plan.wordTable([HEADER, row(heading)])),
  xlsx: await plan.xlsx([{ name: 'มาตรการ', rows: [...TITLE.map((t) => [t]), HEADER, row(heading)] }]),
});
const titlesOf = (r: plan.Preview) => r.plan.measures.map((m) => [m.indicator, m.title]);

describe('a label written between the heading and the indicator name keeps its space', () => {
  const cases: [string, number, string][] = [
    ['ตัวชี้วัด ที่ 6 (EIT) คุณภาพการดำเนินงาน', 6, 'ตัวชี้วัดที่ ๖ (EIT) คุณภาพการดำเนินงาน'],
    ['ตัวชี้วัดที่ 7 [EIT] ประสิทธิภาพการสื่อสาร', 7, 'ตัวชี้วัดที่ ๗ [EIT] ประสิทธิภาพการสื่อสาร'],
    ['ตัวชี้วัดที่ ๑ IIT การปฏิบัติหน้าที่', 1, 'ตัวชี้วัดที่ ๑ IIT การปฏิบัติหน้าที่'],
    // control: a name OCR split between Thai words is one again
    ['ตัวชี้วัดที่ 6 คุณภาพการ ดำเนินงาน', 6, 'ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน'],
  ];
  for (const [heading, indicator, title] of cases) {
    it(`"${heading}" is titled "${title}" in .txt, .docx and .xlsx`, async () => {
      for (const [kind, bytes] of Object.entries(await files(heading))) {
        expect([kind, titlesOf(await plan.preview(bytes))]).toEqual([kind, [[indicator, title]]]);
      }
    });
  }

  it('a heading line over a numbered measure keeps it too, its measure a sub-measure', async () => {
    const rows = [HEADER, ['ตัวชี้วัด ที่ 6 (EIT) คุณภาพการดำเนินงาน'], row('๑. มาตรการประชาสัมพันธ์')];
    const r = await plan.preview(plan.tsv([TITLE, ...rows]));
    expect(r.plan.measures.map((m) => [m.title, m.subMeasures])).toEqual([
      ['ตัวชี้วัดที่ ๖ (EIT) คุณภาพการดำเนินงาน', ['มาตรการประชาสัมพันธ์']],
    ]);
  });
});
