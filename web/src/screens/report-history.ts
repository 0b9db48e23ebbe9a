// Every version of a report, newest first, with its review.
import { api } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { ReportVersion, Versions } from '../api-types.js';
import { h } from '../dom.js';
import { formatThaiDateTime, PROGRESS_LABELS, REVIEW_COMMENT_LABEL, toThaiDigits } from '../thai.js';
import { evidenceFileLink, type ReportPlace } from './evidence-open.js';
import { wholeGraphemesEnd } from '../length-counter.js';

/** A folded version's first line: its text to the first line break, at most about 120 characters. */
export function firstLineOf(text: string, max = 120): string {
  const line = text.split('\n', 1)[0]!.trim();
  return line.length <= max ? line : `${line.slice(0, wholeGraphemesEnd(line, max))}…`;
}

const REVIEW_LABELS = { submitted: 'รอตรวจ', accepted: 'ตรวจรับแล้ว', returned: 'ส่งกลับให้แก้ไข' } as const;

/** A report's fields; its uploaded files open through a short-lived link (evidence-open.ts). */
export function reportDetails(report: ReportVersion, place: ReportPlace): HTMLElement {
  const row = (term: string, value: Node | string | false | undefined) =>
    value ? [h('dt', {}, term), h('dd', {}, value)] : [];
  return h(
    'dl',
    { class: 'report-details' },
    row('สถานะความคืบหน้า', PROGRESS_LABELS[report.progress]),
    row('ผลการดำเนินงาน', h('span', { class: 'prewrap' }, report.summary)),
    row('ปัญหาอุปสรรค', report.obstacles && h('span', { class: 'prewrap' }, report.obstacles)),
    row('ข้อเสนอแนะ', report.suggestions && h('span', { class: 'prewrap' }, report.suggestions)),
    row(
      'หลักฐาน',
      report.evidence.length > 0 &&
        h(
          'ul',
          {},
          report.evidence.map((e) =>
            h(
              'li',
              {},
              'url' in e
                ? h('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, e.title)
                : ['ไฟล์: ', evidenceFileLink(place, e.key, e.title)],
            ),
          ),
        ),
    ),
    row('ส่งเมื่อ', formatThaiDateTime(new Date(report.submittedAt))),
  );
}

export async function reportHistory(fy: number, obligationId: string): Promise<HTMLElement> {
  const items: ReportVersion[] = [];
  let cursor: string | undefined;
  do {
    const page: Versions = await api<Versions>(
      'GET',
      apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/versions', { fy, obligationId }, { cursor }),
    );
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  const newestFirst = [...items].sort((a, b) => b.version - a.version);
  return h(
    'section',
    { class: 'history', 'aria-labelledby': 'history-title' },
    h('h2', { id: 'history-title' }, 'ประวัติรายงาน'),
    newestFirst.length === 0
      ? h('p', { class: 'empty' }, 'ยังไม่มีการส่งรายงาน')
      : h(
          'ol',
          { class: 'versions' },
          newestFirst.map((r, i) => {
            const heading = h(
              'h3',
              {},
              `ฉบับที่ ${toThaiDigits(r.version)}`,
              ' ',
              h('span', { class: `badge review-${r.reviewState}` }, REVIEW_LABELS[r.reviewState]),
            );
            const body = [
              reportDetails(r, { fy, obligationId }),
              r.reviewComment &&
                h('p', { class: 'review-comment' }, h('strong', {}, `${REVIEW_COMMENT_LABEL}: `), r.reviewComment),
            ];
            // the newest open, older ones folded to their first line: a long report text was shown
            // in full for every version, thousands of pixels on a phone (tester s41b F1)
            return h(
              'li',
              { 'data-version': r.version },
              h(
                'details',
                { open: i === 0 },
                h('summary', {}, heading, h('span', { class: 'first-line' }, firstLineOf(r.summary))),
                body,
              ),
            );
          }),
        ),
  );
}
