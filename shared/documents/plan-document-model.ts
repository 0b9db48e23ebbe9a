// The plan document (เอกสารมาตรการ; OIT item O42 in 2566) as data: one model feeds the PDF, the DOCX
// and plan.json. The seed document's first half: title, introduction, the five-column table.
import * as z from 'zod';
import {
  DOCUMENT_OWNER,
  followUpWithCadence,
  Signatory,
  signatoryOf,
  withReportingUnits,
  headedTitle,
  MEASURE_HEADING,
  measureHeading,
  numberedItems,
  responsibleNames,
} from './document-model-fields.js';
import { indicator as catalogIndicator, ITA_PASS_MARK } from '../domain/ita-catalog.js';
import { findIndicator } from '../import/indicator-heading.js';
import { matchKey } from '../import/thai-text.js';
import type { IndicatorScoreEntry } from '../domain/ita-scores.js';
import type { Org, Unit } from '../domain/organisation.js';
import type { StoredPlan } from '../domain/plan.js';
import { planDocumentTitle } from '../domain/plan-labels.js';
import { buddhistYear, toThaiDigits } from '../domain/thai-format.js';
import type { PlainDate } from '../domain/plain-date.js';
import { noteCells, noteColumns } from './plan-note-columns.js';

export const PLAN_COLUMNS = [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผลการดำเนินการ',
  'ผู้รับผิดชอบ',
] as const;

export const PlanDocumentModel = z.object({
  ...DOCUMENT_OWNER,
  title: z.string().describe('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของ{org} ประจำปีงบประมาณ พ.ศ. {fy}'),
  introduction: z.array(z.string()).describe('paragraphs'),
  /** last year's scores that fell below the pass mark, when the org entered them */
  belowPassMark: z.array(z.object({ indicator: z.number(), name: z.string(), score: z.number() })).optional(),
  planVersion: z.number(),
  /** the columns after the five, for the measures' notes (plan-note-columns.ts); absent: none */
  noteColumns: z.array(z.string()).optional(),
  /**
   * the announcement at the end (signature-block.ts): the day when given at generation, else dotted
   * blanks, with the BE `year` when only one is possible (announcementYear); signed by the org's chief executive
   */
  announcement: z.object({ on: z.string().optional(), year: z.number().optional(), signatory: Signatory }).optional(),
  measures: z.array(
    z.object({
      ...MEASURE_HEADING,
      followUps: z.array(z.string()),
      responsible: z.array(z.string()),
      /** the notes kept from the source table's extra columns (งบประมาณ …) */
      notes: z.array(z.object({ label: z.string(), text: z.string() })).optional(),
    }),
  ),
});
export type PlanDocumentModel = z.infer<typeof PlanDocumentModel>;

const score = (n: number) => toThaiDigits(n.toFixed(2));

function introduction(orgName: string, fy: number, scores: readonly IndicatorScoreEntry[] | undefined) {
  const purpose = `${orgName}จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(fy)} เพื่อเป็นแนวทางให้ทุกส่วนราชการถือปฏิบัติ และติดตามผลการดำเนินการตลอดปีงบประมาณ ดังนี้`;
  if (!scores?.length) {
    return {
      paragraphs: [
        `ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้ประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ${purpose}`,
      ],
    };
  }
  const below = scores
    .filter((s) => s.score < ITA_PASS_MARK)
    .sort((a, b) => a.no - b.no)
    .map((s) => ({ indicator: s.no, name: catalogIndicator(s.no).nameTh, score: s.score }));
  const last = toThaiDigits(fy - 1);
  const found = below.length
    ? `ตัวชี้วัดที่ได้คะแนนต่ำกว่าร้อยละ ${toThaiDigits(ITA_PASS_MARK)} ได้แก่ ${below
        .map((b) => `ตัวชี้วัดที่ ${toThaiDigits(b.indicator)} ${b.name} (${score(b.score)} คะแนน)`)
        .join(' ')} ซึ่งเป็นประเด็นที่ต้องปรับปรุงและพัฒนา`
    : `ทุกตัวชี้วัดได้คะแนนตั้งแต่ร้อยละ ${toThaiDigits(ITA_PASS_MARK)} ขึ้นไป`;
  return {
    paragraphs: [
      `จากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${last} ของ${orgName} ${found}`,
      `เพื่อให้การดำเนินงานเป็นไปด้วยความโปร่งใสและยกระดับผลการประเมินในปีต่อไป ${purpose}`,
    ],
    below,
  };
}

