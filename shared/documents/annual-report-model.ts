// The annual results report as data: one model feeds PDF, DOCX, CSV, JSON and HTML.
import * as z from 'zod';
import {
  DOCUMENT_OWNER,
  headedTitle,
  Signatory,
  signatoryOf,
  MEASURE_HEADING,
  measureHeading,
  numberedItem,
  responsibleNames,
  withReportingUnits,
} from './document-model-fields.js';
import {
  completionRate,
  type ComplianceCounts,
  IN_GRACE_TH,
  summarizeCompliance,
  wholeYearRange,
} from '../domain/compliance-summary.js';
import { assembleOrgYear } from '../domain/org-year.js';
import { firstHalf } from '../domain/fiscal-calendar.js';
import { countedUnitName } from '../domain/active-units.js';
import { type FollowUpMonths, measureStoppedAfter } from '../domain/follow-up-months.js';
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import type { Org, Unit } from '../domain/organisation.js';
import { HALF_YEAR_TH, periodLabel, yearSoFarNote } from '../domain/period-labels.js';
import type { StoredPlan } from '../domain/plan.js';
import type { PlainDate } from '../domain/plain-date.js';
import {
  notYetDueLateAdditionsNote,
  overdueAfter,
  reportSettles,
  settledAt,
  timeliness,
} from '../domain/settlement.js';
import { lateAdditionDays } from './late-additions.js';
import { backRecordedNoteTh } from './back-recorded-note.js';
import type { Report } from '../domain/report.js';
import { PROGRESS_LABELS } from '../domain/status-labels.js';
import { buddhistYear, formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { breakUnits } from '../domain/thai-break-units.js';
import { multiLine } from '../domain/text.js';
import { compareUnitIds } from '../domain/unit-order.js';

const Counts = z.object({
  due: z.number(),
  onTime: z.number(),
  late: z.number(),
  missing: z.number(),
  /** due, unsent, within a late addition's grace (ComplianceCounts.inGrace); absent before session 48 */
  inGrace: z.number().optional(),
  notYetDue: z.number(),
});

/**
 * in_grace: due, unsent, within a late addition's grace (รอส่งย้อนหลัง, tester s48); report.json
 * written before session 48 said not_yet_due with onTimeUntil for it
 */
export const PeriodEntryStatus = z.enum(['on_time', 'late', 'missing', 'in_grace', 'not_yet_due']);
export type PeriodEntryStatus = z.infer<typeof PeriodEntryStatus>;

export const AnnualReportModel = z.object({
  ...DOCUMENT_OWNER,
  title: z.string().describe('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ{org} ประจำปีงบประมาณ พ.ศ. {fy}'),
  introduction: z.string(),
  asOf: z.string().describe('the Bangkok date the statuses are computed for'),
  yearSoFar: z
    .string()
    .optional()
    .describe(
      'the line under the title: made before the fiscal year ended, "ข้อมูล ณ วันที่ {asOf} (ปีงบประมาณยังไม่สิ้นสุด)"; the half-year report, "ผลการดำเนินการระหว่าง ๑ ตุลาคม … ถึง ๓๑ มีนาคม … (ข้อมูล ณ วันที่ {asOf})" (before session 47 "ครบกำหนดระหว่าง …")',
    ),
  scope: z
    .literal('half-year')
    .optional()
    .describe("the รอบ ๖ เดือน report: only obligations due 1 October - 31 March (absent: the year's report)"),
  planVersion: z.number(),
  reportCount: z.number(),
  measures: z.array(
    z.object({
      ...MEASURE_HEADING,
      /**
       * the month after which every follow-up stopped, before the year's end (a measure cancelled
       * mid-year: follow-up-months.ts measureStoppedAfter); the documents label the title with it
       */
      stoppedAfter: z.string().optional(),
      followUps: z.array(
        z.object({
          followUpNo: z.number(),
          text: z.string(),
          cadence: z.string(),
          /** who the follow-up reports to (plan.ts Audience), noted after its text when the text does not say it */
          audience: z.array(z.string()).optional(),
          /** its months when it does not run the whole year (plan.ts FollowUp), noted after its text as the plan document does */
          firstMonth: z.string().optional(),
          lastMonth: z.string().optional(),
          /** the half-year report, a follow-up with no period in the half: said instead of NO_PERIODS_LINE */
          noPeriods: z.string().optional(),
          periods: z.array(
            z.object({
              periodId: z.string(),
              label: z.string(),
              dueDate: z.string(),
              entries: z.array(
                z.object({
                  unitId: z.string(),
                  unitName: z.string(),
                  status: PeriodEntryStatus,
                  submittedAt: z.string().optional(),
                  summary: z.string().optional(),
                  /**
                   * the settled report was sent "อยู่ระหว่างดำเนินการ" (progress in_progress): counted sent,
                   * marked unfinished where printed (periodLines; tester s45 #3)
                   */
                  inProgress: z.literal(true).optional(),
                  /** the settled report's ปัญหาอุปสรรค, whole (report.json and the CSV carry it as written) */
                  obstacles: z.string().optional(),
                  /**
                   * the last day a report counts as on time, when after the due date: work added to the plan
                   * after its due date (settlement.ts onTimeUntil); in_grace until then (lateAdditionsNote)
                   */
                  onTimeUntil: z.string().optional(),
                }),
              ),
            }),
          ),
        }),
      ),
      recommendations: z.array(z.string()),
      /**
       * the settled reports' obstacles (ปัญหาอุปสรรค), deduplicated, each with the units that wrote it;
       * "ไม่มี", "-" and the like left out: printed after the results table (obstaclesSection)
       */
      obstacles: z.array(z.object({ text: z.string(), units: z.array(z.string()) })),
      responsible: z.array(z.string()),
    }),
  ),
  /**
   * the block at the end (signature-block.ts): reported to the chief executive, their comments and
   * signature, dated by hand in the BE `year` of asOf
   */
  acknowledgement: z.object({ year: z.number(), signatory: Signatory }).optional(),
  backRecorded: z
    .string()
    .optional()
    .describe('the statistics note on reports recorded after the fact (back-recorded-note.ts), absent for none'),
  statistics: z.object({
    total: Counts,
    byIndicator: z.array(z.object({ indicator: z.number(), name: z.string(), counts: Counts })),
    byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), counts: Counts })),
  }),
});
export type AnnualReportModel = z.infer<typeof AnnualReportModel>;

