// Tester s43 F4: a reworded indicator heading ("<b>๓. ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงานและการให้บริการ
// ประชาชน</b>") was cut after the catalog name: the rest was glued before sub-measure 1 and the two
// dashed sub-measures read as one. The heading's words before the first item stay in the title.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const SEED = readFileSync(new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url), 'utf8');
const HEADING = '<b>๓. ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน</b>';
const SUB_MEASURES = [
  'จัดให้มีการอำนวยความสะดวก สะดวกในการให้บริการ ประชาชนหรือผู้มาติดต่อ ราชการ',
  'มีการประเมินผลความพึง พอดี ณ จุดให้บริการที่ สะดวก โดยอาจนำเทคโนโลยี มาใช้ และมีการรายงานให้ ผู้บริหารทราบเป็น ประจำทุก สิบปีงบประมาณ',
];

/** The seed with indicator 6's bold heading written `heading`: that measure as imported, and its warnings' codes. */
function indicatorSix(heading: string) {
  expect(SEED).toContain(HEADING);
  const result = importMeasuresDocument(SEED.replace(HEADING, `<b>๓. ${heading}</b>`), {
    orgId: 'demo',
    fy: 2566,
    units: MUNICIPAL_UNITS,
  });
  const measure = result.plan.measures.find((m) => m.indicator === 6)!;
  return { measure, codes: result.warnings.filter((w) => w.measureId === measure.measureId).map((w) => w.code) };
}

describe('a reworded indicator heading in the seed document keeps its words in the title', () => {
  it('"คุณภาพการดำเนินงานและการให้บริการประชาชน": the whole heading is the title, the two sub-measures as before', () => {
    const { measure } = indicatorSix('ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงานและการให้บริการประชาชน');
    expect(measure.title).toBe('ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงานและการให้บริการประชาชน');
    expect(measure.subMeasures).toEqual(SUB_MEASURES);
  });

  it('a suffix in parentheses and words after it: all in the title', () => {
    const { measure } = indicatorSix('ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (ฉบับปรับปรุง) ประจำปี ๒๕๖๖');
    expect(measure.title).toBe('ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน (ฉบับปรับปรุง) ประจำปี ๒๕๖๖');
    expect(measure.subMeasures).toEqual(SUB_MEASURES);
  });

  it("a name that differs from the catalog's: the heading's words are the title, said with a warning", () => {
    const { measure, codes } = indicatorSix('ตัวชี้วัดที่ ๖ คุณภาพการให้บริการประชาชน');
    expect(measure.title).toBe('คุณภาพการให้บริการประชาชน');
    expect(measure.subMeasures).toEqual(SUB_MEASURES);
    expect(codes).toContain('unknown-indicator-name');
  });
});

describe('the words after a heading name, before its first item', () => {
  it.each([
    [
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ประจำปี ๒๕๖๖ ๑. เผยแพร่ข้อมูล ๒. ตรวจสอบ',
      'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ประจำปี ๒๕๖๖',
      ['เผยแพร่ข้อมูล', 'ตรวจสอบ'],
    ],
    [
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลต่อสาธารณะ - เผยแพร่ - ปรับปรุงเว็บไซต์',
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูลต่อสาธารณะ',
      ['เผยแพร่', 'ปรับปรุงเว็บไซต์'],
    ],
    // items from the start: no words of the heading's to move
    [
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์',
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      ['จัดทำคู่มือ', 'ประชาสัมพันธ์'],
    ],
  ] as const)('"%s"', (cell, title, subMeasures) => {
    expect(parseIndicatorHeading(cell)).toMatchObject({ title, subMeasures });
  });
});
