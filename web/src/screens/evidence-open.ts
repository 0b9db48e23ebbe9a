// Opening an uploaded evidence file: ask the API for a short-lived link (it checks the reader may
// read the report and that the report cites the file), then open it in a new tab.
import { api, messageOf } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Download } from '../api-types.js';
import { announce, h } from '../dom.js';

export interface ReportPlace {
  fy: number;
  obligationId: string;
}

/** A link "title" that opens the file `key` cited by the report at `place`. */
export function evidenceFileLink(place: ReportPlace, key: string, title: string): HTMLAnchorElement {
  const open = async (event: Event) => {
    event.preventDefault();
    try {
      const link = await api<Download>(
        'GET',
        apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/evidence-link', place, { key }),
      );
      h('a', { href: link.url, target: '_blank', rel: 'noopener' }).click();
    } catch (error) {
      announce(`เปิดไฟล์ "${title}" ไม่ได้: ${messageOf(error)}`);
    }
  };
  return h('a', { href: '#', class: 'evidence-file', 'data-key': key, onclick: (e: Event) => void open(e) }, title);
}