export const STATUS_TH: Record<PeriodEntryStatus, string> = {
  on_time: 'ส่งตรงเวลา',
  late: 'ส่งล่าช้า',
  missing: 'ไม่ได้ส่ง',
  in_grace: IN_GRACE_TH,
  not_yet_due: 'ยังไม่ถึงกำหนด',
};

/** timeliness, with work past its due date still in its grace in_grace (as compliance-summary.ts counts it). */
function entryStatus(
  obligation: { opensOn: PlainDate; dueDate: PlainDate; addedOn?: PlainDate | undefined; periodStart?: PlainDate },
  report: Report | undefined,
  asOf: PlainDate,
): PeriodEntryStatus {
  const status = timeliness(obligation, report, asOf);
  return status === 'not_yet_due' && obligation.dueDate <= asOf ? 'in_grace' : status;
}

/** `{ stoppedAfter }` when every follow-up stopped before the year's end, else nothing. */
function stoppedAfterOf(followUps: readonly FollowUpMonths[], fy: number): { stoppedAfter?: string } {
  const month = measureStoppedAfter(followUps, fy);
  return month === undefined ? {} : { stoppedAfter: month };
}

/** Which obligations a results report covers: the year's (default) or those of its first half's work. */
export type ReportScope = 'year' | 'half-year';

/** The title; the half-year's says its range: "… รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๙ – ๓๑ มีนาคม ๒๕๗๐) ประจำปี…". */
export function annualReportTitle(orgName: string, fy: number, scope: ReportScope = 'year'): string {
  const half = firstHalf(fy);
  const range =
    scope === 'half-year' ? ` ${HALF_YEAR_TH} (${formatThaiDate(half.from)} – ${formatThaiDate(half.to)})` : '';
  return `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ${orgName}${range} ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(fy)}`;
}

