// The org-wide view for coordinators and executives: progress by unit and by indicator for a month
// (or the whole year), and the reports waiting for review.
import type { Me, Obligation } from '../api-types.js';
import { unitNameIn } from '../caller.js';
import { h, replaceContent } from '../dom.js';
import { loadObligations } from '../load-obligations.js';
import { overviewMonths } from '../overview-months.js';
import { lateAdditionsNote } from '../due-notes.js';
import { COLUMNS, graceUntilTh, overviewUnits, tally } from '../overview-counts.js';
import { earlierYearOrgWork } from '../earlier-year-work.js';
import { href } from '../routes.js';
import { formatThaiMonth, toThaiDigits } from '../thai.js';
import { indicator } from '../../../shared/domain/ita-catalog.js';
import { inUnitOrder } from '../../../shared/domain/unit-order.js';
import { actingLinks, obligationCard } from './my-obligations-screen.js';

/**
 * One table of counts. On a narrow screen (app.css, `table.tally`) each row is a card: its name on
 * a line of its own, then each count under its heading, overdue first, so nothing is off screen
 * (tester s37 #1: the overdue columns started at x 452 of a 390 px phone, and names broke mid-word
 * in a 100 px column). The roles keep it a table to screen readers whatever its CSS display.
 */
function table(
  caption: string,
  rowHeader: string,
  rows: { label: string; items: Obligation[] }[],
  today: string,
): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'tally', role: 'table' },
      h('caption', {}, caption),
      h(
        'thead',
        { role: 'rowgroup' },
        h(
          'tr',
          { role: 'row' },
          h('th', { scope: 'col', role: 'columnheader' }, rowHeader),
          COLUMNS.map(([, label]) => h('th', { scope: 'col', role: 'columnheader' }, label)),
        ),
      ),
      h(
        'tbody',
        { role: 'rowgroup' },
        rows.map((row) => {
          const counts = tally(row.items, today);
          return h(
            'tr',
            { role: 'row' },
            h('th', { scope: 'row', role: 'rowheader' }, row.label),
            COLUMNS.map(([id, label]) => {
              // under a รอส่งย้อนหลัง count, until when it can be sent (s49)
              const until = id === 'inGrace' && counts[id] ? graceUntilTh(row.items, today) : '';
              return h(
                'td',
                { role: 'cell', 'data-label': label, class: counts[id] && id === 'overdue' ? 'warn' : undefined },
                toThaiDigits(counts[id]),
                until && h('small', { class: 'until' }, until),
              );
            }),
          );
        }),
      ),
    ),
  );
}

export async function overviewScreen(main: HTMLElement, me: Me, fy: number, month?: string): Promise<void> {
  // last year's open work, asked beside this year's (only in the months it is still chased)
  const [all, earlier] = await Promise.all([loadObligations(fy), earlierYearOrgWork(me, fy, href.overview)]);
  const months = overviewMonths(
    fy,
    all.map((o) => o.dueDate),
    month,
  );
  const thisMonth = me.today.slice(0, 7);
  const selected = month ?? (months.some((m) => m.id === thisMonth) ? thisMonth : 'all');
  const items = selected === 'all' ? all : all.filter((o) => o.dueDate.startsWith(selected));
  const period = selected === 'all' ? `ทั้งปีงบประมาณ ${toThaiDigits(fy)}` : `กำหนดส่งใน${formatThaiMonth(selected)}`;
  const waiting = all.filter((o) => o.status === 'submitted');
  const indicators = [...new Set(items.map((o) => o.indicator))].sort((a, b) => a - b);
  const note = lateAdditionsNote(items, me.today);

  replaceContent(
    main,
    h('h1', {}, 'ภาพรวมการรายงานทั้งองค์กร'),
    // an executive acting head of a unit: the overview is their home, so the way to that unit's work
    actingLinks(me, fy),
    earlier,
    h('p', { class: 'hint' }, h('a', { href: href.planHistory(fy) }, 'ประวัติการเปลี่ยนแปลงแผนมาตรการ')),
    h(
      'div',
      { class: 'field inline' },
      h('label', { for: 'month' }, 'ช่วงเวลา'),
      h(
        'select',
        {
          id: 'month',
          onchange: (e: Event) => (location.hash = href.overview(fy, (e.target as HTMLSelectElement).value)),
        },
        h('option', { value: 'all', selected: selected === 'all' }, 'ทั้งปีงบประมาณ'),
        months.map((m) => h('option', { value: m.id, selected: m.id === selected }, m.label)),
      ),
    ),
    h('p', { class: 'hint' }, 'แต่ละรายงานนับในช่องเดียวตามสถานะ ทุกช่องรวมกันเท่ากับช่องรวม'),
    // late additions past their due dates within their grace: what รอส่งย้อนหลัง counts, until when (s42 F2, s49)
    note && h('p', { class: 'hint', 'data-testid': 'late-additions' }, note),
    table(
      `ตามหน่วยงาน · ${period}`,
      'หน่วยงาน',
      // in the reader's order, not by id (tester s44 F4); a closed unit's row says so: its reports stay
      // counted; one with no work in the year has no row (tester s50)
      inUnitOrder(overviewUnits(me.units, all)).map((u) => ({
        label: unitNameIn(me, u.unitId),
        items: items.filter((o) => o.unitId === u.unitId),
      })),
      me.today,
    ),
    table(
      `ตามตัวชี้วัด · ${period}`,
      'ตัวชี้วัด',
      indicators.map((no) => ({
        label: `${toThaiDigits(no)}. ${indicator(no).nameTh}`,
        items: items.filter((o) => o.indicator === no),
      })),
      me.today,
    ),
    h(
      'section',
      { 'aria-labelledby': 'waiting-title' },
      h(
        'h2',
        { id: 'waiting-title' },
        'รายงานที่รอตรวจ',
        ' ',
        h('span', { class: 'count' }, `${toThaiDigits(waiting.length)} รายการ`),
      ),
      waiting.length
        ? h(
            'ul',
            { class: 'cards' },
            waiting.map((o) => obligationCard(o, unitNameIn(me, o.unitId))),
          )
        : h('p', { class: 'empty' }, 'ไม่มีรายงานที่รอตรวจ'),
    ),
  );
}
