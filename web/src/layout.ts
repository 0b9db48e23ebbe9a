// The frame around every signed-in screen: who you are, the fiscal year, where you can go.
import type { Me } from './api-types.js';
import type { DocumentKind } from '../../shared/domain/document-kinds.js';
import { orgKindAndPlace } from '../../shared/domain/local-government-kinds.js';
import { h, setText } from './dom.js';
import { mayLeave } from './leave-guard.js';
import { href, parseRoute, type Route, yearToOpen } from './routes.js';
import { roleLabelsOf, toThaiDigits } from './thai.js';
import { managesPeople, managesPlan, seesWholeOrgOf as seesWholeOrg } from './caller.js';
import { mayOpen } from './screen-access.js';
import { knownMe } from './caller-state.js';

export const hasOwnUnit = (me: Me) => me.roles.includes('staff') && me.unit !== null;

/**
 * Where the page opens (#/): the person's unit's work, or the whole org's overview; an admin with
 * neither, the people screen (their unit's work said "no unit: contact the admin", to the admin).
 */
export function homeFor(person: Me): string {
  const fy = yearToOpen(person);
  if (hasOwnUnit(person)) return href.myObligations(fy);
  if (seesWholeOrg(person)) return href.overview(fy);
  return managesPeople(person) ? href.people() : href.myObligations(fy);
}

/** Next fiscal year, for a coordinator while it has no plan (its plan screen is where it starts). */
export const nextYearToPrepare = (me: Me): number | undefined =>
  managesPlan(me) && !me.planYears.includes(me.fiscalYear + 1) ? me.fiscalYear + 1 : undefined;

/**
 * A plan was saved for `fy`: `me` (the copy the screen was drawn with) and the page's copy, if read
 * again since (stored-plan.ts), now list it, and the year select, drawn before, no longer says
 * "ยังไม่มีแผน" (until a reload, it did: the first plan of next year).
 */
export function planYearSaved(me: Me, fy: number): void {
  for (const copy of new Set([me, knownMe() ?? me]))
    if (!copy.planYears.includes(fy)) copy.planYears = [...copy.planYears, fy].sort((a, b) => b - a);
  const option = document.querySelector<HTMLOptionElement>(`#fy option[value="${fy}"]`);
  if (option) setText(option, yearLabel(fy, me));
}

/**
 * The address the year select opens for `fy` from the screen `route`: for a coordinator, the plan
 * screen of a year without a plan (where it is prepared: imported, or copied from an earlier year);
 * else the same screen of that year where it has one, else the units' page of that year.
 */
function yearAddress(route: Route, fy: number, toPrepare: (fy: number) => boolean): string {
  if (toPrepare(fy)) return href.plan(fy);
  if (route.screen === 'overview') return href.overview(fy);
  if (route.screen === 'annual-report') return href.annualReport(fy);
  if (route.screen === 'plan-document') return href.planDocument(fy);
  if (route.screen === 'documents-history') return href.documentsHistory(fy, route.kind);
  if (route.screen === 'plan' || route.screen === 'ita-scores') return href.plan(fy);
  if (route.screen === 'unit-obligations') return href.unitObligations(fy, route.unitId);
  return href.myObligations(fy);
}

/**
 * A year as the year select says it: next, this and last year say which they are, and any year
 * without a plan says so ("๒๕๖๙ (ปีที่แล้ว: ยังไม่มีแผน)"); next year always says ปีหน้า.
 */
function yearLabel(fy: number, me: Me): string {
  const which =
    fy === me.fiscalYear + 1 ? 'ปีหน้า' : fy === me.fiscalYear ? 'ปีนี้' : fy === me.fiscalYear - 1 ? 'ปีที่แล้ว' : '';
  const none = me.planYears.includes(fy) ? '' : 'ยังไม่มีแผน';
  if (!none) return fy === me.fiscalYear + 1 ? `${toThaiDigits(fy)} (ปีหน้า)` : toThaiDigits(fy);
  return `${toThaiDigits(fy)} (${which ? `${which}: ` : ''}${none})`;
}

/**
 * Who is signed in, as the header says it: the name, then the unit and roles the name does not
 * already say ("เจ้าหน้าที่กองคลัง", not "เจ้าหน้าที่กองคลัง · กองคลัง · เจ้าหน้าที่": tester s41b F6).
 */
export function whoLine(me: Pick<Me, 'name' | 'unit' | 'roles' | 'headOfUnit'>): string {
  const unsaid = (part: string | undefined) => part !== undefined && part !== '' && !me.name.includes(part);
  const roles = roleLabelsOf(me).split(', ').filter(unsaid).join(', ');
  return [me.name, unsaid(me.unit?.name) && me.unit?.name, roles].filter(Boolean).join(' · ');
}

/**
 * The org's name in unbreakable pieces, a break allowed only between its kind and its place: Thai has
 * no spaces and the browser's dictionary split "ดอนอะ / ระง" (tester s41b F5).
 */
function orgName(name: string): HTMLElement {
  const kind = orgKindAndPlace(name);
  const pieces = kind ?? name.split(' ');
  return h(
    'span',
    { class: 'org-name' },
    pieces.map((piece, i) => [i > 0 && (kind ? h('wbr') : ' '), h('span', {}, piece)]),
  );
}

