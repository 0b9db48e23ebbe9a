// A person in several orgs (one sign-in) chooses which org to work in; the page then sends it as
// X-Org-Id with every request (the API answers 400 with the choices when none is named).
import { h } from '../dom.js';
import { byThaiText } from '../../../shared/domain/thai-order.js';

export interface OrgChoice {
  orgId: string;
  name: string;
}

/** The `memberships` of the API's "choose an org" error, if that is what it is. */
export function orgChoicesOf(details: Record<string, unknown>): OrgChoice[] | undefined {
  const memberships = details.memberships;
  if (!Array.isArray(memberships)) return undefined;
  const choices = memberships.filter(
    (m): m is OrgChoice => typeof m === 'object' && m !== null && typeof (m as OrgChoice).orgId === 'string',
  );
  return choices.length > 0 ? choices : undefined;
}

export function orgChooserScreen(choices: OrgChoice[], choose: (orgId: string) => void, onSignOut: () => void) {
  return h(
    'main',
    { id: 'main', class: 'sign-in', tabindex: -1 },
    h('h1', {}, 'เลือกองค์กรที่จะใช้งาน'),
    h('p', {}, 'บัญชีนี้เป็นสมาชิกหลายองค์กร เลือกองค์กรที่จะทำงานตอนนี้ เปลี่ยนได้ภายหลังจากเมนูด้านบน'),
    h(
      'ul',
      { class: 'people' },
      // by Thai name, as the sign-in page's org groups (the API gives them by id)
      [...choices]
        .sort((a, b) => byThaiText(a.name || a.orgId, b.name || b.orgId))
        .map((c) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'person', 'data-org': c.orgId, onclick: () => choose(c.orgId) },
              h('strong', {}, c.name || c.orgId),
            ),
          ),
        ),
    ),
    h('button', { type: 'button', class: 'quiet', onclick: onSignOut }, 'ออกจากระบบ'),
  );
}
