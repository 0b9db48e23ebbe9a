// Opening an uploaded evidence file: ask the API for a short-lived link (it checks the reader may
// read the report and that the report cites the file), then go to it in this tab. The file is served
// as an attachment, so the browser downloads it and the page stays. Before, a new tab was opened
// after the API's answer: iOS Safari and popup blockers block a tab opened after an await (tester
// s41b F3). A failure is said at the file's row.
import { api, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Download } from '../api-types.js';
import { h, setText } from '../dom.js';
import { goToDownload } from '../leave-guard.js';

export interface ReportPlace {
  fy: number;
  obligationId: string;
}

/**
 * A link "title" that opens the file `key` cited by the report at `place`, and beside it the place
 * where a failure to open it is said.
 */
export function evidenceFileLink(place: ReportPlace, key: string, title: string): HTMLElement {
  const problem = h('span', { class: 'field-error open-error', role: 'alert' });
  const open = async (event: Event) => {
    event.preventDefault();
    setText(problem, '');
    try {
      const link = await api<Download>(
        'GET',
        apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/evidence-link', place, { key }),
      );
      goToDownload(link.url);
    } catch (error) {
      setText(problem, `เปิดไฟล์ "${title}" ไม่ได้: ${messageOf(error)}`);
    }
  };
  return h(
    'span',
    { class: 'evidence-open' },
    h('a', { href: '#', class: 'evidence-file', 'data-key': key, onclick: (e: Event) => void open(e) }, title),
    problem,
  );
}
