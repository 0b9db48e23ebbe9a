// The page: reads /config.json, signs in, and renders the screen the address names.
import { ApiError, configureApi, messageOf, startScreen } from './api-client.js';
import type { Me } from './api-types.js';
import {
  currentMe,
  forgetMe,
  knownMe,
  noteOverKeptContent,
  readMeAfresh,
  refused,
  takeChangeNote,
  watchCaller,
} from './caller-state.js';
import { announce, h, replaceContent } from './dom.js';
import { homeFor, layout } from './layout.js';
import { href, parseRoute, type Route, yearToOpen } from './routes.js';
import { documentsHistoryScreen, documentsScreen } from './screens/documents-screen.js';
import { myObligationsScreen, unitObligationsScreen } from './screens/my-obligations-screen.js';
import { obligationScreen } from './screens/obligation-screen.js';
import { overviewScreen } from './screens/overview-screen.js';
import { signInScreen } from './screens/sign-in-screen.js';
import { calendarScreen } from './screens/calendar-screen.js';
import { peopleScreen } from './screens/people-screen.js';
import { personScreen } from './screens/person-screen.js';
import { itaScoresScreen } from './screens/ita-scores-screen.js';
import {
  isNoPlanError,
  noPlanContent,
  notFoundContent,
  notFoundScreen,
  mayBeAPlanItem,
  obligationNotInPlanContent,
  otherUnitObligationContent,
} from './screens/not-found-screen.js';
import {
  chooseOrg,
  chosenOrg,
  currentToken,
  finishCognitoSignIn,
  keepAskedAddress,
  signOut,
  takeAskedAddress,
} from './session.js';
import { orgChoicesOf, orgChooserScreen } from './screens/org-chooser-screen.js';
import type { WebConfig } from './web-config.js';
import {
  clearLeaveGuards,
  downloadUnderWay,
  forgetUnsavedWork,
  keepEditedForms,
  keepUnsavedWork,
  keptFormsAddress,
  mayLeave,
  restoreKeptForms,
  unsavedWork,
  watchForms,
} from './leave-guard.js';
import { keptDraft } from './kept-draft.js';
import { mayOpen, whoMayOpen } from './screen-access.js';
import { endedYearNote } from './ended-year.js';

const root = document.getElementById('app')!;
let config: WebConfig;

/** Screens outside a fiscal year (people, calendar) are framed in the year the page opens on. */
type Framed = Exclude<Route, { screen: 'sign-in' | 'home' | 'not-found' }>;
const framedOf = (route: Framed, person: Me) => ('fy' in route ? route : { ...route, fy: yearToOpen(person) });

const signOutAsked = () => mayLeave() && signOut(config.auth);

let renders = 0;
/** The address of the screen shown: where a cancelled leave goes back to. */
let shownHash = '';

/**
 * The select whose change opened this screen (the year, the overview's month): it keeps the focus on
 * the screen drawn, and the screen's heading is said instead (a choice is no change of context:
 * WCAG 3.2.2; arrow keys on a closed select change it at each press).
 */
let changedSelect: string | undefined;

