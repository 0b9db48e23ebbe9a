// "This address is not a page": a malformed or unknown address, with a way back home.
import { gregorianFiscalYearHint } from '../../../shared/domain/buddhist-era-hint.js';
import { BE_OFFSET, fiscalMonths } from '../../../shared/domain/fiscal-calendar.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';
import { planNotFound } from '../../../shared/domain/errors.js';
import { OBLIGATION_ID_PARTS } from '../../../shared/domain/id-patterns.js';
import { h } from '../dom.js';
import type { ApiError } from '../api-client.js';
import type { Me } from '../api-types.js';
import { managesPlan, mayReadUnit } from '../caller.js';
import { countedUnitName } from '../../../shared/domain/active-units.js';
import { unitWorkTitle } from '../../../shared/domain/page-addresses.js';
import { href } from '../routes.js';
import { ROLE_LABELS } from '../thai.js';

/**
 * The not-found alert and the link home, for a screen's <main>. detail: the API's Thai message when
 * the address was well formed but names nothing (a truncated email link: "ไม่พบภาระการรายงานนี้").
 */
export function notFoundContent(detail?: string): HTMLElement[] {
  return [
    h(
      'div',
      { class: 'alert', role: 'alert', 'data-testid': 'not-found' },
      h('h1', {}, 'ไม่พบหน้าที่ต้องการ'),
      h('p', {}, detail ?? 'ที่อยู่ของหน้านี้ไม่ถูกต้องหรือไม่ครบถ้วน อาจคัดลอกลิงก์มาไม่ครบ'),
    ),
    h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก')),
  ];
}

/**
 * Could `obligationId` have been an item of year `fy`'s plan: the plan's id shape (measure,
 * follow-up, period, unit) naming one of the org's units (closed ones too) and, for a month, one of
 * the year's twelve. A link cut inside the unit ("….2023-04.fin") names none, and a month the year
 * cannot hold ("….2028-04.finance" in FY2570, re-check P3): that is "not found", not an item the
 * plan dropped.
 */
export function mayBeAPlanItem(me: Me, obligationId: string, fy: number): boolean {
  const [, , , periodId, unitId] = OBLIGATION_ID_PARTS.exec(obligationId) ?? [];
  const month = /^\d{4}-\d{2}$/.test(periodId ?? '');
  return me.units.some((u) => u.unitId === unitId) && (!month || fiscalMonths(fy).some((m) => m.id === periodId));
}

/**
 * An obligation's address the API answers 404 (well formed: routes.ts checks the id): most often an
 * email's link to an item the plan no longer has, stopped or removed when the ITA working group
 * amended the plan after the email went (tester s45 #3), else a link cut short. Says so, that nothing
 * is to be reported for it, and links the year's list; the working group gets the plan's history.
 */
export function obligationNotInPlanContent(me: Me, fy: number): HTMLElement[] {
  const year = toThaiDigits(fy);
  const coordinator = ROLE_LABELS.coordinator;
  return [
    h(
      'div',
      { class: 'alert', role: 'alert', 'data-testid': 'not-in-plan' },
      h('h1', {}, 'ไม่พบรายการนี้ในแผนมาตรการฉบับปัจจุบัน'),
      h(
        'p',
        {},
        `รายการนี้อาจถูกยกเลิกหรือหยุดดำเนินการเมื่อ${coordinator} แก้ไขแผนมาตรการปีงบประมาณ ${year} หลังจากส่งอีเมลที่มีลิงก์นี้ จึงไม่ต้องรายงานรายการนี้ หรือลิงก์อาจคัดลอกมาไม่ครบ`,
      ),
      h(
        'p',
        {},
        managesPlan(me)
          ? 'การแก้ไขแผนแต่ละครั้งดูได้ที่ประวัติแผนมาตรการ'
          : `รายการที่ยังต้องรายงานดูได้จากลิงก์ด้านล่าง หากสงสัย กรุณาสอบถาม${coordinator}`,
      ),
    ),
    h(
      'p',
      {},
      h('a', { href: href.myObligations(fy), 'data-testid': 'year-obligations' }, `รายการที่ต้องรายงาน ปีงบประมาณ ${year}`),
    ),
    ...(managesPlan(me)
      ? [h('p', {}, h('a', { href: href.planHistory(fy) }, `ประวัติแผนมาตรการ ปีงบประมาณ ${year}`))]
      : []),
    h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก')),
  ];
}

/**
 * An obligation of a unit the caller may not read (the API's 403 "คุณดูข้อมูลได้เฉพาะของหน่วยงาน
 * ตนเอง"): most often an old email's link to their former unit's report after they moved unit
 * (tester s50: "เกิดข้อผิดพลาด" and the API's words only). Says whose report it is, as the org names
 * the unit, that it is not their unit's, and links their own lists: all from /me, no request more.
 * Undefined for a unit they may read (another refusal, said in the API's words).
 */
export function otherUnitObligationContent(me: Me, fy: number, obligationId: string): HTMLElement[] | undefined {
  const [, , , , unitId] = OBLIGATION_ID_PARTS.exec(obligationId) ?? [];
  return unitId ? otherUnitContent(me, fy, unitId, 'report') : undefined;
}

