// The text of each column of the results table, shared by the PDF, DOCX and HTML renderers.
import { toThaiDigits } from '../domain/thai-format.js';
import { type AnnualReportModel, periodLines } from './annual-report-model.js';

export const COLUMNS = [
  'มาตรการ/แนวทาง',
  'วิธีดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผลการดำเนินการ',
  'ข้อเสนอแนะ',
  'ผู้รับผิดชอบ',
] as const;

type Measure = AnnualReportModel['measures'][number];
const numbered = (items: string[]) => items.map((s, i) => `${toThaiDigits(i + 1)}. ${s}`);

/** Each column as paragraphs (one string per paragraph). */
export function measureCells(m: Measure): string[][] {
  return [
    [m.title, ...numbered(m.subMeasures)],
    numbered(m.methods),
    [m.timeframe],
    m.followUps.flatMap((f) => [`${toThaiDigits(f.followUpNo)}. ${f.text}`, ...f.periods.flatMap(periodLines)]),
    numbered(m.recommendations),
    m.responsible,
  ];
}
