// คะแนน ITA ปีที่แล้ว: the scores of the assessment the plan of `fy` answers (entered by a coordinator),
// and the indicators under 85 that no measure of the plan answers yet.
import { api } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { FieldError, ItaScores, Me } from '../api-types.js';
import { announce, h, replaceContent, setText } from '../dom.js';
import { errorSummary, showFieldErrors } from '../field-errors.js';
import { sendForm } from '../form-fields.js';
import { managesPlan } from '../caller.js';
import { href } from '../routes.js';
import { fromThaiDigits, toThaiDigits } from '../thai.js';
import { INDICATORS, ITA_PASS_MARK } from '../../../shared/domain/ita-catalog.js';

function uncoveredList(view: ItaScores): HTMLElement {
  if (view.indicators.length === 0) return h('p', { class: 'hint' }, 'ยังไม่ได้กรอกคะแนน');
  if (view.uncovered.length === 0)
    return h(
      'p',
      { class: 'flag-ok', 'data-testid': 'uncovered' },
      view.hasPlan ? 'ทุกตัวชี้วัดที่ได้ต่ำกว่า ๘๕ คะแนน มีมาตรการในแผนแล้ว' : 'ไม่มีตัวชี้วัดที่ได้ต่ำกว่า ๘๕ คะแนน',
    );
  return h(
    'div',
    { class: 'flags', 'data-testid': 'uncovered' },
    h(
      'h2',
      {},
      view.hasPlan ? 'ตัวชี้วัดที่ได้ต่ำกว่า ๘๕ คะแนน แต่ยังไม่มีมาตรการในแผน' : 'ตัวชี้วัดที่ได้ต่ำกว่า ๘๕ คะแนน (ปีนี้ยังไม่มีแผนมาตรการ)',
    ),
    h(
      'ul',
      {},
      view.uncovered.map((u) =>
        h(
          'li',
          { 'data-indicator': u.no },
          `ตัวชี้วัดที่ ${toThaiDigits(u.no)} ${u.name_th}: ${toThaiDigits(u.score)} คะแนน`,
        ),
      ),
    ),
    h('p', {}, h('a', { href: href.plan(view.fy) }, 'ไปที่แผนมาตรการเพื่อเพิ่มมาตรการ')),
  );
}

/** A typed score ("๗๒.๕", "72.5", "") as a number, undefined when blank, NaN when not a number. */
export function scoreOf(text: string): number | undefined {
  const clean = fromThaiDigits(text.trim()).replace(',', '.');
  if (clean === '') return undefined;
  return /^\d{1,3}(\.\d{1,2})?$/.test(clean) ? Number(clean) : NaN;
}

export async function itaScoresScreen(main: HTMLElement, me: Me, fy: number): Promise<void> {
  const view = await api<ItaScores>('GET', apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy }));
  const given = new Map(view.indicators.map((s) => [s.no, s.score]));
  const editable = managesPlan(me);
  const inputs = INDICATORS.map((x) => {
    const input = h('input', {
      type: 'text',
      inputmode: 'decimal',
      autocomplete: 'off',
      maxlength: 6,
      id: `score-${x.no}`,
      value: given.has(x.no) ? String(given.get(x.no)) : '',
      readonly: !editable,
      'aria-describedby': `err-score-${x.no} state-score-${x.no}`,
    });
    const slot = h('p', { class: 'field-error', id: `err-score-${x.no}` });
    return { indicator: x, input, slot };
  });
  /** names an input and its error slot (the API names entries by their place in the list sent) */
  const name = (entry: (typeof inputs)[number], field: string) => {
    entry.input.dataset.field = field;
    entry.slot.dataset.errorFor = field;
  };
  const stateOf = (no: number, score: number | undefined) => {
    if (score === undefined || Number.isNaN(score)) return '';
    return score < ITA_PASS_MARK ? `ต่ำกว่าเกณฑ์ ${toThaiDigits(ITA_PASS_MARK)}` : 'ผ่านเกณฑ์';
  };
  const rows = inputs.map(({ indicator: x, input, slot }) => {
    const state = h('span', { class: 'hint', id: `state-score-${x.no}` }, stateOf(x.no, given.get(x.no)));
    input.oninput = () => setText(state, stateOf(x.no, scoreOf(input.value)));
    return h(
      'div',
      { class: 'field score-row', 'data-indicator': x.no },
      h('label', { for: input.id }, `ตัวชี้วัดที่ ${toThaiDigits(x.no)} ${x.nameTh}`),
      input,
      state,
      slot,
    );
  });
  const result = h('div', { class: 'uncovered', 'aria-live': 'polite' }, uncoveredList(view));
  const form: HTMLFormElement = h(
    'form',
    {
      class: 'scores-form',
      novalidate: true,
      'aria-label': 'คะแนน ITA ปีที่แล้ว',
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const entries = inputs.map((entry) => ({ entry, no: entry.indicator.no, score: scoreOf(entry.input.value) }));
        const bad: FieldError[] = entries
          .filter((e) => e.score !== undefined && (Number.isNaN(e.score) || e.score > 100))
          .map((e) => ({
            path: `score-${e.no}`,
            message_th: `ตัวชี้วัดที่ ${toThaiDigits(e.no)}: คะแนนต้องเป็นตัวเลข ๐ ถึง ๑๐๐ (ทศนิยมไม่เกิน ๒ ตำแหน่ง)`,
            message_en: `indicator ${e.no}: a score is a number from 0 to 100`,
          }));
        for (const e of entries) name(e.entry, `score-${e.no}`);
        if (bad.length > 0) return showFieldErrors(form, 'ยังบันทึกไม่ได้ กรุณาแก้ไขคะแนน', bad);
        const filled = entries.filter((e) => e.score !== undefined);
        filled.forEach((e, k) => name(e.entry, `indicators.${k}.score`));
        const saved = await sendForm<ItaScores>(form, 'PUT', apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy }), {
          indicators: filled.map((e) => ({ no: e.no, score: e.score! })),
        });
        if (saved) {
          replaceContent(result, uncoveredList(saved));
          announce(`บันทึกคะแนน ITA ${toThaiDigits(filled.length)} ตัวชี้วัดแล้ว`);
        }
      },
    },
    errorSummary(),
    h(
      'p',
      { class: 'hint' },
      `กรอกคะแนนรายตัวชี้วัด (๐ ถึง ๑๐๐) ตามผลการประเมิน ITA ที่แผนปีงบประมาณ ${toThaiDigits(fy)} ตอบ เว้นว่างตัวชี้วัดที่ไม่มีคะแนน`,
    ),
    rows,
    editable && h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'บันทึกคะแนน')),
  );
  for (const entry of inputs) name(entry, `score-${entry.indicator.no}`);
  replaceContent(
    main,
    h('p', { class: 'back' }, h('a', { href: href.plan(fy) }, '‹ แผนมาตรการ')),
    h('h1', {}, `คะแนน ITA ปีที่แล้ว (ที่แผนปีงบประมาณ ${toThaiDigits(fy)} ตอบ)`),
    result,
    form,
  );
}
