// Faults 1-3 of issue 17: OCR spellings of the indicator heading, Thai written in other code-point
// orders, and inputs that made tag stripping quadratic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { importMeasuresDocument, type ImportResult } from '../../shared/import/measures-document.js';
import { collapseSpaces, MAX_ITEMS, normaliseThai, splitItems, stripTags } from '../../shared/import/thai-text.js';
import { readTextDocument } from '../../shared/import/source-document.js';
import { SEED_DOCUMENT, importSeedPlan } from '../support/seed-plan.js';

const seedText = readFileSync(SEED_DOCUMENT, 'utf8');
const importText = (text: string, fy = 2566) =>
  importMeasuresDocument(text, { orgId: 'demo', fy, units: MUNICIPAL_UNITS });

/** What a coordinator checks in a plan: indicator, units and cadences of each measure. */
const shape = (r: ImportResult) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    allUnits: m.responsible.allUnits,
    unitIds: m.responsible.unitIds,
    lead: m.responsible.leadUnitId,
    cadences: m.followUps.map((f) => f.cadence),
  }));
const seedShape = shape(importSeedPlan());

describe('an indicator heading OCR read another way is still a heading (fault 1)', () => {
  const heading5 = 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต';
  for (const misread of [
    'ตัวซี้วัคที่ ๕', // ช read as ซ, ด as ค
    'ตวชี้วัดที่ ๕', // mai han-akat dropped
    'ตัวชี้วัดที ๕', // mai ek dropped
    'ตัวชื้วัดทึ่ ๕', // sara i read as sara ue twice
    'ตัวชี้วัดที่ 5', // Arabic digit
  ]) {
    it(`keeps indicator 5 when its heading reads "${misread}" and says what it took it for`, () => {
      const text = seedText.replace('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต</b> ๑.', `${misread} การแก้ไขปัญหาการทุจริต</b> ๑.`);
      expect(text).not.toBe(seedText);
      const result = importText(text);
      expect(shape(result)).toEqual(seedShape);
      expect(result.plan.measures[1]!.title).toBe(heading5);
      const guessed = result.warnings.filter((w) => w.code === 'indicator-label-guessed');
      if (misread.startsWith('ตัวชี้วัดที่')) {
        expect(guessed.map((w) => w.message_th)).not.toContainEqual(expect.stringContaining(misread));
      } else {
        expect(guessed.map((w) => w.message_th)).toContainEqual(expect.stringContaining(`"${misread}"`));
        expect(guessed.find((w) => w.message_th.includes(misread))!.message_th).toContain('ตัวชี้วัดที่ ๕');
      }
    });
  }

  it('does not take other numbered words for an indicator heading', () => {
    for (const cell of ['การประชุมครั้งที่ ๒', 'ตามตัวชี้วัด ๕ ข้อ', 'ข้อที่ ๓ การเบิกจ่าย', 'ร้อยละ ๕ ของงบประมาณ']) {
      expect(parseIndicatorHeading(cell)).toBeUndefined();
    }
  });
});

describe('Thai typed or extracted in another code-point order gives the same plan (fault 2)', () => {
  it('reads the seed with every sara am written as nikhahit + sara aa: 7 measures, same units and cadences', () => {
    const decomposed = seedText.replaceAll('\u0e33', '\u0e4d\u0e32');
    expect(decomposed).not.toContain('\u0e33');
    const result = importText(decomposed);
    expect(result.plan.measures).toHaveLength(7);
    expect(shape(result)).toEqual(seedShape);
    expect(result.plan.measures.every((m) => !m.title.includes('\u0e4d'))).toBe(true);
  });

  it('still warns about the fiscal year when sara am is decomposed', () => {
    const decomposed = seedText.replaceAll('\u0e33', '\u0e4d\u0e32');
    expect(importText(decomposed, 2567).warnings.map((w) => w.code)).toContain('fiscal-year-differs');
  });

  it('reads the seed with the tone mark of ชี้ typed before the vowel: 7 measures, same units and cadences', () => {
    const swapped = seedText.replaceAll('ชี้', 'ช\u0e49\u0e35');
    expect(swapped).not.toBe(seedText);
    const result = importText(swapped);
    expect(result.plan.measures).toHaveLength(7);
    expect(shape(result)).toEqual(seedShape);
  });

  it('reads the seed with every sara am decomposed and the tone mark of ชี้ typed first, both at once: 7 measures, same units and cadences', () => {
    const both = seedText.replaceAll('\u0e33', '\u0e4d\u0e32').replaceAll('ชี้', 'ช\u0e49\u0e35');
    expect(both).not.toContain('\u0e33');
    expect(both).not.toContain('ชี้');
    const result = importText(both);
    expect(result.plan.measures).toHaveLength(7);
    expect(shape(result)).toEqual(seedShape);
    expect(result.plan.measures.map((m) => m.title)).toEqual(importSeedPlan().plan.measures.map((m) => m.title));
    expect(result.warnings.map((w) => w.code)).toEqual(importSeedPlan().warnings.map((w) => w.code));
  });

  it('reads the seed with zero-width spaces inside the words, as PDFs and Word leave them', () => {
    const spaced = seedText.replaceAll('ตัวชี้วัด', 'ตัว\u200bชี้\u200dวัด').replaceAll('กอง', 'ก\ufeffอง');
    expect(shape(importText(spaced))).toEqual(seedShape);
  });

  it('reads the seed with tone marks under lower vowels swapped and sara ae typed as two sara e', () => {
    const typed = seedText.replaceAll('ทุ่', 'ท\u0e48\u0e38').replaceAll('แ', 'เเ');
    expect(typed).not.toBe(seedText);
    expect(shape(importText(typed))).toEqual(seedShape);
  });

  it('normalises to one spelling: sara am, mark order, doubled marks, zero-width characters', () => {
    expect(normaliseThai('น\u0e49\u0e4d\u0e32')).toBe('น้ำ');
    expect(normaliseThai('น\u0e4d\u0e49\u0e32')).toBe('น้ำ');
    expect(normaliseThai('ช\u0e49\u0e35')).toBe('ชี้');
    expect(normaliseThai('ที่\u0e48')).toBe('ที่');
    expect(normaliseThai('กอ\u200bง')).toBe('กอง');
  });
});

