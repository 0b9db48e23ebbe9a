// The org's public ITA page for one fiscal year: the year's OIT items this system produces, each
// with its published document (date, size, PDF and DOCX), and a chart of the published results
// report's figures per indicator. Static HTML: no script, no font or image from any host, every text escaped, one column
// that reads at 390 px.
import { ITA_MEASURES_TH } from '../domain/document-kinds.js';
import { type ComplianceCounts, IN_GRACE_TH, nothingDueTh, notYetDueTh } from '../domain/compliance-summary.js';
import { type PublicFormat, PUBLIC_FORMATS } from '../domain/public-addresses.js';
import { formatThaiDate, formatThaiDateTime, thaiFileSize, toThaiDigits } from '../domain/thai-format.js';
import type { PlainDate } from '../domain/plain-date.js';
import { HALF_YEAR_TH, yearSoFarNote } from '../domain/period-labels.js';
import { escapeHtml, wholeThaiDates } from '../mail/html.js';
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import { lateAdditionDays } from '../documents/late-additions.js';
import { notYetDueLateAdditionsNote } from '../domain/settlement.js';

export interface ItaPageItem {
  /** the document kind (data-kind on the item) */
  kind: string;
  /** "O42"; absent when the year's item numbers are not in the catalog yet */
  code?: string;
  title: string;
  /** a line under the title: the half-year report's period ("ผลการดำเนินการระหว่าง …") */
  period?: string;
  published?: {
    generation: number;
    publishedAt: string;
    /** relative links ("results.pdf"), so the page works under any host */
    /** `signed`: the PDF is the signed copy (ฉบับลงนาม), said by its link */
    files: { format: PublicFormat; href: string; size: number; signed?: boolean | undefined }[];
  };
}

export interface ItaPageInput {
  orgName: string;
  fy: number;
  items: ItaPageItem[];
  /**
   * The published results report's figures (its `statistics.byIndicator` and `asOf`), so the page
   * never says other numbers than the document it links (break 19 s28, F11); absent while no
   * results report is published. The year's report's, else the รอบ ๖ เดือน report's (re-check P3).
   */
  reporting?: {
    asOf: PlainDate;
    /** the published generation the figures are read from */
    generation?: number;
    /** the รอบ ๖ เดือน report's: its period and day ("ครบกำหนดระหว่าง … (ข้อมูล ณ วันที่ …)", its yearSoFar) */
    half?: string | undefined;
    /**
     * `lateAdditions`: the last on-time day of each piece of its work added to the plan after its due
     * date and still in its grace, counts.inGrace (the report's lateAdditionsNote counts them)
     */
    byIndicator: {
      indicator: number;
      name: string;
      counts: Omit<ComplianceCounts, 'inGrace'> & { inGrace?: number };
      lateAdditions?: string[];
    }[];
  };
}

/**
 * The figures the page shows, read from the published results report (`report.json`): its statistics
 * per indicator and the date they are for, never the live data (break 19 s28, F11).
 */
export function itaPageReporting(model: AnnualReportModel, generation: number): NonNullable<ItaPageInput['reporting']> {
  return {
    asOf: model.asOf as PlainDate,
    generation,
    half: model.scope && model.yearSoFar,
    byIndicator: model.statistics.byIndicator.map(({ indicator, name, counts }) => {
      const lateAdditions = lateAdditionDays(model.measures.filter((m) => m.indicator === indicator));
      // a report.json before session 48 counted work in grace not yet due: counted due, in grace, as now
      const n = counts.inGrace === undefined ? lateAdditions.length : 0;
      return {
        indicator,
        name,
        counts: { ...counts, due: counts.due + n, notYetDue: counts.notYetDue - n, inGrace: counts.inGrace ?? n },
        lateAdditions,
      };
    }),
  };
}

const FORMAT_LABEL: Record<PublicFormat, string> = { pdf: 'PDF', docx: 'Word (DOCX)' };

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);

/**
 * The name a downloaded file is saved under: the item's title, the org and the BE year ("รายงานผล…
 * รอบ ๖ เดือน เทศบาลตำบลลำธาร 2570.pdf"), not "results.pdf" (tester s47: files of two orgs or years
 * saved over each other); characters file systems refuse become "-".
 */