/** Under a follow-up with no period in the first half (a yearly one), in the half-year report. */
export const NO_PERIODS_IN_HALF = 'ไม่มีรอบการรายงานในรอบ ๖ เดือนแรก';

export function buildAnnualReport(input: {
  org: Org;
  units: Unit[];
  plan: StoredPlan;
  reports: Map<string, Report>;
  asOf: PlainDate;
  /** 'half-year': only obligations whose periods end by 31 March (firstHalf) */
  scope?: ReportScope;
}): AnnualReportModel {
  const { org, plan, reports, asOf } = input;
  const half = input.scope === 'half-year' ? firstHalf(plan.fy) : undefined;
  const unitName = new Map(input.units.map((u) => [u.unitId, u.name]));
  const name = (id: string) => unitName.get(id) ?? id;
  // where reports are counted, a deactivated unit is named so (tester s43 F7); the plan's columns
  // (responsible, reporting units) keep the plain name, which the importer reads back
  const countedName = new Map(input.units.map((u) => [u.unitId, countedUnitName(u)]));
  const counted = (id: string) => countedName.get(id) ?? id;
  // units listed in the reader's order (unit-order.ts), not by id (tester s44 F4)
  const unitOrder = compareUnitIds(countedName);
  const { tracked, trackedById } = assembleOrgYear({
    plan,
    reports,
    units: input.units,
    dueRules: org.dueRules,
    asOf,
  });
  // the half-year: the work of 1 October - 31 March, so also what is reported on it in April (the
  // first half of "เมษายน และ กันยายน", March's, the second quarter's; tester s47)
  const inScope = (o: { periodEnd: PlainDate } | undefined) => !half || (o !== undefined && o.periodEnd <= half.to);
  const scoped = tracked.filter((t) => inScope(t.obligation));
  const obligations = scoped.map((t) => t.obligation);
  // every report of the year's plan, as the period lines list them: also those due after
  // 30 September (September's under "the 5th of the next month"), not yet due until then
  const range = wholeYearRange(
    plan.fy,
    obligations.map((o) => o.dueDate),
  );
  const summary = summarizeCompliance(scoped, range, asOf, countedName);
  const backRecorded = backRecordedNoteTh(scoped);
  // only settled reports' words go into the document (it is published): a returned report or a
  // not-started placeholder counts as not sent, and its text stays out (break 19 s28, F13)
  // (the half-year report: only the half's reports)
  const settledOf = (measureId: string) =>
    [...reports.values()].filter((r) => {
      const o = trackedById.get(r.obligationId)?.obligation;
      return reportSettles(r, o) && r.obligationId.startsWith(`${measureId}.`) && inScope(o);
    });
  // the plan's recommendations as written, then each suggestion not among them once (its first form)
  const recommendationsOf = (m: StoredPlan['measures'][number]) => {
    const printed = [...new Set(m.recommendations)];
    const seen = new Set(printed.map(sameWordsKey));
    for (const r of settledOf(m.measureId)) {
      const text = multiLine(r.suggestions);
      if (!text || saysNoSuggestion(text) || seen.has(sameWordsKey(text))) continue;
      seen.add(sameWordsKey(text));
      printed.push(text);
    }
    return printed;
  };
  const reportObstacles = (measureId: string) => {
    const unitsOf = new Map<string, { text: string; units: string[] }>();
    for (const r of settledOf(measureId)) {
      const text = multiLine(r.obstacles);
      if (!text || saysNoObstacle(text)) continue;
      const entry = unitsOf.get(sameWordsKey(text)) ?? { text, units: [] };
      if (!entry.units.includes(r.unitId)) entry.units.push(r.unitId);
      unitsOf.set(sameWordsKey(text), entry);
    }
    return [...unitsOf.values()].map(({ text, units }) => ({ text, units: units.sort(unitOrder).map(counted) }));
  };

  // the half-year's line: the work it covers, then the day its statuses are for
  const yearSoFar = half
    ? `ผลการดำเนินการระหว่าง ${formatThaiDate(half.from)} ถึง ${formatThaiDate(half.to)} (ข้อมูล ณ วันที่ ${formatThaiDate(asOf)})`
    : yearSoFarNote(plan.fy, asOf);
  return {
    orgId: org.orgId,
    orgName: org.name,
    fy: plan.fy,
    title: annualReportTitle(org.name, plan.fy, input.scope),
    ...(yearSoFar ? { yearSoFar } : {}),
    ...(half ? { scope: 'half-year' as const } : {}),
    introduction: `ตามที่${org.name}ได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(plan.fy)} จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และได้ขับเคลื่อนมาตรการดังกล่าวภายในหน่วยงาน จึงขอรายงานผลการดำเนินการตามมาตรการ${half ? ` ${HALF_YEAR_TH}แรก` : ''} โดยรวบรวมจากรายงานผลของทุกส่วนราชการ ข้อมูล ณ วันที่ ${formatThaiDate(asOf)} ดังนี้`,
    asOf,
    planVersion: plan.version,
    reportCount: reports.size,
    measures: plan.measures.map((m) => ({
      ...measureHeading(m),
      ...stoppedAfterOf(m.followUps, plan.fy),
      followUps: m.followUps.map((f) => {
        const mine = obligations.filter((o) => o.measureId === m.measureId && o.followUpNo === f.followUpNo);
        const periodIds = [...new Set(mine.map((o) => o.periodId))];
        return {
          followUpNo: f.followUpNo,
          // its own reporting units noted as the plan document notes them, so it re-imports the same (S25-11)
          text: withReportingUnits(f, name).text,
          cadence: f.cadence,
          ...(f.audience.length > 0 ? { audience: f.audience } : {}),
          ...(f.firstMonth ? { firstMonth: f.firstMonth } : {}),
          ...(f.lastMonth ? { lastMonth: f.lastMonth } : {}),
          ...(half && periodIds.length === 0 ? { noPeriods: NO_PERIODS_IN_HALF } : {}),
          periods: periodIds.map((periodId) => {
            const inPeriod = mine.filter((o) => o.periodId === periodId).sort((a, b) => unitOrder(a.unitId, b.unitId));
            return {
              periodId,
              label: periodLabel(periodId, plan.fy),
              dueDate: inPeriod[0]!.dueDate,
              entries: inPeriod.map((o) => {
                const report = reports.get(o.obligationId);
                const settled = settledAt(report, o);
                const onTimeUntil = overdueAfter(o, asOf);
                return {
                  unitId: o.unitId,
                  unitName: counted(o.unitId),
                  status: entryStatus(o, report, asOf),
                  // a report stored before texts were saved as multiLine (tester s38 #2) prints as one saved now
                  ...(report && settled ? { submittedAt: settled, summary: multiLine(report.summary) } : {}),
                  ...(report && settled && report.progress === 'in_progress' ? { inProgress: true as const } : {}),
                  ...(report && settled && multiLine(report.obstacles)
                    ? { obstacles: multiLine(report.obstacles) }
                    : {}),
                  ...(onTimeUntil > o.dueDate ? { onTimeUntil } : {}),
                };
              }),
            };
          }),
        };
      }),
      recommendations: recommendationsOf(m),
      obstacles: reportObstacles(m.measureId),
      responsible: responsibleNames(m.responsible, name),
    })),
    ...(backRecorded ? { backRecorded } : {}),
    statistics: {
      total: summary.total,
      byIndicator: summary.byIndicator.map((i) => ({
        indicator: i.indicator,
        name: catalogIndicator(i.indicator).nameTh,
        counts: i.counts,
      })),
      byUnit: summary.byUnit.map((u) => ({ unitId: u.unitId, unitName: counted(u.unitId), counts: u.counts })),
    },
    acknowledgement: { year: buddhistYear(asOf), signatory: signatoryOf(org) },
  };
}