const OTHER_UNIT_WORDS = {
  report: {
    heading: 'รายงานนี้เป็นของหน่วยงานอื่น',
    what: 'รายงานนี้',
    it: 'รายงานนี้',
    moved: 'ลิงก์ในอีเมลที่ได้รับก่อนย้ายจะเปิดรายงานของหน่วยงานเดิม',
  },
  // #/fy/{fy}/unit/{unitId} (tester s51: the API's refusal words, and a button to ask again)
  list: {
    heading: 'รายการนี้เป็นของหน่วยงานอื่น',
    what: 'รายการงานที่ต้องรายงานนี้',
    it: 'รายการนี้',
    moved: 'ลิงก์ที่ได้รับก่อนย้ายจะเปิดรายการของหน่วยงานเดิม',
  },
} as const;

/**
 * Another unit's report or list, which the caller may not read: whose it is, as the org names the
 * unit, that it is not their unit's, and links to their own units' lists (their own, those they
 * also work in, those they act as head of), all from /me. Undefined for a unit they may read
 * (coordinators and executives read any).
 */
export function otherUnitContent(
  me: Me,
  fy: number,
  unitId: string,
  kind: keyof typeof OTHER_UNIT_WORDS,
): HTMLElement[] | undefined {
  if (mayReadUnit(me, unitId)) return undefined;
  const words = OTHER_UNIT_WORDS[kind];
  const unit = me.units.find((u) => u.unitId === unitId);
  const own = me.roles.includes('staff') ? me.unit : null;
  const year = toThaiDigits(fy);
  const list = (title: string, to: string) => h('li', {}, h('a', { href: to }, `${title} ปีงบประมาณ ${year}`));
  const lists = [
    ...(own ? [list(unitWorkTitle(own.name), href.myObligations(fy))] : []),
    ...me.alsoStaffOf.map((u) => list(unitWorkTitle(u.name), href.unitObligations(fy, u.unitId))),
    ...me.actingHeadOf.map((u) => list(`${unitWorkTitle(u.name)} (รักษาราชการแทน)`, href.unitObligations(fy, u.unitId))),
  ];
  const alert: HTMLElement[] = [
    h(
      'div',
      { class: 'alert', role: 'alert', 'data-testid': 'other-unit' },
      h('h1', {}, words.heading),
      h(
        'p',
        {},
        `${words.what}เป็นของ${unit ? countedUnitName(unit) : 'หน่วยงานอื่น'} ไม่ใช่ของหน่วยงานของท่าน${own ? ` (${own.name})` : ''} ` +
          `บัญชีของท่านจึงเปิดดู${words.it}ไม่ได้ หากท่านย้ายหน่วยงานแล้ว ${words.moved}`,
      ),
    ),
  ];
  if (lists.length > 0) alert.push(h('ul', { class: 'acting-units', 'data-testid': 'other-unit-lists' }, lists));
  return [...alert, h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก'))];
}

/**
 * The whole screen, signed in or not; the link goes to the home address, which opens the right year.
 * beYear: an address with a CE fiscal year ("#/fy/2023") gets the API's BE hint and a link to the BE
 * year's address (break s30-u F12).
 */
export function notFoundScreen(beYear?: { fy: number; hash: string }): HTMLElement {
  const hint = beYear && gregorianFiscalYearHint(beYear.fy - BE_OFFSET, beYear.fy, beYear.fy);
  if (!beYear || !hint) return h('main', { id: 'main', tabindex: -1 }, ...notFoundContent());
  return h(
    'main',
    { id: 'main', tabindex: -1 },
    ...notFoundContent(`ปีงบประมาณในที่อยู่เป็นปี ค.ศ.: ${hint.th}`),
    h(
      'p',
      {},
      h('a', { href: beYear.hash, 'data-testid': 'be-year-link' }, `ไปที่ปีงบประมาณ พ.ศ. ${toThaiDigits(beYear.fy)}`),
    ),
  );
}

/** The API's answer for a year with no plan (shared/domain/errors.ts planNotFound), not a wrong address. */
export function isNoPlanError(error: ApiError, fy: number): boolean {
  return error.status === 404 && error.messageTh === planNotFound(fy).message_th;
}

/**
 * A year with no plan yet (a new org before its first import): not "not found". The ITA working
 * group gets the way to import it; everyone else is told to ask them.
 */
export function noPlanContent(me: Me, fy: number): HTMLElement[] {
  const year = toThaiDigits(fy);
  return [
    h(
      'div',
      { class: 'alert', role: 'status', 'data-testid': 'no-plan' },
      h('h1', {}, `ปีงบประมาณ ${year} ยังไม่มีแผนมาตรการ`),
      h(
        'p',
        {},
        managesPlan(me)
          ? 'รายการที่ต้องรายงานจะแสดงเมื่อนำเข้าแผนมาตรการของปีนี้แล้ว นำเข้าได้ที่หน้าแผนมาตรการ'
          : `รายการที่ต้องรายงานจะแสดงเมื่อ${ROLE_LABELS.coordinator} นำเข้าแผนมาตรการของปีนี้แล้ว หากสงสัย กรุณาสอบถาม${ROLE_LABELS.coordinator} ขององค์กร`,
      ),
    ),
    ...(managesPlan(me)
      ? [
          h(
            'p',
            {},
            h('a', { href: href.plan(fy), 'data-testid': 'no-plan-import' }, `ไปที่แผนมาตรการ ปีงบประมาณ ${year}`),
          ),
        ]
      : []),
  ];
}
