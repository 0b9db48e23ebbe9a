// The report form, generated from the API's JSON Schema (GET /v1/forms/report): titles, required
// fields, enum names and lengths come from there; messages for bad input come from the API.
import { api, ApiError } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { ReportVersion } from '../api-types.js';
import { h, nextId } from '../dom.js';
import { keptWorkSaved } from '../caller-state.js';
import { clearFieldErrors, errorSummary, showFieldErrors } from '../field-errors.js';
import { toThaiDigits } from '../thai.js';
import { cutsHeldMessage, heldCuts, lengthCounter } from '../length-counter.js';
import { saveButtonReason } from '../form-fields.js';
import { formSaved, guardLeaving, UNSAVED_FORM } from '../leave-guard.js';
import { evidenceField, type EvidenceField, type EvidenceItem, LINK_FIELD } from './evidence-field.js';

interface PropertySchema {
  type?: string;
  title?: string;
  enum?: string[];
  'x-enum-titles'?: string[];
  maxLength?: number;
  /** a Thai note shown under the field (e.g. that its text is published) */
  'x-hint-th'?: string;
}
export interface FormSchema {
  title?: string;
  properties: Record<string, PropertySchema>;
  required?: string[];
}

let schema: Promise<FormSchema> | undefined;
/**
 * The report form's JSON Schema, read once a page session: a page-level read (not dropped when the
 * person moves to another screen, which would leave every later form waiting), asked again after a
 * failure. The schemas function serves it (docs/api.md, "Which function answers").
 */
export function reportFormSchema(): Promise<FormSchema> {
  schema ??= api<FormSchema>('GET', apiPath('/v1/forms/report'), undefined, {}, { outsideScreen: true }).catch(
    (error: unknown) => {
      schema = undefined;
      throw error;
    },
  );
  return schema;
}

/** Reads the schema ahead of the first form (the unit's list), so a cold function does not hold it up. */
export function readReportFormAhead(): void {
  reportFormSchema().catch(() => {});
}

export type Draft = Record<string, unknown>;

export interface ReportFormOptions {
  fy: number;
  obligationId: string;
  latest: ReportVersion | null;
  /** what the person had typed before a conflict reload */
  draft?: Draft;
  /** sent: `done` is what the page says of it ("ส่งรายงานฉบับที่ ๑ เรียบร้อยแล้ว") */
  onSubmitted: (report: ReportVersion, done: string) => void;
  onConflict: (draft: Draft, currentVersion?: number) => void;
}

/** The field that carries the version being revised: set by the page, not typed. */
const VERSION_FIELD = 'expectedVersion';

