// Review 17 s13, S13-9: Word's bulleted lists use a Symbol or Wingdings bullet, which Word's and
// LibreOffice's PDF export write as a private-use character (U+F0B7 "", U+F0D8 "", …); Word's
// plain-text lists use "·". Items bulleted so were not split: a measure's follow-ups merged into
// one (its second reporting duty gone, silently when the cadences agreed) and the glyph was saved.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const read = (bullet: string) => {
  const b = (items: string[]) => items.map((i) => `${bullet} ${i}`).join(' ');
  const row = [
    'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
    b(['จัดทำคู่มือ', 'ประชาสัมพันธ์']),
    'ตลอดปีงบประมาณ',
    b(['เสนอผู้บริหารในเดือนเมษายน และ กันยายน', 'สรุปผลประจำปี']),
    'กองช่าง',
  ].join('\t');
  const text = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', HEADER, row].join('\n');
  return importMeasuresDocument(text, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }).plan.measures[0]!;
};

describe('items bulleted with Word’s symbol-font bullets are items of their own', () => {
  const bullets: [string, string][] = [
    ['Symbol’s bullet as a PDF writes it (U+F0B7)', '\uF0B7'],
    ['Wingdings’ arrow (U+F0D8)', '\uF0D8'],
    ['Wingdings’ square (U+F0A7)', '\uF0A7'],
    ['the middle dot of plain-text lists', '·'],
  ];
  it.each(bullets)('%s', (_, bullet) => {
    const m = read(bullet);
    expect(m.methods).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['เสนอผู้บริหารในเดือนเมษายน และ กันยายน', 'april-september'],
      ['สรุปผลประจำปี', 'annual'],
    ]);
  });
});