/**
 * An answer that reports none of `topic` (a pattern): "ไม่มี", "ไม่พบ" + topic, then "ใดๆ" and a
 * polite particle ("ไม่มีครับ", "ไม่พบปัญหาใดๆ ค่ะ"), "-", "N/A", "none"; spaces taken out first.
 */
const noneOf = (topic: string) =>
  new RegExp(`^(?:[-–—.]+|(?:ไม่มี|ไม่พบ)(?:${topic})?(?:ใดๆ)?(?:นะ)?(?:ครับ|ค่ะ|คะ|ค่า)?|n\\/?a|none|nil|no)[.]*$`, 'iu');
/** An obstacles answer that reports none: "ไม่มี", "ไม่มีปัญหาอุปสรรค", "ไม่พบปัญหา", "-", "N/A". */
const NO_OBSTACLE = noneOf('(?:ปัญหา)?(?:และ)?(?:อุปสรรค)?');
/** A suggestions answer that gives none: "ไม่มี", "ไม่มีข้อเสนอแนะ", "-", "N/A" (tester s60 H). */
const NO_SUGGESTION = noneOf('(?:ข้อเสนอ(?:แนะ)?|ความเห็น)');

/**
 * Two texts with this key say the same words: spaces, a leading list number ("1.", "๑)") and
 * closing punctuation aside (tester s60 H: a suggestion sent monthly with and without a full stop).
 */
