// Thai names of a plan's choices (cadence, audience), as the plan screens show them; the wordings
// follow the plans' own columns (การติดตามผลการดำเนินการ) and DESIGN.md §2.
import type { Cadence } from './due-rules.js';
import type { Audience } from './plan.js';
import { headingNumberOf, titleForIndicator } from './indicator-title.js';
import { toThaiDigits } from './thai-format.js';
import { LOCAL_GOVERNMENT_KINDS, mayorTitle } from './local-government-kinds.js';

/**
 * A plan's title as its plan document prints it: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส
 * ของเทศบาลตำบลดอนอะระง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"; also the title of plan JSON saved without one.
 */
export function planDocumentTitle(orgName: string, fy: number): string {
  return `มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของ${orgName} ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(fy)}`;
}

/** รอบการรายงาน: one name per cadence, in the order a coordinator chooses from. */
export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = {
  monthly: 'ทุกเดือน',
  quarterly: 'ทุกไตรมาส (ทุก ๓ เดือน)',
  semiannual: 'ทุก ๖ เดือน',
  'april-september': 'เดือนเมษายน และ กันยายน',
  annual: 'ประจำปี (สิ้นปีงบประมาณ)',
  once: 'ครั้งเดียว (ระบุวันครบกำหนด)',
  unspecified: 'ไม่ระบุ (ถือเป็นรายงานประจำปี)',
};

/**
 * A cadence as the documents' note after a follow-up says it ("รายงานผล (ทุกไตรมาส)"): a label
 * with no brackets of its own, so the note is never "(ทุกไตรมาส (ทุก ๓ เดือน))" (tester t36, P3). A
 * one-off's note carries its date (followUpWithCadence); an unspecified cadence has none.
 */
export type NotedCadence = Exclude<Cadence, 'once' | 'unspecified'>;
export const CADENCE_NOTES: Readonly<Record<NotedCadence, string>> = {
  monthly: 'ทุกเดือน',
  quarterly: 'ทุกไตรมาส',
  semiannual: 'ทุก ๖ เดือน',
  'april-september': 'เดือนเมษายน และ กันยายน',
  annual: 'ประจำปี',
};

/** ผู้รับรายงาน: who a follow-up reports to (a เทศบาล's words; audienceLabel for an org's). */
export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  meeting: 'ที่ประชุมประจำเดือน',
  mayor: 'นายกเทศมนตรี',
  executives: 'ผู้บริหาร',
  supervisors: 'ผู้บังคับบัญชา',
  'unit-heads': 'หัวหน้าส่วนราชการ',
};

/**
 * Who a follow-up reports to, in the words of an org named `orgName`: the chief executive is
 * "นายกองค์การบริหารส่วนตำบล" for an อบต. (mayorTitle); without a name, or one of no kind, AUDIENCE_LABELS.
 */
export function audienceLabel(audience: Audience, orgName?: string): string {
  return (audience === 'mayor' && orgName !== undefined && mayorTitle(orgName)) || AUDIENCE_LABELS[audience];
}

/**
 * A follow-up's text as the product's documents write it when the text does not name its cadence:
 * "รายงานผลต่อคณะทำงาน (ทุกเดือน)". The importer takes the note off again (withoutCadenceNote).
 */
export function withCadenceNote(text: string, note: string): string {
  return `${text} (${note})`;
}

/**
 * `text` without a trailing cadence note of `cadence` (see withCadenceNote), spaces anywhere in it
 * aside (a PDF line break inside "ทุก ๓ เดือน" loses one); else `text` unchanged.
 */
/** The cadences the documents write as a note (a one-off's note, with its date, is read by the importer). */
const NOTED_CADENCES: readonly Cadence[] = ['monthly', 'quarterly', 'semiannual', 'april-september', 'annual'];

/**
 * The cadence whose note (withCadenceNote) ends `text`, if any. The note is the product's own
 * statement of the cadence, so it decides over cadence words inside the text ("รายงานผลทุกเดือน
 * ต่อที่ประชุม (ทุกไตรมาส (ทุก ๓ เดือน))" is quarterly: review 17 s10, S10-4).
 */
export function cadenceOfNote(text: string): Cadence | undefined {
  return NOTED_CADENCES.find((c) => cadenceNotePattern(c)!.test(text));
}

export function withoutCadenceNote(text: string, cadence: Cadence): string {
  const note = cadenceNotePattern(cadence);
  return note ? text.replace(note, '') : text;
}

