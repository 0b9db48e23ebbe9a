// The signed end of the published documents, as lines for the PDF and the DOCX: the plan document's
// announcement ("ประกาศ ณ วันที่ …" and the chief executive's signature block) and the results
// report's report to the chief executive with their comments and signature (docs/publishing.md).
import { chiefExecutivePosition } from '../domain/local-government-kinds.js';
import { HALF_YEAR_TH } from '../domain/period-labels.js';
import { thaiMonthName, toThaiDigits } from '../domain/thai-format.js';
import type { AnnualReportModel } from './annual-report-model.js';
import type { Signatory } from './document-model-fields.js';
import type { PlanDocumentModel } from './plan-document-model.js';

/**
 * A line of the block: `left` from the margin, `sign` centred in the right half (the signature
 * column of a Thai official document); `space`: empty lines before it (room to sign).
 */
export interface BlockLine {
  text: string;
  at: 'left' | 'sign';
  bold?: boolean;
  space?: number;
}

const dots = (n: number) => '.'.repeat(n);

/** Where a person signs: "ลงชื่อ ……". */
export const SIGN_LINE = `ลงชื่อ ${dots(52)}`;
/** A name to write in by hand, in its brackets. */
export const NAME_BLANK = `(${dots(53)})`;
export const POSITION_BLANK = `ตำแหน่ง ${dots(44)}`;
/** A line for the executive's comments. */
const COMMENT_LINE = dots(105);

/**
 * "๑๕ ตุลาคม พ.ศ. ๒๕๖๙", or dotted day and month before the BE year: "........ เดือน ........ พ.ศ. ๒๕๖๙";
 * no year: dotted too (the acknowledgement, signed after the report is made, maybe in the next year).
 */
function dayText(year?: number, on?: string): string {
  if (!on) return `${dots(8)} เดือน ${dots(24)} พ.ศ. ${year ? toThaiDigits(year) : dots(12)}`;
  const [, month, day] = on.split('-').map(Number);
  return `${toThaiDigits(day!)} ${thaiMonthName(month!)} พ.ศ. ${toThaiDigits(year!)}`;
}

/** The signature: where to sign, the name in brackets, the position (each dotted when not known). */
function signature(s: Signatory, space = 2): BlockLine[] {
  return [
    { text: SIGN_LINE, at: 'sign', space },
    { text: s.name ? `(${s.name})` : NAME_BLANK, at: 'sign' },
    { text: s.position ?? POSITION_BLANK, at: 'sign' },
  ];
}

/**
 * The office a memo is addressed to: an acting head's position ("ปลัดเทศบาล ปฏิบัติหน้าที่นายกเทศมนตรีตำบล…",
 * "… รักษาราชการแทนนายก…") is addressed to the office it acts in; the signature keeps the whole position.
 */
const officeOf = (position?: string) =>
  position
    ?.split(/ปฏิบัติหน้าที่|รักษาราชการแทน/u)
    .at(-1)!
    .trim() || position;

/** The plan document's end: "ประกาศ ณ วันที่ …" and the chief executive's signature. */
export function announcementBlock(a: NonNullable<PlanDocumentModel['announcement']>): BlockLine[] {
  return [{ text: `ประกาศ ณ วันที่ ${dayText(a.year, a.on)}`, at: 'sign', space: 1 }, ...signature(a.signatory)];
}

/**
 * The results report's end: "เรียน {position}", "เพื่อโปรดทราบผลการดำเนินการ…", the reporter's
 * signature, then "ความเห็นของผู้บริหาร" with lines to write on and the chief executive's
 * signature and day (the usual form of a report put to the executive).
 */
export function acknowledgementBlock(
  model: Pick<AnnualReportModel, 'fy' | 'scope'>,
  a: NonNullable<AnnualReportModel['acknowledgement']>,
): BlockLine[] {
  const half = model.scope === 'half-year' ? ` ${HALF_YEAR_TH}แรก` : '';
  return [
    { text: `เรียน ${officeOf(a.signatory.position) ?? 'ผู้บริหาร'}`, at: 'left', space: 1 },
    {
      text: `เพื่อโปรดทราบผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส${half} ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(model.fy)}`,
      at: 'left',
    },
    { ...signature({})[0]!, text: `${SIGN_LINE} ผู้รายงาน` },
    ...signature({}).slice(1),
    { text: 'ความเห็นของผู้บริหาร', at: 'left', bold: true, space: 1 },
    { text: COMMENT_LINE, at: 'left' },
    { text: COMMENT_LINE, at: 'left' },
    ...signature(a.signatory),
    // the year dotted: a report made in late December may be signed in January (re-check s48 #4)
    { text: `วันที่ ${dayText()}`, at: 'sign' },
  ];
}

/**
 * What a block's lines never break inside where it fits, besides a date and the org's name: the
 * signatory's name and the position the org's name implies ("นายกองค์การบริหารส่วนตำบล…" on one line).
 */
export const blockNames = (s: Signatory, orgName: string): string[] =>
  [s.name, chiefExecutivePosition(orgName)].filter((n): n is string => Boolean(n));
