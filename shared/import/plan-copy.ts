// Last year's plan (or an earlier year's document) made into another year's: BE years moved in its
// texts, one-off due dates moved, follow-up months fitted to the new year (the page's copy from an
// earlier year; the import of an earlier year's document confirmed as this year's: tester s42 F8).
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import { movedBeYears } from './be-years.js';
import { followUpsForNewYear } from './copy-follow-up-months.js';
import { fiscalYearOfTitle } from './fiscal-year-names.js';
import { type ImportWarning, placedWarning, type Where } from './import-warning.js';
import type { DraftMeasure, DraftPlaces, PlacedCell } from './measures-document.js';

/** A plan to copy: its fiscal year, title and measures (a stored plan's, or a document read as its year). */
export interface PlanToCopy {
  fy: number;
  title: string;
  measures: DraftMeasure[];
}

const clone = <T>(value: T): T => structuredClone(value);

/** A plain date moved by whole years (29 February becomes 28 February). */
function shiftDate(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Last year's plan as next year's draft: the same measures, follow-ups, cadences and units; BE years
 * moved on in every text the copy carries (plan and measure titles, sub-measures, methods,
 * timeframes, follow-up texts: those that read as years, not a law's: be-years.ts), so a one-off's
 * "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗" moves with its due date (review 17 s10, S10-5); last year's
 * recommendations (they answered last year's results) left behind, unless `keepRecommendations`
 * (an earlier year's document imported as this year's: the assessment's recommendations it answers,
 * kept as written, their years those of the assessment they quote: tester s45 #1). The plan's title names the new
 * year: the fiscal year it names ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", fiscalYearOfTitle) becomes `fy`, its
 * other years moving as far (its period "ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖"); a title naming no one year
 * moves as the other texts do (tester s37: FY2569's plan titled from FY2566's document was copied
 * into FY2570 as "… พ.ศ. ๒๕๖๗", which the save then took for another year's plan).
 */
export function copyPlanToYear(
  plan: PlanToCopy,
  fy: number,
  places?: DraftPlaces,
  keepRecommendations = false,
): { fy: number; title: string; measures: DraftMeasure[]; warnings: ImportWarning[] } {
  const years = fy - plan.fy;
  const warnings: ImportWarning[] = [];
  /** where a measure's cell was read (a document's reading: `places`), else nowhere */
  const cellOf = (measureId: string, cell: PlacedCell) => places?.measures.get(measureId)?.[cell];
  /** the warning named by its place in the document, as the reading's own are (tester s44) */
  const placed = (w: ImportWarning, where: Where | undefined) => (where ? placedWarning(w, where) : w);
  /** the text with its years moved; a warning beside its measure (and follow-up) names the moves (S11-28) */
  const moved = (
    text: string,
    about: { measureId?: string; followUpNo?: number },
    where: Where | undefined,
    by = { years, aroundFy: plan.fy },
  ) => {
    const shifted = movedBeYears(text, by.years, by.aroundFy);
    if (shifted.moves.length > 0)
      warnings.push(placed(yearsMovedWarning(text, shifted.moves, plan.fy, fy, about), where));
    return shifted.text;
  };
  const titleFy = fiscalYearOfTitle(plan.title) ?? plan.fy;
  return {
    fy,
    title: moved(plan.title, {}, places?.title, { years: fy - titleFy, aroundFy: titleFy }),
    measures: clone(plan.measures).map((m) => {
      const about = { measureId: m.measureId };
      const at = (cell: PlacedCell) => cellOf(m.measureId, cell);
      // the timeframe's months move on with it (S25-4)
      const timeframe = { last: m.timeframe, moved: movedBeYears(m.timeframe, years, plan.fy).text };
      const forNewYear = followUpsForNewYear(m.followUps, m.measureId, plan.fy, fy, timeframe);
      warnings.push(...forNewYear.warnings.map((w) => placed(w, at('followUps'))));
      // units added during last year owe the whole new year (S15-1)
      delete m.responsible.unitFirstMonths;
      for (const f of m.followUps) delete f.unitFirstMonths;
      return {
        ...m,
        title: moved(m.title, about, at('measure')),
        subMeasures: m.subMeasures.map((t) => moved(t, about, at('measure'))),
        methods: m.methods.map((t) => moved(t, about, at('methods'))),
        timeframe: moved(m.timeframe, about, at('timeframe')),
        recommendations: keepRecommendations ? m.recommendations : [],
        followUps: forNewYear.followUps.map((f) => ({
          ...f,
          text: moved(f.text, { ...about, followUpNo: f.followUpNo }, at('followUps')),
          ...(f.dueDate ? { dueDate: shiftDate(f.dueDate, years) } : {}),
        })),
      };
    }),
    warnings,
  };
}

/** "ปีในข้อความนี้ถูกเลื่อน: ๒๕๖๖ เป็น ๒๕๖๗, …": the moves of one copied text, to check (Thai first). */
function yearsMovedWarning(
  text: string,
  moves: readonly { from: string; to: string }[],
  fromFy: number,
  fy: number,
  about: { measureId?: string; followUpNo?: number },
): ImportWarning {
  const th = moves.map((x) => `${toThaiDigits(x.from)} เป็น ${toThaiDigits(x.to)}`).join(', ');
  const en = moves.map((x) => `${fromThaiDigits(x.from)} to ${fromThaiDigits(x.to)}`).join(', ');
  return {
    where: {},
    code: 'years-moved',
    message_th: `คัดลอกจากปีงบประมาณ ${toThaiDigits(fromFy)} เป็นปี ${toThaiDigits(fy)}: ปีในข้อความนี้ถูกเลื่อนจาก ${th} ตรวจว่าควรเลื่อน (ปีในชื่อเอกสารที่อ้างถึงต้องคงเดิม)`,
    message_en: `copied from fiscal year ${fromFy} into ${fy}: this text's years were moved from ${en}; check each should move (a cited document's year must not)`,
    source: text.slice(0, 500),
    ...about,
  };
}
