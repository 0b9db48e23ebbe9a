// The fiscal year (BE) a sheet's name or a title names, in the ways people write it: a BE year
// ("2567", "๒๕๖๗"), two BE digits after ปี/ปีงบ/ปีงบประมาณ ("ปีงบ 67"), a CE year after FY
// ("FY2024", "FY24"). Review 17 s12, S12-19: S11-9's sheet rule knew four BE digits only.
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
const AFTER_FY_WORD = /(?:ปีงบประมาณ|ปีงบฯ?|ประจำปี)\s*(?:(พ\.\s*ศ\.?|ค\.\s*ศ\.?)\s*)?([0-9]{4}|[0-9]{2})(?![0-9])/g;
/** FY2024, FY 24, FY'24, F.Y. 2567 */
const AFTER_FY = /(?:^|[^A-Za-z])F\.?\s*Y\.?\s*['’]?\s*([0-9]{4}|[0-9]{2})(?![0-9])/gi;
/** a sheet's name: "ปี 67", "ปี ๖๗" also (a title says ปีงบประมาณ) */
const AFTER_YEAR_WORD = /ปี\s*(?:พ\.\s*ศ\.?\s*)?([0-9]{2})(?![0-9])/g;
/** a BE year anywhere (a sheet's name "2566", "แผน ITA 2566 (เดิม)") */
const BE_ANYWHERE = /(?:^|[^0-9])(2[4-7][0-9]{2})(?![0-9])/g;

/** The years (BE) a text names after a fiscal-year word or FY. */
function titleYears(plain: string, years: Set<number>): void {
  for (const m of plain.matchAll(AFTER_FY_WORD)) {
    const y = beYear(m[2]!, m[1]?.startsWith('ค') ?? false);
    if (y !== undefined) years.add(y);
  }
  for (const m of plain.matchAll(AFTER_FY)) {
    const y = beYear(m[1]!, true);
    if (y !== undefined) years.add(y);
  }
}

const single = (years: Set<number>) => (years.size === 1 ? [...years][0] : undefined);

/** The fiscal year (BE) a title line names after a fiscal-year word or FY, if exactly one. */
export function fiscalYearOfTitle(text: string): number | undefined {
  const years = new Set<number>();
  titleYears(fromThaiDigits(text), years);
  return single(years);
}

/**
 * The fiscal year (BE) a sheet's name names, if exactly one: a BE year anywhere, or a year after
 * a year word or FY. A name of two years ("2566-2570", a five-year plan) names none.
 */
export function fiscalYearOfSheetName(name: string): number | undefined {
  const plain = fromThaiDigits(name);
  const years = new Set<number>();
  for (const m of plain.matchAll(BE_ANYWHERE)) years.add(Number(m[1]));
  for (const m of plain.matchAll(AFTER_YEAR_WORD)) years.add(2500 + Number(m[1]));
  titleYears(plain, years);
  return single(years);
}
