// The fields every published document's model shares: whose document it is, and a measure's heading
// columns as the plan's table has them (มาตรการ/แนวทาง, วิธีการดำเนินการ, ระยะเวลาดำเนินการ).
import * as z from 'zod';
import type { Cadence } from '../domain/due-rules.js';
import { CADENCE_NOTES, REPORTING_UNITS_NOTE, withAudienceNote, withCadenceNote } from '../domain/plan-labels.js';
import type { Audience } from '../domain/plan.js';
import { followUpMonthsLabel, type FollowUpMonths } from '../domain/follow-up-months.js';
export { headedTitle } from '../domain/plan-labels.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import type { PlainDate } from '../domain/plain-date.js';
import { chiefExecutivePosition } from '../domain/local-government-kinds.js';
import type { Org } from '../domain/organisation.js';
import { detectAudience, detectCadence } from '../import/cadence-detection.js';

export const DOCUMENT_OWNER = {
  orgId: z.string(),
  orgName: z.string(),
  fy: z.number(),
};

/** Who signs a document: the org's chief executive (Org.chiefExecutive); a part absent prints as a dotted line. */
export const Signatory = z.object({ name: z.string().optional(), position: z.string().optional() });
export type Signatory = z.infer<typeof Signatory>;

/** The org's signatory: its chief executive's name, and the position set or the one its name implies. */
export function signatoryOf(org: Org): Signatory {
  const name = org.chiefExecutive?.name;
  const position = org.chiefExecutive?.position ?? chiefExecutivePosition(org.name);
  return { ...(name ? { name } : {}), ...(position ? { position } : {}) };
}

export const MEASURE_HEADING = {
  measureId: z.string(),
  indicator: z.number(),
  title: z.string(),
  subMeasures: z.array(z.string()),
  methods: z.array(z.string()),
  timeframe: z.string(),
};

/** A plan measure's MEASURE_HEADING values. */
export function measureHeading(m: {
  measureId: string;
  indicator: number;
  title: string;
  subMeasures: string[];
  methods: string[];
  timeframe: string;
}) {
  const { measureId, indicator, title, subMeasures, methods, timeframe } = m;
  return { measureId, indicator, title, subMeasures, methods, timeframe };
}

/**
 * A follow-up's text as the documents write it: with its reporting cadence after it when the text
 * does not already say it, and its audience after that when the text does not name it (withAudience,
 * in the words of the org named `orgName`: audienceLabel) ("รายงานผลต่อนายกเทศมนตรี (ทุกไตรมาส)"; a one-off with
 * its date: "(ครั้งเดียว ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗)"), so the document reads back to the same
 * cadence. An unspecified cadence adds nothing. A follow-up's months (S13-3) come before the note.
 */
export function followUpWithCadence(
  f: {
    text: string;
    cadence: string;
    dueDate?: string | undefined;
    audience?: readonly string[] | undefined;
  } & FollowUpMonths,
  orgName?: string,
): string {
  return withAudience(withCadence(f), f, orgName);
}

function withCadence(f: { text: string; cadence: string; dueDate?: string | undefined } & FollowUpMonths): string {
  const cadence = f.cadence as Cadence;
  // a follow-up's months before its cadence note ("(ถึงเดือนมีนาคม ๒๕๖๙) (ทุกเดือน)"): the note,
  // last, still decides the cadence when the document is read again (S13-3)
  const months = followUpMonthsLabel(f);
  const text = months ? `${f.text} (${months.th})` : f.text;
  if (cadence === 'unspecified') return text;
  if (!months && cadence !== 'once' && detectCadence(f.text) === cadence) return text;
  const label =
    cadence === 'once'
      ? f.dueDate
        ? `ครั้งเดียว ภายในวันที่ ${formatThaiDate(f.dueDate as PlainDate)}`
        : 'ครั้งเดียว'
      : CADENCE_NOTES[cadence];
  return withCadenceNote(text, label);
}

/**
 * `written` with the follow-up's audience noted after it ("(รายงานต่อ: ผู้บริหาร)") when the text
 * does not name that audience itself, so the importer reads back what the coordinator chose
 * (review 17 s13, S13-4). No audience, or the one the text names, adds nothing.
 */
function withAudience(
  written: string,
  f: { text: string; audience?: readonly string[] | undefined },
  orgName: string | undefined,
): string {
  const audience = (f.audience ?? []) as readonly Audience[];
  if (audience.length === 0) return written;
  const named = detectAudience(f.text);
  const same = named.length === audience.length && audience.every((a) => named.includes(a));
  return same ? written : withAudienceNote(written, audience, orgName);
}

/**
 * A follow-up that names its own units (S13-3) with them after its text, before the months and
 * cadence notes: "รายงานผลทุกเดือน (หน่วยงานที่รายงาน: สำนักปลัดเทศบาล, กองช่าง)". Others as they are.
 */
export function withReportingUnits<F extends { text: string; unitIds?: readonly string[] | undefined }>(
  f: F,
  name: (unitId: string) => string,
): F {
  return f.unitIds ? { ...f, text: `${f.text} (${REPORTING_UNITS_NOTE}: ${f.unitIds.map(name).join(', ')})` } : f;
}

/** A list item's own number ("1. บันทึกการใช้รถ", "๒) …"): the documents number items themselves. */
const OWN_NUMBER = /^\s*[0-9๐-๙]{1,3}\s*[.)]\s+/;

/**
 * Items numbered by their place ("๑. …", "๒. …"), an item's own number left out, so a method typed
 * "1. บันทึกการใช้รถ" is written "๑. บันทึกการใช้รถ", not "๑. 1. บันทึกการใช้รถ". Follow-ups too are
 * numbered by place (their followUpNo may have gaps, 1, 3, 4): a PDF has no paragraphs, and the
 * importer reads a list by its numbers in order; it gives the saved numbers back by text.
 */
export function numberedItems(items: readonly string[]): string[] {
  return items.map((s, i) => numberedItem(i + 1, s));
}

/** One item of numberedItems: "๒. …" for place 2. */
export function numberedItem(place: number, text: string): string {
  return `${toThaiDigits(place)}. ${text.replace(OWN_NUMBER, '')}`;
}

/** Whether a paragraph is one `numberedItem` wrote ("๒. …"): the PDF tags it a list item. */
export const isNumberedItem = (paragraph: string): boolean => /^[๐-๙]+\. /u.test(paragraph);

/** The mark after the lead unit's name in the responsible column; the importer reads it back. */
export const LEAD_UNIT_MARK = '(หลัก)';

/**
 * The responsible column: the units' names, the lead's marked "(หลัก)", then "ทุกกองงาน" for all
 * units (["กองช่าง (หลัก)", "กองคลัง"], ["สำนักปลัดเทศบาล (หลัก)", "ทุกกองงาน"]).
 */
export function responsibleNames(
  r: { allUnits: boolean; unitIds: readonly string[]; leadUnitId?: string | undefined },
  name: (unitId: string) => string,
): string[] {
  const marked = (id: string) => (id === r.leadUnitId ? `${name(id)} ${LEAD_UNIT_MARK}` : name(id));
  if (r.allUnits) return [...(r.leadUnitId ? [marked(r.leadUnitId)] : []), 'ทุกกองงาน'];
  return r.unitIds.map(marked);
}
