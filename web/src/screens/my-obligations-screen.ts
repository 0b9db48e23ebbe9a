// "What must my unit report, and when?": overdue / due this month / open, due later / upcoming / done.
import type { Me, Obligation } from '../api-types.js';
import { ApiError } from '../api-client.js';
import { recheck } from '../caller-state.js';
import { isNoPlanError } from './not-found-screen.js';
import { h, replaceContent } from '../dom.js';
import { loadObligations } from '../load-obligations.js';
import { readReportFormAhead } from './report-form.js';
import { onTimeNote } from '../due-notes.js';
import { earlierYearWork } from '../earlier-year-work.js';
import { GROUP_ORDER, groupObligations, type GroupId } from '../obligation-groups.js';
import { href } from '../routes.js';
import { notFoundContent, otherUnitContent } from './not-found-screen.js';
import { formatThaiDate, formatThaiMonth, ROLE_LABELS, statusBadge, toThaiDigits } from '../thai.js';
import { headingNumberOf, titleForIndicator } from '../../../shared/domain/indicator-title.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { unitWorkTitle } from '../../../shared/domain/page-addresses.js';

function groupTitle(id: GroupId, today: string): string {
  switch (id) {
    case 'overdue':
      return 'เลยกำหนดส่ง';
    case 'thisMonth':
      return `ครบกำหนดเดือนนี้ (${formatThaiMonth(today.slice(0, 7))})`;
    case 'open':
      return 'เปิดรอบแล้ว (กำหนดส่งหลังเดือนนี้)';
    case 'upcoming':
      return 'รอบต่อไป';
    case 'done':
      return 'ส่งแล้ว';
  }
}

/** The measure, named with its indicator unless its title's heading already says it (S11-40). */
const measureLine = (o: Obligation) =>
  headingNumberOf(o.measureTitle) === undefined
    ? `ตัวชี้วัดที่ ${toThaiDigits(o.indicator)} · ${o.measureTitle}`
    : titleForIndicator(o.measureTitle, o.indicator);

export function obligationCard(o: Obligation, unitName?: string): HTMLElement {
  return h(
    'li',
    { class: `card status-${o.status}`, 'data-obligation': o.obligationId },
    h(
      'a',
      { href: href.obligation(o.fy, o.obligationId) },
      h('span', { class: 'card-title' }, o.followUpText),
      h('span', { class: 'card-measure' }, measureLine(o)),
      h(
        'span',
        { class: 'card-meta' },
        statusBadge(o.status),
        h('span', {}, `รอบ ${o.periodLabel}`),
        h('span', {}, `กำหนดส่ง ${o.dueDateLabel}`),
        // work added late: its last on-time day, as the emails say it (tester s42 F2)
        onTimeNote(o) && h('span', { class: 'on-time' }, onTimeNote(o)),
        unitName && h('span', {}, unitName),
      ),
    ),
  );
}

const FIRST_SHOWN = 5;

/** A long list shows its first few cards and a button for the rest (phones scroll less). */
function cardList(list: Obligation[]): HTMLElement {
  const ul = h(
    'ul',
    { class: 'cards' },
    list.slice(0, list.length > FIRST_SHOWN + 1 ? FIRST_SHOWN : list.length).map((o) => obligationCard(o)),
  );
  if (list.length <= FIRST_SHOWN + 1) return ul;
  const rest = list.slice(FIRST_SHOWN);
  const more: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      class: 'more',
      onclick: () => {
        const cards = rest.map((o) => obligationCard(o));
        ul.append(...cards);
        more.remove();
        cards[0]?.querySelector('a')?.focus();
      },
    },
    `แสดงอีก ${toThaiDigits(rest.length)} รายการ`,
  );
  return h('div', {}, ul, more);
}

/**
 * The other units of the person, each a link to its work (none: nothing): those they are staff of
 * as well, then those they act as head of. One source for every home: the staff home here and the
 * executive's overview. Labelled as the screen it opens is headed (s46 re-check: "งานของงานห้องสมุด").
 */
export function actingLinks(me: Me, fy: number): HTMLElement | false {
  const link = (u: { unitId: string; name: string }, note = '') =>
    h('li', {}, h('a', { href: href.unitObligations(fy, u.unitId) }, `${unitWorkTitle(u.name)}${note}`));
  return (
    me.actingHeadOf.length + me.alsoStaffOf.length > 0 &&
    h(
      'ul',
      { class: 'acting-units', 'aria-label': 'หน่วยงานอื่นของคุณ' },
      me.alsoStaffOf.map((u) => link(u)),
      me.actingHeadOf.map((u) => link(u, ' (รักษาราชการแทน)')),
    )
  );
}

