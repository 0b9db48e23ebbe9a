// A tiny element builder: text goes in as text nodes, never as HTML.
import { THAI_DATE_SOURCE, thaiMonthYearSource } from '../../shared/domain/thai-format.js';

type Child = Node | string | number | false | null | undefined | Child[];
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

/** A date ("๓๐ เมษายน ๒๕๖๖") or a month with its year ("เมษายน ๒๕๖๖"): kept on one line. */
const WHOLE = new RegExp(`${THAI_DATE_SOURCE}|${thaiMonthYearSource()}`, 'gu');

/**
 * `text` into `parent`, each date and month-with-year in a span.whole (white-space: nowrap), so a
 * narrow screen never breaks "เมษายน" from "๒๕๖๖" (s45; the emails keep them whole too, keepWhole in
 * shared/mail/html.ts). The text is unchanged; an option or a textarea takes it as it is.
 */
function appendText(parent: Node, text: string): void {
  let at = 0;
  if (!(parent instanceof HTMLOptionElement || parent instanceof HTMLTextAreaElement))
    for (const m of text.matchAll(WHOLE)) {
      if (m.index > at) parent.appendChild(document.createTextNode(text.slice(at, m.index)));
      const whole = document.createElement('span');
      whole.className = 'whole';
      whole.textContent = m[0];
      parent.appendChild(whole);
      at = m.index + m[0].length;
    }
  if (at < text.length || text === '') parent.appendChild(document.createTextNode(text.slice(at)));
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'object') parent.appendChild(child);
    else appendText(parent, String(child));
  }
}

export function replaceContent(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * `el`'s text set after it was drawn (a hint, a status, a badge), its dates and months with their
 * years kept whole as `h` keeps them: `textContent =` wrote them bare, so "มีนาคม" / "๒๕๖๖" could break
 * there (s45 re-check). The page's one way to set an element's text (eslint refuses `textContent =`
 * in web/src); '' empties it.
 */
export function setText(el: Element, text: string): void {
  el.replaceChildren();
  if (text) appendText(el, text);
}

let uid = 0;
/** A unique id for label/aria wiring. */
export const nextId = (prefix: string) => `${prefix}-${++uid}`;

/**
 * Focus on `el` after a screen is drawn again: the control pressed is gone, and focus must not fall
 * to the page's <body> (WCAG 2.4.3). A heading or other element takes focus from the page only.
 */
export function focusAfterRedraw(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex') && el.tabIndex < 0) el.tabIndex = -1;
  el.focus();
}

/**
 * Focus back on `el` when focus fell to the page's <body> (the control pressed was disabled while
 * it worked, or drawn again) and `el` is still on the page (WCAG 2.4.3); otherwise nothing.
 */
export function focusIfLost(el: Element | null | undefined): void {
  if (document.activeElement === document.body && el instanceof HTMLElement && el.isConnected) el.focus();
}

/** Says a status change to screen readers (and shows it). */
export function announce(message: string): void {
  const region = document.getElementById('status');
  if (region) setText(region, message);
}
