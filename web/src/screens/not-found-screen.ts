// "This address is not a page": a malformed or unknown address, with a way back home.
import { h } from '../dom.js';

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

/** The whole screen, signed in or not; the link goes to the home address, which opens the right year. */
export function notFoundScreen(): HTMLElement {
  return h('main', { id: 'main', tabindex: -1 }, ...notFoundContent());
}
