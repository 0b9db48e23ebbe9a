// A coordinator's review: accept, or return with a comment (the API requires one); on an accepted
// report, reopen it with a reason so the unit may revise it.
import { api, ApiError } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { ReportVersion } from '../api-types.js';
import { h } from '../dom.js';
import { clearFieldErrors, errorSummary, showFieldErrors } from '../field-errors.js';
import { DECISION_LABELS } from '../../../shared/domain/status-labels.js';
import { cutsHeldMessage, heldCuts, lengthCounter } from '../length-counter.js';
import { MAX_REVIEW_COMMENT_LENGTH } from '../../../shared/domain/report-rules.js';
import { saveButtonReason } from '../form-fields.js';
import { formatThaiDate } from '../thai.js';
import { bangkokDate, type PlainDate } from '../../../shared/domain/plain-date.js';

type Decision = keyof typeof DECISION_LABELS;

/** The decisions the API refuses without a comment (ReviewBody in request-schemas.ts): the unit is told why. */
const NEEDS_COMMENT: readonly Decision[] = ['return', 'reopen'];

/**
 * The comment's label for the choices offered (tester s37 #4: it named reopen under accept and
 * return): "(จำเป็น)" when every choice needs it, else the choices that do.
 */
function commentLabel(decisions: readonly Decision[]): string {
  const needing = decisions.filter((d) => NEEDS_COMMENT.includes(d));
  const when =
    needing.length === 0
      ? ''
      : needing.length === decisions.length
        ? ' (จำเป็น)'
        : ` (จำเป็นเมื่อ${needing.map((d) => DECISION_LABELS[d]).join('หรือ')})`;
  return `ความเห็นถึงหน่วยงาน${when}`;
}

/**
 * A report that settled its obligation on time, now past its last on-time day: returned (or
 * reopened) it is unsettled until the unit sends it again, and that resubmission is judged late
 * (docs/domain.md, "Settled and on time"; tester s47 F3). Said above the choices; undefined else.
 */
export function lateIfReturnedNote(
  report: Pick<ReportVersion, 'settledAt'>,
  onTimeUntil: string,
  today: string,
  decisions: readonly Decision[],
): HTMLElement | undefined {
  if (!report.settledAt || today <= onTimeUntil) return undefined;
  if (bangkokDate(new Date(report.settledAt)) > onTimeUntil) return undefined;
  const by = formatThaiDate(onTimeUntil as PlainDate);
  const reopening = !decisions.includes('return');
  const act = DECISION_LABELS[reopening ? 'reopen' : 'return'];
  return h(
    'div',
    { class: 'year-note', role: 'note', 'data-testid': 'late-if-returned' },
    h(
      'p',
      {},
      `รายงานนี้ส่งตรงเวลา (ภายใน ${by}) และเลยกำหนดส่งแล้ว หาก${act} จะนับว่ายังไม่ได้ส่งจนกว่าหน่วยงานจะส่งฉบับแก้ไข ` +
        'และเมื่อส่งแล้วจะนับเป็น "ส่งล่าช้า" ในรายงานผลการดำเนินการ',
    ),
    h(
      'p',
      {},
      reopening
        ? 'หากไม่เปิดให้แก้ไข รายงานนี้ยังนับว่าส่งตรงเวลา'
        : `หากต้องการให้ยังนับว่าส่งตรงเวลา ให้เลือก${DECISION_LABELS.accept} และเขียนสิ่งที่ควรปรับปรุงไว้ในความเห็นถึงหน่วยงาน`,
    ),
  );
}

export function reviewForm(options: {
  fy: number;
  obligationId: string;
  report: ReportVersion;
  /** the obligation's last on-time day (the API's `onTimeUntil`) and today: said when a return makes it late */
  onTimeUntil: string;
  today: string;
  /** the choices offered (default accept and return) */
  decisions?: readonly Decision[];
  /** saved: `done` is what the page says of it ("รับรายงานแล้ว") */
  onReviewed: (report: ReportVersion, done: string) => void;
}): HTMLFormElement {
  const decisions = options.decisions ?? (['accept', 'return'] as const);
  const choice = (value: string, label: string) =>
    h(
      'div',
      { class: 'choice' },
      h('input', { type: 'radio', name: 'decision', id: `f-decision-${value}`, value }),
      h('label', { for: `f-decision-${value}` }, label),
    );
  const comment = h('textarea', {
    id: 'f-comment',
    name: 'comment',
    'data-field': 'comment',
    rows: 3,
    'aria-describedby': 'count-comment err-comment',
  });
  const counter = lengthCounter(comment, MAX_REVIEW_COMMENT_LENGTH, 'count-comment');
  const submit = h('button', { type: 'submit', class: 'primary' }, 'บันทึกผลการตรวจ');
  const submitNote = h('span', { class: 'hint', 'aria-live': 'polite' });
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'review-form',
      novalidate: true,
      'aria-label': 'ตรวจรายงาน',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        clearFieldErrors(form);
        if (heldCuts(form, (fields) => showFieldErrors(form, cutsHeldMessage('บันทึกผลการตรวจ'), fields))) return;
        saveButtonReason(submit, submitNote, 'กำลังบันทึกผลการตรวจ กรุณารอสักครู่');
        const decision = form.querySelector<HTMLInputElement>('input[name="decision"]:checked')?.value;
        try {
          const report = await api<ReportVersion>(
            'POST',
            apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', options),
            { ...(decision ? { decision } : {}), comment: comment.value, version: options.report.version },
          );
          options.onReviewed(
            report,
            decision === 'reopen'
              ? 'เปิดรายงานให้แก้ไขอีกครั้งแล้ว'
              : report.reviewState === 'returned'
                ? 'ส่งรายงานกลับให้แก้ไขแล้ว'
                : 'รับรายงานแล้ว',
          );
        } catch (error) {
          showFieldErrors(
            form,
            error instanceof ApiError ? error.messageTh : String(error),
            error instanceof ApiError ? error.fields : [],
          );
        } finally {
          saveButtonReason(submit, submitNote);
        }
      },
    },
    errorSummary(),
    lateIfReturnedNote(options.report, options.onTimeUntil, options.today, decisions),
    h(
      'fieldset',
      { class: 'field', id: 'f-decision', 'data-field': 'decision', tabindex: -1, 'aria-describedby': 'err-decision' },
      h('legend', {}, 'ผลการตรวจ (จำเป็น)'),
      decisions.map((d) => choice(d, DECISION_LABELS[d])),
      h('p', { class: 'field-error', id: 'err-decision', 'data-error-for': 'decision' }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'f-comment' }, commentLabel(decisions)),
      comment,
      counter,
      h('p', { class: 'field-error', id: 'err-comment', 'data-error-for': 'comment' }),
    ),
    h('div', { class: 'actions' }, submit, submitNote),
  );
  return form;
}
