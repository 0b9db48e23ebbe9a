// Review 17 s15, S15-12: the year line read only "ประจำปีงบประมาณ … พ.ศ. NNNN", so next year's plan
// written "ปีงบประมาณ พ.ศ. ๒๕๗๒ (ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒)", "ประจำปี พ.ศ. ๒๕๗๒" or
// "ปีงบประมาณ ๗๒" gave no fiscal-year-differs, and the other-year guard (which reads that warning)
// never fired. Any spelling of the year now counts, and with no year in the title the timeframes do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { fiscalYearOfTitle } from '../../shared/import/fiscal-year-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { otherFiscalYearNamed } from '../../shared/import/fiscal-year-names.js';
import { SEED_DOCUMENT } from '../support/seed-plan.js';

const seed = readFileSync(SEED_DOCUMENT, 'utf8');
const SEED_YEAR_LINE = '**ประจำปีงบประมาณ พ.ศ. ๒๕๖๖**';
const withYearLine = (line: string) => seed.replace(SEED_YEAR_LINE, line);
const importAs = (text: string, fy: number) =>
  importMeasuresDocument(text, { orgId: 'demo', fy, units: MUNICIPAL_UNITS });
const differs = (text: string, fy: number) => importAs(text, fy).warnings.find((w) => w.code === 'fiscal-year-differs');

describe('the year line of another fiscal year, however it is spelled', () => {
  it('the seed names its year line as the test expects', () => {
    expect(seed).toContain(SEED_YEAR_LINE);
  });

  for (const line of [
    'ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)',
    'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)',
    'ประจำปี พ.ศ. ๒๕๖๗',
    'ประจำปีงบประมาณ ๖๗',
    'ปีงบประมาณ 2567',
    'ปีงบประมาณ พ.ศ.2567 (1 ต.ค. 66 - 30 ก.ย. 67)',
    'ระยะเวลา ๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗',
  ]) {
    it(`"${line}" is fiscal year 2567: warned on its line, kept in the title, refused by the guard`, () => {
      const result = importAs(withYearLine(line), 2566);
      const warning = result.warnings.find((w) => w.code === 'fiscal-year-differs');
      expect(warning?.message_th).toContain('เอกสารระบุปีงบประมาณ ๒๕๖๗ แต่นำเข้าเป็นปี ๒๕๖๖');
      expect(warning?.message_en).toContain('fiscal year 2567');
      expect(warning?.where).toEqual({ line: 5 });
      expect(warning?.source).toBe(line);
      expect(result.fyInDocument).toBe(2567);
      expect(result.plan.title).toContain(line);
      // what replace-plan's guard and the page read from the warning
      expect(otherFiscalYearNamed(warning!.source, 2566)).toBe(2567);
      expect(otherFiscalYearNamed(result.plan.title, 2566)).toBe(2567);
    });
  }

  it('the same spellings of the year imported as that year warn nothing', () => {
    for (const line of ['ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)', 'ประจำปี พ.ศ. ๒๕๖๗', 'ปีงบประมาณ ๖๗']) {
      expect(differs(withYearLine(line), 2567), line).toBeUndefined();
    }
  });

  it('a plan of several years ("ปีงบประมาณ ๒๕๖๖-๒๕๖๗") names no one year', () => {
    expect(fiscalYearOfTitle('ปีงบประมาณ ๒๕๖๖-๒๕๖๗')).toBeUndefined();
    expect(differs(withYearLine('ประจำปีงบประมาณ พ.ศ. ๒๕๖๖-๒๕๖๗'), 2567)).toBeUndefined();
  });

  it('a period that is not October to the next September names no fiscal year', () => {
    expect(fiscalYearOfTitle('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๘')).toBeUndefined();
    expect(fiscalYearOfTitle('มกราคม - ธันวาคม ๒๕๖๗')).toBeUndefined();
  });
});

describe('a title without a year: the timeframes give it', () => {
  const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
  const row = (n: number, timeframe: string) =>
    `ตัวชี้วัดที่ ${n} มาตรการทดสอบข้อ ${n}\t๑. จัดประชุม\t${timeframe}\t๑. รายงานผลทุกเดือน\tกองคลัง`;
  const plan = (...timeframes: string[]) =>
    ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ', HEADER, ...timeframes.map((t, i) => row(i + 4, t))].join(
      '\n',
    );

  it('most timeframes "ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒" imported as 2571: warned on the first such cell', () => {
    const text = plan('ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒', 'ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒', 'ตลอดปี');
    const warning = differs(text, 2571);
    expect(warning?.where).toEqual({ line: 3, column: 3 });
    expect(warning?.message_th).toContain('ระยะเวลาดำเนินการของ ๒ จาก ๓ มาตรการเป็นปีงบประมาณ ๒๕๗๒ แต่นำเข้าเป็นปี ๒๕๗๑');
    expect(warning?.source).toBe('ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒');
    expect(otherFiscalYearNamed(warning!.source, 2571)).toBe(2572);
  });

  it('"ตลอดปีงบประมาณ ๒๕๗๒" and "ต.ค. ๗๑ - ก.ย. ๗๒" are that year too', () => {
    expect(differs(plan('ตลอดปีงบประมาณ ๒๕๗๒', '๑ ต.ค. ๗๑ - ๓๐ ก.ย. ๗๒'), 2571)?.message_en).toContain(
      'timeframes of 2 of 2 measures are fiscal year 2572',
    );
  });

  it('timeframes of the year imported, or split between years, warn nothing', () => {
    expect(differs(plan('ตุลาคม ๒๕๗๐ - กันยายน ๒๕๗๑', 'ตลอดปีงบประมาณ ๒๕๗๑'), 2571)).toBeUndefined();
    expect(differs(plan('ตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒', 'ตุลาคม ๒๕๗๐ - กันยายน ๒๕๗๑'), 2571)).toBeUndefined();
  });
});

