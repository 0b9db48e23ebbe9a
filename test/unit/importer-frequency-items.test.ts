// A frequency column with one cadence per follow-up ("๑. ทุกเดือน ๒. ทุก ๖ เดือน", one per line, or
// "ทุกเดือน / ปีละ ๒ ครั้ง"; review 17 s11, S11-12) gave every follow-up the most frequent one,
// with a warning saying the follow-up named two cadences: the semiannual report to the mayor
// became 12 monthly obligations.
import { describe, expect, it } from 'vitest';
import { frequencyItems } from '../../shared/import/frequency-items.js';
import { docx, preview, type Preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const HEADER = [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผลการดำเนินการ',
  'ความถี่ในการรายงาน',
  'ผู้รับผิดชอบ',
];
const row = (n: string, followUps: string, frequency: string, unit: string) => [
  `ตัวชี้วัดที่ ${n}`,
  'ดำเนินการตามแผน',
  'ตลอดปี',
  followUps,
  frequency,
  unit,
];
const ROWS = [
  row('๔ การใช้ทรัพย์สินของราชการ', '๑. รายงานผลต่อที่ประชุม\n๒. สรุปผลรายงานนายกเทศมนตรี', '๑. ทุกเดือน\n๒. ทุก ๖ เดือน', 'กองคลัง'),
  row('๕ การแก้ไขปัญหาการทุจริต', '๑. รายงานผู้บริหาร\n๒. สรุปผลเสนอนายก', 'ทุกเดือน / ปีละ ๒ ครั้ง', 'สำนักปลัด'),
  row('๙ การเปิดเผยข้อมูล', '๑. รายงานผู้บริหาร\n๒. สรุปผลเสนอนายก\n๓. ประชาสัมพันธ์', 'รายไตรมาส\nรายปี\nทุกเดือน', 'กองช่าง'),
];
const cadences = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));
const PAIRED = [
  ['monthly', 'semiannual'],
  ['monthly', 'semiannual'],
  ['quarterly', 'annual', 'monthly'],
];

describe('a frequency cell of one cadence per follow-up pairs with the follow-ups in order', () => {
  it.each([
    ['Excel, items on lines', () => xlsx([{ name: 'แผน', rows: [HEADER, ...ROWS] }])],
    ['Word, items as paragraphs', () => docx(wordTable([HEADER, ...ROWS], 6))],
    ['text, items joined on one line', () => tsv([HEADER, ...ROWS])],
  ])('%s: each follow-up its own cadence, no warning', async (_n, make) => {
    const r = await preview(await make());
    expect(cadences(r)).toEqual(PAIRED);
    expect(r.warnings).toEqual([]);
  });

  it('a count that differs keeps the most frequent and says so, quoting both cells', async () => {
    const r = await preview(
      tsv([
        HEADER,
        row('๔ การใช้ทรัพย์สินของราชการ', '๑. รายงานผลต่อที่ประชุม ๒. สรุปผล ๓. ประชาสัมพันธ์', 'ทุกเดือน ปีละ ๒ ครั้ง', 'กองคลัง'),
      ]),
    );
    expect(cadences(r)).toEqual([['monthly', 'monthly', 'monthly']]);
    const said = r.warnings.filter((w) => w.code === 'two-cadences');
    expect(said).toHaveLength(3);
    expect(said[0]!.message_th).toContain('คอลัมน์ "ความถี่ในการรายงาน" ระบุ ๒ รอบ ("ทุกเดือน ปีละ ๒ ครั้ง")');
    expect(said[0]!.message_th).toContain('แต่มีการติดตามผล ๓ ข้อ');
    expect(said[0]!.message_en).toContain('cannot be paired');
  });

  it('reads the cadences of a cell in order, and none from a cell of one cadence', () => {
    const read = (t: string) => frequencyItems(t, 2567).map((c) => c.cadence);
    expect(read('๑. ทุกเดือน ๒. ทุก ๖ เดือน')).toEqual(['monthly', 'semiannual']);
    expect(read('ทุก ๓ เดือน, ปีละ 1 ครั้ง')).toEqual(['quarterly', 'annual']);
    expect(read('รายงานทุกเดือน (ภายในวันที่ ๕)')).toEqual([]);
  });
});
