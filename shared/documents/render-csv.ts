// The results report as CSV: UTF-8 with BOM (so Excel shows Thai), one row per measure, then a
// per-period section after a blank line (its header ends the measures for the importer).
import { type AnnualReportModel, STATUS_TH, unfinishedMark } from './annual-report-model.js';
import { COLUMNS } from './report-cells.js';
import { followUpWithCadence, numberedItem, numberedItems } from './document-model-fields.js';
import { titleForIndicator } from '../domain/indicator-title.js';
import { withStoppedLabel } from '../domain/follow-up-months.js';
import { IN_GRACE_TH } from '../domain/compliance-summary.js';

/**
 * What a spreadsheet may run as a formula (OWASP CSV injection): = + - @ (and their full-width
 * forms) after any leading whitespace or line breaks, or a cell that starts with a tab or a CR.
 */
const FORMULA_START = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/u;

/** Quote every cell; a cell that could start a formula gets a leading ' so it stays text. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** An instant as Bangkok wall time with its offset: "2023-04-20 10:00:00+07:00". */
export function bangkokTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 19)}+07:00`;
}

const row = (cells: (string | number)[]) => cells.map(csvCell).join(',');

export function renderCsv(model: AnnualReportModel): Buffer {
  const byIndicator = new Map(model.statistics.byIndicator.map((i) => [i.indicator, i.counts]));
  const lines = [
    // ครบกำหนด = the four after it (รอส่งย้อนหลัง: due, in a late addition's grace; re-check 2 s48)
    row(['ตัวชี้วัด', ...COLUMNS, 'ครบกำหนด', 'ส่งตรงเวลา', 'ส่งล่าช้า', 'ไม่ได้ส่ง', IN_GRACE_TH]),
    ...model.measures.map((m) => {
      const c = byIndicator.get(m.indicator);
      return row([
        m.indicator,
        // as the report's DOCX and PDF write them (report-cells.ts), so the CSV imports back to the
        // same measures: items numbered by place, each follow-up with its cadence note (S11-29)
        [
          withStoppedLabel(titleForIndicator(m.title, m.indicator), m.stoppedAfter),
          ...numberedItems(m.subMeasures),
        ].join('\n'),
        numberedItems(m.methods).join('\n'),
        m.timeframe,
        m.followUps
          .map((f, i) =>
            numberedItem(i + 1, followUpWithCadence({ ...f, dueDate: f.periods[0]?.dueDate }, model.orgName)),
          )
          .join('\n'),
        numberedItems(m.recommendations).join('\n'),
        m.responsible.join(', '),
        c?.due ?? 0,
        c?.onTime ?? 0,
        c?.late ?? 0,
        c?.missing ?? 0,
        c?.inGrace ?? 0,
      ]);
    }),
    '',
    row(['ตัวชี้วัด', 'การติดตามผลข้อ', 'รอบ', 'กำหนดส่ง', 'หน่วยงาน', 'สถานะ', 'วันที่ส่ง', 'สรุปผลการดำเนินงาน', 'ปัญหาอุปสรรค']),
    ...model.measures.flatMap((m) =>
      m.followUps.flatMap((f) =>
        f.periods.flatMap((p) =>
          p.entries.map((e) =>
            row([
              m.indicator,
              f.followUpNo,
              p.label,
              p.dueDate,
              e.unitName,
              // a report sent unfinished, as the PDF marks it (tester s45 #3)
              `${STATUS_TH[e.status]}${unfinishedMark(e)}`,
              e.submittedAt ? bangkokTime(e.submittedAt) : '',
              e.summary ?? '',
              e.obstacles ?? '',
            ]),
          ),
        ),
      ),
    ),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
