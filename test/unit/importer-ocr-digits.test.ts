// Review 17 s9, entry 5: OCR reads the 0 of "ตัวชี้วัดที่ 10" as the letter O, and the 1 as l, I or
// |: "ตัวชี้วัดที่ 1O" was read as indicator 1, silently. Letters OCR gives for digits now count
// with the digits beside them: "1O", "l0", "I0" are 10, with a warning quoting what was read; a run
// that makes no indicator (1-10) is none, with the no-indicator warning.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { importRows } from '../support/import-rows.js';

const rowWithMeasure = (measure: string) => [measure, 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];

describe('an indicator number with letters OCR reads for digits', () => {
  for (const read of ['1O', 'l0', 'I0', '๑O', '1o', '|0']) {
    it(`"ตัวชี้วัดที่ ${read}" is indicator 10, with a warning quoting what was read`, () => {
      const result = importRows(rowWithMeasure(`ตัวชี้วัดที่ ${read} การป้องกันการทุจริต ๑. มาตรการป้องกันการทุจริต`));
      const measure = result.plan.measures[0]!;
      expect(measure.indicator).toBe(10);
      expect(measure.measureId).toBe('i10');
      expect(measure.title).toBe('ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต');
      const guessed = result.warnings.filter((w) => w.code === 'indicator-label-guessed');
      expect(guessed).toHaveLength(1);
      expect(guessed[0]!.message_th).toContain(`"ตัวชี้วัดที่ ${read}"`);
      expect(guessed[0]!.message_th).toContain('"ตัวชี้วัดที่ ๑๐"');
      expect(guessed[0]!.measureId).toBe('i10');
    });
  }

  it('reads an indicator column of "1O" as 10, with the warning at that column', () => {
    const text =
      'ตัวชี้วัด\tมาตรการ\tวิธีดำเนินการ\tการติดตามผล\tผู้รับผิดชอบ\n' +
      '1O\tมาตรการป้องกันการทุจริต\tประชุมชี้แจง\tรายงานผลทุกเดือน\tกองคลัง\n';
    const result = importMeasuresDocument(text, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([10]);
    const guessed = result.warnings.find((w) => w.code === 'indicator-label-guessed');
    expect(guessed?.where).toEqual({ line: 2, column: 1 });
    expect(guessed?.message_th).toContain('"ตัวชี้วัดที่ ๑๐"');
  });

  it('takes no indicator from a run that makes none ("5O" is 50): the measure is kept with no-indicator, never as 5', () => {
    for (const read of ['5O', '1OO', 'lO1']) {
      const result = importRows(rowWithMeasure(`ตัวชี้วัดที่ ${read} การป้องกันการทุจริต`));
      expect(result.plan.measures[0]!.indicator).toBeNull();
      expect(result.warnings.map((w) => w.code)).toContain('no-indicator');
    }
  });

  it('leaves a number followed by a word alone ("ตัวชี้วัดที่ 1 Online", "ตัวชี้วัดที่ 1Online" are 1), and a plain 10 unwarned', () => {
    expect(parseIndicatorHeading('ตัวชี้วัดที่ 1Online')?.indicator).toBe(1);
    expect(parseIndicatorHeading('ตัวชี้วัดที่ 1 Online')?.indicator).toBe(1);
    const plain = parseIndicatorHeading('ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต');
    expect(plain?.indicator).toBe(10);
    expect(plain?.labelRead).toBeUndefined();
  });
});
