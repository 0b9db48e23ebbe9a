// The plan editor: a draft (the saved plan, a file's preview or last year's copy) edited in place and
// saved with PUT /plan. The API's guard (measures that already have reports cannot be dropped) and a
// save by someone else in between are explained in Thai, with a way on.
import { api, ApiError } from '../api-client.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { ItaScores, SavedPlan, Unit } from '../api-types.js';
import { announce, h, replaceContent, setText } from '../dom.js';
import { errorSummary, showFieldErrors } from '../field-errors.js';
import { cutsHeldMessage, heldCuts } from '../length-counter.js';
import { href } from '../routes.js';
import { toThaiDigits } from '../thai.js';
import { uncoveredIndicators } from '../../../shared/domain/uncovered-indicators.js';
import { MAX_PLAN_TITLE_LENGTH } from '../../../shared/domain/plan-limits.js';
import { type PastDue, pastDueTh } from '../../../shared/domain/past-due-at-save.js';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import {
  MAX_PLAN_SAVE_BODY_BYTES,
  planSaveBodyBytes,
  planTooLargeToSave,
} from '../../../shared/domain/plan-upload-rules.js';
import {
  draftProblems,
  draftPastDue,
  changedFollowUps,
  droppedFollowUps,
  droppedMeasures,
  restoreReportedObligations,
  newMeasure,
  planBody,
  type PlanDraft,
  restoreFollowUps,
  otherYearNamed,
  otherYearNeedsConfirming,
  saveBlockedReason,
  warningsBlockingSave,
  warningStands,
} from '../plan-draft.js';
import { type MeasureCardContext, measureCard, measureHeading, noteFor } from './plan-measure-card.js';
import { limitedField } from './plan-fields.js';

/** The save bar while POST …/plan-checks is asked, and when it did not answer: no figure either time. */
const PAST_DUE_CHECKING = 'กำลังตรวจว่าการบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้วถึงกำหนดส่งทันทีหรือไม่…';
const PAST_DUE_UNKNOWN = 'ตรวจไม่ได้ในตอนนี้ว่าการบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้วถึงกำหนดส่งทันทีกี่รายการ ข้อความหลังบันทึกจะบอก';

/**
 * What POST …/plan-checks tells the save bar: `pastDue`, and the Thai words of its `overdue-removed`
 * warnings (the overdue, unsent reports the save would remove from the record: tester s56 D).
 */
export interface DraftCheck {
  pastDue: PastDue | undefined;
  overdueRemoved?: readonly string[];
}

export interface PlanEditorOptions {
  draft: PlanDraft;
  units: Unit[];
  /** the org's name: its words for the chief executive (audienceLabel) */
  orgName: string;
  scores: ItaScores | undefined;
  /**
   * the server's day (Me.today): the page's own count of what the save would make due at once
   * (draftPastDue), shown only without checkPastDue; with it, whether to say "กำลังตรวจ…" meanwhile
   */
  today?: string;
  /**
   * what the save would make due at once as the server counts it, by the org's due rules and
   * closure days (POST /plan-checks' pastDue), which the page does not know; shown once it answers
   */
  checkPastDue?: (body: { title: string; measures: ReturnType<typeof planBody>['measures'] }) => Promise<DraftCheck>;
  /** checkPastDue's answer already had for these measures (a copy is checked as it is made): not asked again */
  checked?: { measures: ReturnType<typeof planBody>['measures'] } & DraftCheck;
  /**
   * the plan was saved: show it, with what the save made due at once (PUT /plan's pastDue); or
   * `unchanged`: the draft was the saved plan, nothing saved (PUT /plan's unchanged)
   */
  onSaved: (plan: SavedPlan, pastDue: PastDue | undefined, unchanged?: boolean, overdueRemoved?: string[]) => void;
  /** leave a file's or a copy's draft for the saved plan */
  onDiscard?: () => void;
  /** show the latest saved plan instead of this draft */
  onReload: () => void;
  /** a file's draft naming another fiscal year: read the same file as that year's plan (S13-8) */
  onImportAsYear?: (fy: number) => void;
  /** reads the draft's file again as its earlier year's plan copied into this year, years moved */
  onMoveYears?: () => void;
}