/** The trailing note of `cadence` as a pattern, built once per cadence (none for unspecified). */
const notePatterns = new Map<Cadence, RegExp | undefined>();
function cadenceNotePattern(cadence: Cadence): RegExp | undefined {
  if (notePatterns.has(cadence)) return notePatterns.get(cadence);
  const loose = (s: string) => [...s.replace(/\s+/g, '')].map((c) => c.replace(/[()]/g, '\\$&')).join('\\s*');
  // the note as written since session 36, or the label as documents published before wrote it
  const label =
    cadence === 'once'
      ? `${loose('ครั้งเดียว')}(?:\\s*${loose('ภายในวันที่')}[^()]+)?`
      : cadence === 'unspecified'
        ? ''
        : `(?:${loose(CADENCE_NOTES[cadence])}|${loose(CADENCE_LABELS[cadence])})`;
  const pattern = cadence === 'unspecified' ? undefined : new RegExp(`\\s*\\(\\s*${label}\\s*\\)\\s*$`);
  notePatterns.set(cadence, pattern);
  return pattern;
}

/**
 * A measure's title as the documents and messages write it: with its indicator heading in front
 * when the title has none ("มาตรการส่งเสริม…" of indicator 3 -> "ตัวชี้วัดที่ ๓ มาตรการส่งเสริม…"),
 * so the published plan says which ITA indicator each measure answers and the importer reads it
 * back; a leading heading of another indicator is written for the measure's own one
 * (titleForIndicator: review 17 s11, S11-40). A draft measure without an indicator (null) is its
 * title alone.
 */
export function headedTitle(m: { indicator: number | null; title: string }): string {
  if (m.indicator === null) return m.title;
  return headingNumberOf(m.title) === undefined
    ? `ตัวชี้วัดที่ ${toThaiDigits(m.indicator)} ${m.title}`
    : titleForIndicator(m.title, m.indicator);
}

/** The label of the note naming the units that report on a follow-up ("(หน่วยงานที่รายงาน: กองคลัง)"). */
export const REPORTING_UNITS_NOTE = 'หน่วยงานที่รายงาน';

/** The label of the audience note the documents write after a follow-up (withAudienceNote). */
const AUDIENCE_NOTE = 'รายงานต่อ';
const compact = (s: string) => s.replace(/\s+/g, '');
let audienceByLabel: Map<string, Audience> | undefined;
/** Each label's audience, every kind's chief executive's too (audienceLabel); made on first use, so a bundle that reads no note (the API) has neither. */
const audienceOfLabel = (label: string) =>
  (audienceByLabel ??= new Map([
    ...(Object.entries(AUDIENCE_LABELS) as [Audience, string][]).map(([a, l]) => [compact(l), a] as const),
    ...LOCAL_GOVERNMENT_KINDS.map((k) => [compact(k.mayor), 'mayor'] as const),
  ])).get(compact(label));

/**
 * A follow-up's text with its audience after it, as the product's documents write it when the text
 * does not say it: "รายงานผลการดำเนินงาน (รายงานต่อ: ผู้บริหาร, นายกเทศมนตรี)". The importer reads
 * the note back as the follow-up's audience and takes it off (audienceOfNote).
 */
export function withAudienceNote(text: string, audience: readonly Audience[], orgName?: string): string {
  return `${text} (${AUDIENCE_NOTE}: ${audience.map((a) => audienceLabel(a, orgName)).join(', ')})`;
}

/** "(รายงานต่อ: …)" at the end, spaces anywhere in the label (a PDF line break puts one in). */
const AUDIENCE_NOTE_PATTERN = new RegExp(`\\s*\\(\\s*${[...AUDIENCE_NOTE].join('\\s*')}\\s*:\\s*([^()]+)\\)\\s*$`);

/**
 * The audience a follow-up's trailing note names (withAudienceNote) and the text without it; none
 * when the text ends in no such note, or the note names something that is no audience label.
 */
export function audienceOfNote(text: string): { text: string; audience: Audience[] } | undefined {
  const found = AUDIENCE_NOTE_PATTERN.exec(text);
  if (!found) return undefined;
  const audience: Audience[] = [];
  for (const part of found[1]!.split(/[,،]|\s+และ\s+/)) {
    const a = audienceOfLabel(part);
    if (a === undefined) return undefined;
    if (!audience.includes(a)) audience.push(a);
  }
  return { text: text.slice(0, found.index), audience };
}
