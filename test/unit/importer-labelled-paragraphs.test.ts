// A plan written as an announcement in paragraphs, each measure a heading "ตัวชี้วัดที่ N …" and
// paragraphs opening with the column names ("มาตรการ: …", "วิธีการดำเนินการ: …", "ระยะเวลา: …",
// "การติดตามผล: …", "ผู้รับผิดชอบ: …"), gave 0 measures and only "no measures table" (review 17
// s15, S15-9). Such paragraphs are now read as one measure each, in text, Word and PDF, with one
// warning; headings without labelled paragraphs are quoted in the no-measures message.
import { describe, expect, it } from 'vitest';
import { docx, preview, type Preview, wordParagraph } from '../support/plan-table-files.js';
import { planPdf } from '../support/plan-pdf.js';

const TITLE = 'ประกาศเทศบาลตำบลทดสอบ เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
const PLAN = [
  TITLE,
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
  'มาตรการ: มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
  'วิธีการดำเนินการ: จัดทำคู่มือการยืมคืนพัสดุ',
  'ระยะเวลาดำเนินการ: ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
  'การติดตามผล: รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน',
  'ผู้รับผิดชอบ: กองคลัง',
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
  'มาตรการ: มาตรการเปิดเผยข้อมูลบนเว็บไซต์',
  'วิธีการดำเนินการ: ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน',
  'ระยะเวลาดำเนินการ: ตลอดปีงบประมาณ',
  'การติดตามผล: รายงานผู้บริหารทุกไตรมาส',
  'ผู้รับผิดชอบ: สำนักปลัด',
];
const text = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));
const word = (lines: readonly string[]) => docx(lines.map(wordParagraph).join(''));

const read = (r: Preview) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    subMeasures: m.subMeasures,
    methods: m.methods,
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => [f.text, f.cadence]),
    units: m.responsible.unitIds,
  }));
const EXPECTED = [
  {
    indicator: 4,
    title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
    subMeasures: ['มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'],
    methods: ['จัดทำคู่มือการยืมคืนพัสดุ'],
    timeframe: 'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
    followUps: [['รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน', 'monthly']],
    units: ['finance'],
  },
  {
    indicator: 9,
    title: 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
    subMeasures: ['มาตรการเปิดเผยข้อมูลบนเว็บไซต์'],
    methods: ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'],
    timeframe: 'ตลอดปีงบประมาณ',
    followUps: [['รายงานผู้บริหารทุกไตรมาส', 'quarterly']],
    units: ['clerk'],
  },
];

describe('a plan written as labelled paragraphs under indicator headings', () => {
  it('in a text file: one measure per heading, each labelled paragraph its field, one Thai warning', async () => {
    const r = await preview(text(PLAN));
    expect(read(r)).toEqual(EXPECTED);
    expect(r.plan.title).toBe(TITLE);
    expect(r.warnings.map((w) => w.code)).toEqual(['plan-from-paragraphs']);
    expect(r.warnings[0]!.message_th).toBe(
      'บรรทัด ๒: ไม่พบตารางมาตรการ แต่พบมาตรการที่เขียนเป็นย่อหน้า ขึ้นต้นด้วยชื่อคอลัมน์ ("มาตรการ:", "วิธีการดำเนินการ:", "ระยะเวลาดำเนินการ:", "การติดตามผล:", "ผู้รับผิดชอบ:") จึงอ่านเป็นมาตรการ ๒ ข้อ ข้อละหนึ่งหัวข้อกับย่อหน้าใต้หัวข้อนั้น กรุณาตรวจว่ามาตรการครบ และข้อความแต่ละส่วนอยู่ในช่องที่ถูกต้อง',
    );
  });

  it('in Word, labels in another order and spacing, items on the paragraphs under a label, the closing text left alone', async () => {
    const r = await preview(
      word([
        TITLE,
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        'ผู้รับผิดชอบ : กองคลัง',
        'วิธีการดำเนินการ:',
        '๑. จัดทำคู่มือการยืมคืนพัสดุ',
        '๒. ประชาสัมพันธ์ให้บุคลากรทราบ',
        'การติดตามผลการดำเนินการ : ๑. รายงานผลต่อที่ประชุมทุกเดือน',
        '๒. สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
        'ระยะเวลา: ตลอดปีงบประมาณ',
        'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
        'การติดตามผล: รายงานผู้บริหารทุกไตรมาส',
        'หน่วยงานผู้รับผิดชอบ: สำนักปลัด',
        'ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป',
        'ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๖',
      ]),
    );
    expect(
      r.plan.measures.map((m) => [m.indicator, m.methods, m.followUps.map((f) => f.cadence), m.responsible.unitIds]),
    ).toEqual([
      [4, ['จัดทำคู่มือการยืมคืนพัสดุ', 'ประชาสัมพันธ์ให้บุคลากรทราบ'], ['monthly', 'semiannual'], ['finance']],
      [9, [], ['quarterly'], ['clerk']],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['plan-from-paragraphs']);
  });

  it('in a PDF (lines, no paragraphs): a wrapped value joins its line, the fields are read', async () => {
    const lines = [
      TITLE,
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'มาตรการ: มาตรการป้องกันการใช้ทรัพย์สินของราชการ',
      'เพื่อประโยชน์ส่วนตน',
      'วิธีการดำเนินการ: จัดทำคู่มือการยืมคืนพัสดุ',
      'ระยะเวลาดำเนินการ: ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
      'การติดตามผล: รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน',
      'ผู้รับผิดชอบ: กองคลัง',
    ];
    const r = await preview(await planPdf([{ texts: lines.map((t, i) => ({ x: 40, y: 40 + 18 * i, text: t })) }]));
    expect(read(r)).toEqual([{ ...EXPECTED[0], subMeasures: ['มาตรการป้องกันการใช้ทรัพย์สินของราชการ เพื่อประโยชน์ส่วนตน'] }]);
    expect(r.warnings.map((w) => w.code)).toContain('plan-from-paragraphs');
  });
});

describe('indicator headings as paragraphs without labelled fields', () => {
  it('no measure, and the no-measures message quotes the first heading', async () => {
    const r = await preview(text([TITLE, 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'เทศบาลจะจัดทำคู่มือการยืมคืนพัสดุและรายงานทุกเดือน']));
    expect(r.plan.measures).toEqual([]);
    const [w] = r.warnings.filter((x) => x.code === 'no-measures');
    expect(w!.message_th).toBe(
      'บรรทัด ๒: ไม่พบตารางมาตรการในเอกสาร: พบหัวข้อ "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ" แต่ไม่พบแถวหัวตารางที่อ่านได้ และไม่มีย่อหน้าที่ขึ้นต้นด้วยชื่อคอลัมน์ (เช่น "วิธีการดำเนินการ:", "การติดตามผล:", "ผู้รับผิดชอบ:") จึงอ่านเป็นมาตรการไม่ได้ กรุณาตรวจว่าแผนเป็นตารางที่มีแถวหัวตาราง หรือขึ้นต้นแต่ละย่อหน้าด้วยชื่อคอลัมน์และเครื่องหมาย ":" แล้วนำเข้าใหม่',
    );
  });

  it('a document with neither says only that no table was found', async () => {
    const r = await preview(text([TITLE, 'เทศบาลจะจัดทำคู่มือ']));
    expect(r.warnings.map((w) => [w.code, w.message_th])).toEqual([
      ['no-measures', 'บรรทัด ๑: ไม่พบตารางมาตรการในเอกสาร'],
    ]);
  });
});
