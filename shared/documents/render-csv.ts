// The results report as CSV: UTF-8 with BOM (so Excel shows Thai), one row per measure, then a
// per-period section after a blank line.
import { type AnnualReportModel, STATUS_TH } from './annual-report-model.js';
import { COLUMNS } from './report-cells.js';

/** Quote every cell; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const row = (cells: (string | number)[]) => cells.map(csvCell).join(',');

export function renderCsv(model: AnnualReportModel): Buffer {
  const byIndicator = new Map(model.statistics.byIndicator.map((i) => [i.indicator, i.counts]));
  const lines = [
    row(['ตัวชี้วัด', ...COLUMNS, 'ครบกำหนด', 'ส่งตรงเวลา', 'ส่งล่าช้า', 'ไม่ได้ส่ง']),
    ...model.measures.map((m) => {
      const c = byIndicator.get(m.indicator);
      return row([
        m.indicator,
        [m.title, ...m.subMeasures].join('\n'),
        m.methods.join('\n'),
        m.timeframe,
        m.followUps.map((f) => `${f.followUpNo}. ${f.text}`).join('\n'),
        m.recommendations.join('\n'),
        m.responsible.join(', '),
        c?.due ?? 0,
        c?.onTime ?? 0,
        c?.late ?? 0,
        c?.missing ?? 0,
      ]);
    }),
    '',
    row(['ตัวชี้วัด', 'การติดตามผลข้อ', 'รอบ', 'กำหนดส่ง', 'หน่วยงาน', 'สถานะ', 'วันที่ส่ง', 'สรุปผลการดำเนินงาน']),
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
              STATUS_TH[e.status],
              e.submittedAt ?? '',
              e.summary ?? '',
            ]),
          ),
        ),
      ),
    ),
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
}
