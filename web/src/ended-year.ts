// An ended fiscal year shown while this year has no plan (the page opens on the newest year that has
// one: routes.ts yearToOpen): said at the top, or last year's overdue work reads as today's (tester s42 F7).
import type { Me } from './api-types.js';
import { managesPlan } from './caller.js';
import { h } from './dom.js';
import { href } from './routes.js';
import { formatThaiDate, ROLE_LABELS, toThaiDigits } from './thai.js';
import { fiscalYearBounds } from '../../shared/domain/fiscal-calendar.js';

/** `fy` has ended and this fiscal year has no plan yet; not when this year has one (a past year chosen). */
export const endedYearWithoutThisYear = (me: Pick<Me, 'fiscalYear' | 'planYears'>, fy: number): boolean =>
  fy < me.fiscalYear && !me.planYears.includes(me.fiscalYear);

/** The note above such a year's screen: for a coordinator, with the way to this year's plan screen. */
export function endedYearNote(me: Me, fy: number): HTMLElement | undefined {
  if (!endedYearWithoutThisYear(me, fy)) return undefined;
  const now = toThaiDigits(me.fiscalYear);
  const said =
    `ปีงบประมาณ ${toThaiDigits(fy)} ที่แสดงอยู่นี้สิ้นสุดแล้วเมื่อ ${formatThaiDate(fiscalYearBounds(fy).end)} ` +
    `และแผนมาตรการของปีนี้ (ปีงบประมาณ ${now}) ยังไม่มีในระบบ`;
  return h(
    'div',
    { class: 'year-note', 'data-testid': 'ended-year' },
    managesPlan(me)
      ? [h('p', {}, said), h('p', {}, h('a', { href: href.plan(me.fiscalYear) }, `นำเข้าแผนมาตรการ ปีงบประมาณ ${now}`))]
      : h('p', {}, `${said} รายการของปีนี้จะแสดงเมื่อ${ROLE_LABELS.coordinator} นำเข้าแผนมาตรการแล้ว`),
  );
}