export async function myObligationsScreen(main: HTMLElement, me: Me, fy: number): Promise<void> {
  if (!me.unit) {
    // no unit of their own: acting for a unit is work enough, no "contact the admin"
    const acting = actingLinks(me, fy);
    replaceContent(
      main,
      h('h1', {}, 'งานของหน่วยงาน'),
      acting || h('p', {}, `บัญชีของคุณยังไม่ได้ระบุหน่วยงาน กรุณาติดต่อ${ROLE_LABELS.admin}`),
    );
    return;
  }
  await unitWork(main, me, fy, me.unit, actingLinks(me, fy), undefined, href.myObligations);
}

/** One unit's work by its id (#/fy/{fy}/unit/{unitId}): an acting head's acted-for unit. */
export async function unitObligationsScreen(main: HTMLElement, me: Me, fy: number, unitId: string): Promise<void> {
  const acting = me.actingHeadOf.find((u) => u.unitId === unitId);
  const alsoStaff = me.alsoStaffOf.find((u) => u.unitId === unitId);
  const unit = acting ?? alsoStaff ?? me.units.find((u) => u.unitId === unitId);
  // a well-formed id of no unit (closed units are still in me.units): not found, with the way home
  if (!unit) {
    replaceContent(main, ...notFoundContent('ไม่พบหน่วยงานนี้ในองค์กร อาจคัดลอกลิงก์มาไม่ครบ'));
    return;
  }
  // a unit they are not in (coordinators and executives read any): whose list it is and the way to
  // their own lists, from /me, not the API's refusal (tester s51); /me is read again, as a refusal
  // has it read, in case they were given the unit since (a changed picture redraws the page)
  const notTheirs = otherUnitContent(me, fy, unitId, 'list');
  if (notTheirs) {
    replaceContent(main, ...notTheirs);
    void recheck('refused');
    return;
  }
  await unitWork(
    main,
    me,
    fy,
    unit,
    acting
      ? h('p', { class: 'acting-note' }, `คุณรักษาราชการแทนหัวหน้า${unit.name}`)
      : alsoStaff && h('p', { class: 'acting-note' }, `คุณปฏิบัติงานใน${unit.name}ด้วย`),
    h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก')),
    (year) => href.unitObligations(year, unitId),
  );
}

async function unitWork(
  main: HTMLElement,
  me: Me,
  fy: number,
  unit: { unitId: string; name: string },
  above: HTMLElement | false | undefined,
  below: HTMLElement | undefined,
  /** the unit's list of another year: where last year's open work is (earlierYearWork) */
  yearList: (fy: number) => string,
): Promise<void> {
  // last year's open work, asked beside this year's list (only in the months it is still chased)
  const [items, earlier] = await Promise.all([
    loadObligations(fy, unit.unitId).catch((error: unknown) => error as Error),
    earlierYearWork(me, fy, unit, yearList),
  ]);
  const heading = h('h1', {}, unitWorkTitle(unit.name));
  const sub = h(
    'p',
    { class: 'sub' },
    `ปีงบประมาณ ${toThaiDigits(fy)} · ข้อมูล ณ วันที่ ${formatThaiDate(me.today as PlainDate)}`,
  );
  // a year with no plan yet: the page's own screen for it (main.ts)
  if (items instanceof ApiError && isNoPlanError(items, fy)) throw items;
  if (items instanceof Error) {
    // offline or a failing read: the way to ask again, as the obligation's screen has (tester s41b F11)
    const retry = () =>
      unitWork(main, me, fy, unit, above, below, yearList).then(() => {
        const h1 = main.querySelector('h1');
        if (!h1) return;
        h1.tabIndex = -1;
        h1.focus();
      });
    replaceContent(
      main,
      heading,
      sub,
      h('p', { class: 'alert', role: 'alert' }, items.message),
      h('button', { type: 'button', class: 'primary', onclick: () => void retry() }, 'ลองอีกครั้ง'),
      below,
    );
    return;
  }
  // the form's schema comes from its own function (often cold): asked now, ready at the first card
  if (items.length) readReportFormAhead();
  const groups = groupObligations(items, me.today);
  replaceContent(
    main,
    heading,
    sub,
    above,
    earlier,
    GROUP_ORDER.map((id) => {
      const list = groups[id];
      // open work due later exists only under due rules or late additions: no empty group otherwise
      if (id === 'open' && !list.length) return false;
      const titleId = `group-${id}`;
      const content = list.length ? cardList(list) : h('p', { class: 'empty' }, 'ไม่มีรายการ');
      const title = h(
        'h2',
        { id: titleId },
        groupTitle(id, me.today),
        ' ',
        h('span', { class: 'count' }, `${toThaiDigits(list.length)} รายการ`),
      );
      // long lists of later or finished work start folded
      if ((id === 'upcoming' || id === 'done') && list.length > 3) {
        return h(
          'section',
          { class: `group group-${id}`, 'aria-labelledby': titleId },
          h('details', {}, h('summary', {}, title), content),
        );
      }
      return h('section', { class: `group group-${id}`, 'aria-labelledby': titleId }, title, content);
    }),
    below,
  );
}