describe('tag stripping and list splitting take time in proportion to the input (fault 3)', () => {
  // Before: /<[^>]*>/g rescanned to the end for every unclosed "<" (160,000 of them: 26 s).
  it('strips a megabyte of unclosed "<" and keeps them as text', () => {
    const input = '<'.repeat(1_000_000);
    expect(stripTags(input)).toHaveLength(1_000_000);
  });

  it('splits a megabyte of unclosed <li> and <p> tags into one item', () => {
    const input = '<li>ก'.repeat(100_000) + '<p'.repeat(100_000);
    expect(splitItems(input)).toHaveLength(1);
  });

  it('imports a megabyte of tags, digits and half-headings in one pass with a warning, not a timeout', () => {
    const header = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\n';
    const row = `${'<'.repeat(300_000)}${' ตัวชี้ ๑'.repeat(5000)}\t<ul>${'<li><p'.repeat(50_000)}\t\t${'๑. '.repeat(30_000)}\tกองคลัง\n`;
    const result = importText(header + row.repeat(2));
    // no indicator heading anywhere: both rows are kept for the coordinator to assign one
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([null, null]);
    expect(result.warnings.map((w) => w.code)).toContain('no-indicator');
  });

  // The bench's adversarial megabyte (npm run bench, "importer"): a million blank lines or tabs made a
  // million blocks or cells, a million bullets a million items; 8x the ordinary megabyte's time.
  it('makes no blocks of a megabyte of blank lines, tab-only lines or CRLF blank lines', () => {
    for (const blank of ['\n', '\t\n', ' \r\n']) {
      const doc = readTextDocument(`${blank.repeat(300_000)}ข้อความ\tกองคลัง\n${blank.repeat(3)}`);
      expect(doc.blocks).toEqual([{ kind: 'row', where: { line: 300_001 }, cells: ['ข้อความ', 'กองคลัง'] }]);
    }
  });

  it('splits a cell of half a million bullets, numbers or list items into the first 100 items', () => {
    const numbered = Array.from({ length: 200_000 }, (_, i) => `${i + 1}. ข้อ`).join(' ');
    for (const cell of ['- ก '.repeat(500_000), numbered, '<li>ก</li>'.repeat(200_000)]) {
      const items = splitItems(cell);
      expect(items).toHaveLength(MAX_ITEMS);
      expect(items.at(-1)).toMatch(/ก|ข้อ/);
    }
    expect(splitItems(numbered).at(-1)).toBe('ข้อ');
  });

  it('collapses runs of spaces, tabs, no-break and zero-width spaces to one space, single spaces kept', () => {
    expect(collapseSpaces(' ก  ข\tค\u00a0ง \u200b จ\u200bฉ\n')).toBe('ก ข ค ง จ ฉ');
    expect(collapseSpaces('ก ข')).toBe('ก ข');
    expect(collapseSpaces('ก '.repeat(500_000))).toHaveLength(999_999);
  });

  it('keeps the meaning of the old tag rule on ordinary cells', () => {
    expect(stripTags('<b>ก</b>&amp;<i>ข</i> a<b')).toBe('ก & ข a<b');
    expect(splitItems('<p>หนึ่ง</p><ul><li>- สอง</li><li>สาม</ul></li>')).toEqual(['หนึ่ง', 'สอง', 'สาม']);
  });
});