const sameWordsKey = (text: string): string =>
  text
    .replace(/^\s*[0-9๐-๙]+[.)]\s*/u, '')
    .replace(/[\s.,;:!]+$/u, '')
    .replace(/\s+/gu, '');

export const saysNoObstacle = (text: string): boolean => NO_OBSTACLE.test(text.replace(/\s+/gu, ''));
const saysNoSuggestion = (text: string): boolean => NO_SUGGESTION.test(text.replace(/\s+/gu, ''));

export const OBSTACLES_HEADING = 'ปัญหาอุปสรรคในการดำเนินการ';
export const NO_OBSTACLES = 'ไม่มีหน่วยงานรายงานปัญหาอุปสรรค';

/**
 * The section after the results table, the PDF's, DOCX's and HTML's: per measure with obstacles its
 * heading (headedTitle) and one numbered item an obstacle, "๑. กองคลัง, กองช่าง: งบประมาณไม่เพียงพอ",
 * printed whole; none reported at all: NO_OBSTACLES. docs/annual-report.md, "Obstacles".
 */
export function obstaclesSection(model: AnnualReportModel): { measure: string; items: string[] }[] {
  return model.measures
    .filter((m) => m.obstacles.length > 0)
    .map((m) => ({
      measure: headedTitle(m),
      items: m.obstacles.map((o, i) => numberedItem(i + 1, `${o.units.join(', ')}: ${o.text}`)),
    }));
}

/**
 * Under a follow-up that owes no period (stopped before its first one ended): says so, so a reader
 * knows why no period follows, and the report read back as a plan keeps it a follow-up of its own
 * (report-follow-up-items.ts reads it as a period line). Tester s43 F2 with F6: two such follow-ups
 * in a row were read back as one.
 */
export const NO_PERIODS_LINE = 'ไม่มีรอบที่ต้องรายงานในปีนี้';

const UNFINISHED = PROGRESS_LABELS.in_progress;

/**
 * " (อยู่ระหว่างดำเนินการ)" after an entry whose settled report was sent unfinished, '' for the others:
 * the mark beside its unit's text in the PDF, DOCX and HTML (periodLines) and its status in the CSV.
 */
export const unfinishedMark = (entry: { inProgress?: true }): string => (entry.inProgress ? ` (${UNFINISHED})` : '');

/**
 * One line per period for a follow-up: "เมษายน ๒๕๖๖: ส่งแล้ว ๓/๕ (ล่าช้า: กองช่าง)
 * (อยู่ระหว่างดำเนินการ: กองคลัง) · ไม่ได้ส่ง: …", each unit's summary under it, an unfinished one's
 * unit marked "กองคลัง (อยู่ระหว่างดำเนินการ): …". The late and unfinished units are named as the
 * missing ones are (tester s45 #2, #3: "(ล่าช้า ๑)" named none, and a report sent unfinished read as done).
 */
