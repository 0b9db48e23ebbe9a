// Review 17 s11, S11-37: OCR text whose row is broken over two lines (the indicator heading on a
// line of its own, a cell cut in the middle, a line cut at a tab) lost that measure, silently: the
// first part ended the table as prose and the rest was read outside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSeedPlan, importSeedText, SEED_DOCUMENT, seedShapeOf } from '../support/seed-plan.js';

const seed = readFileSync(SEED_DOCUMENT, 'utf8');
const HEADING = '<b>๓. ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน</b>';
const i6Line = seed.split('\n').find((l) => l.startsWith(HEADING))!;

const expected = seedShapeOf(importSeedPlan().plan.measures);

describe('a row of the seed broken over two lines reads as the unbroken seed (7 measures)', () => {
  const cases: [string, string][] = [
    ['the heading on a line of its own', i6Line.replace(`${HEADING} `, `${HEADING}\n`)],
    ['the first cell cut in the middle', i6Line.replace('อำนวยความสะดวก', 'อำนวยความ\nสะดวก')],
    ['the line cut at a tab', i6Line.replace('\tตลอด', '\nตลอด')],
    ['the follow-up cell cut in the middle', i6Line.replace('เสนอผู้บริหาร', 'เสนอผู้\nบริหาร')],
  ];
  it.each(cases)('%s', (_, broken) => {
    expect(i6Line).toBeDefined();
    expect(broken).not.toBe(i6Line);
    const result = importSeedText(seed.replace(i6Line, broken));
    expect(seedShapeOf(result.plan.measures)).toEqual(expected);
  });
});

describe('a plan written with every indicator heading on a line above its row', () => {
  const text = [
    'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
    'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ',
    'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
    '๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปีงบประมาณ\t๑. รายงานผลต่อที่ประชุมทุกเดือน\tกองคลัง',
    'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
    '๑. ปรับปรุงเว็บไซต์\tปรับปรุงข้อมูล\tตลอดปีงบประมาณ\t๑. เสนอผู้บริหารทุกไตรมาส\tกองช่าง',
  ].join('\n');

  it('reads each heading with the row under it', () => {
    const { plan } = importSeedText(text);
    expect(plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence), m.responsible.unitIds])).toEqual([
      [4, ['monthly'], ['finance']],
      [9, ['quarterly'], ['engineering']],
    ]);
  });

  it('does not join a line into the header row under it', () => {
    const { plan } = importSeedText(text.replace('มาตรการ/แนวทาง', 'หมายเหตุ: ตารางแผน\nมาตรการ/แนวทาง'));
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
  });
});
