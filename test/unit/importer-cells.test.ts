// Reviewer faults of issue 17 in single cells: a responsibility cell naming a unit thousands of
// times (quadratic, a warning per repetition), a follow-up naming two cadences (one kept silently),
// indicator headings written "ตัวชี้วัดที่: ๕" or "ตัวชี้วัด ๕" (the indicator lost).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { detectCadences } from '../../shared/import/cadence-detection.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { MAX_WARNINGS } from '../../shared/import/measures-document.js';
import { MAX_CELL_FINDINGS, parseResponsibility } from '../../shared/import/responsibility.js';
import { bagDistance, editDistanceWithin } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

const thaiNo = (i: number) => String(i).replace(/[0-9]/g, (d) => 'กขคงจฉชซฌญ'[Number(d)]!);

describe('a responsibility cell naming units thousands of times is read once per unit, with few warnings', () => {
  const unitWarnings = (cell: string) =>
    importRows(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', 'วิธี', 'ตลอดปี', 'รายงานทุกเดือน', cell]).warnings.filter(
      (w) => w.code === 'unit-guessed' || w.code === 'unknown-unit',
    );

  it('reads "กองคลัง/" written 16,000 times as กองคลัง, with no warning about it', () => {
    const cell = 'กองคลัง/'.repeat(16_000);
    expect(parseResponsibility(cell, MUNICIPAL_UNITS).responsibility.unitIds).toEqual(['finance']);
    expect(unitWarnings(cell)).toEqual([]);
  });

  it('reads an OCR slip of a name ("กองคลง/") written 16,000 times as กองคลัง, with one warning', () => {
    const cell = 'กองคลง/'.repeat(16_000);
    expect(parseResponsibility(cell, MUNICIPAL_UNITS).responsibility.unitIds).toEqual(['finance']);
    const warnings = unitWarnings(cell);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message_th).toContain('อ่านได้ว่า "กองคลง" จึงถือเป็น "กองคลัง"');
  });

  it('reports at most ten of hundreds of different one-slip spellings of a name, and counts the rest', () => {
    const name = 'กองคลัง';
    const slips = [...name].flatMap((_, p) =>
      Array.from({ length: 0x2e }, (_, k) => String.fromCharCode(0x0e01 + k))
        .map((c) => name.slice(0, p) + c + name.slice(p + 1))
        .filter((s) => s !== name),
    );
    const cell = Array.from({ length: 16_000 }, (_, i) => slips[i % slips.length]).join('/');
    const parsed = parseResponsibility(cell, MUNICIPAL_UNITS);
    expect(parsed.responsibility.unitIds).toEqual(['finance']);
    expect(parsed.guessed).toHaveLength(MAX_CELL_FINDINGS);
    expect(parsed.omitted.guessed).toBeGreaterThan(100);
    const warnings = unitWarnings(cell);
    expect(warnings.length).toBeLessThanOrEqual(MAX_CELL_FINDINGS + 2);
    expect(warnings.map((w) => w.message_th)).toContainEqual(
      expect.stringMatching(/และอีก [๐-๙]+ คำในช่องผู้รับผิดชอบที่ถือเป็นหน่วยงานโดยความคล้ายของชื่อ/),
    );
  });

  it('quotes at most ten unknown words of 16,000, each shortened, and counts the rest', () => {
    const cell = Array.from({ length: 16_000 }, (_, i) => `หน่วย${thaiNo(i)}`).join('/') + '/' + 'ก'.repeat(5000);
    const warnings = unitWarnings(cell);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "หน่วยก หน่วยข .*" และคำอื่นอีก [๐-๙]+ คำ/);
    expect(warnings[0]!.message_th.length).toBeLessThan(600);
    expect(warnings[0]!.message_en).toMatch(/and \d+ more words/);
  });

  it(`gives back at most ${MAX_WARNINGS} warnings, then one that counts the rest`, () => {
    // each row has a cell more than the header: a warning per row, beyond the 500 measures kept
    const rows = Array.from({ length: 1500 }, (_, i) => [`มาตรการ ${i + 1}`, 'วิธี', 'ตลอดปี', 'รายงาน', 'กองคลัง', 'x']);
    const { plan, warnings } = importRows(...rows);
    expect(plan.measures).toHaveLength(500);
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)).toMatchObject({ code: 'more-warnings', message_en: expect.stringMatching(/^\d+ more/) });
    expect(warnings.at(-1)!.message_th).toMatch(/^มีคำเตือนอีก [๐-๙]+ รายการที่ไม่ได้แสดง/);
  });
});

