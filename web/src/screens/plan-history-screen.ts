// The plan's history (anyone in the org): who imported or replaced the year's plan, and when.
import type { Me } from '../api-types.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { h, replaceContent } from '../dom.js';
import { href } from '../routes.js';
import { toThaiDigits } from '../thai.js';
import { seesWholeOrgOf } from '../caller.js';
import { auditTrail } from './audit-trail.js';

export async function planHistoryScreen(main: HTMLElement, me: Me, fy: number): Promise<void> {
  const back = seesWholeOrgOf(me) ? href.overview(fy) : href.myObligations(fy);
  replaceContent(
    main,
    h('p', { class: 'back' }, h('a', { href: back }, '‹ กลับ')),
    h('h1', {}, `ประวัติแผนมาตรการ ปีงบประมาณ ${toThaiDigits(fy)}`),
    await auditTrail(apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }), 'การเปลี่ยนแปลงแผน'),
  );
}
