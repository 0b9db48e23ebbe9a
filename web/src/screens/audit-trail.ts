// A change history (audit trail) read from one of the API's audit routes: newest first, a page at a
// time ("แสดงเพิ่มเติม" follows the cursor). Times come from the API in Thai, Asia/Bangkok, BE.
import { api, messageOf } from '../api-client.js';
import type { Audit } from '../api-types.js';

type AuditItem = Audit['items'][number];
import { focusAfterRedraw, focusIfLost, h, replaceContent, setText } from '../dom.js';

const PAGE_SIZE = 20;

/**
 * A section listing the audit items of `path` (e.g. `/v1/people/{id}/audit`); `title` is its
 * heading. The first page is loaded before it returns.
 */
export async function auditTrail(
  path: string,
  title: string,
  /** what an item offers besides its summary (the plan's history: restore that version) */
  actionsOf?: (item: AuditItem) => HTMLElement | false,
): Promise<HTMLElement> {
  const list = h('ol', { class: 'audit-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'แสดงเพิ่มเติม');
  const status = h('p', { class: 'hint', 'aria-live': 'polite' });
  let cursor: string | undefined;
  let shown = 0;

  const load = async () => {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor ? { cursor } : {}) });
    const page = await api<Audit>('GET', `${path}?${query}`);
    for (const item of page.items) {
      list.append(
        h(
          'li',
          { class: 'audit-item', 'data-action': item.action },
          h('p', { class: 'audit-summary' }, item.summary_th),
          h('p', { class: 'hint' }, `${item.actor.name} · ${item.atBangkok}`),
          actionsOf?.(item),
        ),
      );
    }
    shown += page.items.length;
    cursor = page.cursor;
    more.hidden = !cursor;
    if (shown === 0) replaceContent(list, h('li', { class: 'empty' }, 'ยังไม่มีการเปลี่ยนแปลง'));
  };
  more.addEventListener('click', () => {
    const before = list.children.length;
    more.disabled = true;
    load()
      .then(() => {
        setText(status, '');
        // the button, disabled while reading and maybe hidden now, had the focus: to the first item read (WCAG 2.4.3)
        focusAfterRedraw(list.children[before] as HTMLElement | undefined);
      })
      .catch((error: unknown) => setText(status, messageOf(error)))
      .finally(() => {
        more.disabled = false;
        // not read: the focus goes back to the button, to try again
        focusIfLost(more);
      });
  });
  await load();
  const id = `audit-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  return h('section', { class: 'audit', 'aria-labelledby': id }, h('h2', { id }, title), list, more, status);
}
