// Labelled controls of the plan editor, named by their path in the plan JSON ("measures.0.title"),
// so the API's field messages (body.measures.0.title) land beside them (field-errors.ts).
import { h, setText } from '../dom.js';
import { field } from '../form-fields.js';
import { lengthCounter } from '../length-counter.js';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import { WARNING_KINDS } from '../import-warning-kinds.js';
import { checkedToggleLabel } from '../plan-draft.js';
import { listItemProblems } from '../../../shared/domain/plan-limits.js';

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** "measures.0.title" -> "plan-measures-0-title" */
export const idOf = (path: string) => `plan-${path.replaceAll('.', '-')}`;

/** A labelled input named by its path in the plan JSON (ids: idOf(path)). */
export const pathField = (path: string, label: string, input: Input, hint?: string): HTMLElement =>
  field('plan', path, label, input, hint);

/**
 * A labelled box of one text with a limit (`max`, from plan-limits.ts): it gets that maxlength, and
 * under it the report form's live count and its Thai note when typed or pasted text was cut.
 */
export function limitedField(
  path: string,
  label: string,
  box: HTMLInputElement | HTMLTextAreaElement,
  max: number,
): HTMLElement {
  const countId = `count-${idOf(path)}`;
  const el = pathField(path, label, box);
  box.setAttribute('aria-describedby', `${countId} ${box.getAttribute('aria-describedby') ?? ''}`.trim());
  box.after(lengthCounter(box, max, countId));
  return el;
}

/** A group of checkboxes under one legend; the fieldset carries the path for error messages. */
export function checkboxGroup(
  path: string,
  legend: string,
  boxes: { value: string; label: string; checked: boolean }[],
  onToggle: (value: string, checked: boolean) => void,
  extra: (Node | false | undefined)[] = [],
): HTMLFieldSetElement {
  const id = idOf(path);
  return h(
    'fieldset',
    { class: 'field choices', 'data-field': path, id, 'aria-describedby': `err-${id}` },
    h('legend', {}, legend),
    boxes.map((b) => {
      const boxId = `${id}-${b.value}`;
      return h(
        'div',
        { class: 'choice' },
        h('input', {
          type: 'checkbox',
          id: boxId,
          value: b.value,
          checked: b.checked,
          onchange: (e: Event) => onToggle(b.value, (e.target as HTMLInputElement).checked),
        }),
        h('label', { for: boxId }, b.label),
      );
    }),
    extra,
    h('p', { class: 'field-error', id: `err-${id}`, 'data-error-for': path }),
  );
}

/** One per line, blank lines dropped. */
export const linesOf = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** A box of one text (a follow-up's); its limit is given by limitedField. */
export function textarea(value: string, rows = 3): HTMLTextAreaElement {
  const el = h('textarea', { rows });
  el.value = value;
  return el;
}

/**
 * A labelled box of a list, one item a line (sub-measures, methods, recommendations). No maxlength:
 * the API's limit is per item and on the count (plan-limits.ts), so a list longer than one item's
 * limit stays editable; an item or a count over the limit is named in Thai under the box, live.
 */
export function listField(
  path: string,
  label: string,
  items: readonly string[],
  rows: number,
  onItems: (items: string[]) => void,
): HTMLElement {
  const box = h('textarea', { rows });
  box.value = items.join('\n');
  const id = idOf(path);
  const limits = h('p', { class: 'field-error list-limits', id: `limits-${id}`, 'aria-live': 'polite' });
  const check = (lines: string[]) => {
    const problems = listItemProblems(lines);
    limits.replaceChildren(...problems.map((p) => h('span', {}, p.th)));
    if (problems.length > 0) box.setAttribute('aria-invalid', 'true');
    else box.removeAttribute('aria-invalid');
  };
  box.oninput = () => {
    const lines = linesOf(box.value);
    onItems(lines);
    check(lines);
  };
  check([...items]);
  const el = pathField(path, label, box);
  box.setAttribute('aria-describedby', `${box.getAttribute('aria-describedby') ?? ''} limits-${id}`.trim());
  el.append(limits);
  return el;
}

/**
 * A warning of the importer beside what it is about, with the source text it read and what the
 * warning means (WARNING_KINDS). `show(stands, prefix)` redraws it in place: a warning the draft no
 * longer stands is shown as settled, `prefix` saying how (warningNotePrefix), not hidden.
 * `onChecked`: for warnings only the coordinator can judge, a ตรวจแล้ว button that, pressed, undoes it.
 */
export function warningNote(
  warning: ImportWarning,
  onChecked?: (checked: boolean) => void,
): { el: HTMLElement; show: (stands: boolean, prefix: string) => void } {
  const kind = WARNING_KINDS[warning.code];
  const prefix = h('strong', {});
  let standing = true;
  const toggle =
    onChecked &&
    h('button', { type: 'button', class: 'quiet', onclick: () => onChecked(standing) }, checkedToggleLabel(false));
  const el = h(
    'div',
    { class: 'import-warning', role: 'note', 'data-code': warning.code },
    h('p', { class: 'warning-message' }, prefix, warning.message_th),
    warning.source &&
      h('p', { class: 'warning-source' }, h('span', { class: 'hint' }, 'ข้อความในเอกสาร: '), h('q', {}, warning.source)),
    h('p', { class: 'warning-help hint' }, kind.help),
    toggle,
  );
  const show = (stands: boolean, said: string) => {
    standing = stands;
    el.classList.toggle('resolved', !stands);
    el.dataset.stands = String(stands);
    setText(prefix, said);
    // the label says what a press does (no aria-pressed: a toggle's name must not change)
    if (toggle) setText(toggle, checkedToggleLabel(!stands));
  };
  show(true, '');
  return { el, show };
}
