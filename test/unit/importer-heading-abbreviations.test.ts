// Review 17 s10, section 0: the seed with its heading written "ตวช.ที่" (the Thai abbreviation) or
// "Indicator" (English) gave 7 measures without indicators (each no-indicator, unsavable). Both are
// read as the label now, without a warning: they are written so on purpose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { importRows } from '../support/import-rows.js';
import { SEED_DOCUMENT, importSeedPlan } from '../support/seed-plan.js';

const seed = importSeedPlan();
const seedText = readFileSync(SEED_DOCUMENT, 'utf8');

describe('the seed with its indicator headings abbreviated or in English', () => {
  for (const label of ['ตวช.ที่', 'ตวช.', 'Indicator', 'INDICATOR NO.']) {
    it(`"${label} ๔" … imports as the seed does: the same measures and warnings`, () => {
      const result = importMeasuresDocument(seedText.replaceAll('ตัวชี้วัดที่', label), {
        orgId: 'demo',
        fy: 2566,
        units: MUNICIPAL_UNITS,
      });
      expect(result.plan.measures).toEqual(seed.plan.measures);
      expect(result.warnings.map((w) => w.code)).toEqual(seed.warnings.map((w) => w.code));
    });
  }
});

const row = (measure: string) => [measure, 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];

describe('a measure cell headed by the abbreviation or the English label', () => {
  for (const heading of [
    'ตวช.ที่ ๕',
    'ตวช. ๕',
    'ตวช.๕',
    'ตวช ที่ 5',
    'ตวช.ที่: ๕',
    'Indicator 5',
    'indicator5',
    'Indicator No. 5',
    'Indicator #5',
    '๒. Indicator: ๕',
  ]) {
    it(`"${heading} การแก้ไขปัญหาการทุจริต" is indicator 5 with its name, no warning`, () => {
      const { plan, warnings } = importRows(row(`${heading} การแก้ไขปัญหาการทุจริต ๑. มาตรการเผยแพร่ข้อมูล`));
      expect(plan.measures[0]).toMatchObject({
        indicator: 5,
        title: 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
        subMeasures: ['มาตรการเผยแพร่ข้อมูล'],
      });
      expect(warnings).toEqual([]);
    });
  }

  it('"ตวช.ที่ ๔ และ ๕" names two indicators, like the full label', () => {
    const { plan, warnings } = importRows(row('ตวช.ที่ ๔ และ ๕ การใช้ทรัพย์สินของราชการ'));
    expect(plan.measures[0]!.indicator).toBe(4);
    expect(warnings.map((w) => w.code)).toEqual(['several-indicators']);
  });

  it('takes no count of indicators, and no English word inside a sentence, for a heading', () => {
    for (const cell of ['ตามตวช. ๕ ข้อ', 'ตวช. ๕ ตัว ได้แก่', 'ผลตาม indicator 5 ของแผน', 'Indicators 5 ข้อ', 'ตวช.ที่ ๑๒']) {
      expect(parseIndicatorHeading(cell)).toBeUndefined();
    }
  });

  it('the earlier of a full label and an abbreviation heads the cell', () => {
    expect(parseIndicatorHeading('ตัวชี้วัดที่ ๓ การใช้อำนาจ อ้างอิง ตวช.ที่ ๕')?.indicator).toBe(3);
    expect(parseIndicatorHeading('ตวช.ที่ ๕ การแก้ไขปัญหาการทุจริต ดูตัวชี้วัดที่ ๓')?.indicator).toBe(5);
  });
});