export function periodLines(
  period: AnnualReportModel['measures'][number]['followUps'][number]['periods'][number],
): string[] {
  const named = (keep: (e: (typeof period.entries)[number]) => boolean) =>
    period.entries.filter(keep).map((e) => e.unitName);
  const count = (s: PeriodEntryStatus) => named((e) => e.status === s).length;
  const sent = count('on_time') + count('late');
  const missing = named((e) => e.status === 'missing');
  const whoMissed =
    sent === 0 && missing.length > 0 ? ' · ยังไม่มีหน่วยงานส่ง' : missing.length ? ` · ไม่ได้ส่ง: ${missing.join(', ')}` : '';
  const bracket = (label: string, units: string[]) => (units.length ? ` (${label}: ${units.join(', ')})` : '');
  const late = bracket(
    'ล่าช้า',
    named((e) => e.status === 'late'),
  );
  const unfinished = bracket(
    UNFINISHED,
    named((e) => e.inProgress === true),
  );
  const head = `${period.label}: ส่งแล้ว ${toThaiDigits(sent)}/${toThaiDigits(period.entries.length)}${late}${unfinished}${whoMissed}${inGraceLine(period.entries)}${period.entries.some((e) => e.status === 'not_yet_due' && !e.onTimeUntil) ? ' · ยังไม่ถึงกำหนด' : ''}`;
  const said = [
    ...new Set(
      period.entries.flatMap((e) =>
        e.summary ? [`${e.unitName}${unfinishedMark(e)}: ${printedSummary(e.summary)}`] : [],
      ),
    ),
  ];
  return [head, ...said.map((s) => `  - ${s}`)];
}

/**
 * " · รอส่งย้อนหลัง (ส่งได้ถึง ๑๗ พฤษภาคม ๒๕๗๐): กองคลัง, กองช่าง" for a period's entries in grace
 * (report.json before session 48: not_yet_due with onTimeUntil), one part a last on-time day; ''
 * for none. Not "ยังไม่ถึงกำหนด": the period ended long before (tester s48).
 */
function inGraceLine(entries: readonly { status: PeriodEntryStatus; onTimeUntil?: string; unitName: string }[]) {
  const byDay = new Map<string, string[]>();
  for (const e of entries)
    if (e.onTimeUntil && (e.status === 'in_grace' || e.status === 'not_yet_due'))
      byDay.set(e.onTimeUntil, [...(byDay.get(e.onTimeUntil) ?? []), e.unitName]);
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, units]) => ` · ${IN_GRACE_TH} (ส่งได้ถึง ${formatThaiDate(day as PlainDate)}): ${units.join(', ')}`)
    .join('');
}

/**
 * How much of a report's summary the results table prints (UTF-16 code units, as the report form
 * counts; the unit's name before it not counted): a year of monthly reports from every unit prints
 * a line a unit a period, and a summary may be 5,000 long. The suggestions print whole (one line a
 * measure, deduplicated). docs/annual-report.md, "Content".
 */
export const SUMMARY_PRINTED = 300;

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });
const WORD_ROOM = 60;

/**
 * `summary` as the table prints it: whole up to SUMMARY_PRINTED, else its start ended at the last
 * place a line may break (breakUnits: never inside a word, a grapheme cluster, a month or พ.ศ.; a
 * word running more than WORD_ROOM over it between grapheme clusters) with no space or , ; : before "…" (tester
 * s43 F2: "ประชุม ๆ น้…" dropped the ำ, "เก…" the ี่).
 */