// tester s38b: `npm run import -- … --dry-run` said only "เอกสารระบุปีงบประมาณ ๒๕๖๗ แต่นำเข้าเป็นปี ๒๕๖๖",
// though the saving run refuses it without --confirm-other-year (over a saved plan; since tester
// s39 #2 a first save too)
describe("the CLI's fiscal-year-differs warning names its options", () => {
  const cliDiffers = (text: string, fy: number) =>
    importMeasuresDocument(text, { orgId: 'demo', fy, units: MUNICIPAL_UNITS, reader: 'cli' }).warnings.find(
      (w) => w.code === 'fiscal-year-differs',
    );
  const advice = (other: number, fy: number) => [
    `ถ้าเป็นแผนของปี ${toThaiDigits(other)} ให้นำเข้าด้วย --fy ${other} ถ้าตั้งใจนำเข้าเป็นปี ${toThaiDigits(fy)} การนำเข้าที่บันทึกต้องระบุ --confirm-other-year`,
    `if it is ${other}'s plan, import it with --fy ${other}; to import it as ${fy}, a run that saves needs --confirm-other-year`,
  ];

  it('the year line of 2567 imported as 2566: the fact, then --fy 2567 or --confirm-other-year', () => {
    const warning = cliDiffers(withYearLine('ปีงบประมาณ พ.ศ. ๒๕๖๗ (ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗)'), 2566);
    const [th, en] = advice(2567, 2566);
    expect(warning?.message_th).toMatch(new RegExp(`เอกสารระบุปีงบประมาณ ๒๕๖๗ แต่นำเข้าเป็นปี ๒๕๖๖ ${th}$`));
    expect(warning?.message_en).toMatch(
      new RegExp(`the document says fiscal year 2567, but it is imported as 2566; ${en}$`),
    );
  });

  it('the seed (2566) imported as 2567: the same advice with the years turned', () => {
    const [th] = advice(2566, 2567);
    expect(cliDiffers(seed, 2567)?.message_th).toMatch(new RegExp(`เอกสารระบุปีงบประมาณ ๒๕๖๖ แต่นำเข้าเป็นปี ๒๕๖๗ ${th}$`));
  });

  it('timeframes of 2572 in a title without a year, imported as 2571: the same advice', () => {
    const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
    const row = `ตัวชี้วัดที่ 4 มาตรการทดสอบ\t๑. จัดประชุม\tตุลาคม ๒๕๗๑ - กันยายน ๒๕๗๒\t๑. รายงานผลทุกเดือน\tกองคลัง`;
    const warning = cliDiffers(['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ', HEADER, row].join('\n'), 2571);
    const [th, en] = advice(2572, 2571);
    expect(warning?.message_th).toMatch(new RegExp(`แต่นำเข้าเป็นปี ๒๕๗๑ ${th}$`));
    expect(warning?.message_en).toMatch(new RegExp(`imported as 2571; ${en}$`));
  });

  it("the page's warning names no CLI option (its confirmation is a tick box)", () => {
    expect(differs(withYearLine('ปีงบประมาณ 2567'), 2566)?.message_th).toMatch(
      /เอกสารระบุปีงบประมาณ ๒๕๖๗ แต่นำเข้าเป็นปี ๒๕๖๖$/,
    );
  });
});

describe('a year written with its digits spaced apart (OCR, letter-spaced text: review 17 s17, S17-10)', () => {
  for (const line of ['**ประจำปีงบประมาณ พ.ศ. ๒ ๕ ๖ ๗**', 'ประจำปี พ.ศ. 2 5 6 7', 'ปีงบประมาณ ๖ ๗']) {
    it(`"${line}" is fiscal year 2567: warned, and refused by the guard`, () => {
      const warning = differs(withYearLine(line), 2566);
      expect(warning?.message_th).toContain('เอกสารระบุปีงบประมาณ ๒๕๖๗ แต่นำเข้าเป็นปี ๒๕๖๖');
      expect(otherFiscalYearNamed(warning!.source, 2566)).toBe(2567);
    });
  }

  it('the seed with its year spaced "๒ ๕ ๖ ๖" imported as 2567 is warned; as 2566 it is not', () => {
    const spaced = seed.replaceAll('พ.ศ. ๒๕๖๖', 'พ.ศ. ๒ ๕ ๖ ๖');
    expect(spaced).not.toBe(seed);
    expect(differs(spaced, 2567)?.message_en).toContain('fiscal year 2566');
    expect(differs(spaced, 2566)).toBeUndefined();
  });

  it('numbers spaced apart that are no year stay apart: "ปีงบประมาณ ๒๕๖๖-๒๕๖๗" names none, "๑ ๒ ๓" is no year', () => {
    expect(fiscalYearOfTitle('ปีงบประมาณ ๒ ๕ ๖ ๖ - ๒ ๕ ๖ ๗')).toBeUndefined();
    expect(fiscalYearOfTitle('ประจำปีงบประมาณ ข้อ ๑ ๒ ๓')).toBeUndefined();
  });
});