function sourceLine(draft: PlanDraft): string {
  const s = draft.source;
  switch (s.kind) {
    case 'saved':
      return `แผนที่บันทึกไว้ ฉบับที่ ${toThaiDigits(s.version)}: แก้ไขแล้วกด "บันทึกแผนมาตรการ"`;
    case 'file':
      return `ร่างจากไฟล์ ${s.fileName} ยังไม่บันทึก: ตรวจคำเตือน แก้ไขให้ถูกต้อง แล้วกด "บันทึกแผนมาตรการ"`;
    case 'copy':
      return `ร่างที่คัดลอกจากแผนปีงบประมาณ ${toThaiDigits(s.fromFy)} ยังไม่บันทึก: ปรับแก้แล้วกด "บันทึกแผนมาตรการ"`;
    case 'version':
      return `ร่างจากแผนฉบับที่ ${toThaiDigits(s.version)} ที่บันทึกไว้ก่อนหน้า ยังไม่บันทึก: ตรวจแล้วกด "บันทึกแผนมาตรการ" เพื่อใช้แทนแผนฉบับที่ ${toThaiDigits(draft.baseVersion ?? 0)} หรือกด "ยกเลิกร่างนี้"`;
    case 'new':
      return 'ยังไม่มีแผนมาตรการของปีนี้: นำเข้าจากไฟล์ คัดลอกจากปีก่อน หรือเพิ่มมาตรการเอง';
  }
}

/** Last year's weak indicators the draft leaves without a measure, as it is edited. */
function weakIndicatorFlags(draft: PlanDraft, scores: ItaScores | undefined): HTMLElement {
  if (!scores || scores.indicators.length === 0) {
    return h(
      'p',
      { class: 'hint' },
      'ยังไม่ได้กรอกคะแนน ITA ของปีที่แล้ว ',
      h('a', { href: href.itaScores(draft.fy) }, 'กรอกคะแนน'),
      ' เพื่อให้ระบบชี้ตัวชี้วัดที่ต่ำกว่า ๘๕ คะแนนและยังไม่มีมาตรการ',
    );
  }
  const open = uncoveredIndicators(
    scores.indicators,
    draft.measures.map((m) => m.indicator),
  );
  if (open.length === 0)
    return h('p', { class: 'flag-ok', 'data-testid': 'weak-indicators' }, 'ตัวชี้วัดที่ได้ต่ำกว่า ๘๕ คะแนนปีที่แล้ว มีมาตรการครบแล้ว');
  return h(
    'div',
    { class: 'flags', 'data-testid': 'weak-indicators' },
    h('h2', {}, 'ตัวชี้วัดที่ได้ต่ำกว่า ๘๕ คะแนนปีที่แล้ว แต่ยังไม่มีมาตรการ'),
    h(
      'ul',
      {},
      open.map((u) =>
        h(
          'li',
          { 'data-indicator': u.no },
          `ตัวชี้วัดที่ ${toThaiDigits(u.no)} ${u.name_th}: ${toThaiDigits(u.score)} คะแนน`,
        ),
      ),
    ),
  );
}

