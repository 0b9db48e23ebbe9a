// Unsaved work on the screen shown: leaving it (another address, the year selector, switching org,
// signing out, reloading or closing the tab) asks first.
// - Plain forms in #main are watched without code in each screen: a form's values are taken when
//   one of its fields first gets the focus, and it counts as edited while it is on the page and its
//   values differ. A form that saves without being replaced calls formSaved.
// - Screens with state outside their fields (the plan editor: data-leave-guard="own") register
//   their own check with guardLeaving.

import { h } from './dom.js';
import { keptInTab } from './kept-in-tab.js';

/** Says what would be lost (Thai), or undefined when nothing would be. */
export type UnsavedWork = () => string | undefined;

export const UNSAVED_PLAN_DRAFT = 'มีร่างแผนมาตรการที่ยังไม่บันทึก ถ้าออกจากหน้านี้ ร่างและการแก้ไขจะหายไป ต้องการออกจากหน้านี้หรือไม่';
export const UNSAVED_FORM = 'มีข้อมูลที่กรอกไว้แต่ยังไม่ได้ส่งหรือบันทึก ถ้าออกจากหน้านี้ ข้อมูลนั้นจะหายไป ต้องการออกจากหน้านี้หรือไม่';

const guards = new Set<UnsavedWork>();
/** What screens keep of their unsaved work when the session runs out (kept-draft.ts). */
const keepers = new Set<() => void>();
const taken = new WeakMap<HTMLFormElement, string>();

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A form's fields that hold what the person typed or chose. */
const fieldsOf = (form: HTMLFormElement) =>
  [...form.querySelectorAll<Field>('input, textarea, select')].filter(
    (el) => !(el instanceof HTMLInputElement && ['file', 'hidden', 'submit', 'button'].includes(el.type)),
  );

const checkable = (el: Field): el is HTMLInputElement =>
  el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

/** A field's name in a kept form: a choice by its name and value (their ids may be numbered per drawing). */
const keyOf = (el: Field) => (checkable(el) && el.name ? `${el.name}=${el.value}` : el.id || el.name);

const valueOf = (el: Field) => (checkable(el) ? el.checked : el.value);

/**
 * A form's state outside its fields (the report's evidence list): an element with an id holds it as
 * JSON in `data-kept-state`, counted in the form's values, kept and given back with the fields (a
 * `kept-state` event tells the element to read it again).
 */
export const KEPT_STATE = 'data-kept-state';
const statesOf = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLElement>(`[${KEPT_STATE}][id]`)];
const stateKey = (el: HTMLElement) => `state:${el.id}`;

function valuesOf(form: HTMLFormElement): string {
  return JSON.stringify([...fieldsOf(form).map(valueOf), ...statesOf(form).map((el) => el.getAttribute(KEPT_STATE))]);
}

const watched = (form: Element | null): form is HTMLFormElement =>
  form instanceof HTMLFormElement && form.closest('#main') !== null && !form.hasAttribute('data-leave-guard');

/** Starts watching forms (once, at boot). */
export function watchForms(): void {
  document.addEventListener(
    'focusin',
    (event) => {
      const form = (event.target as Element | null)?.closest?.('form') ?? null;
      if (watched(form) && !taken.has(form)) taken.set(form, valuesOf(form));
    },
    true,
  );
}

/** A watched form was saved and stays on the page: its current values are the saved ones. */
export function formSaved(form: HTMLFormElement): void {
  if (taken.has(form)) taken.set(form, valuesOf(form));
}

function editedForm(): string | undefined {
  for (const form of document.querySelectorAll('#main form')) {
    if (!watched(form)) continue;
    const start = taken.get(form);
    if (start !== undefined && valuesOf(form) !== start) return UNSAVED_FORM;
  }
  return undefined;
}

/** Registers a screen's own unsaved-work check; returns a function that removes it. */
export function guardLeaving(work: UnsavedWork): () => void {
  guards.add(work);
  return () => guards.delete(work);
}

/**
 * Registers what a screen keeps of its unsaved work when the person is signed out by the API (the
 * session ran out), to give it back after the next sign-in; returns a function that removes it.
 */
export function keepWhenSignedOut(keep: () => void): () => void {
  keepers.add(keep);
  return () => keepers.delete(keep);
}

/** Signed out by the API: each screen keeps what it registered (keepWhenSignedOut). */
export function keepUnsavedWork(): void {
  for (const keep of keepers) keep();
}

/** Edited forms kept over a sign-in when the session ran out: the address, whose, each form's fields. */
const KEPT_FORMS = 'ita.kept-forms';
interface Who {
  orgId: string;
  personId: string;
}
interface KeptForms extends Who {
  hash: string;
  /** by the form's place among the screen's watched forms: field id (or name) -> value or checked */
  forms: Record<string, string | boolean>[];
}

