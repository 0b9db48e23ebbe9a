// Review 17 s9, entry 39. A follow-up column named with a leading word ("แนวทางการติดตามผล",
// "วิธีการติดตามผล", "กำหนดเวลาการติดตามผล", "มาตรการติดตามผล") was taken for the column that
// word names (a second measure column, methods, timeframe): every follow-up was lost or poured
// into the measure. A label naming การติดตาม is the follow-up column; two columns read as one role
// are said (columns-joined), never joined silently.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf } from '../../shared/import/column-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });

const ROWS = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๑. มาตรการป้องกันการใช้ทรัพย์สิน\t๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์\tตลอดปี\t๑. รายงานผลทุกเดือน ๒. สรุปผลทุก ๖ เดือน\tกองคลัง',
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\tตลอดปี\t๑. เสนอผู้บริหารในเดือนเมษายน และ กันยายน ๒. สรุปผลประจำปี\tกองช่าง กองการศึกษา',
];
const EXPECTED = [
  { indicator: 4, subMeasures: 1, methods: 2, cadences: ['monthly', 'semiannual'] },
  { indicator: 9, subMeasures: 0, methods: 1, cadences: ['april-september', 'annual'] },
];
const shape = (r: ReturnType<typeof importText>) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    subMeasures: m.subMeasures.length,
    methods: m.methods.length,
    cadences: m.followUps.map((f) => f.cadence),
  }));

describe('a follow-up column named with a leading word is the follow-up column (entry 39)', () => {
  for (const label of [
    'แนวทางการติดตามผล',
    'วิธีการติดตามผล',
    'กำหนดเวลาการติดตามผล',
    'มาตรการติดตามผล',
    'ขั้นตอนการติดตามผล',
    'ระยะเวลาการติดตามและรายงานผล',
  ]) {
    it(`"${label}": every follow-up read with its cadence, no warning`, () => {
      const result = importText([`มาตรการ\tวิธีการดำเนินการ\tระยะเวลา\t${label}\tผู้รับผิดชอบ`, ...ROWS]);
      expect(shape(result)).toEqual(EXPECTED);
      expect(result.warnings).toEqual([]);
      expect(columnOf(label).role).toBe('followUps');
    });
  }

  it('a unit column that names the follow-up ("ผู้รับผิดชอบการติดตามผล") is still the units', () => {
    expect(columnOf('ผู้รับผิดชอบการติดตามผล').role).toBe('responsible');
    expect(columnOf('หน่วยงานที่รับผิดชอบการติดตาม').role).toBe('responsible');
  });
});

describe('two columns read as one role are said, naming both (entry 39)', () => {
  for (const [first, second] of [
    ['การติดตามผล', 'วิธีการติดตามผล'],
    ['มาตรการ', 'แนวทาง'],
    ['ระยะเวลา', 'กำหนดเวลา'],
  ] as const) {
    it(`"${first}" and "${second}": a columns-joined warning at the header, Thai first with Thai digits`, () => {
      const header = ['มาตรการ/แนวทาง', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
      const at = header.indexOf(first === 'มาตรการ' ? 'มาตรการ/แนวทาง' : first);
      header[at] = first;
      header.splice(at + 1, 0, second);
      const rows = ROWS.map((r) => {
        const cells = r.split('\t');
        cells.splice(at + 1, 0, '');
        return cells.join('\t');
      });
      const result = importText([header.join('\t'), ...rows]);
      const joined = result.warnings.filter((w) => w.code === 'columns-joined');
      expect(joined).toHaveLength(1);
      expect(joined[0]!.where).toEqual({ line: 1, column: at + 2 });
      expect(joined[0]!.message_th).toContain(`"${first}" (คอลัมน์ ${'๐๑๒๓๔๕'[at + 1]})`);
      expect(joined[0]!.message_th).toContain(`"${second}" (คอลัมน์ ${'๐๑๒๓๔๕๖'[at + 2]})`);
      expect(joined[0]!.message_en).toContain(`"${second}" (column ${at + 2})`);
      expect(result.plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    });
  }

  it('one label over two columns (a merged header cell) is no warning', () => {
    const header = 'มาตรการ\tวิธีดำเนินการ\tระยะเวลา\tการติดตามผล\tการติดตามผล\tผู้รับผิดชอบ';
    const rows = ROWS.map((r) => r.split('\t').toSpliced(4, 0, '').join('\t'));
    const result = importText([header, ...rows]);
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });
});
