// The results report as one HTML page: for previews and the email body. Everything is escaped.
import { escapeHtml, wholeThaiDates } from '../mail/html.js';
import { IN_GRACE_TH, inGraceTh, nothingDueTh } from '../domain/compliance-summary.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { AnnualReportModel } from './annual-report-model.js';
import * as report from './annual-report-model.js';
import { COLUMNS, measureCells } from './report-cells.js';

export function renderHtml(model: AnnualReportModel): string {
  // a summary printed in part says so; work added after its due date, why it is not yet due (tester s44 F6)
  const notes = [report.shortenedSummariesNote(model), report.lateAdditionsNote(model)].filter((n) => n !== undefined);
  const obstacles = report.obstaclesSection(model);
  const cells = (paras: string[]) => paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const bars = model.statistics.byIndicator
    .map((i) => {
      const label = `<td>ตัวชี้วัดที่ ${toThaiDigits(i.indicator)} ${escapeHtml(i.name)}</td>`;
      const rate = `<td>${report.completionText(i.counts)}${i.counts.due > 0 ? inGraceTh(i.counts) : ''}</td>`;
      // nothing due yet: why, and no bar (tester s44 F5)
      if (i.counts.due === 0) return `<tr>${label}<td class="none">${nothingDueTh(i.counts)}</td>${rate}</tr>`;
      return `<tr>${label}<td class="bar"><span style="width:${report.completion(i.counts)}%"></span></td>${rate}</tr>`;
    })
    .join('');
  // a date's day, month and year stay on one line (tester s43 F11)
  return wholeThaiDates(`<!doctype html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>body{font-family:Sarabun,'Noto Sans Thai',Tahoma,sans-serif;margin:16px;color:#111}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;font-size:14px}th{background:#e8eefc}p{margin:0 0 4px}
.bar{width:50%}.bar span{display:block;height:12px;background:#1d4ed8}.none{color:#4b5563}</style></head><body>
<h1>${escapeHtml(model.title)}</h1>${model.yearSoFar ? `<p class="year-so-far"><strong>${escapeHtml(model.yearSoFar)}</strong></p>` : ''}<p>${escapeHtml(model.introduction)}</p>
<table><thead><tr>${COLUMNS.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>
${model.measures
  .map(
    (m) =>
      `<tr>${measureCells(m, model.orgName)
        .map((c) => `<td>${cells(c)}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}
<h2>${report.OBSTACLES_HEADING}</h2>${obstacles.length === 0 ? `<p>${report.NO_OBSTACLES}</p>` : ''}${obstacles.map((o) => `<h3>${escapeHtml(o.measure)}</h3>${cells(o.items)}`).join('')}
<h2>สถิติการดำเนินการตามมาตรการ</h2>
<p>ครบกำหนด ${toThaiDigits(model.statistics.total.due)} · ตรงเวลา ${toThaiDigits(model.statistics.total.onTime)} · ล่าช้า ${toThaiDigits(model.statistics.total.late)} · ไม่ได้ส่ง ${toThaiDigits(model.statistics.total.missing)}${model.statistics.total.inGrace ? ` · ${IN_GRACE_TH} ${toThaiDigits(model.statistics.total.inGrace)}` : ''}</p>${model.backRecorded ? `<p class="note">${escapeHtml(model.backRecorded)}</p>` : ''}
<h3>${escapeHtml(report.BY_INDICATOR_HEADING)}</h3>
<table>${bars}</table></body></html>`);
}
