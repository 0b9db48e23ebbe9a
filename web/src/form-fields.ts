// Labelled inputs wired to the API's field messages (field-errors.ts): `name` is the body field.
import { api, ApiError } from './api-client.js';
import { formSaved } from './leave-guard.js';
import { focusIfLost, h, nextId, setText } from './dom.js';
import { clearFieldErrors, showFieldErrors } from './field-errors.js';

type Input = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A label, the input (given its id, data-field and aria-describedby here) and its error slot. `name`
 * may be a path into the body ("measures.0.title"); its dots become hyphens in the id.
 */
export function field(prefix: string, name: string, label: string, input: Input, hint?: string): HTMLElement {
  const id = `${prefix}-${name.replaceAll('.', '-')}`;
  input.id = id;
  input.dataset.field = name;
  input.setAttribute('aria-describedby', `${hint ? `hint-${id} ` : ''}err-${id}`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    hint && h('p', { class: 'hint', id: `hint-${id}` }, hint),
    input,
    h('p', { class: 'field-error', id: `err-${id}`, 'data-error-for': name }),
  );
}

/**
 * A save button disabled exactly while there is a `reason`, which `note` beside it says in Thai and
 * the button is described by (aria-describedby): every disabled save button says why (tester s38
 * #3). Without a reason the button is enabled and the note empty.
 */
export function saveButtonReason(button: HTMLButtonElement, note: HTMLElement, reason?: string): void {
  if (!note.id) note.id = nextId('save-reason');
  note.classList.add('save-reason');
  button.setAttribute('aria-describedby', note.id);
  button.disabled = reason !== undefined;
  setText(note, reason ?? '');
}

/** What a form's save button says while its request is on its way. */
export const SAVING = 'กำลังบันทึก กรุณารอสักครู่';

/**
 * Sends the form's body with `method path` (and `headers`, e.g. If-Match); on refusal shows the Thai
 * messages beside the fields and in the summary (the form must contain an errorSummary()), and hands
 * the refusal to `refused` (a screen that redraws on some). Returns the answer, or undefined.
 */
export async function sendForm<T>(
  form: HTMLElement,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  refused?: (error: ApiError) => void,
): Promise<T | undefined> {
  clearFieldErrors(form);
  // a disabled button loses the focus to <body>: given back after (WCAG 2.4.3)
  const focused = document.activeElement;
  const buttons = [...form.querySelectorAll('button')];
  for (const b of buttons) b.disabled = true;
  // the save button says why it is disabled, in a note after it (made once)
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  let note = form.querySelector<HTMLElement>('.save-reason');
  if (submit && !note) submit.after((note = h('span', { class: 'hint', 'aria-live': 'polite' })));
  if (submit && note) saveButtonReason(submit, note, SAVING);
  try {
    const saved = await api<T>(method, path, body, headers);
    if (form instanceof HTMLFormElement) formSaved(form);
    return saved;
  } catch (error) {
    if (error instanceof ApiError) refused?.(error);
    showFieldErrors(
      form,
      error instanceof ApiError ? error.messageTh : 'ระบบขัดข้อง กรุณาลองอีกครั้งภายหลัง',
      error instanceof ApiError ? error.fields : [],
    );
    return undefined;
  } finally {
    for (const b of buttons) b.disabled = false;
    if (submit && note) saveButtonReason(submit, note);
    focusIfLost(focused);
  }
}

/** One line per item, blank lines dropped (aliases). */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
