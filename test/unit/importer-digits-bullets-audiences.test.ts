// Review 17 s9, entries 17, 35 and 30: full-width digits were no digits (the seed so written lost
// every indicator), items bulleted with "•" and its kin were one item (a follow-up and its cadence
// lost), and "นายกฯ", "นายก อบต." and "ปลัดเทศบาล" were no audience.
import { describe, expect, it } from 'vitest';
import { detectAudience } from '../../shared/import/cadence-detection.js';
import { normaliseThai } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

const row = (heading: string, followUps: string, methods = '๑. จัดทำคู่มือ') => [
  `ตัวชี้วัดที่ ${heading} การใช้ทรัพย์สินของราชการ`,
  methods,
  'ตลอดปี',
  followUps,
  'กองคลัง',
];

describe('full-width digits read as digits', () => {
  it.each([
    ['４', 4],
    ['１０', 10],
    ['９', 9],
  ])('"ตัวชี้วัดที่ %s" is indicator %i', (digits, indicator) => {
    const m = importRows(row(digits, '１. รายงานผลทุกเดือน ２. สรุปผลทุก ６ เดือน')).plan.measures[0]!;
    expect(m.indicator).toBe(indicator);
    expect(m.followUps.map((f) => f.cadence)).toEqual(['monthly', 'semiannual']);
  });

  it('other text keeps its digits as written', () => {
    expect(normaliseThai('ปี ๒๕๖๗ และ 2567 ครั้งที่ ３')).toBe('ปี ๒๕๖๗ และ 2567 ครั้งที่ 3');
  });
});

describe('items bulleted with the characters people type or paste start items like "- "', () => {
  it.each(['•', '▪', '➢', '○', '●', '✓'])('"%s" splits follow-ups and methods', (bullet) => {
    const m = importRows(
      row('๔', `${bullet} รายงานผลทุกเดือน ${bullet} สรุปผลทุก ๖ เดือน`, `${bullet} จัดทำคู่มือ ${bullet}ประชาสัมพันธ์`),
    ).plan.measures[0]!;
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผลทุกเดือน', 'monthly'],
      ['สรุปผลทุก ๖ เดือน', 'semiannual'],
    ]);
    expect(m.methods).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
  });
});

describe('the usual short forms of the mayor and the chief officer are audiences', () => {
  it.each([
    ['รายงานนายกฯ ทุกเดือน', ['mayor']],
    ['รายงานนายก อบต. ทุกเดือน', ['mayor']],
    ['รายงานนายก ทต. ทุกเดือน', ['mayor']],
    ['รายงานปลัดเทศบาลทุกเดือน', ['executives']],
    ['รายงานปลัด อบต. และนายกฯ', ['mayor', 'executives']],
  ])('"%s"', (text, audience) => {
    expect(detectAudience(text)).toEqual(audience);
  });
});
