// The fields every published document's model shares: whose document it is, and a measure's heading
// columns as the plan's table has them (มาตรการ/แนวทาง, วิธีการดำเนินการ, ระยะเวลาดำเนินการ).
import * as z from 'zod';
import type { Cadence } from '../domain/due-rules.js';
import { CADENCE_LABELS, withCadenceNote } from '../domain/plan-labels.js';
import { formatThaiDate, toThaiDigits as toThaiDigitsOf } from '../domain/thai-format.js';
import type { PlainDate } from '../domain/plain-date.js';
import { detectCadence } from '../import/cadence-detection.js';

export const DOCUMENT_OWNER = {
  orgId: z.string(),
  orgName: z.string(),
  fy: z.number(),
};

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

/** "ตัวชี้วัดที่ ๔ …" or "ตัวชี้วัดที่ 4 …" at the start of a title (as the importer writes it). */
const INDICATOR_HEADING = /^\s*ตัวชี้วัดที่\s*[0-9๐-๙]+/;

/**
 * A measure's title as the documents write it: with its indicator heading in front when the title
 * has none ("มาตรการส่งเสริม…" of indicator 3 -> "ตัวชี้วัดที่ ๓ มาตรการส่งเสริม…"), so the
 * published plan says which ITA indicator each measure answers and the importer reads it back.
 */
export function headedTitle(m: { indicator: number; title: string }): string {
  return INDICATOR_HEADING.test(m.title) ? m.title : `ตัวชี้วัดที่ ${toThaiDigitsOf(m.indicator)} ${m.title}`;
}

/**
 * A follow-up's text as the documents write it: with its reporting cadence after it when the text
 * does not already say it ("รายงานผลต่อนายกเทศมนตรี (ทุกไตรมาส (ทุก ๓ เดือน))"; a one-off with
 * its date: "(ครั้งเดียว ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗)"), so the document reads back to the same
 * cadence. An unspecified cadence adds nothing.
 */
export function followUpWithCadence(f: { text: string; cadence: string; dueDate?: string | undefined }): string {
  const cadence = f.cadence as Cadence;
  if (cadence === 'unspecified' || (cadence !== 'once' && detectCadence(f.text) === cadence)) return f.text;
  const label =
    cadence === 'once'
      ? f.dueDate
        ? `ครั้งเดียว ภายในวันที่ ${formatThaiDate(f.dueDate as PlainDate)}`
        : 'ครั้งเดียว'
      : CADENCE_LABELS[cadence];
  return withCadenceNote(f.text, label);
}