async function render(): Promise<void> {
  const seq = ++renders;
  const active = document.activeElement;
  changedSelect = active instanceof HTMLSelectElement && active.id ? active.id : undefined;
  // the screen left: its reads still under way are dropped (api-client.ts)
  startScreen();
  shownHash = location.hash;
  clearLeaveGuards();
  const route = parseRoute(location.hash);
  if (route.screen === 'not-found') {
    replaceContent(root, notFoundScreen(route.beYear));
    focusHeading();
    return;
  }
  if (route.screen === 'sign-in' || !currentToken()) {
    forgetMe();
    replaceContent(
      root,
      signInScreen(config, afterSignIn, () => void render()),
    );
    if (route.screen !== 'sign-in') {
      // an email link opened signed out: kept, and opened once signed in (afterSignIn)
      if (route.screen !== 'home') keepAskedAddress(location.hash);
      history.replaceState(null, '', href.signIn());
    }
    focusHeading();
    return;
  }
  const main = h('main', { id: 'main', tabindex: -1 }, h('p', { class: 'loading' }, 'กำลังโหลด…'));
  if (
    route.org !== undefined &&
    route.org !== (knownMe()?.org.orgId ?? chosenOrg()) &&
    !(await switchToOrgOf(route.org, seq))
  )
    return;
  /** the person, once read: an error before it is of /v1/me */
  let me: Me | undefined;
  try {
    me = await currentMe();
    if (seq !== renders) return; // a newer address is being shown
    if (route.screen === 'home') {
      location.replace(homeFor(me));
      return;
    }
    replaceContent(root, layout(me, framedOf(route, me), main, signOutAsked, switchOrg));
    showChangeNote(main);
    if (!mayOpen(me, route.screen)) notForThem(main, route.screen);
    else await screenFor(route, me, main);
    if (seq !== renders) return;
    restoreKeptForms({ orgId: me.org.orgId, personId: me.personId }, location.hash);
    // an ended year while this year has no plan: said above the screen (tester s42 F7)
    const ended = 'fy' in route ? endedYearNote(me, route.fy) : undefined;
    if (ended) main.prepend(ended);
  } catch (error) {
    // a screen left before its load failed: the newer one shows (its own answer or error), not this
    // one's error over it (a link followed while the home screen still loads, on a slow phone)
    if (seq !== renders) return;
    if (error instanceof ApiError && error.status === 401) return;
    if (error instanceof ApiError && me === undefined) {
      const choices = error.status === 400 ? orgChoicesOf(error.details) : undefined;
      if (choices) {
        replaceContent(
          root,
          orgChooserScreen(
            choices,
            (orgId) => (chooseOrg(orgId), void render()),
            () => signOut(config.auth),
          ),
        );
        focusHeading();
        return;
      }
      // the org chosen earlier is no longer theirs: choose again
      if (error.status === 403 && chosenOrg()) return switchOrg();
    }
    const otherUnit =
      error instanceof ApiError && error.status === 403 && route.screen === 'obligation' && me
        ? otherUnitObligationContent(me, route.fy, route.obligationId)
        : undefined;
    // a year without a plan yet (a new org): say so, and where the plan comes from
    if (error instanceof ApiError && 'fy' in route && isNoPlanError(error, route.fy))
      replaceContent(main, ...noPlanContent(me!, route.fy));
    // an obligation the plan no longer has (an email's link, the plan amended since): why, and the year's list
    else if (
      error instanceof ApiError &&
      error.status === 404 &&
      route.screen === 'obligation' &&
      me &&
      mayBeAPlanItem(me, route.obligationId, route.fy)
    )
      replaceContent(main, ...obligationNotInPlanContent(me, route.fy));
    // another unit's report (an old email's link after a move): whose it is, and the way to their own lists
    else if (otherUnit) replaceContent(main, ...otherUnit);
    // a well-formed address naming nothing (a truncated email link): not found, with the way home
    else if (error instanceof ApiError && error.status === 404)
      replaceContent(main, ...notFoundContent(messageOf(error)));
    else
      replaceContent(
        main,
        h('div', { class: 'alert', role: 'alert' }, h('h1', {}, 'เกิดข้อผิดพลาด'), h('p', {}, messageOf(error))),
        h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก')),
      );
    if (!main.isConnected) replaceContent(root, main);
  }
  focusHeading();
}

/** A screen the person's rights do not open (a typed or old address): who it is for, and the way home. */
function notForThem(main: HTMLElement, screen: Framed['screen']): void {
  replaceContent(
    main,
    h(
      'div',
      { class: 'alert', role: 'alert', 'data-testid': 'not-for-you' },
      h('h1', {}, `หน้านี้เปิดให้เฉพาะ${whoMayOpen(screen) ?? 'ผู้มีสิทธิ์'}`),
      h('p', {}, 'บัญชีของท่านเปิดหน้านี้ไม่ได้ เมนูด้านบนแสดงหน้าที่ท่านใช้งานได้'),
    ),
    h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก')),
  );
}