/** The draft's editor. Values change the draft in place; structure changes draw it again. */
export function planEditor(options: PlanEditorOptions): HTMLElement {
  const { draft } = options;
  const form: HTMLFormElement = h('form', {
    class: 'plan-editor',
    novalidate: true,
    'aria-label': 'แก้ไขแผนมาตรการ',
    'data-leave-guard': 'own', // the draft, not the fields, is what would be lost
  });
  // a field's error from the last refused save goes once its value changes (capture: before the
  // field's own handlers, which may mark it invalid again, e.g. a list's item over the limit)
  for (const type of ['input', 'change']) form.addEventListener(type, (e) => clearErrorOf(form, e.target), true);
  let updates: (() => void)[] = [];
  const changed = () => updates.forEach((u) => u());
  const unitIds = options.units.map((u) => u.unitId);
  // the server's past-due figure (checkPastDue) and the draft's measures (plan JSON) it was asked of
  // (the title changes no figure); 'unknown': the check did not answer
  let told: { key: string; pastDue: PastDue | 'unknown' | undefined; overdueRemoved?: readonly string[] } | undefined =
    options.checked && {
      key: JSON.stringify(options.checked.measures),
      pastDue: options.checked.pastDue,
      ...(options.checked.overdueRemoved ? { overdueRemoved: options.checked.overdueRemoved } : {}),
    };
  let asking: { key: string; timer: ReturnType<typeof setTimeout> } | undefined;
  /** a save is on its way: the save button says so while it is disabled */
  let saving = false;
  // saved: the screen shows the saved plan in a new editor, which checks it; this one asks nothing more
  // (its check, sent after the save, was a request nobody reads: session 59)
  let saved = false;
  /**
   * What the save bar says the save of the draft as it stands makes due: the server's figure once it
   * answered. Until then 'checking' where the page's own count (the API's default dates) finds some,
   * never that count, which the org's due rules and closure days may change (tester s51: it showed
   * for the check's ~0.4 s); 'unknown' where the check failed; nothing for a draft it is not asked of.
   */
  const pastDueNow = (): PastDue | 'checking' | 'unknown' | undefined => {
    const body = planBody(draft);
    const key = JSON.stringify(body.measures);
    const own = () => (options.today === undefined ? undefined : draftPastDue(draft, options.today, unitIds));
    const check = options.checkPastDue;
    if (!check) return own();
    if (told?.key === key) return told.pastDue;
    // a draft the check would refuse (no measure, an indicator not chosen): not asked; the save waits too
    if (draft.measures.length === 0 || draftProblems(draft).length > 0) return undefined;
    if (asking?.key !== key && !saved && !saving) {
      clearTimeout(asking?.timer);
      // asked once the typing pauses; an answer for a draft since changed is kept for nothing
      const timer = setTimeout(async () => {
        if (saved || !form.isConnected) return;
        try {
          told = { key, ...(await check({ title: body.title, measures: body.measures })) };
        } catch {
          // not answered (offline, a draft the check refuses): no figure, the saved message says it
          told = { key, pastDue: own() && 'unknown' };
        }
        if (form.isConnected && JSON.stringify(planBody(draft).measures) === key) changed();
      }, 400);
      asking = { key, timer };
    }
    return own() && 'checking';
  };
  const context: MeasureCardContext = {
    draft,
    units: options.units,
    orgName: options.orgName,
    changed,
    restructured: (focusId, message) => {
      draw();
      if (focusId) document.getElementById(focusId)?.focus();
      if (message) announce(message);
    },
    live: (update) => updates.push(update),
    opened: new Set(),
    today: options.today,
  };

  const conflict = h('div', { class: 'conflict', role: 'alert', tabindex: -1, hidden: true });
  /**
   * Every refused save (a 400 or 409 of PUT /plan, or what the page refuses before sending) says so
   * on the status line, not what it said before ("คัดลอก… แล้ว ยังไม่บันทึก"): review 17 s21 low
   * note (409), s22 S22-4 (400).
   */
  const refused = (said: string) => announce(/^(ยัง)?บันทึกไม่ได้/.test(said) ? said : `บันทึกไม่ได้: ${said}`);
  const save = async (event: Event) => {
    event.preventDefault();
    conflict.hidden = true;
    if (saving) return;
    const reason = saveBlockedReason(draft);
    if (reason !== undefined) {
      // the warnings to settle, or the other year's confirmation
      const where = warningsBlockingSave(draft).length > 0 ? 'plan-save-blocked' : 'plan-other-year';
      document.getElementById(where)?.focus();
      refused(reason);
      return;
    }
    const body = planBody(draft);
    const bytes = planSaveBodyBytes(body);
    if (bytes > MAX_PLAN_SAVE_BODY_BYTES) {
      // what PUT /plan would answer with a 413, said without sending megabytes
      const tooLarge = planTooLargeToSave(bytes, { th: 'แผนนี้', en: 'this plan' });
      showFieldErrors(form, tooLarge.th, []);
      refused(tooLarge.th);
      return;
    }
    const problems = draftProblems(draft);
    if (problems.length > 0) {
      showFieldErrors(form, 'ยังบันทึกไม่ได้ กรุณาแก้ไขรายการต่อไปนี้', problems);
      openInvalid(form);
      refused('ยังบันทึกไม่ได้ กรุณาแก้ไขรายการที่แจ้งไว้');
      return;
    }
    // text the limit cut is shown to the coordinator before it is saved
    const held = heldCuts(form, (fields) => {
      showFieldErrors(form, cutsHeldMessage('บันทึกแผนมาตรการ'), fields);
      openInvalid(form);
    });
    if (held) return refused('ยังบันทึกไม่ได้ ข้อความบางช่องยาวเกินและถูกตัดออก กรุณาตรวจสอบข้อความที่ถูกตัด');
    const buttons = [...form.querySelectorAll('button')];
    for (const b of buttons) b.disabled = true;
    // the save answers what it makes due: a check still waiting is not asked (asked again if it fails)
    clearTimeout(asking?.timer);
    asking = undefined;
    saving = true;
    changed();
    try {
      const answer = await api<{ plan: SavedPlan; pastDue?: PastDue; unchanged?: object; warnings?: ImportWarning[] }>(
        'PUT',
        apiPath('/v1/fiscal-years/{fy}/plan', { fy: draft.fy }),
        body,
      );
      saved = true;
      const removed = (answer.warnings ?? []).filter((w) => w.code === 'overdue-removed').map((w) => w.message_th);
      options.onSaved(answer.plan, answer.pastDue, answer.unchanged !== undefined, removed);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) showConflict(error);
      else {
        const said = error instanceof ApiError ? error.messageTh : 'ระบบขัดข้อง กรุณาลองอีกครั้งภายหลัง';
        showFieldErrors(form, said, error instanceof ApiError ? error.fields : []);
        openInvalid(form);
        refused(said);
      }
    } finally {
      saving = false;
      for (const b of buttons) b.disabled = false;
      changed();
    }
  };

  /** The conflict's one action: put back what the draft dropped, then say so above the form. */
  const restoreButton = (label: string, done: string, restore: () => void) =>
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            restore();
            context.restructured(undefined, `${done} ตรวจแล้วกดบันทึกอีกครั้ง`);
          },
        },
        label,
      ),
    );

  /** A conflict's confirming action: the draft says the coordinator confirmed, then saves again. */
  const confirmAndSave = (flag: 'confirmOtherYear' | 'confirmRemoveMissed', label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: (e: Event) => {
          draft[flag] = true;
          void save(e);
        },
      },
      label,
    );

  const showConflict = (error: ApiError) => {
    const dropped =
      typeof error.details.droppedMeasures === 'string' ? droppedMeasures(draft, error.details.droppedMeasures) : [];
    const followUps =
      typeof error.details.droppedFollowUps === 'string' ? droppedFollowUps(draft, error.details.droppedFollowUps) : [];
    const changed =
      typeof error.details.changedFollowUps === 'string' ? changedFollowUps(draft, error.details.changedFollowUps) : [];
    const otherYear = typeof error.details.otherFiscalYear === 'number' ? error.details.otherFiscalYear : undefined;
    const missed =
      typeof error.details.missedReportsRemoved === 'number' ? error.details.missedReportsRemoved : undefined;
    if (missed !== undefined) {
      // break s30-u F3: an ended year's plan change that removes its missed reports asks first
      replaceContent(
        conflict,
        h(
          'h2',
          {},
          `บันทึกไม่ได้: ปีงบประมาณ ${toThaiDigits(draft.fy)} สิ้นสุดแล้ว แผนนี้จะลบรายงานที่ไม่ได้ส่ง ${toThaiDigits(missed)} รายการ`,
        ),
        h('p', {}, error.messageTh),
        h(
          'div',
          { class: 'actions' },
          confirmAndSave('confirmRemoveMissed', `บันทึกและลบรายงานที่ไม่ได้ส่ง ${toThaiDigits(missed)} รายการ`),
        ),
      );
    } else if (otherYear !== undefined) {
      replaceContent(
        conflict,
        h(
          'h2',
          {},
          `บันทึกไม่ได้: แผนนี้ระบุปีงบประมาณ ${toThaiDigits(otherYear)} แต่จะแทนแผนปีงบประมาณ ${toThaiDigits(draft.fy)} ที่บันทึกไว้`,
        ),
        h('p', {}, error.messageTh),
        h(
          'ul',
          {},
          error.fields.map((field) => h('li', {}, field.message_th)),
        ),
        h(
          'div',
          { class: 'actions' },
          options.onImportAsYear &&
            draft.source.kind === 'file' &&
            h(
              'button',
              { type: 'button', onclick: () => options.onImportAsYear?.(otherYear) },
              `นำเข้าเป็นแผนปี ${toThaiDigits(otherYear)}`,
            ),
          confirmAndSave('confirmOtherYear', `บันทึกแทนแผนปี ${toThaiDigits(draft.fy)}`),
        ),
      );
    } else if (dropped.length === 0 && followUps.length === 0 && changed.length > 0) {
      replaceContent(
        conflict,
        h('h2', {}, 'บันทึกไม่ได้: แผนใหม่เปลี่ยนรอบการรายงานหรือหน่วยงานของการติดตามผลที่รายงานผลไปแล้ว'),
        h(
          'p',
          {},
          'รายงานผลของหน่วยงานเก็บไว้ตามรอบการรายงานและหน่วยงาน ถ้าเปลี่ยนรอบไปเป็นรอบอื่น หรือเอาหน่วยงานที่รายงานแล้วออก รายงานเหล่านั้นจะหาไม่พบ หากต้องการรายงานด้วยรอบใหม่ตั้งแต่กลางปี ให้คงรอบเดิมของข้อนี้ไว้และเลือก "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นเดือนที่รายงานล่าสุด แล้วเพิ่มการติดตามผลข้อใหม่ที่ "เริ่มตั้งแต่เดือน" ถัดไปด้วยรอบใหม่',
        ),
        h(
          'ul',
          { 'data-testid': 'changed-follow-ups' },
          error.fields.map((field) => h('li', {}, field.message_th)),
        ),
        restoreButton('คืนรอบการรายงานและหน่วยงานเดิม', 'คืนรอบการรายงานและหน่วยงานเดิมของการติดตามผลที่มีรายงานผลแล้ว', () =>
          restoreReportedObligations(changed),
        ),
      );
    } else if (dropped.length === 0 && followUps.length > 0) {
      replaceContent(
        conflict,
        h('h2', {}, 'บันทึกไม่ได้: แผนใหม่ตัดการติดตามผลที่หน่วยงานรายงานผลไปแล้ว'),
        h(
          'p',
          {},
          'การติดตามผลต่อไปนี้มีรายงานผลจากหน่วยงานแล้ว ถ้าลบออก รายงานเหล่านั้นจะไม่มีข้อการติดตามผลให้อ้างถึง จึงลบไม่ได้ ถ้ายกเลิกการติดตามผลข้อใด ให้คงข้อนั้นไว้และเลือก "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นเดือนสุดท้ายที่ต้องรายงาน (ไม่มีการเตือนรอบหลังจากนั้น) หากเพียงข้อความเปลี่ยนไป ให้คงข้อนี้ไว้แล้วแก้ไขข้อความแทนการลบ',
        ),
        h('p', {}, error.messageTh),
        h(
          'ul',
          { 'data-testid': 'dropped-follow-ups' },
          followUps.map(({ measure, followUp }) =>
            h(
              'li',
              {},
              `${measureHeading(measure, draft.measures.indexOf(measure))}: การติดตามผลข้อ ${toThaiDigits(followUp.followUpNo)} ${followUp.text}`,
            ),
          ),
        ),
        restoreButton('นำการติดตามผลเหล่านี้กลับเข้าแผน', 'นำการติดตามผลที่มีรายงานผลแล้วกลับเข้าร่างแล้ว', () =>
          restoreFollowUps(followUps),
        ),
      );
    } else if (dropped.length > 0) {
      replaceContent(
        conflict,
        h('h2', {}, 'บันทึกไม่ได้: แผนใหม่ตัดมาตรการที่หน่วยงานรายงานผลไปแล้ว'),
        h(
          'p',
          {},
          'มาตรการต่อไปนี้มีรายงานผลจากหน่วยงานแล้ว ถ้าลบออก รายงานเหล่านั้นจะไม่มีมาตรการให้อ้างถึง จึงลบไม่ได้ ถ้ามาตรการถูกยกเลิก ให้คงมาตรการไว้ เลือก "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นเดือนสุดท้ายที่ต้องรายงานในการติดตามผลแต่ละข้อที่มีรายงานแล้ว และลบข้อที่ยังไม่มีรายงาน (ไม่มีการเตือนรอบหลังจากนั้น) หากเพียงข้อความเปลี่ยนไป ให้คงมาตรการไว้แล้วแก้ไขข้อความแทนการลบ',
        ),
        h(
          'ul',
          { 'data-testid': 'dropped-measures' },
          dropped.map((m, k) => h('li', {}, measureHeading(m, draft.measures.length + k))),
        ),
        restoreButton('นำมาตรการเหล่านี้กลับเข้าแผน', 'นำมาตรการที่มีรายงานผลแล้วกลับเข้าร่างแล้ว', () => {
          draft.measures.push(...structuredClone(dropped));
          restoreFollowUps(followUps);
        }),
      );
    } else {
      const current = typeof error.currentVersion === 'number' ? error.currentVersion : undefined;
      replaceContent(
        conflict,
        h('h2', {}, error.messageTh),
        h('p', {}, 'มีผู้บันทึกแผนของปีนี้หลังจากที่คุณเปิดร่างนี้ เลือกว่าจะเปิดแผนล่าสุด หรือบันทึกร่างของคุณแทนฉบับล่าสุด'),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', onclick: options.onReload }, 'เปิดแผนล่าสุด (ร่างนี้จะหายไป)'),
          current !== undefined &&
            h(
              'button',
              {
                type: 'button',
                class: 'primary',
                onclick: (e: Event) => {
                  draft.baseVersion = current;
                  void save(e);
                },
              },
              'บันทึกร่างนี้แทนฉบับล่าสุด',
            ),
        ),
      );
    }
    conflict.hidden = false;
    conflict.focus();
    refused(conflict.querySelector('h2')?.textContent ?? '');
  };

  const draw = () => {
    updates = [];
    const title = h('input', { type: 'text', value: draft.title });
    title.oninput = () => {
      // a title naming another year (or no longer) changes what the save asks (S13-8)
      const before = `${otherYearNamed(draft)}:${otherYearNeedsConfirming(draft)}`;
      draft.title = title.value;
      if (`${otherYearNamed(draft)}:${otherYearNeedsConfirming(draft)}` !== before) changed();
    };
    const flags = h('div', { class: 'weak-indicators' });
    context.live(() => replaceContent(flags, weakIndicatorFlags(draft, options.scores)));
    const counts = h('p', { class: 'hint', 'data-testid': 'plan-counts' });
    context.live(() => {
      const followUps = draft.measures.reduce((n, m) => n + m.followUps.length, 0);
      const standing = draft.warnings.filter((w) => warningStands(w, draft)).length;
      setText(
        counts,
        [
          `${toThaiDigits(draft.measures.length)} มาตรการ`,
          `การติดตามผล ${toThaiDigits(followUps)} ข้อ`,
          draft.warnings.length > 0 && `คำเตือนที่ยังไม่ได้แก้ ${toThaiDigits(standing)} รายการ`,
        ]
          .filter(Boolean)
          .join(' · '),
      );
    });
    const documentWarnings = draft.warnings.filter((w) => !w.measureId);
    const saveButton = h(
      'button',
      { type: 'submit', class: 'primary', 'aria-describedby': 'plan-save-blocked' },
      'บันทึกแผนมาตรการ',
    );
    const blocked = h('div', { class: 'save-blocked', id: 'plan-save-blocked', role: 'note', tabindex: -1 });
    // before the save: the past rounds it makes due at once, and when the ladder climbs (tester s48 P2)
    const pastDue = h('p', { class: 'past-due-note', id: 'plan-past-due', role: 'note' });
    context.live(() => {
      const p = pastDueNow();
      pastDue.hidden = p === undefined;
      setText(
        pastDue,
        p === 'checking' ? PAST_DUE_CHECKING : p === 'unknown' ? PAST_DUE_UNKNOWN : p ? pastDueTh(p, false) : '',
      );
    });
    // before the save: the overdue, unsent reports it would remove from the record (tester s56 D)
    const overdueRemoved = h('div', { class: 'past-due-note', id: 'plan-overdue-removed', role: 'note' });
    context.live(() => {
      const key = JSON.stringify(planBody(draft).measures);
      const said = told?.key === key ? (told.overdueRemoved ?? []) : [];
      overdueRemoved.hidden = said.length === 0;
      replaceContent(
        overdueRemoved,
        said.map((text) => h('p', {}, text)),
      );
    });
    const otherYear = otherYearNote(draft, options, changed);
    context.live(() => {
      const blocking = saving ? [] : warningsBlockingSave(draft);
      // disabled exactly when there is a reason, which the note above the button says
      const reason = saveBlockedReason(draft, saving);
      saveButton.disabled = reason !== undefined;
      saveButton.setAttribute(
        'aria-describedby',
        [
          'plan-save-blocked',
          otherYearNamed(draft) !== undefined && 'plan-other-year',
          !pastDue.hidden && 'plan-past-due',
          !overdueRemoved.hidden && 'plan-overdue-removed',
        ]
          .filter(Boolean)
          .join(' '),
      );
      blocked.hidden = reason === undefined;
      replaceContent(
        blocked,
        reason !== undefined && h('p', {}, reason),
        blocking.length > 0 &&
          h(
            'ul',
            {},
            blocking.map((w) => {
              const i = draft.measures.findIndex((m) => m.measureId === w.measureId);
              return h('li', {}, i >= 0 ? `${measureHeading(draft.measures[i]!, i)}: ${w.message_th}` : w.message_th);
            }),
          ),
      );
    });
    replaceContent(
      form,
      h('p', { class: 'draft-source', 'data-source': draft.source.kind, tabindex: -1 }, sourceLine(draft)),
      counts,
      flags,
      documentWarnings.length > 0 &&
        h(
          'section',
          { class: 'document-warnings', 'aria-label': 'คำเตือนเกี่ยวกับทั้งเอกสาร' },
          documentWarnings.map((w) => noteFor(context, w)),
        ),
      limitedField('title', 'ชื่อแผน', title, MAX_PLAN_TITLE_LENGTH),
      h(
        'ol',
        { class: 'measures', 'aria-label': 'มาตรการ' },
        draft.measures.map((_, i) => measureCard(context, i)),
      ),
      h(
        'button',
        {
          type: 'button',
          id: 'plan-add-measure',
          onclick: () => {
            draft.measures.push(newMeasure());
            context.restructured(
              `plan-measures-${draft.measures.length - 1}-indicator`,
              `เพิ่มมาตรการที่ ${toThaiDigits(draft.measures.length)} แล้ว`,
            );
          },
        },
        'เพิ่มมาตรการ',
      ),
      errorSummary(),
      conflict,
      blocked,
      pastDue,
      overdueRemoved,
      otherYear.element,
      h(
        'div',
        { class: 'actions save-bar' },
        saveButton,
        options.onDiscard &&
          draft.source.kind !== 'saved' &&
          h('button', { type: 'button', onclick: options.onDiscard }, 'ยกเลิกร่างนี้'),
      ),
    );
    context.live(otherYear.update);
    changed();
  };
  form.addEventListener('submit', (e) => void save(e));
  draw();
  return form;
}