export const downloadName = (title: string, orgName: string, fy: number, format: string): string =>
  `${title} ${orgName} ${fy}.${format}`.replace(/[\\/:*?"<>|]/g, '-');

function item(i: ItaPageItem, orgName: string, fy: number): string {
  const head = `<h3>${i.code ? `<span class="code">${escapeHtml(i.code)}</span> ` : ''}${escapeHtml(i.title)}</h3>${i.period ? `<p>${escapeHtml(i.period)}</p>` : ''}`;
  if (!i.published)
    return `<li class="item" data-kind="${escapeHtml(i.kind)}">${head}<p class="none">ยังไม่เผยแพร่</p></li>`;
  const links = i.published.files
    .map(
      (f) =>
        `<li><a href="${escapeHtml(f.href)}" download="${escapeHtml(downloadName(i.title, orgName, fy, f.format))}" type="${PUBLIC_FORMATS[f.format]}">ดาวน์โหลด ${FORMAT_LABEL[f.format]}${f.signed ? ' ฉบับลงนาม' : ''}</a> <span class="size">(${thaiFileSize(f.size)})</span></li>`,
    )
    .join('');
  return `<li class="item" data-kind="${escapeHtml(i.kind)}" data-generation="${i.published.generation}">${head}<p>เผยแพร่เมื่อ <time datetime="${escapeHtml(i.published.publishedAt)}">${formatThaiDateTime(new Date(i.published.publishedAt))}</time></p><ul class="files">${links}</ul></li>`;
}

/**
 * The figures per indicator. An indicator with nothing due yet says so instead of an empty bar of
 * zeros, and a year with nothing due at all is one line, with how many are not yet due, as the
 * document says (tester s43b F10: ten grey bars "ครบกำหนด ๐" under a PDF of "ยังไม่ถึงกำหนด ๖๐ รายการ").
 */
function chart(fy: number, reporting: NonNullable<ItaPageInput['reporting']>): string {
  const totalDue = reporting.byIndicator.reduce((n, i) => n + i.counts.due, 0);
  const totalNotYet = reporting.byIndicator.reduce((n, i) => n + i.counts.notYetDue, 0);
  const rows = reporting.byIndicator
    .map(({ indicator, name, counts: c }) => {
      const label = `<p class="indicator">ตัวชี้วัดที่ ${toThaiDigits(indicator)} ${escapeHtml(name)}</p>`;
      if (c.due === 0) return `<li>${label}<p class="numbers none">${nothingDueTh(c)}</p></li>`;
      const parts = [
        ['on-time', c.onTime, 'ตรงเวลา'],
        ['late', c.late, 'ล่าช้า'],
        ['missing', c.missing, 'ไม่ได้ส่ง'],
        ['grace', c.inGrace ?? 0, IN_GRACE_TH],
      ] as const;
      const bar = parts
        .filter(([, n]) => n > 0)
        .map(([cls, n]) => `<span class="${cls}" style="width:${pct(n, c.due)}%"></span>`)
        .join('');
      // รอส่งย้อนหลัง only where there is some (tester s48: due, not sent; never a full bar)
      const numbers = parts
        .filter(([cls, n]) => cls !== 'grace' || n > 0)
        .map(([, n, label]) => `${label} ${toThaiDigits(n)}`)
        .join(' · ');
      return `<li>${label}<div class="bar" role="img" aria-label="${escapeHtml(numbers)} จากที่ครบกำหนด ${toThaiDigits(c.due)}">${bar}</div><p class="numbers">ครบกำหนด ${toThaiDigits(c.due)}: ${numbers}</p></li>`;
    })
    .join('');
  // what "รอส่งย้อนหลัง" counts, until when, in the results report's words (s45, s48)
  const note = notYetDueLateAdditionsNote(reporting.byIndicator.flatMap((i) => i.lateAdditions ?? []));
  const graced = reporting.byIndicator.some((i) => (i.counts.inGrace ?? 0) > 0);
  // the รอบ ๖ เดือน report's figures (no year's published) are headed so, with its period: its line
  // "ผลการดำเนินการระหว่าง …" read "ภาระการรายงานของการดำเนินการระหว่าง …" (re-check s47), or before
  // session 47 "ครบกำหนดระหว่าง …" read "ที่ครบ…" as the year's
  const half = reporting.half && HALF_YEAR_TH;
  // the document's name, not its generation number: no document says "ฉบับที่" (tester s47)
  const source = reporting.generation === undefined ? '' : ` ตามรายงานผลการดำเนินการ${half || ''}ที่เผยแพร่`;
  return `<section class="reporting"${reporting.generation === undefined ? '' : ` data-generation="${reporting.generation}"`}><h2>ผลการรายงานตามมาตรการ${half ? ` ${half}` : ''}</h2><p>ภาระการรายงาน${(reporting.half ?? `ครบกำหนดแล้ว ${yearSoFarNote(fy, reporting.asOf) ?? `ข้อมูล ณ วันที่ ${formatThaiDate(reporting.asOf)}`}`).replace(/^ค/, 'ที่ค').replace(/^ผล/, 'ของ')}${source}</p>
${totalDue > 0 ? `<p class="legend"><span class="key on-time"></span>ส่งตรงเวลา <span class="key late"></span>ส่งล่าช้า <span class="key missing"></span>ไม่ได้ส่ง${graced ? ` <span class="key grace"></span>${IN_GRACE_TH}` : ''}</p>` : ''}
<ul class="chart">${totalDue > 0 ? rows : `<li>ยังไม่มีภาระการรายงานที่ครบกำหนด${notYetDueTh(totalNotYet)}</li>`}</ul>${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}</section>`;
}

export const ITA_PAGE_STYLE = `body{margin:0;font-family:Sarabun,'Noto Sans Thai',Tahoma,Arial,sans-serif;color:#1f2937;background:#f9fafb;font-size:16px;line-height:1.6}
main{max-width:720px;margin:0 auto;padding:16px}h1{font-size:1.35rem;line-height:1.4;margin:0 0 4px}h2{font-size:1.15rem;margin:24px 0 8px}
h3{font-size:1rem;margin:0 0 4px}ul{list-style:none;padding:0;margin:0}.item{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px;margin:0 0 12px}
.code{display:inline-block;background:#1d4ed8;color:#fff;border-radius:4px;padding:0 6px;font-size:.9rem}.none{color:#6b7280}
.files li{margin:6px 0}.files a{display:inline-block;padding:8px 12px;border:1px solid #1d4ed8;border-radius:6px;color:#1d4ed8;text-decoration:none;min-height:24px}
.size,.updated{color:#4b5563;font-size:.9rem}.chart li{margin:0 0 12px}.indicator{margin:0}.numbers{margin:0;font-size:.9rem;color:#374151}
.bar{display:flex;height:14px;background:#e5e7eb;border-radius:3px;overflow:hidden}.on-time{background:#15803d}.late{background:#d97706}.missing{background:#b91c1c}.grace{background:#93c5fd}
.legend,.note{font-size:.9rem}.key{display:inline-block;width:12px;height:12px;margin:0 4px 0 8px;vertical-align:middle}
footer{color:#6b7280;font-size:.85rem;margin-top:24px}`;

/** While no results report is published the page shows no figures: live counts would contradict it. */
const NO_REPORTING =
  '<section class="reporting"><h2>ผลการรายงานตามมาตรการ</h2><p class="none">ตัวเลขผลการรายงานจะแสดงพร้อมรายงานผลการดำเนินการที่เผยแพร่</p></section>';

export function renderItaPage(input: ItaPageInput): string {
  const fy = toThaiDigits(input.fy);
  const title = `ข้อมูลเผยแพร่ ITA ปีงบประมาณ พ.ศ. ${fy} ${input.orgName}`;
  // when the page's documents last changed, for a reader who comes back (tester s47)
  const latest = input.items.reduce(
    (t, i) => (i.published && i.published.publishedAt > t ? i.published.publishedAt : t),
    '',
  );
  // a date's day, month and year stay on one line (tester s43 F11)
  return wholeThaiDates(`<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${ITA_PAGE_STYLE}</style></head>
<body><main>
<h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${fy}</h1>
<p>${escapeHtml(input.orgName)}</p>
<section><h2>ข้อมูลที่เผยแพร่</h2><ul>${input.items.map((i) => item(i, input.orgName, input.fy)).join('')}</ul>${latest ? `<p class="updated">เผยแพร่เอกสารล่าสุดเมื่อ ${formatThaiDateTime(new Date(latest))}</p>` : ''}</section>
${input.reporting ? chart(input.fy, input.reporting) : NO_REPORTING}
<footer>หน้านี้และเอกสารจัดทำจากระบบติดตาม${ITA_MEASURES_TH} ที่อยู่ของเอกสารไม่เปลี่ยนแปลงเมื่อมีการเผยแพร่ฉบับใหม่</footer>
</main></body></html>
`);
}
