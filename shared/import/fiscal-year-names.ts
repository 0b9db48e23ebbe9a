// The fiscal year (BE) a sheet's name or a title names, in the ways people write it: a BE year
// ("2567", "๒๕๖๗"), two BE digits after ปี/ปีงบ/ปีงบประมาณ ("ปีงบ 67"), a CE year after FY
// ("FY2024", "FY24"). Review 17 s12, S12-19: S11-9's sheet rule knew four BE digits only.
// Without those, the period "(๑) ตุลาคม ๒๕๗๑ - (๓๐) กันยายน ๒๕๗๒" is fiscal year ๒๕๗๒ (review 17 s15, S15-12).
import { fromThaiDigits } from '../domain/thai-format.js';

const CE_OFFSET = 543;

/** "2567" (BE), "2024" (CE), "67" (BE), "24" (CE after FY or ค.ศ. only) as a BE year, if one. */
function beYear(digits: string, fy: boolean): number | undefined {
  const n = Number(digits);
  if (digits.length === 4) {
    if (n >= 2400 && n <= 2799) return n;
    if (n >= 1990 && n <= 2199) return n + CE_OFFSET;
    return undefined;
  }
  // two digits: BE after ปี (๖๗), CE after FY unless they can only be BE (FY67 → 2567)
  if (!fy || n >= 50) return 2500 + n;
  return 2000 + n + CE_OFFSET;
}

/** ปีงบประมาณ / ปีงบฯ / ปีงบ / ประจำปี, then an optional พ.ศ./ค.ศ., then the year's digits */
const AFTER_FY_WORD =
  /(?:ปีงบประมาณ|ปีงบฯ?|ประจำปี)\s*(?:(พ\.\s*ศ\.?|ค\.\s*ศ\.?)\s*)?([0-9]{4}|[0-9]{2})(?![0-9])(?:\s*[-–—]\s*([0-9]{4})(?![0-9]))?/g;