describe('a follow-up naming two cadences keeps the most frequent and says so, at its row and column', () => {
  const cases: [string, string, string[]][] = [
    ['รายงานผลรายไตรมาส / รายเดือน', 'monthly', ['quarterly']],
    // review 17 s23, S23-8's rest: "… ทุก ๓ เดือน และสรุปผล…" is two follow-ups now (importer-two-follow-ups-in-one-line)
    ['รายงานผู้บริหารทุก ๓ เดือน สรุปผลสิ้นปีงบประมาณ', 'quarterly', ['annual']],
    ['รายงานทุก ๖ เดือน หรือทุกเดือนเมื่อมีเรื่องร้องเรียน', 'monthly', ['semiannual']],
  ];
  for (const [text, kept, also] of cases) {
    it(`keeps ${kept} from "${text}" and warns in Thai and English`, () => {
      expect(detectCadences(text)).toEqual({ cadence: kept, alsoNamed: also });
      const { plan, warnings } = importRows(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ', 'วิธี', 'ตลอดปี', text, 'กองคลัง']);
      expect(plan.measures[0]!.followUps[0]!.cadence).toBe(kept);
      const warning = warnings.find((w) => w.code === 'two-cadences');
      expect(warning).toMatchObject({ where: { line: 2, column: 4 }, measureId: 'i4', followUpNo: 1, source: text });
      expect(warning!.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๔: ตัวชี้วัดที่ ๔ การติดตามผลข้อ ๑ ระบุรอบการรายงานมากกว่าหนึ่งรอบ/);
      expect(warning!.message_en).toContain(`indicator 4, follow-up 1 names more than one reporting cadence`);
      expect(warning!.message_en).toContain(`${kept}, is kept`);
    });
  }

  it('takes "ทุก ๖ เดือน ในเดือนเมษายนและกันยายน" for one cadence (april-september), with no warning', () => {
    expect(detectCadences('รายงานทุก ๖ เดือน ในเดือนเมษายน และ กันยายน')).toEqual({
      cadence: 'april-september',
      alsoNamed: [],
    });
  });
});

describe('an indicator heading with a colon, or without ที่, keeps its indicator', () => {
  for (const heading of [
    'ตัวชี้วัดที่: ๕',
    'ตัวชี้วัด ๕',
    'ตัวชี้วัดที่ 5:',
    'ตัวชี้วัดที่:5',
    'ตัวชี้วัด: 5',
    'ตัวชี้วัด 5.',
    '๒. ตัวชี้วัด ๕',
    'ตัวชี้วัดที่ - ๕',
  ]) {
    it(`reads "${heading} การแก้ไขปัญหาการทุจริต" as indicator 5 with its name`, () => {
      const parsed = parseIndicatorHeading(`${heading} การแก้ไขปัญหาการทุจริต ๑. มาตรการเผยแพร่ข้อมูล`);
      expect(parsed).toMatchObject({
        indicator: 5,
        title: 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
        subMeasures: ['มาตรการเผยแพร่ข้อมูล'],
        nameUnrecognised: false,
      });
      const { plan } = importRows([`${heading} การแก้ไขปัญหาการทุจริต`, 'วิธี', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง']);
      expect(plan.measures.map((m) => m.indicator)).toEqual([5]);
    });
  }

  it('still takes no count of indicators or a success indicator for a heading', () => {
    for (const cell of ['ตามตัวชี้วัด ๕ ข้อ', 'ตัวชี้วัด ๕ ข้อ ได้แก่', 'ผลตามตัวชี้วัด ๕', 'ตัวชี้วัดความสำเร็จ ร้อยละ 80']) {
      expect(parseIndicatorHeading(cell)).toBeUndefined();
    }
  });
});

describe('measures of one indicator keep their own ids, in document order', () => {
  it('numbers the 2nd and 3rd measure of indicator 5 i5-2 and i5-3, and a measure without one by its order', () => {
    const row = (measure: string) => [measure, 'วิธี', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'];
    const { plan } = importRows(
      row('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'),
      row('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ'),
      row('ตัวชี้วัดที่ ๕ มาตรการที่สอง'),
      row('มาตรการที่ไม่ระบุตัวชี้วัด'),
      row('ตัวชี้วัดที่ 5 มาตรการที่สาม'),
      row('ตัวชี้วัดที่ ๔ มาตรการที่สอง'),
    );
    expect(plan.measures.map((m) => m.measureId)).toEqual(['i5', 'i4', 'i5-2', 'm4', 'i5-3', 'i4-2']);
  });

  it('gives 500 measures of one indicator 500 different ids, the last i5-500', () => {
    const rows = Array.from({ length: 600 }, () => ['ตัวชี้วัดที่ ๕', 'วิธี', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง']);
    const ids = importRows(...rows).plan.measures.map((m) => m.measureId);
    expect(new Set(ids).size).toBe(500);
    expect(ids.slice(0, 2)).toEqual(['i5', 'i5-2']);
    expect(ids.at(-1)).toBe('i5-500');
  });
});

describe('a heading whose ท was read as a look-alike consonant keeps its indicator', () => {
  // ห is like ท (and like น): each group a letter belongs to counts
  for (const misread of ['ตัวชี้วัดหี่ ๕', 'ตัวชี้วัดถี่ ๕', 'ตัวชี้จัดที่ ๕']) {
    it(`reads "${misread}" as indicator 5 and quotes what it read`, () => {
      const parsed = parseIndicatorHeading(`${misread} การแก้ไขปัญหาการทุจริต`);
      expect(parsed).toMatchObject({ indicator: 5, labelRead: misread });
    });
  }

  it('takes no heading 3.5 weighted edits away ("ตัวชี้ตัวชี้ ๑")', () => {
    expect(parseIndicatorHeading('ตัวชี้ตัวชี้ ๑ ตัวชี้ ๑')).toBeUndefined();
  });
});

/** The full edit distance (UTF-16 code units), the oracle editDistanceWithin is checked against. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

describe('a name is compared with a unit only as far as the slips allowed', () => {
  it('gives the edit distance when it is at most the limit, and limit + 1 otherwise, for any two words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'กองคลังช่าง'), maxLength: 24 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, max) => {
        expect(editDistanceWithin(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
      }),
      { numRuns: 5000, seed: 17 },
    );
  });

  it('bounds the edit distance from below by letter counts alone (bagDistance), for any two words', () => {
    const word = fc.string({ unit: fc.constantFrom(...'กองคลังช่าง|ก '), maxLength: 24 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(bagDistance(a, b)).toBeLessThanOrEqual(editDistance(a, b));
        expect(bagDistance(a, b)).toBe(bagDistance(b, a));
      }),
      { numRuns: 5000, seed: 18 },
    );
  });

  it('reads 200 different slips of กองการศึกษา in each of 400 cells as กองการศึกษา, ten quoted and 190 counted a cell', () => {
    const letters = [...'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ'];
    const slips = letters.flatMap((a) => letters.map((b) => `กองการศึก${a}${b}`)).filter((w) => w !== 'กองการศึกษา');
    const rows = Array.from({ length: 400 }, (_, i) => [
      'ตัวชี้วัดที่ ๙',
      'x',
      'y',
      'z',
      Array.from({ length: 200 }, (_, j) => slips[(i * 200 + j) % slips.length]).join('/'),
    ]);
    const { plan, warnings } = importRows(...rows);
    expect(plan.measures).toHaveLength(400);
    for (const m of plan.measures) expect(m.responsible.unitIds).toEqual(['education']);
    const first = warnings.filter((w) => w.code === 'unit-guessed' && w.measureId === 'i9');
    expect(first).toHaveLength(MAX_CELL_FINDINGS + 1);
    expect(first.at(-1)!.message_en).toContain('and 190 more words');
  });
});
