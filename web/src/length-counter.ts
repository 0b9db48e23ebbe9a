// Under a text box with a maxlength: a live "n/max ตัวอักษร", and a note when typed or pasted text
// was cut at the limit (the browser's maxlength cuts silently), saying where: the end of the box, or,
// when the text went in before text already there, the end of what was just put in.
import { h } from './dom.js';
import { toThaiDigits } from './thai.js';

const count = (n: number) => toThaiDigits(n.toLocaleString('en-US'));

/** The counter's element (id `id`, to add to the box's aria-describedby); the box gets its maxlength. */
export function lengthCounter(box: HTMLInputElement | HTMLTextAreaElement, max: number, id: string): HTMLElement {
  box.maxLength = max;
  const shown = h('span', { class: 'length-count' });
  const cutNote = h('span', { class: 'cut-note', 'aria-live': 'polite' });
  /** how long the text would be had the browser not cut it, set before each insertion */
  let wanted: number | undefined;
  /** whether that insertion had text of the box after it (the cut is then in the middle) */
  let beforeKept = false;
  let pasted: string | undefined;
  const show = () => (shown.textContent = `${count(box.value.length)}/${count(max)} ตัวอักษร`);
  box.addEventListener('paste', (e) => (pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain')));
  box.addEventListener('beforeinput', (event) => {
    const e = event as InputEvent;
    const pastedText = pasted;
    pasted = undefined;
    wanted = undefined;
    // deleting never cuts; a line break is text too
    if (!e.inputType.startsWith('insert')) return;
    const lineBreak = e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph' ? '\n' : '';
    const text = e.data || e.dataTransfer?.getData('text/plain') || pastedText || lineBreak;
    const selected = (box.selectionEnd ?? 0) - (box.selectionStart ?? 0);
    beforeKept = (box.selectionEnd ?? box.value.length) < box.value.length;
    // a line break is one character in the box, whatever the clipboard had
    wanted = box.value.length - selected + text.replace(/\r\n?/g, '\n').length;
  });
  box.addEventListener('input', () => {
    const cut = wanted !== undefined && wanted > box.value.length ? wanted - box.value.length : 0;
    wanted = undefined;
    cutNote.textContent = cut
      ? ` ข้อความที่ใส่ยาวเกิน จึงถูกตัดออก ${count(cut)} ตัวอักษร (ช่องนี้รับได้ไม่เกิน ${count(max)} ตัวอักษร) กรุณาตรวจสอบท้ายข้อความ${beforeKept ? 'ที่เพิ่งใส่ ก่อนข้อความเดิมที่ตามมา' : ''}`
      : '';
    show();
  });
  show();
  return h('p', { class: 'hint length-counter', id }, shown, cutNote);
}
