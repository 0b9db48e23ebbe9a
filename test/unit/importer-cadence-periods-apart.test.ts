// Session 27's closing note: "รายงานทุก 3 เดือน (ม.ค. เม.ย. ก.ค. ต.ค.)" was read quarterly with no word
// that the months named are not the product's quarter ends (Dec, Mar, Jun, Sep), and "รายงานทุกเดือน
// ในไตรมาสที่ 2 และ 4" (quarters apart) ran all year, silently. The cadence stays as read; a
// cadence-guessed warning quotes the words and what they name.
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import * as plan from '../support/plan-table-files.js';

const CASES: [followUp: string, cadence: string, said: string | undefined][] = [
  ['รายงานทุก 3 เดือน (ม.ค. เม.ย. ก.ค. ต.ค.)', 'quarterly', 'ระบุเดือน ม.ค. เม.ย. ก.ค. ต.ค. ซึ่งไม่ใช่เดือนสิ้นรอบที่ระบบใช้'],
  ['รายงานทุก 3 เดือน (พ.ย. ก.พ. พ.ค. ส.ค.)', 'quarterly', 'ระบุเดือน พ.ย. ก.พ. พ.ค. ส.ค. ซึ่งไม่ใช่เดือนสิ้นรอบที่ระบบใช้'],
  ['รายงานผลทุก 6 เดือน (ม.ค. และ ก.ค.)', 'semiannual', 'ระบุเดือน ม.ค. ก.ค. ซึ่งไม่ใช่เดือนสิ้นรอบที่ระบบใช้'],
  // control: the quarter ends themselves
  ['รายงานทุกไตรมาส (ธ.ค. มี.ค. มิ.ย. ก.ย.)', 'quarterly', undefined],
  ['รายงานทุกเดือน ในไตรมาสที่ 2 และ 4', 'monthly', 'ระบุไตรมาสที่ ๒ และ ๔ ซึ่งไม่ต่อเนื่องกัน'],
  ['รายงานผลทุกเดือน ในไตรมาสที่ 1 และ 3', 'monthly', 'ระบุไตรมาสที่ ๑ และ ๓ ซึ่งไม่ต่อเนื่องกัน'],
  ['รายงานผลทุกเดือน เฉพาะไตรมาส ๑, ๒ และ ๔', 'monthly', 'ระบุไตรมาสที่ ๑, ๒ และ ๔ ซึ่งไม่ต่อเนื่องกัน'],
];
const rows = CASES.map(([followUp], i) => [
  `ตัวชี้วัดที่ ${i + 1} มาตรการทดสอบ ${i + 1}`,
  'จัดทำประกาศ',
  'ตลอดปีงบประมาณ',
  followUp,
  'กองคลัง',
]);
/** Each measure's cadence and the part of its cadence-guessed warning after the quoted words (none: undefined). */
const seen = (r: plan.Preview) =>
  r.plan.measures.map((m) => {
    const w = r.warnings.find((x) => x.code === 'cadence-guessed' && x.measureId === m.measureId);
    return [
      m.followUps[0]!.cadence,
      w?.message_th
        .split('" ')[1]
        ?.split(' (')[0]
        ?.replace(/ จึงถือเป็น.*$/, ''),
    ];
  });

describe('a cadence whose words name periods the product does not follow is said', () => {
  it("the issue's two follow-ups and their neighbours, in .txt, .docx and .xlsx", async () => {
    const files = {
      txt: plan.tsv([TITLE, HEADER, ...rows]),
      docx: plan.docx(TITLE.map(plan.wordParagraph).join('') + plan.wordTable([HEADER, ...rows])),
      xlsx: await plan.xlsx([{ name: 'มาตรการ', rows: [...TITLE.map((t) => [t]), HEADER, ...rows] }]),
    };
    const expected = CASES.map(([, cadence, said]) => [cadence, said && expect.stringContaining(said)]);
    for (const [kind, bytes] of Object.entries(files)) {
      expect([kind, seen(await plan.preview(bytes))]).toEqual([kind, expected]);
    }
  });

  it('quotes the words and says the cadence kept, Thai first', async () => {
    const { said, times } = await plan.readFollowUpAlone('รายงานทุกเดือน ในไตรมาสที่ 2 และ 4');
    expect(times).toEqual([{ cadence: 'monthly' }]);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('อ่านได้ว่า "รายงานทุกเดือน ในไตรมาสที่ 2 และ 4"');
    expect(said[0]).toContain('จึงถือเป็น "ทุกเดือน"');
  });

  it("quarters in a row stay the monthly report's months, with no such warning (control)", async () => {
    const { said, times } = await plan.readFollowUpAlone('รายงานทุกเดือน ในไตรมาสที่ 2 และ 3');
    expect(times).toEqual([{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }]);
    expect(said).toEqual([]);
  });
});
