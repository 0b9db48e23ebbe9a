// Shows the API's field messages (message_th) beside the fields they name, and a summary on top.
import type { FieldError } from './api-types.js';
import { h, replaceContent } from './dom.js';

/** "body.evidence.0.url" -> "evidence" */
export const fieldOf = (path: string) => path.replace(/^body\./, '').split('.')[0] ?? '';

/** The form's field for an API path: the deepest of "a.b.c", "a.b", "a" the form has a field for. */
function fieldFor(form: HTMLElement, path: string): string {
  const parts = path.replace(/^body\./, '').split('.');
  for (let n = parts.length; n > 1; n--) {
    const name = parts.slice(0, n).join('.');
    if (form.querySelector(`[data-field="${CSS.escape(name)}"]`)) return name;
  }
  return fieldOf(path);
}

export function clearFieldErrors(form: HTMLElement): void {
  for (const el of form.querySelectorAll('.field-error')) el.replaceChildren();
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  form.querySelector('.error-summary')?.replaceChildren();
  form.querySelector('.error-summary')?.setAttribute('hidden', '');
}

export function showFieldErrors(form: HTMLElement, message: string, fields: FieldError[]): void {
  clearFieldErrors(form);
  const summary = form.querySelector<HTMLElement>('.error-summary')!;
  const items: HTMLElement[] = [];
  for (const field of fields) {
    const name = fieldFor(form, field.path);
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    const input = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
    if (slot) slot.append(h('span', {}, field.message_th));
    input?.setAttribute('aria-invalid', 'true');
    items.push(
      h(
        'li',
        {},
        input?.id ? h('a', { href: `#${input.id}`, onclick: focusTarget }, field.message_th) : field.message_th,
      ),
    );
  }
  replaceContent(summary, h('h2', {}, message), items.length > 0 && h('ul', {}, items));
  summary.removeAttribute('hidden');
  summary.focus();
}

function focusTarget(event: Event): void {
  event.preventDefault();
  const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
  document.getElementById(id)?.focus();
}

export const errorSummary = () => h('div', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
