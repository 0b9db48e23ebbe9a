// แผนมาตรการ (coordinators): the year's plan to edit, a plan file to import and preview, last year's
// plan to copy as a draft, and last year's weak indicators the plan still leaves open.
import { api } from '../api-client.js';
import { loadUnits } from '../load-units.js';
import { apiPath } from '../../../shared/api/api-path.js';
import type { ItaScores, Me, PlanCheck, PlanPreview, SavedPlan } from '../api-types.js';
import { announce, h, nextId, replaceContent } from '../dom.js';
import { href } from '../routes.js';
import { toThaiDigits } from '../thai.js';
import {
  copyPlanToYear,
  draftFromStored,
  draftFromVersion,
  draftReplacing,
  planBody,
  type PlanDraft,
  type StoredPlanView,
  withCheckWarnings,
} from '../plan-draft.js';
import { planEditor, type PlanEditorOptions } from './plan-editor.js';
import { planFileImport } from './plan-file-import.js';
import { guardLeaving, keepWhenSignedOut, UNSAVED_PLAN_DRAFT } from '../leave-guard.js';
import { dropKeptDraft, keepDraft, keptDraft } from '../kept-draft.js';
import { planYearSaved } from '../layout.js';
import { storedPlanOf } from '../stored-plan.js';
import { type PastDue, pastDueTh } from '../../../shared/domain/past-due-at-save.js';

function copyFromYear(
  me: Me,
  fy: number,
  hasPlan: boolean,
  onCopy: (fromFy: number) => Promise<void>,
): HTMLElement | false {
  // only earlier years: a later year's plan is not "last year's", and copying it back would move
  // its years backwards (review 17 s22; docs/web.md)
  const years = me.planYears.filter((y) => y < fy).sort((a, b) => b - a);
  if (years.length === 0) return false;
  const id = nextId('copy-from');
  const select = h(
    'select',
    { id },
    years.map((y) => h('option', { value: y, selected: y === fy - 1 }, `ปีงบประมาณ ${toThaiDigits(y)}`)),
  );
  const button = h(
    'button',
    {
      type: 'button',
      onclick: async () => {
        button.disabled = true;
        try {
          await onCopy(Number(select.value));
        } finally {
          button.disabled = false;
        }
      },
    },
    'คัดลอกเป็นร่างของปีนี้',
  );
  return h(
    'div',
    { class: 'copy-plan' },
    h('label', { for: id }, 'คัดลอกแผนจากปีก่อน'),
    h('div', { class: 'field inline' }, select, button),
    h(
      'p',
      { class: 'hint' },
      'ได้มาตรการ การติดตามผล และหน่วยงานเดิม ปี พ.ศ. ในระยะเวลาเลื่อนเป็นปีนี้ ยังไม่บันทึกจนกว่าจะกดบันทึก',
      hasPlan ? ' ปีนี้มีแผนที่บันทึกไว้แล้ว: มาตรการที่ตรงกับแผนนั้นใช้รหัสเดิม มาตรการอื่นเป็นมาตรการใหม่ ร่างจะบอกว่ามาตรการใดจะถูกลบ' : '',
    ),
  );
}

/**
 * A copied draft checked as a file's preview is (POST /plan-checks: units deactivated since the
 * plan was made, what the guard on reports would refuse), with the warnings beside its measures,
 * and the check's past-due figure for the editor's save bar (`checked`: not asked again);
 * undefined when the check could not be made (the save checks again).
 */
async function checkedCopy(
  copy: PlanDraft,
): Promise<{ draft: PlanDraft; checked: PlanEditorOptions['checked'] } | undefined> {
  const body = planBody(copy);
  try {
    const { warnings, pastDue } = await api<{ warnings: PlanCheck['warnings']; pastDue?: PastDue }>(
      'POST',
      apiPath('/v1/fiscal-years/{fy}/plan-checks', { fy: copy.fy }),
      { title: body.title, measures: body.measures },
    );
    const draft = withCheckWarnings(
      copy,
      body.measures.map((m) => m.measureId),
      warnings,
    );
    return { draft, checked: { measures: body.measures, pastDue } };
  } catch {
    return undefined;
  }
}

/** Says what happened and puts the focus on the draft's first line (what it is, what to do next). */
function focusDraft(main: HTMLElement, message: string): void {
  main.querySelector<HTMLElement>('.draft-source')?.focus();
  announce(message);
}

/** A file whose draft named another year, to read again on that year's screen (S13-8). */
let pendingImport: { fy: number; file: File; moveEarlierYears?: true } | undefined;
/** An earlier version chosen in the plan's history, to show as a draft on its year's screen (S14-17). */
let pendingVersion: StoredPlanView | undefined;

