// "ตัวชี้วัดที่.4" (a speck OCR reads as a dot between the label and the number, no space) was no
// heading, though ": 5", "-6", "(7)" were (review 17 s17, S17-8): the measure had no indicator and, in
// the seed, the results report's row of indicator 4 matched no measure (its ข้อเสนอแนะ lost).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

describe('a dot between "ตัวชี้วัดที่" and its number', () => {
  it.each([
    ['ตัวชี้วัดที่.4 การใช้ทรัพย์สินของราชการ', 4],
    ['ตัวชี้วัดที่ . ๕ การแก้ไขปัญหาการทุจริต', 5],
    ['ตัวชี้วัดที่.๙ การเปิดเผยข้อมูล', 9],
    ['ตัวชี้วัดที่.: 10 การป้องกันการทุจริต', 10],
  ])('"%s" is indicator %i, its name recognised', (text, no) => {
    const heading = parseIndicatorHeading(text);
    expect(heading?.indicator).toBe(no);
    expect(heading?.nameUnrecognised).toBe(false);
    expect(heading?.subMeasures).toEqual([]);
  });

  it('a sentence ending in a dot before a number is no heading', () => {
    expect(parseIndicatorHeading('ดำเนินการตามที่กำหนด. 4 เรื่อง')).toBeUndefined();
  });

  it('the seed with every "ตัวชี้วัดที่" written "ตัวชี้วัดที่.": its 7 measures, and the results rows matched', () => {
    const seed = readFileSync(new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url), 'utf8');
    const opts = { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS };
    const plain = importMeasuresDocument(seed, opts);
    const dotted = importMeasuresDocument(seed.replaceAll('ตัวชี้วัดที่ ', 'ตัวชี้วัดที่.'), opts);
    expect(dotted.plan.measures.map((m) => m.indicator)).toEqual(plain.plan.measures.map((m) => m.indicator));
    expect(dotted.plan.measures).toHaveLength(7);
    expect(dotted.plan.measures.map((m) => m.recommendations)).toEqual(
      plain.plan.measures.map((m) => m.recommendations),
    );
    const codes = (r: typeof plain) => r.warnings.map((w) => w.code);
    expect(codes(dotted)).not.toContain('unmatched-results-row');
    expect(codes(dotted)).not.toContain('no-indicator');
  });
});