function screenFor(route: Framed, person: Me, main: HTMLElement) {
  switch (route.screen) {
    case 'my-obligations':
      return myObligationsScreen(main, person, route.fy);
    case 'unit-obligations':
      return unitObligationsScreen(main, person, route.fy, route.unitId);
    case 'obligation':
      return obligationScreen(main, person, route.fy, route.obligationId);
    case 'overview':
      return overviewScreen(main, person, route.fy, route.month);
    case 'annual-report':
    case 'plan-document':
      return documentsScreen(main, person, route.fy, route.screen);
    case 'documents-history':
      return documentsHistoryScreen(main, person, route.fy, route.kind);
    // the plan's screens (the ITA working group's) load on first use: their code is a third of the page
    case 'plan-history':
      return import('./screens/plan-history-screen.js').then((m) => m.planHistoryScreen(main, person, route.fy));
    case 'plan':
      return import('./screens/plan-screen.js').then((m) => m.planScreen(main, person, route.fy));
    case 'ita-scores':
      return itaScoresScreen(main, person, route.fy);
    case 'people':
      return peopleScreen(main, person, config.auth.kind === 'demo');
    case 'person':
      return personScreen(main, person, route.personId, config.auth.kind === 'demo');
    case 'calendar':
      return calendarScreen(main, person);
  }
}

/**
 * A link naming an org ("#/org/{orgId}/…", from an email or a calendar) opens in that org: the tab
 * switches to it before any screen shows, and the address loses the prefix. A person not in it
 * (or no longer) stays in their org and is told so, in Thai; nothing of the screen shows. Returns
 * whether to go on rendering.
 */