/**
 * Beside the save button, while the draft names another fiscal year (a document of next year's plan
 * imported into this year): says so, offers to read the file as that year's plan, and when the year
 * has a saved plan asks for an explicit confirmation before it is replaced. Review 17 s13, S13-8.
 */
function otherYearNote(
  draft: PlanDraft,
  options: PlanEditorOptions,
  changed: () => void,
): { element: HTMLElement; update: () => void } {
  const element = h('div', { class: 'other-year', id: 'plan-other-year', role: 'note', tabindex: -1 });
  let shownFor: string | undefined;
  const update = () => {
    const other = otherYearNamed(draft);
    const confirming = otherYearNeedsConfirming(draft);
    element.hidden = other === undefined;
    const key = `${other}:${confirming}`;
    if (key === shownFor) return;
    shownFor = key;
    if (!confirming) draft.confirmOtherYear = false;
    if (other === undefined) return replaceContent(element);
    const [o, y] = [toThaiDigits(other), toThaiDigits(draft.fy)];
    const confirm = h('input', {
      type: 'checkbox',
      id: 'plan-other-year-confirm',
      checked: draft.confirmOtherYear === true,
    });
    confirm.onchange = () => {
      draft.confirmOtherYear = confirm.checked;
      changed();
    };
    replaceContent(
      element,
      h('p', {}, `แผนนี้ระบุปีงบประมาณ ${o} แต่ร่างนี้จะบันทึกเป็นแผนปีงบประมาณ ${y}`),
      options.onImportAsYear &&
        draft.source.kind === 'file' &&
        h(
          'button',
          { type: 'button', 'data-fy': other, onclick: () => options.onImportAsYear?.(other) },
          `นำเข้าเป็นแผนปี ${o}`,
        ),
      // last year's document as this year's model: its years moved for the coordinator (tester s42 F8)
      options.onMoveYears &&
        draft.source.kind === 'file' &&
        other < draft.fy &&
        h(
          'button',
          { type: 'button', class: 'plan-move-years', onclick: () => options.onMoveYears?.() },
          `ใช้เป็นแผนปี ${y}: เลื่อนปี ${o} เป็น ${y} ในชื่อแผน วันที่ และข้อความ`,
        ),
      confirming &&
        h(
          'div',
          { class: 'choice' },
          confirm,
          h(
            'label',
            { for: 'plan-other-year-confirm' },
            draft.baseVersion === undefined
              ? `ยืนยันบันทึกแผนปีงบประมาณ ${o} นี้เป็นแผนปีงบประมาณ ${y} (ปีนี้ยังไม่มีแผนที่บันทึกไว้): ชื่อแผน วันที่ และระยะเวลาในแผนยังเป็นของปี ${o} กรุณาแก้ให้เป็นของปี ${y} ก่อนหรือหลังบันทึก`
              : `ยืนยันบันทึกแผนปีงบประมาณ ${o} นี้แทนแผนปีงบประมาณ ${y} ที่บันทึกไว้ (ฉบับที่ ${toThaiDigits(draft.baseVersion)}): มาตรการของปี ${y} ที่ไม่มีในร่างนี้จะถูกลบพร้อมงานที่หน่วยงานต้องรายงาน`,
          ),
        ),
    );
  };
  return { element, update };
}

/** Opens the measure cards that hold a refused field, so the error summary's links reach them. */
function openInvalid(form: HTMLElement): void {
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) {
    const details = el.closest('details');
    if (details) details.open = true;
  }
}

/** Clears the error shown beside the field `target` belongs to (its own, or its group's). */
function clearErrorOf(form: HTMLElement, target: EventTarget | null): void {
  const field = target instanceof Element ? target.closest<HTMLElement>('[data-field]') : null;
  const name = field?.dataset.field;
  if (!field || !name) return;
  form.querySelector(`[data-error-for="${CSS.escape(name)}"]`)?.replaceChildren();
  field.removeAttribute('aria-invalid');
}
