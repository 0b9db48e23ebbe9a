// Under a text box with a maxlength: a live "n/max ตัวอักษร", and a note when typed or pasted text
// was cut at the limit (the browser's maxlength cuts silently), saying where: the end of the box, or,
// when the text went in before text already there, the end of what was just put in. The cut is
// moved back to a whole character as people read it (a grapheme cluster: "ที่" is three code units,
// and the browser kept "ที" of it; tester s37 #2), and a box cut so is held back from a send until
// the person has been shown it (heldCuts).
import type { FieldError } from './api-types.js';
import { h, setText } from './dom.js';
import { toThaiDigits } from './thai.js';

const count = (n: number) => toThaiDigits(n.toLocaleString('en-US'));

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** The last grapheme boundary of `text` at or before `at` (0 when none). */
export function wholeGraphemesEnd(text: string, at: number): number {
  let end = 0;
  for (const { index } of graphemes.segment(text)) {
    if (index > at) break;
    end = index;
  }
  return at >= text.length ? text.length : end;
}

/** A box whose text the limit cut and which no send has shown the person yet. */
const UNSHOWN = 'unshown';

/** The counter's element (id `id`, to add to the box's aria-describedby); the box gets its maxlength. */
export function lengthCounter(box: HTMLInputElement | HTMLTextAreaElement, max: number, id: string): HTMLElement {
  box.maxLength = max;
  const shown = h('span', { class: 'length-count' });
  const cutNote = h('span', { class: 'cut-note', 'aria-live': 'polite' });
  /** how long the text would be had the browser not cut it, set before each insertion */
  let wanted: number | undefined;
  /** the text of that insertion, line breaks as the box holds them */
  let inserted = '';
  /** whether that insertion had text of the box after it (the cut is then in the middle) */
  let beforeKept = false;
  let pasted: string | undefined;
  const show = () => setText(shown, `${count(box.value.length)}/${count(max)} ตัวอักษร`);
  box.addEventListener('paste', (e) => (pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain')));
  box.addEventListener('beforeinput', (event) => {
    const e = event as InputEvent;
    const pastedText = pasted;
    pasted = undefined;
    wanted = undefined;
    // deleting never cuts; a line break is text too
    if (!e.inputType.startsWith('insert')) return;
    const lineBreak = e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph' ? '\n' : '';
    // a line break is one character in the box, whatever the clipboard had
    inserted = (e.data || e.dataTransfer?.getData('text/plain') || pastedText || lineBreak).replace(/\r\n?/g, '\n');
    const selected = (box.selectionEnd ?? 0) - (box.selectionStart ?? 0);
    beforeKept = (box.selectionEnd ?? box.value.length) < box.value.length;
    wanted = box.value.length - selected + inserted.length;
  });
  // capture: before the box's own input handlers (the plan draft's), so they read the whole characters
  box.addEventListener(
    'input',
    () => {
      let cut = wanted !== undefined && wanted > box.value.length ? wanted - box.value.length : 0;
      wanted = undefined;
      if (cut > 0 && cut < inserted.length) {
        // what the browser kept of the insertion ends inside a character: that part goes too
        const kept = inserted.length - cut;
        const whole = wholeGraphemesEnd(inserted, kept);
        const end = box.selectionEnd ?? box.value.length;
        if (whole < kept && end >= kept - whole) {
          box.setRangeText('', end - (kept - whole), end, 'end');
          cut += kept - whole;
        }
      }
      if (cut) {
        box.dataset.cut = UNSHOWN;
        box.dataset.cutAt = String(box.selectionEnd ?? box.value.length);
        box.dataset.cutCount = String(cut);
      } else {
        delete box.dataset.cut;
        delete box.dataset.cutAt;
        delete box.dataset.cutCount;
      }
      setText(
        cutNote,
        cut
          ? ` ข้อความที่ใส่ยาวเกิน จึงถูกตัดออก ${count(cut)} ตัวอักษร (ช่องนี้รับได้ไม่เกิน ${count(max)} ตัวอักษร) กรุณาตรวจสอบท้ายข้อความ${beforeKept ? 'ที่เพิ่งใส่ ก่อนข้อความเดิมที่ตามมา' : ''}`
          : '',
      );
      show();
    },
    { capture: true },
  );
  show();
  return h('p', { class: 'hint length-counter', id }, shown, cutNote);
}

/** A box's name as its label says it, without "(จำเป็น)" and the like. */
const nameOf = (box: HTMLInputElement | HTMLTextAreaElement) =>
  (box.labels?.[0]?.textContent ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();

/**
 * Before `scope` is sent: whether a box in it holds text the limit cut since the person was last
 * shown it (tester s37 #2: the cut text could be sent unseen). If so, `show` gets them as field
 * messages (beside the boxes and in the summary), then the first such box gets the focus with its
 * caret where the cut was; the send waits. They count as shown from then: the next send goes,
 * unless another cut comes first.
 */
export function heldCuts(scope: ParentNode, show: (fields: FieldError[]) => void): boolean {
  const boxes = [...scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[data-cut="${UNSHOWN}"]`)];
  if (boxes.length === 0) return false;
  for (const box of boxes) box.dataset.cut = 'shown';
  show(
    boxes.map((box) => ({
      path: box.dataset.field ?? box.id,
      message_th: `ข้อความในช่อง "${nameOf(box)}" ถูกตัดออก ${count(Number(box.dataset.cutCount))} ตัวอักษรเพราะยาวเกินที่รับได้ กรุณาตรวจสอบตรงที่ถูกตัด`,
      message_en: 'the text of this field was cut at its limit; check where it was cut',
    })),
  );
  const first = boxes[0]!;
  first.focus();
  const at = Number(first.dataset.cutAt ?? first.value.length);
  first.setSelectionRange(at, at);
  return true;
}

/** The summary's heading over held cuts: what to do, then press `button` again. */
export const cutsHeldMessage = (button: string) =>
  `ยังไม่ได้${button} ข้อความบางช่องยาวเกินและถูกตัดออก กรุณาตรวจสอบข้อความที่ถูกตัดแล้วกด${button}อีกครั้ง`;