/** Opens the plan screen of `earlier`'s year with that version as an unsaved draft. */
export function restoreVersion(earlier: StoredPlanView): void {
  pendingVersion = earlier;
  location.hash = href.plan(earlier.fy);
}

export async function planScreen(main: HTMLElement, me: Me, fy: number): Promise<void> {
  const pending = pendingImport?.fy === fy ? pendingImport : undefined;
  pendingImport = undefined;
  const earlier = pendingVersion?.fy === fy ? pendingVersion : undefined;
  pendingVersion = undefined;
  /** the file the draft on screen was read from */
  let fileShown: File | undefined;
  const heading = h('h1', {}, `แผนมาตรการ ปีงบประมาณ ${toThaiDigits(fy)}`);
  // for the ITA working group only: the page opens it by screen-access.ts
  const [current, units, scores] = await Promise.all([
    storedPlanOf(me, fy),
    loadUnits(),
    api<ItaScores>('GET', apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy })),
  ]);
  const editorArea = h('section', { class: 'plan-draft', 'aria-label': 'ร่างแผนมาตรการ' });
  const savedDraft = (): PlanDraft =>
    current
      ? draftFromStored(current)
      : { fy, title: '', measures: [], source: { kind: 'new' }, saved: [], warnings: [] };
  // the draft on screen and what it was when shown: a file's or a copy's draft is unsaved as it is
  let shown: { draft: PlanDraft; body: string } | undefined;
  const unsaved = () =>
    shown !== undefined &&
    editorArea.isConnected &&
    (shown.draft.source.kind === 'file' ||
      shown.draft.source.kind === 'copy' ||
      shown.draft.source.kind === 'version' ||
      JSON.stringify(planBody(shown.draft)) !== shown.body);
  guardLeaving(() => (unsaved() ? UNSAVED_PLAN_DRAFT : undefined));
  // the session ran out: the unsaved draft waits for the next sign-in (kept-draft.ts)
  const who = { fy, orgId: me.org.orgId, personId: me.personId };
  keepWhenSignedOut(() => {
    if (unsaved() && shown) keepDraft({ ...who, draft: shown.draft });
  });
  /** Another draft may replace the one on screen: asks first when that one has unsaved work. */
  const mayReplace = (by: string) =>
    !unsaved() || window.confirm(`${by} จะแทนร่างที่ยังไม่บันทึกซึ่งแสดงอยู่ ร่างนั้นและการแก้ไขจะหายไป ดำเนินการต่อหรือไม่`);
  /** Shows `draft`; it counts as unsaved once it differs from `from` (default: itself as shown). */
  const show = (draft: PlanDraft, from: PlanDraft = draft, checked?: PlanEditorOptions['checked']) => {
    shown = { draft, body: JSON.stringify(planBody(from)) };
    replaceContent(
      editorArea,
      planEditor({
        draft,
        units,
        orgName: me.org.name,
        scores,
        today: me.today,
        checked,
        // what the save would make due at once by the org's due rules and closure days (docs/web.md)
        // and the overdue, unsent reports it would remove from the record (tester s56 D)
        checkPastDue: async (body) => {
          const answer = await api<{ pastDue?: PastDue; warnings?: PlanCheck['warnings'] }>(
            'POST',
            apiPath('/v1/fiscal-years/{fy}/plan-checks', { fy }),
            body,
          );
          const overdueRemoved = (answer.warnings ?? [])
            .filter((w) => w.code === 'overdue-removed')
            .map((w) => w.message_th);
          return { pastDue: answer.pastDue, overdueRemoved };
        },
        // what the save made due at once, as the API answered it (tester s48 P2)
        onSaved: (
          plan: SavedPlan,
          pastDue: PastDue | undefined,
          unchanged?: boolean,
          overdueRemoved: string[] = [],
        ) => {
          planYearSaved(me, fy);
          const said = unchanged
            ? `ไม่ได้บันทึกฉบับใหม่: ร่างนี้เหมือนแผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} ฉบับที่ ${toThaiDigits(plan.version)} ที่บันทึกไว้แล้วทุกประการ`
            : `บันทึกแผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} แล้ว (ฉบับที่ ${toThaiDigits(plan.version)}) หน่วยงานเห็นภาระการรายงานของตนแล้ว${pastDue ? ` ${pastDueTh(pastDue, true)}` : ''}${overdueRemoved.map((t) => ` ${t}`).join('')}`;
          void planScreen(main, me, fy).then(() => focusDraft(main, said));
        },
        onDiscard: () => (show(savedDraft()), focusDraft(main, 'ยกเลิกร่างแล้ว แสดงแผนที่บันทึกไว้')),
        onReload: () => void planScreen(main, me, fy).then(() => focusDraft(main, 'แสดงแผนที่บันทึกล่าสุดแล้ว')),
        onImportAsYear: (year: number) => {
          if (!fileShown) return;
          // the coordinator chose to leave this draft for the same file read as that year's plan
          pendingImport = { fy: year, file: fileShown };
          shown = undefined;
          location.hash = href.plan(year);
        },
        onMoveYears: () => {
          if (!fileShown) return;
          // the same file read as its own year's plan and copied into this year (tester s42 F8)
          pendingImport = { fy, file: fileShown, moveEarlierYears: true };
          shown = undefined;
          void planScreen(main, me, fy);
        },
      }),
    );
  };
  const onPreview = (preview: PlanPreview, fileName: string, file: File) => {
    if (!mayReplace(`ร่างจากไฟล์ ${fileName}`)) return announce('ยังแสดงร่างเดิม ไม่ได้ใช้ร่างจากไฟล์');
    fileShown = file;
    show(
      draftReplacing(current, {
        fy,
        title: preview.plan.title,
        measures: preview.plan.measures,
        source: { kind: 'file', fileName },
        warnings: preview.warnings,
      }),
    );
    focusDraft(
      main,
      `อ่านไฟล์ ${fileName} แล้ว พบ ${toThaiDigits(preview.plan.measures.length)} มาตรการ คำเตือน ${toThaiDigits(preview.warnings.length)} รายการ: ตรวจและแก้ไขก่อนบันทึก`,
    );
  };
  const onCopy = async (fromFy: number) => {
    const last = await storedPlanOf(me, fromFy);
    if (!last) return announce(`ไม่พบแผนมาตรการของปีงบประมาณ ${toThaiDigits(fromFy)}`);
    if (!mayReplace(`แผนที่คัดลอกจากปีงบประมาณ ${toThaiDigits(fromFy)}`)) return announce('ยังแสดงร่างเดิม ไม่ได้คัดลอก');
    const copy = draftReplacing(current, { ...copyPlanToYear(last, fy), source: { kind: 'copy', fromFy } });
    const checked = await checkedCopy(copy);
    show(checked?.draft ?? copy, checked?.draft ?? copy, checked?.checked);
    focusDraft(
      main,
      `คัดลอกแผนปีงบประมาณ ${toThaiDigits(fromFy)} เป็นร่างของปี ${toThaiDigits(fy)} แล้ว ยังไม่บันทึก${checked ? '' : ' (ตรวจหน่วยงานและรายงานผลที่มีอยู่ไม่ได้ในตอนนี้ ระบบจะตรวจอีกครั้งเมื่อบันทึก)'}`,
    );
  };
  replaceContent(
    main,
    heading,
    h(
      'p',
      { class: 'sub' },
      current
        ? `บันทึกไว้ ${toThaiDigits(current.measures.length)} มาตรการ (ฉบับที่ ${toThaiDigits(current.version)})`
        : 'ยังไม่มีแผนมาตรการของปีนี้',
      ' · ',
      h('a', { href: href.itaScores(fy) }, 'คะแนน ITA ปีที่แล้ว'),
      ' · ',
      h('a', { href: href.planHistory(fy) }, 'ประวัติแผน'),
      // next year's plan is prepared before it starts (review 17 s12, S12-13)
      fy === me.fiscalYear && [
        ' · ',
        h('a', { href: href.plan(fy + 1) }, `เตรียมแผนปีหน้า (ปีงบประมาณ ${toThaiDigits(fy + 1)})`),
      ],
    ),
    h(
      'section',
      { class: 'plan-sources', 'aria-label': 'เริ่มร่างจาก' },
      planFileImport(fy, onPreview, pending),
      copyFromYear(me, fy, current !== undefined, onCopy),
    ),
    editorArea,
  );
  const kept = keptDraft();
  if (kept && kept.fy === fy && kept.orgId === who.orgId && kept.personId === who.personId) {
    dropKeptDraft();
    show(kept.draft, savedDraft());
    editorArea.prepend(
      h(
        'p',
        { class: 'kept-draft', role: 'status' },
        'นี่คือร่างที่ยังไม่บันทึกซึ่งเก็บไว้เมื่อหมดเวลาการเข้าสู่ระบบ ตรวจแล้วกดบันทึก หรือยกเลิกร่างเพื่อกลับไปใช้แผนที่บันทึกไว้',
      ),
    );
    focusDraft(main, `กู้คืนร่างแผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} ที่ยังไม่บันทึกแล้ว ตรวจแล้วกดบันทึก`);
    return;
  }
  if (earlier) {
    show(draftFromVersion(current, earlier));
    focusDraft(main, `แสดงแผนฉบับที่ ${toThaiDigits(earlier.version)} เป็นร่างแล้ว ยังไม่บันทึก: ตรวจแล้วกดบันทึกเพื่อใช้แทนแผนปัจจุบัน`);
    return;
  }
  show(savedDraft());
}
