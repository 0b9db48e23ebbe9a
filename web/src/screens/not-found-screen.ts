// "This address is not a page": a malformed or unknown address, with a way back home.
import { h } from '../dom.js';

/** The whole screen, signed in or not; the link goes to the home address, which opens the right year. */
export function notFoundScreen(): HTMLElement {
  return h(
    'main',
    { id: 'main', tabindex: -1 },
    h(
      'div',
      { class: 'alert', role: 'alert', 'data-testid': 'not-found' },
      h('h1', {}, 'ไม่พบหน้าที่ต้องการ'),
      h('p', {}, 'ที่อยู่ของหน้านี้ไม่ถูกต้องหรือไม่ครบถ้วน อาจคัดลอกลิงก์มาไม่ครบ'),
    ),
    h('p', { class: 'back' }, h('a', { href: '#/' }, '‹ กลับหน้าหลัก')),
  );
}
