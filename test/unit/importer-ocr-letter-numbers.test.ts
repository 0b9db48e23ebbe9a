// Review 17 s25, S25-7: "ตัวชี้วัดที่ l มาตรการที่ 8" (OCR's letter l for 1, S for 5) under a title that is
// no indicator's name was kept without an indicator, warned that no "ตัวชี้วัดที่" was found, though
// the label is there, spelled right. Letters alone after the label are its number now, warned as "1O".
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const read = (measure: string) => {
  const result = importRows([measure, 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง']);
  return { indicator: result.plan.measures[0]!.indicator, warnings: result.warnings };
};

describe('an indicator number OCR read as letters alone, before a title of the measure’s own', () => {
  it.each([
    ['ตัวชี้วัดที่ l มาตรการที่ 8', 1],
    ['ตัวชี้วัดที่ I มาตรการที่ 8', 1],
    ['ตัวชี้วัดที่ | มาตรการที่ 8', 1],
    ['ตัวชี้วัดที่ S มาตรการที่ 11', 5],
    ['ตัวชี้วัดที่ lO มาตรการที่ 12', 10],
    ['ตัวชี้วัดที่: l มาตรการจัดทำคู่มือ', 1],
  ])('"%s" is indicator %i, the label and its letters quoted', (measure, indicator) => {
    const r = read(measure);
    expect(r.indicator).toBe(indicator);
    expect(r.warnings.map((w) => w.code)).not.toContain('no-indicator');
    const guessed = r.warnings.filter((w) => w.code === 'indicator-label-guessed');
    expect(guessed).toHaveLength(1);
    expect(guessed[0]!.message_th).toContain(`"${measure.split(' มาตรการ')[0]}"`);
  });
});

describe('letters alone before an indicator’s own name', () => {
  it.each(['ตัวชี้วัดที่ S การปฏิบัติหน้าที่', 'ตัวชี้วัดที่ lO การปฏิบัติหน้าที่', 'ตัวชี้วัดที่ l การปฏิบัติหน้าที่'])(
    '"%s": the name decides, indicator 1',
    (measure) => {
      expect(read(measure).indicator).toBe(1);
    },
  );
});

describe('letters that are no number after the label', () => {
  it.each([
    'ตัวชี้วัดที่ O มาตรการที่ 8',
    'ตัวชี้วัดที่ II มาตรการที่ 8',
    'ตัวชี้วัดที่ Sa มาตรการที่ 8',
    'ตัวชี้วัด l มาตรการที่ 8',
    'มาตรการ I ตามแผน',
  ])('"%s": no indicator, warned as before', (measure) => {
    const r = read(measure);
    expect(r.indicator).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('no-indicator');
  });
});
