// A tiny element builder: text goes in as text nodes, never as HTML.
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

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

export function replaceContent(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
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
  if (region) region.textContent = message;
}