/** FY2024, FY 24, FY'24, F.Y. 2567 */
const AFTER_FY = /(?:^|[^A-Za-z])F\.?\s*Y\.?\s*['’]?\s*([0-9]{4}|[0-9]{2})(?![0-9])/gi;
/** a sheet's name: "ปี 67", "ปี ๖๗" also (a title says ปีงบประมาณ) */
const AFTER_YEAR_WORD = /ปี\s*(?:พ\.\s*ศ\.?\s*)?([0-9]{2})(?![0-9])/g;
/** a BE year anywhere (a sheet's name "2566", "แผน ITA 2566 (เดิม)") */
const BE_ANYWHERE = /(?:^|[^0-9])(2[4-7][0-9]{2})(?![0-9])/g;

const YEAR_DIGITS = String.raw`(?:(พ\.\s*ศ\.?|ค\.\s*ศ\.?)\s*)?([0-9]{4}|[0-9]{2})(?![0-9])`;
/** October of one year to September of the next: "ตุลาคม ๒๕๗๑ - ๓๐ กันยายน ๒๕๗๒", "ต.ค. ๗๑ – ก.ย. ๗๒" */
const FISCAL_PERIOD = new RegExp(
  String.raw`(?:ตุลาคม|ต\.\s*ค\.?)\s*${YEAR_DIGITS}\s*(?:-|–|—|ถึง|จนถึง)\s*(?:[0-9]{1,2}\s*)?(?:กันยายน|ก\.\s*ย\.?)\s*${YEAR_DIGITS}`,
  'g',
);

/** The years (BE) a text names after a fiscal-year word or FY; else the fiscal periods it names. */
function titleYears(plain: string, years: Set<number>): void {
  for (const m of plain.matchAll(AFTER_FY_WORD)) {
    const y = beYear(m[2]!, m[1]?.startsWith('ค') ?? false);
    if (y !== undefined) years.add(y);
    // "ปีงบประมาณ ๒๕๗๐-๒๕๗๑": a plan of several years names no one year
    const to = m[3] === undefined ? undefined : beYear(m[3], m[1]?.startsWith('ค') ?? false);
    if (to !== undefined) years.add(to);
  }
  for (const m of plain.matchAll(AFTER_FY)) {
    const y = beYear(m[1]!, true);
    if (y !== undefined) years.add(y);
  }
  if (years.size > 0) return;
  for (const m of plain.matchAll(FISCAL_PERIOD)) {
    const from = beYear(m[2]!, m[1]?.startsWith('ค') ?? false);
    const to = beYear(m[4]!, m[3]?.startsWith('ค') ?? false);
    if (from !== undefined && to === from + 1) years.add(to);
  }
}

/**
 * A line that gives the plan's fiscal year: "ประจำปีงบประมาณ", or a fiscal-year word with digits
 * ("ปีงบประมาณ พ.ศ. ๒๕๗๒ (…)", "ประจำปี พ.ศ. ๒๕๗๒", "ปีงบประมาณ ๗๒"), or an October-September period.
 */
export const FISCAL_YEAR_LINE =
  /ประจำปีงบประมาณ|(?:ปีงบประมาณ|ปีงบฯ?|ประจำปี)\s*(?:[พค]\.\s*ศ\.?\s*)?[0-9๐-๙][ \u00a0]{0,3}[0-9๐-๙]|(?:ตุลาคม|ต\.\s*ค\.?)\s*(?:[พค]\.\s*ศ\.?\s*)?[0-9๐-๙][ \u00a0]{0,3}[0-9๐-๙]/;

/** A year's digits spaced apart ("๒ ๕ ๖ ๖": OCR, letter-spaced text), four or two of them alone. */
const SPACED_DIGITS =
  /(?<![0-9])[0-9](?:[ \u00a0]{1,3}[0-9]){3}(?![0-9])|(?<=(?:ปี|ปีงบประมาณ|ปีงบฯ?|ศ\.?)\s*)[0-9][ \u00a0]{1,3}[0-9](?![0-9])/g;
/** Thai digits as Arabic, and a year's digits spaced apart joined (review 17 s17, S17-10). */
const yearDigits = (text: string) =>
  fromThaiDigits(text).replace(SPACED_DIGITS, (digits) => digits.replace(/[ \u00a0]+/g, ''));

const single = (years: Set<number>) => (years.size === 1 ? [...years][0] : undefined);

/**
 * The fiscal year (BE) a title line names after a fiscal-year word or FY ("ประจำปี พ.ศ. ๒๕๗๒",
 * "ปีงบประมาณ ๗๒"), else by its October-September period, if exactly one.
 */
export function fiscalYearOfTitle(text: string): number | undefined {
  const years = new Set<number>();
  titleYears(yearDigits(text), years);
  return single(years);
}

/**
 * The fiscal year (BE) a sheet's name names, if exactly one: a BE year anywhere, or a year after
 * a year word or FY. A name of two years ("2566-2570", a five-year plan) names none.
 */
export function fiscalYearOfSheetName(name: string): number | undefined {
  const plain = yearDigits(name);
  const years = new Set<number>();
  for (const m of plain.matchAll(BE_ANYWHERE)) years.add(Number(m[1]));
  for (const m of plain.matchAll(AFTER_YEAR_WORD)) years.add(2500 + Number(m[1]));
  titleYears(plain, years);
  return single(years);
}

/** The other fiscal year (BE) a plan names, when it names exactly one other than `fy`. */
export function otherFiscalYearNamed(text: string, fy: number): number | undefined {
  const named = fiscalYearOfTitle(text);
  return named !== undefined && named !== fy ? named : undefined;
}

/** The text naming a read document's year: the importer's fiscal-year-differs reading (S15-12), else its title. */
export function yearTextOf(result: {
  plan: { title: string };
  warnings: readonly { code: string; source: string }[];
}): string {
  return result.warnings.find((w) => w.code === 'fiscal-year-differs')?.source || result.plan.title;
}
