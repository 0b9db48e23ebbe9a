// The text of each column of the results table, shared by the PDF, DOCX and HTML renderers.
import { type AnnualReportModel, NO_PERIODS_LINE, periodLines } from './annual-report-model.js';
import { followUpWithCadence, headedTitle, numberedItem, numberedItems } from './document-model-fields.js';
import { withStoppedLabel } from '../domain/follow-up-months.js';

export const COLUMNS = [
  'มาตรการ/แนวทาง',
  'วิธีดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผลการดำเนินการ',
  'ข้อเสนอแนะ',
  'ผู้รับผิดชอบ',
] as const;

/** The statistics' tables' headings, the PDF's and the DOCX's: the name, then the counts and the rate. */
export const COUNT_HEADS = ['', 'ครบกำหนด', 'ตรงเวลา', 'ล่าช้า', 'ไม่ได้ส่ง', 'ร้อยละที่ส่ง'] as const;

type Measure = AnnualReportModel['measures'][number];

/** Each column as paragraphs (one string per paragraph); audiences in the words of the org named `orgName` (audienceLabel). */
export function measureCells(m: Measure, orgName?: string): string[][] {
  return [
    // a measure stopped mid-year says so after its title (tester s43 F6)
    [withStoppedLabel(headedTitle(m), m.stoppedAfter), ...numberedItems(m.subMeasures)],
    numberedItems(m.methods),
    [m.timeframe],
    m.followUps.flatMap((f, i) => [
      // numbered by place, as the plan document does (numberedItems); a one-off's date is its period's due date
      numberedItem(i + 1, followUpWithCadence({ ...f, dueDate: f.periods[0]?.dueDate }, orgName)),
      ...(f.periods.length > 0 ? f.periods.flatMap(periodLines) : [f.noPeriods ?? NO_PERIODS_LINE]),
    ]),
    numberedItems(m.recommendations),
    m.responsible,
  ];
}