async function switchToOrgOf(org: string, seq: number): Promise<boolean> {
  const previous = chosenOrg();
  chooseOrg(org);
  try {
    await readMeAfresh();
  } catch (error) {
    if (seq !== renders) return false;
    chooseOrg(previous);
    if (!(error instanceof ApiError) || error.status === 401) return false;
    replaceContent(
      root,
      h(
        'main',
        { id: 'main', tabindex: -1 },
        h(
          'div',
          { class: 'alert', role: 'alert' },
          h('h1', {}, 'ลิงก์นี้เป็นขององค์กรที่บัญชีนี้ใช้งานไม่ได้'),
          h('p', {}, `ลิงก์นี้เปิดรายการขององค์กรรหัส "${org}" จึงไม่แสดงรายการนี้ในองค์กรที่เลือกอยู่: ${messageOf(error)}`),
          h('p', {}, h('a', { href: '#/' }, 'กลับหน้าแรก')),
        ),
      ),
    );
    focusHeading();
    return false;
  }
  if (seq !== renders) return false;
  shownHash = location.hash.replace(/^#\/org\/[^/]+/, '#');
  history.replaceState(null, '', shownHash);
  return true;
}

/** Forget the chosen org (people in several orgs) and ask again. */
function switchOrg(): void {
  if (!mayLeave()) return;
  chooseOrg(undefined);
  forgetMe();
  if (location.hash === '#/') void render();
  else location.hash = '#/';
}

/** What changed in the person's rights since the last screen (caller-state.ts), above `main`. */
function showChangeNote(main: HTMLElement): void {
  const note = takeChangeNote();
  if (note) main.before(note);
}

/**
 * The person's rights changed while the page was open: unsaved work stays, under a header and menu
 * drawn afresh and one note of what changed; else a refused request, or a screen the new rights do
 * not open (screen-access.ts), goes home (its links now the person's), and a tab shown again redraws.
 */
function redrawForCaller(why: 'refused' | 'returned'): void {
  const main = root.querySelector<HTMLElement>('main');
  const person = knownMe();
  const route = parseRoute(shownHash);
  if (!person) return;
  if (unsavedWork() !== undefined && main) {
    const header = root.querySelector('header.top');
    if (header && route.screen !== 'sign-in' && route.screen !== 'home' && route.screen !== 'not-found') {
      // the header alone: the kept fields keep the focus and what was typed
      const fresh = layout(person, framedOf(route, person), h('main'), signOutAsked, switchOrg).querySelector(
        'header.top',
      );
      if (fresh) header.replaceWith(fresh);
    }
    return noteOverKeptContent(main);
  }
  if ((why === 'refused' || !mayOpen(person, route.screen)) && location.hash !== '#/') location.hash = '#/';
  else void render();
}

/**
 * The person's access to this org ended while the page was open (deactivated; caller-state.ts):
 * the API's Thai at once, no menu and no work. Unsaved work stays below, to copy, but cannot be sent.
 */
function showAccessEnded(messageTh: string, held: Me): void {
  const main = root.querySelector<HTMLElement>('main');
  const kept = unsavedWork() !== undefined && main ? main : undefined;
  const ways = [
    held.memberships.length > 1 && h('button', { type: 'button', class: 'quiet', onclick: switchOrg }, 'เปลี่ยนองค์กร'),
    h('button', { type: 'button', class: 'quiet', onclick: signOutAsked }, 'ออกจากระบบ'),
  ];
  const alert = h(
    'div',
    { class: 'alert ended-note', role: 'alert', 'data-testid': 'access-ended' },
    h(kept ? 'p' : 'h1', {}, h('strong', {}, 'สิทธิ์ใช้งานของท่านในองค์กรนี้สิ้นสุดแล้ว')),
    h('p', {}, messageTh),
    kept && h('p', {}, 'ข้อความที่กรอกไว้ยังอยู่ด้านล่าง คัดลอกเก็บไว้ได้ แต่ส่งหรือบันทึกไม่ได้แล้ว'),
  );
  if (!kept) {
    // reads still under way belong to no screen now
    ++renders;
    startScreen();
    clearLeaveGuards();
    replaceContent(root, h('main', { id: 'main', tabindex: -1 }, alert, h('p', {}, ways)));
    focusHeading();
    return;
  }
  // the kept work cannot be sent: its buttons off, and a submit stopped before its form's handler
  for (const button of kept.querySelectorAll('button')) button.disabled = true;
  kept.addEventListener('submit', (event) => (event.preventDefault(), event.stopPropagation()), true);
  root
    .querySelector('header.top')
    ?.replaceWith(
      h(
        'header',
        { class: 'top' },
        h('div', { class: 'brand' }, h('strong', {}, 'ติดตามมาตรการ ITA')),
        h('p', {}, ways),
      ),
    );
  root.querySelector('[data-testid="caller-changed"]')?.remove();
  kept.before(alert);
  announce(messageTh);
}

/** The page's name after each screen's: a tab, a bookmark and a screen reader say which screen (WCAG 2.4.2). */
const SITE_TITLE = 'ติดตามมาตรการ ITA';

function focusHeading(): void {
  const heading = root.querySelector<HTMLElement>('h1');
  const screen = heading?.textContent?.replace(/\s+/g, ' ').trim();
  document.title = screen ? `${screen} - ${SITE_TITLE}` : SITE_TITLE;
  if (heading) heading.tabIndex = -1;
  const select = changedSelect ? document.getElementById(changedSelect) : null;
  changedSelect = undefined;
  if (select && screen) {
    select.focus();
    announce(screen);
  } else heading?.focus({ preventScroll: false });
}

/**
 * Where a sign-in leads: the plan screen of a draft kept when the session ran out, else the page
 * address asked for while signed out (an email link, its org too), else home.
 */
function afterSignIn(): string {
  const kept = keptDraft();
  const asked = takeAskedAddress();
  if (kept) return href.plan(kept.fy);
  const keptForms = keptFormsAddress();
  if (keptForms !== undefined) return keptForms;
  const route = asked === undefined ? undefined : parseRoute(asked);
  return route && route.screen !== 'sign-in' && route.screen !== 'not-found' ? asked! : '#/';
}

async function boot(): Promise<void> {
  config = (await (await fetch('/config.json')).json()) as WebConfig;
  configureApi({
    apiUrl: config.apiUrl,
    onSignedOut: () => {
      // an unsaved plan draft is kept for the next sign-in, not lost (review 17 s14, S14-4)
      keepUnsavedWork();
      const me = knownMe();
      // so is what was typed in the screen's forms (a report, a comment), for the same address
      if (me) keepEditedForms({ orgId: me.org.orgId, personId: me.personId }, shownHash);
      forgetUnsavedWork();
      location.hash = href.signIn();
    },
    onRefused: refused,
  });
  if (config.auth.kind === 'cognito' && (await finishCognitoSignIn(config.auth))) location.hash = afterSignIn();
  watchForms();
  watchCaller(redrawForCaller, showAccessEnded);
  window.addEventListener('hashchange', () => {
    // a link, the back button or a typed address: unsaved work asks first; staying puts the address back
    if (location.hash !== shownHash && !mayLeave()) {
      history.replaceState(null, '', shownHash || location.pathname + location.search);
      return;
    }
    void render();
  });
  window.addEventListener('beforeunload', (event) => {
    // browsers show their own wording for a reload or a closed tab
    if (unsavedWork() === undefined || downloadUnderWay()) return;
    event.preventDefault();
    event.returnValue = '';
  });
  await render();
  announce('');
}

void boot();