export async function reportForm(options: ReportFormOptions): Promise<HTMLFormElement> {
  const { properties, required = [] } = await reportFormSchema();
  const start: Draft = options.draft ?? (options.latest as Draft | null) ?? {};
  const readers: Record<string, () => unknown> = {};
  let evidence: EvidenceField | undefined;
  const submit = h('button', { type: 'submit', class: 'primary' }, options.latest ? 'ส่งรายงานฉบับแก้ไข' : 'ส่งรายงาน');
  const uploadsNote = h('p', { class: 'hint', 'aria-live': 'polite' });
  const refreshSubmit = () => {
    const busy = (evidence?.pendingUploads() ?? 0) > 0;
    saveButtonReason(submit, uploadsNote, busy ? 'กำลังอัปโหลดไฟล์ กรุณารอให้เสร็จก่อนส่งรายงาน' : undefined);
  };

  const fields = Object.entries(properties)
    .filter(([name]) => name !== VERSION_FIELD)
    .map(([name, prop]) => {
      const title = `${prop.title ?? name}${required.includes(name) ? ' (จำเป็น)' : ''}`;
      const errorId = `err-${name}`;
      const errorSlot = h('p', { class: 'field-error', id: errorId, 'data-error-for': name });
      if (prop.type === 'array') {
        evidence = evidenceField({
          fy: options.fy,
          obligationId: options.obligationId,
          name,
          title,
          initial: (start[name] as EvidenceItem[] | undefined) ?? [],
          onChange: refreshSubmit,
        });
        readers[name] = () => evidence!.value();
        return evidence.element;
      }
      if (prop.enum) {
        const current = String((start[name] as string | undefined) ?? '');
        const radios = prop.enum.map((value, i) => {
          const id = nextId(`f-${name}`);
          return h(
            'div',
            { class: 'choice' },
            h('input', { type: 'radio', name, id, value, checked: value === current }),
            h('label', { for: id }, prop['x-enum-titles']?.[i] ?? value),
          );
        });
        readers[name] = () => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
        return h(
          'fieldset',
          { class: 'field', id: `f-${name}`, 'data-field': name, tabindex: -1, 'aria-describedby': errorId },
          h('legend', {}, title),
          radios,
          errorSlot,
        );
      }
      const input = h('textarea', {
        id: `f-${name}`,
        name,
        'data-field': name,
        rows: name === 'summary' ? 6 : 3,
        'aria-describedby': prop.maxLength ? `count-${name} ${errorId}` : errorId,
      });
      input.value = String((start[name] as string | undefined) ?? '');
      readers[name] = () => input.value;
      return h(
        'div',
        { class: 'field' },
        h('label', { for: `f-${name}` }, title),
        input,
        prop.maxLength ? lengthCounter(input, prop.maxLength, `count-${name}`) : false,
        prop['x-hint-th'] && h('p', { class: 'hint', 'data-hint': 'published' }, prop['x-hint-th']),
        errorSlot,
      );
    });

  const values = (): Draft => Object.fromEntries(Object.entries(readers).map(([name, read]) => [name, read()]));
  let idempotencyKey = crypto.randomUUID();
  let sent = false;
  const form = h(
    'form',
    {
      class: 'report-form',
      novalidate: true,
      'aria-label': 'แบบรายงานผลการดำเนินงาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        clearFieldErrors(form);
        // text the limit cut is shown to the person before it is sent
        if (heldCuts(form, (fields) => showFieldErrors(form, cutsHeldMessage(submit.textContent ?? ''), fields)))
          return;
        // a link typed but not added goes with the report, or stops it with the reason beside it
        const linkProblem = evidence?.addTypedLink();
        if (linkProblem) {
          showFieldErrors(form, 'ยังส่งรายงานไม่ได้ กรุณาแก้ไขลิงก์หลักฐานที่พิมพ์ไว้', [
            { path: LINK_FIELD, message_th: linkProblem, message_en: 'the typed evidence link is not valid' },
          ]);
          return;
        }
        saveButtonReason(submit, uploadsNote, 'กำลังส่งรายงาน กรุณารอสักครู่');
        form.setAttribute('aria-busy', 'true');
        const body: Draft = { ...values(), ...(options.latest ? { [VERSION_FIELD]: options.latest.version } : {}) };
        for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
        try {
          const report = await api<ReportVersion>(
            'PUT',
            apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', options),
            body,
            { 'idempotency-key': idempotencyKey },
          );
          // sent under the rights now: a note of changes made while it was typed has done its work
          keptWorkSaved();
          sent = true;
          // sent: its fields and evidence are the saved ones until the screen is drawn again
          formSaved(form);
          options.onSubmitted(report, `ส่งรายงานฉบับที่ ${toThaiDigits(report.version)} เรียบร้อยแล้ว`);
        } catch (error) {
          idempotencyKey = crypto.randomUUID();
          if (error instanceof ApiError && error.status === 409 && error.details.planChanged === true) {
            // the plan moved or is being saved: nobody else sent this report; the typed text stays, send again
            showFieldErrors(form, error.messageTh, []);
          } else if (error instanceof ApiError && error.status === 409) {
            options.onConflict(values(), error.currentVersion);
          } else {
            showFieldErrors(
              form,
              error instanceof ApiError ? error.messageTh : String(error),
              error instanceof ApiError ? error.fields : [],
            );
          }
        } finally {
          form.removeAttribute('aria-busy');
          refreshSubmit();
        }
      },
    },
    errorSummary(),
    fields,
    h('div', { class: 'actions' }, submit, uploadsNote),
  );
  // evidence added or removed is state outside the fields: leaving with it unsent asks too (tester s54)
  const evidenceAtStart = JSON.stringify(evidence?.value() ?? []);
  guardLeaving(() =>
    form.isConnected && !sent && JSON.stringify(evidence?.value() ?? []) !== evidenceAtStart ? UNSAVED_FORM : undefined,
  );
  return form;
}
