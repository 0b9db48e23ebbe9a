// The results report as one HTML page: for previews and the email body. Everything is escaped.
import { escapeHtml, wholeThaiDates } from '../mail/html.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { AnnualReportModel } from './annual-report-model.js';
import * as report from './annual-report-model.js';
import { COLUMNS, measureCells } from './report-cells.js';

export function renderHtml(model: AnnualReportModel): string {
  const note = report.shortenedSummariesNote(model);
  const obstacles = report.obstaclesSection(model);
  const cells = (paras: string[]) => paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const bars = model.statistics.byIndicator
    .map((i) => {
      const pct = report.completion(i.counts);
      return `<tr><td>ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${escapeHtml(i.name)}</td><td class="bar"><span style="width:${pct}%"></span></td><td>${toThaiDigits(pct)}%</td></tr>`;
    })
    .join('');
  // a date's day, month and year stay on one line (tester s43 F11)
  return wholeThaiDates(`<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>body{font-family:Sarabun,'Noto Sans Thai',Tahoma,sans-serif;margin:16px;color:#111}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;font-size:14px}th{background:#e8eefc}p{margin:0 0 4px}
.bar{width:50%}.bar span{display:block;height:12px;background:#1d4ed8}</style></head><body>
<h1>${escapeHtml(model.title)}</h1>${model.yearSoFar ? `<p class="year-so-far"><strong>${escapeHtml(model.yearSoFar)}</strong></p>` : ''}<p>${escapeHtml(model.introduction)}</p>
<table><thead><tr>${COLUMNS.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>
${model.measures
  .map(
    (m) =>
      `<tr>${measureCells(m)
        .map((c) => `<td>${cells(c)}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}
<h2>${report.OBSTACLES_HEADING}</h2>${obstacles.length === 0 ? `<p>${report.NO_OBSTACLES}</p>` : ''}${obstacles.map((o) => `<h3>${escapeHtml(o.measure)}</h3>${cells(o.items)}`).join('')}
<h2>สถิติการดำเนินการตามมาตรการ</h2>
<p>ครบกำหนด ${toThaiDigits(model.statistics.total.due)} · ตรงเวลา ${toThaiDigits(model.statistics.total.onTime)} · ล่าช้า ${toThaiDigits(model.statistics.total.late)} · ไม่ได้ส่ง ${toThaiDigits(model.statistics.total.missing)}</p>
<h3>${escapeHtml(report.BY_INDICATOR_HEADING)}</h3>
<table>${bars}</table></body></html>`);
}