export const KEPT_FORM_NOTE = 'นี่คือข้อมูลที่กรอกไว้ก่อนหมดเวลาการเข้าสู่ระบบ ยังไม่ได้ส่งหรือบันทึก ตรวจแล้วกดส่งหรือบันทึกอีกครั้ง';

const watchedForms = () => [...document.querySelectorAll('#main form')].filter(watched);

const keptForms = keptInTab<KeptForms>(KEPT_FORMS);

/**
 * Signed out by the API (the session ran out): what was typed in the screen's edited forms (a report,
 * a review's comment, a person), and their state outside the fields (KEPT_STATE: a report's evidence), is kept in this tab's sessionStorage, like a plan draft (kept-draft.ts),
 * for the same person's next sign-in, which opens `hash` again (keptFormsAddress).
 */
export function keepEditedForms(who: Who, hash: string): void {
  const forms = watchedForms().map((form) =>
    taken.has(form) && valuesOf(form) !== taken.get(form)
      ? Object.fromEntries([
          ...fieldsOf(form).map((el): [string, string | boolean] => [keyOf(el), valueOf(el)]),
          ...statesOf(form).map((el): [string, string] => [stateKey(el), el.getAttribute(KEPT_STATE) ?? '']),
        ])
      : {},
  );
  if (!forms.some((form) => Object.keys(form).length > 0)) return;
  // no room: lost as before
  keptForms.keep({ ...who, hash, forms });
}

/** The address of the kept forms, to open after the sign-in; undefined when none are kept. */
export const keptFormsAddress = (): string | undefined => keptForms.read()?.hash;

/**
 * Gives the kept forms back once their screen is drawn again for the same person in the same org
 * (then forgotten; another address or person forgets them too). The fields refilled count as edited,
 * not sent. True when something was given back.
 */
export function restoreKeptForms(who: Who, hash: string): boolean {
  const kept = keptForms.read();
  if (!kept) return false;
  keptForms.drop();
  if (kept.hash !== hash || kept.orgId !== who.orgId || kept.personId !== who.personId) return false;
  let restored = false;
  watchedForms().forEach((form, i) => {
    const values = kept.forms[i] ?? {};
    if (Object.keys(values).length === 0) return;
    taken.set(form, valuesOf(form));
    for (const el of fieldsOf(form)) {
      const value = values[keyOf(el)];
      if (value === undefined || el.disabled) continue;
      if (checkable(el)) el.checked = value === true;
      else el.value = String(value);
      // length counters and the like follow
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const el of statesOf(form)) {
      const state = values[stateKey(el)];
      if (typeof state !== 'string') continue;
      el.setAttribute(KEPT_STATE, state);
      el.dispatchEvent(new Event('kept-state'));
    }
    // a form folded away (เพิ่มผู้ใช้งาน) opens, so what came back is seen
    form.closest('details')?.setAttribute('open', '');
    if (!restored) {
      form.prepend(h('p', { class: 'kept-draft', role: 'status' }, KEPT_FORM_NOTE));
    }
    restored = true;
  });
  return restored;
}

/** Forgets the screens' own checks (a new screen is drawn). */
export function clearLeaveGuards(): void {
  guards.clear();
  keepers.clear();
}

/** The first thing leaving would lose (Thai), or undefined. */
export function unsavedWork(): string | undefined {
  for (const work of guards) {
    const lost = work();
    if (lost !== undefined) return lost;
  }
  return editedForm();
}

/**
 * True when the screen may be left: nothing is unsaved, or the person confirms (window.confirm with
 * the Thai message). A confirmed leave forgets the unsaved work, so the same leave is not asked twice.
 */
export function mayLeave(): boolean {
  const lost = unsavedWork();
  if (lost !== undefined && !window.confirm(lost)) return false;
  forgetUnsavedWork();
  return true;
}

/** Leaves without asking (signed out by the API: the work cannot be saved anyway). */
export function forgetUnsavedWork(): void {
  clearLeaveGuards();
  for (const form of document.querySelectorAll('#main form')) if (watched(form)) taken.delete(form);
}

/** When the page last went to a file served as a download (goToDownload). */
let downloadAt = -Infinity;

/**
 * Goes to `url`, a file served as an attachment (Content-Disposition), in this tab: the browser
 * downloads it and the page stays, with no popup to be blocked after an await (iOS Safari). The
 * unsaved-work question of the navigation's beforeunload is skipped: nothing is left.
 */
export function goToDownload(url: string): void {
  downloadAt = performance.now();
  location.assign(url);
}

/** Whether a beforeunload now is goToDownload's (within a second of it). */
export const downloadUnderWay = (): boolean => performance.now() - downloadAt < 1000;