/**
 * The BE year printed in "ประกาศ ณ วันที่": the given day's; without one, the year every day still
 * left to sign on falls in. The window (1 January of the year the fiscal year starts in to 30
 * September, as the API accepts) spans two BE years, so only a document made on 1 January - 30
 * September of BE `fy` has one; else (or made after the window) the year is dotted too.
 */
function announcementYear(fy: number, on?: PlainDate, madeOn?: PlainDate): { year?: number } {
  if (on) return { year: buddhistYear(on) };
  const ce = fy - 543;
  return madeOn && madeOn >= `${ce}-01-01` && madeOn <= `${ce}-09-30` ? { year: fy } : {};
}

/**
 * The plan document of `plan`. `previousScores`: the org's ITA scores of the year before (fy - 1),
 * when entered; the introduction then names the indicators below the pass mark (85).
 */
export function buildPlanDocument(input: {
  org: Org;
  units: Unit[];
  plan: StoredPlan;
  previousScores?: readonly IndicatorScoreEntry[];
  /** the day it is made (Bangkok): whether the announcement's BE year is known without a day (announcementYear) */
  madeOn?: PlainDate;
  /** the announcement's day, given when generating (`announcedOn`) */
  announcedOn?: PlainDate;
}): PlanDocumentModel {
  const { org, plan } = input;
  const unitName = new Map(input.units.map((u) => [u.unitId, u.name]));
  const name = (id: string) => unitName.get(id) ?? id;
  const intro = introduction(org.name, plan.fy, input.previousScores);
  const notesColumns = noteColumns(plan.measures);
  return {
    orgId: org.orgId,
    orgName: org.name,
    fy: plan.fy,
    title: planDocumentTitle(org.name, plan.fy),
    introduction: intro.paragraphs,
    ...(intro.below ? { belowPassMark: intro.below } : {}),
    planVersion: plan.version,
    ...(notesColumns.length > 0 ? { noteColumns: notesColumns } : {}),
    announcement: {
      ...(input.announcedOn ? { on: input.announcedOn } : {}),
      ...announcementYear(plan.fy, input.announcedOn, input.madeOn),
      signatory: signatoryOf(org),
    },
    measures: [...plan.measures]
      .sort((a, b) => a.order - b.order)
      .map((m) => ({
        ...measureHeading(m),
        followUps: m.followUps.map((f) => followUpWithCadence(withReportingUnits(f, name), org.name)),
        responsible: responsibleNames(m.responsible, name),
        ...(m.notes?.length ? { notes: m.notes.map(({ label, text }) => ({ label, text })) } : {}),
      })),
  };
}

/** The plan table's column labels: the five, then the note columns. */
export const planColumns = (model: Pick<PlanDocumentModel, 'noteColumns'>): string[] => [
  ...PLAN_COLUMNS,
  ...(model.noteColumns ?? []),
];

/**
 * A measure's title in the plan table: a title opening with its indicator's heading as it is
 * ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ"); any other title, then its indicator with the name in
 * brackets ("จัดทำประกาศเจตจำนงสุจริต…", "(ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)"), so that a reader sees
 * which indicator the measure answers, and the importer reads the title and a named indicator back
 * (it was "ตัวชี้วัดที่ ๑ จัดทำประกาศ…": no name, unknown-indicator-name on every re-import, S22-8).
 */
export function titleLines(m: { indicator: number; title: string }): string[] {
  const name = catalogIndicator(m.indicator).nameTh;
  // a title naming an indicator anywhere ("… (เชื่อมโยงกับตัวชี้วัดที่ ๕)"), or opening with its own
  // indicator's name, reads back whole behind its heading: written so, as before
  if (findIndicator(m.title) || matchKey(m.title).startsWith(matchKey(name))) return [headedTitle(m)];
  return [m.title, `(ตัวชี้วัดที่ ${toThaiDigits(m.indicator)} ${name})`];
}

/** Each column of one measure's row as paragraphs, for every renderer (the note columns' too). */
export function planMeasureCells(
  m: PlanDocumentModel['measures'][number],
  columns: readonly string[] = [],
): string[][] {
  return [
    [...titleLines(m), ...numberedItems(m.subMeasures)],
    numberedItems(m.methods),
    [m.timeframe],
    numberedItems(m.followUps),
    m.responsible,
    ...noteCells(m.notes, columns),
  ];
}