export function printedSummary(summary: string): string {
  if (summary.length <= SUMMARY_PRINTED) return summary;
  let end = 0;
  for (const unit of breakUnits(summary)) {
    if (end + unit.length > SUMMARY_PRINTED) break;
    end += unit.length;
  }
  // a word (a link) running far over the limit: cut it between grapheme clusters instead
  if (end < SUMMARY_PRINTED - WORD_ROOM)
    for (const { segment } of graphemes.segment(summary.slice(end))) {
      if (end + segment.length > SUMMARY_PRINTED) break;
      end += segment.length;
    }
  return `${summary.slice(0, end).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * The note under the results table when it shortened a summary: how much it prints and where the
 * whole text is (the unit's report in the system, the generation's CSV); else undefined.
 */
export function shortenedSummariesNote(model: AnnualReportModel): string | undefined {
  const shortened = model.measures.some((m) =>
    m.followUps.some((f) => f.periods.some((p) => p.entries.some((e) => (e.summary?.length ?? 0) > SUMMARY_PRINTED))),
  );
  return shortened
    ? `หมายเหตุ: สรุปผลการดำเนินงานที่ยาวเกิน ${toThaiDigits(SUMMARY_PRINTED)} ตัวอักษร พิมพ์เพียงส่วนต้นตามด้วย “…” ข้อความเต็มอยู่ในรายงานผลของหน่วยงานในระบบ และในไฟล์ CSV ของรายงานฉบับนี้`
    : undefined;
}

/**
 * Why reports whose due date has passed are "ยังไม่ถึงกำหนด": work added to the plan after its due
 * date is on time until its grace ends (settlement.ts onTimeUntil), in the overview's words
 * (lateAdditionsTh): "หมายเหตุ: "ยังไม่ถึงกำหนด" รวม ๑๙ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่ง
 * ส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙"; undefined when none is (tester s44 F6). Under the results table
 * and the statistics' totals, in the PDF, the DOCX and the HTML.
 */
export const lateAdditionsNote = (model: AnnualReportModel): string | undefined =>
  notYetDueLateAdditionsNote(lateAdditionDays(model.measures));

/**
 * The statistics' totals sentence, the PDF's and the DOCX's: "ภาระการรายงานที่ครบกำหนด ๔๕ รายการ ส่ง
 * ตรงเวลา … ไม่ได้ส่ง … รายการ", and "ยังไม่ถึงกำหนด … รายการ" while some are not yet due (a mid-year
 * report; the DOCX left it out).
 */
export function totalsSentence(t: AnnualReportModel['statistics']['total']): string {
  return `ภาระการรายงานที่ครบกำหนด ${toThaiDigits(t.due)} รายการ ส่งตรงเวลา ${toThaiDigits(t.onTime)} รายการ ส่งล่าช้า ${toThaiDigits(t.late)} รายการ ไม่ได้ส่ง ${toThaiDigits(t.missing)} รายการ${t.inGrace ? ` ${IN_GRACE_TH} ${toThaiDigits(t.inGrace)} รายการ` : ''}${t.notYetDue ? ` ยังไม่ถึงกำหนด ${toThaiDigits(t.notYetDue)} รายการ` : ''}`;
}

/**
 * The statistics' per-indicator heading. An indicator is named by the catalog (ita-catalog.ts, the
 * ITA assessment's official name) wherever the indicator is labelled: these statistics, the public
 * page's figures, the summary emails; a measure by its title as the plan has it, which may open with
 * the indicator's heading in the municipality's words ("… ของทางราชการ"): the table, the obstacles,
 * reminders. The heading says so, so a reader of one document does not take them for two indicators
 * (tester s43 F12). docs/annual-report.md, "Content".
 */
export const BY_INDICATOR_HEADING = 'รายตัวชี้วัด (ชื่อตัวชี้วัดตามการประเมิน ITA)';

/** The completion rate in whole percent (completionRate, rounded). */
export function completion(c: Pick<ComplianceCounts, 'due' | 'onTime' | 'late'>): number {
  return Math.round(completionRate(c) * 100);
}

/** Where a rate is printed for counts with nothing due yet (not "๐%": read as "sent nothing"; tester s44 F5). */
export const NO_RATE = '–';

/** The completion rate as printed: "๘๐%", or NO_RATE with nothing due yet (nothingDueTh says why beside it). */
export const completionText = (c: Pick<ComplianceCounts, 'due' | 'onTime' | 'late'>): string =>
  c.due === 0 ? NO_RATE : `${toThaiDigits(completion(c))}%`;