export function layout(
  me: Me,
  route: Route & { fy: number },
  main: HTMLElement,
  onSignOut: () => void,
  onSwitchOrg?: () => void,
): HTMLElement {
  // the years that have a plan, this year, the one on screen, and for coordinators next year (plans
  // are prepared before 1 October: review 17 s12, S12-13) and last year, with or without a plan (a
  // plan to copy from is entered there: tester s37 #7)
  const next = nextYearToPrepare(me);
  const coordinatorYears = managesPlan(me) ? [me.fiscalYear - 1] : [];
  const years = [
    ...new Set([...me.planYears, me.fiscalYear, route.fy, ...coordinatorYears, ...(next ? [next] : [])]),
  ].sort((a, b) => b - a);
  /** a year whose plan screen a coordinator opens from the select: one without a plan */
  const toPrepare = (fy: number) => managesPlan(me) && !me.planYears.includes(fy);
  const yearSelect = h(
    'select',
    {
      id: 'fy',
      onchange: (e: Event) => {
        const select = e.target as HTMLSelectElement;
        if (!mayLeave()) {
          select.value = String(route.fy);
          return;
        }
        // of the address now, not the one this frame was drawn for: a link followed just before,
        // whose screen is not drawn yet, is where the year goes (the last choice wins)
        location.hash = yearAddress(parseRoute(location.hash), Number(select.value), toPrepare);
      },
    },
    years.map((y) => h('option', { value: y, selected: y === route.fy }, yearLabel(y, me))),
  );
  /** the year of the address now: one chosen just before, its frame not drawn yet, else this frame's */
  const yearNow = () => {
    const now = parseRoute(location.hash);
    return 'fy' in now ? now.fy : route.fy;
  };
  /** A menu link to a screen of a year (`to`), followed in the year of the address when clicked. */
  const link = (to: (fy: number) => string, text: string, current: boolean) =>
    h(
      'a',
      {
        href: to(route.fy),
        'aria-current': current ? 'page' : undefined,
        onclick: (e: Event) => (e.currentTarget as HTMLAnchorElement).setAttribute('href', to(yearNow())),
      },
      text,
    );
  /** the documents screen of `kind`, or its documents history */
  const onDocuments = (kind: DocumentKind) =>
    route.screen === kind || (route.screen === 'documents-history' && route.kind === kind);
  const nav = h(
    'nav',
    { 'aria-label': 'เมนูหลัก' },
    h(
      'ul',
      {},
      hasOwnUnit(me) && h('li', {}, link(href.myObligations, 'งานของหน่วยงาน', route.screen === 'my-obligations')),
      mayOpen(me, 'overview') && h('li', {}, link(href.overview, 'ภาพรวมองค์กร', route.screen === 'overview')),
      // staff may open the documents by address (the published ones); the menu offers them to the whole-org readers
      seesWholeOrg(me) && h('li', {}, link(href.annualReport, 'รายงานผลประจำปี', onDocuments('annual-report'))),
      seesWholeOrg(me) && h('li', {}, link(href.planDocument, 'เอกสารมาตรการ', onDocuments('plan-document'))),
      mayOpen(me, 'plan') &&
        h('li', {}, link(href.plan, 'แผนมาตรการ', route.screen === 'plan' || route.screen === 'ita-scores')),
      mayOpen(me, 'people') &&
        h('li', {}, link(href.people, 'ผู้ใช้งานและหน่วยงาน', route.screen === 'people' || route.screen === 'person')),
      h('li', {}, link(href.calendar, 'ปฏิทินของฉัน', route.screen === 'calendar')),
    ),
  );
  // on a phone the menu is one row that scrolls sideways (app.css): the current screen's link in view,
  // and each edge that hides links says so ("‹", "›": a row scrolled to whole links showed no sign of
  // the others, tester s41d F2)
  requestAnimationFrame(() => {
    const ul = nav.querySelector('ul');
    if (!ul) return;
    const current = nav.querySelector<HTMLElement>('[aria-current="page"]');
    if (current && ul.scrollWidth > ul.clientWidth) ul.scrollLeft = current.offsetLeft - ul.offsetLeft - 16;
    const mark = () => {
      const hidden = [
        ul.scrollLeft > 1 && 'left',
        ul.scrollLeft + ul.clientWidth < ul.scrollWidth - 1 && 'right',
      ].filter(Boolean);
      if (hidden.length) nav.dataset.more = hidden.join(' ');
      else delete nav.dataset.more;
    };
    mark();
    ul.addEventListener('scroll', mark, { passive: true });
    // a link tabbed to half past an edge stayed there, under "‹"/"›" and its focus ring cut (chromium
    // scrolls only links wholly out of the row): scrolled in whole, clear of the marks (app.css
    // scroll-padding-inline; WCAG 2.4.7)
    ul.addEventListener('focusin', (e) =>
      (e.target as HTMLElement).scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    );
    new ResizeObserver(mark).observe(ul);
  });
  return h(
    'div',
    { class: 'shell' },
    h('a', { class: 'skip', href: '#main' }, 'ข้ามไปยังเนื้อหา'),
    h(
      'header',
      { class: 'top' },
      h('div', { class: 'brand' }, h('strong', {}, 'ติดตามมาตรการ ITA'), orgName(me.org.name)),
      h(
        'div',
        { class: 'who' },
        h('span', { 'data-testid': 'who' }, whoLine(me)),
        h('span', { class: 'year' }, h('label', { for: 'fy' }, 'ปีงบประมาณ'), yearSelect),
        me.memberships.length > 1 &&
          onSwitchOrg &&
          h('button', { type: 'button', class: 'quiet', onclick: onSwitchOrg }, 'เปลี่ยนองค์กร'),
        h('button', { type: 'button', class: 'quiet', onclick: onSignOut }, 'ออกจากระบบ'),
      ),
      nav,
    ),
    main,
  );
}
