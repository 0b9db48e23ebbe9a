// One measure in the plan editor: indicator, title, methods, timeframe, responsible units and its
// follow-ups (what, cadence, to whom, when), with the importer's warnings beside what they are about.
import type { Unit } from '../api-types.js';
import { h, setText } from '../dom.js';
import { toThaiDigits } from '../thai.js';
import { formatThaiDate, formatThaiMonth } from '../../../shared/domain/thai-format.js';
import { fiscalYearBounds } from '../../../shared/domain/fiscal-calendar.js';
import { countedUnitName, onlyInactiveUnits, unitChoiceLabel } from '../../../shared/domain/active-units.js';
import { headingNumberOf, titleForIndicator } from '../../../shared/domain/indicator-title.js';
import { INDICATORS } from '../../../shared/domain/ita-catalog.js';
import { AUDIENCE_LABELS, audienceLabel, CADENCE_LABELS } from '../../../shared/domain/plan-labels.js';
import type { Audience } from '../../../shared/domain/plan.js';
import type { Cadence } from '../../../shared/domain/due-rules.js';
import {
  acknowledge,
  chooseOfferedIndicator,
  copyMeasureForIndicator,
  type DraftFollowUp,
  firstMonthAtSave,
  type DraftMeasure,
  newFollowUp,
  onceDueHint,
  type PlanDraft,
  settledByDraft,
  warningNotePrefix,
  warningStands,
} from '../plan-draft.js';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import { checkboxGroup, idOf, limitedField, listField, pathField, textarea, warningNote } from './plan-fields.js';
import { MAX_ITEM_LENGTH, MAX_TIMEFRAME_LENGTH, MAX_TITLE_LENGTH } from '../../../shared/domain/plan-limits.js';
import { followUpMonthsFields } from './follow-up-months-fields.js';
import { measureStoppedAfter, measureStoppedLabel } from '../../../shared/domain/follow-up-months.js';
import { hasVisibleCharacter } from '../../../shared/domain/visible-text.js';
import { followUpUnitsField } from './follow-up-units-field.js';

export interface MeasureCardContext {
  draft: PlanDraft;
  units: Unit[];
  /** the org's name: its words for the chief executive (audienceLabel) */
  orgName: string;
  /** a value changed: live parts (headings, warnings, flags) follow */
  changed: () => void;
  /** follow-ups or measures were added or removed: the editor is drawn again, focus goes to `focusId` */
  restructured: (focusId?: string, message?: string) => void;
  /** registers a part to update on `changed` */
  live: (update: () => void) => void;
  /** the measures whose cards are open: they stay open when the editor is drawn again */
  opened: Set<DraftMeasure>;
  /** the server's day (Me.today): the month the save gives what is added (firstMonthAtSave) */
  today?: string | undefined;
}

/**
 * "ตัวชี้วัดที่ ๔ · title"; a title that starts with an indicator heading, as imported ones often
 * do, is shown written for the measure's indicator (titleForIndicator), never as another one's.
 */
export function measureHeading(m: DraftMeasure, index: number): string {
  const title = hasVisibleCharacter(m.title) ? m.title.trim() : 'มาตรการใหม่';
  if (m.indicator === null) return `มาตรการที่ ${toThaiDigits(index + 1)} (ยังไม่เลือกตัวชี้วัด) · ${title}`;
  return headingNumberOf(title) === undefined
    ? `ตัวชี้วัดที่ ${toThaiDigits(m.indicator)} · ${title}`
    : titleForIndicator(title, m.indicator);
}

/** A warning's note, kept current as the draft changes; one the draft cannot settle gets ตรวจแล้ว. */
export function noteFor(ctx: Pick<MeasureCardContext, 'draft' | 'changed' | 'live'>, w: ImportWarning): HTMLElement {
  const note = warningNote(
    w,
    settledByDraft(w)
      ? undefined
      : (checked) => {
          acknowledge(ctx.draft, w, checked);
          ctx.changed();
        },
  );
  ctx.live(() => note.show(warningStands(w, ctx.draft), warningNotePrefix(w, ctx.draft)));
  return note.el;
}

/**
 * The choices a warning offers, as buttons in its note: another reading of the heading's indicator
 * (indicator-name-differs), or a copy of the measure for each other indicator its heading names
 * (several-indicators).
 */
function offeredIndicators(ctx: MeasureCardContext, w: ImportWarning): HTMLElement | undefined {
  const choose = w.code === 'indicator-name-differs';
  if (!w.indicators?.length || (!choose && w.code !== 'several-indicators')) return undefined;
  const name = (no: number) => `ตัวชี้วัดที่ ${toThaiDigits(no)} ${INDICATORS.find((x) => x.no === no)?.nameTh ?? ''}`;
  return h(
    'p',
    { class: 'warning-offers' },
    w.indicators.map((no) =>
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            if (choose) {
              const i = ctx.draft.measures.findIndex((x) => x.measureId === w.measureId);
              if (chooseOfferedIndicator(ctx.draft, w, no))
                ctx.restructured(idOf(`measures.${i}.indicator`), `เลือก${name(no)}แล้ว (ยังไม่บันทึก)`);
            } else {
              const at = copyMeasureForIndicator(ctx.draft, w, no);
              if (at !== undefined)
                ctx.restructured(idOf(`measures.${at}.title`), `คัดลอกมาตรการไป${name(no)}แล้ว (ยังไม่บันทึก)`);
            }
          },
        },
        choose ? `ใช้${name(no)}` : `คัดลอกมาตรการนี้ไป${name(no)}`,
      ),
    ),
  );
}

function warningsOf(ctx: MeasureCardContext, m: DraftMeasure, followUpNo?: number): HTMLElement {
  const mine = ctx.draft.warnings.filter(
    (w) => w.measureId === m.measureId && m.measureId !== '' && w.followUpNo === followUpNo,
  );
  return h(
    'div',
    { class: 'import-warnings' },
    mine.map((w) => {
      const note = noteFor(ctx, w);
      const offers = offeredIndicators(ctx, w);
      if (offers) note.append(offers);
      return note;
    }),
  );
}

function followUpFields(ctx: MeasureCardContext, m: DraftMeasure, i: number, f: DraftFollowUp, j: number): HTMLElement {
  const path = `measures.${i}.followUps.${j}`;
  const legend = () => `การติดตามผลข้อ ${toThaiDigits(f.followUpNo)}`;
  const text = textarea(f.text, 2);
  text.oninput = () => ((f.text = text.value), ctx.changed());
  const cadence = h(
    'select',
    {},
    (Object.keys(CADENCE_LABELS) as Cadence[]).map((c) =>
      h('option', { value: c, selected: c === f.cadence }, CADENCE_LABELS[c]),
    ),
  );
  const { start, end } = fiscalYearBounds(ctx.draft.fy);
  const due = h('input', { type: 'date', value: f.dueDate ?? '', min: start, max: end });
  const dueHint = h('p', { class: 'hint', 'aria-live': 'polite' });
  const dueField = pathField(`${path}.dueDate`, 'วันครบกำหนด (สำหรับรายงานครั้งเดียว)', due);
  dueField.append(dueHint);
  // no cadence chosen: what that means, beside the control that settles it
  const cadenceHint = h('p', { class: 'hint cadence-hint', 'aria-live': 'polite' });
  const showDue = () => {
    dueField.hidden = f.cadence !== 'once';
    setText(dueHint, onceDueHint(ctx.draft.fy, f.dueDate));
    setText(
      cadenceHint,
      f.cadence === 'unspecified' ? `ยังไม่ได้เลือกรอบ: ถ้าไม่เลือก จะถือเป็นรายงานปีละครั้ง ครบกำหนด ${formatThaiDate(end)}` : '',
    );
  };
  showDue();
  cadence.onchange = () => {
    f.cadence = cadence.value as Cadence;
    if (f.cadence !== 'once') delete f.dueDate;
    showDue();
    ctx.changed();
  };
  due.onchange = () => {
    if (due.value) f.dueDate = due.value;
    else delete f.dueDate;
    showDue();
    ctx.changed();
  };
  const audience = checkboxGroup(
    `${path}.audience`,
    'รายงานต่อ',
    (Object.keys(AUDIENCE_LABELS) as Audience[]).map((a) => ({
      value: a,
      label: audienceLabel(a, ctx.orgName),
      checked: f.audience.includes(a),
    })),
    (value, checked) => {
      const set = new Set(f.audience);
      if (checked) set.add(value as Audience);
      else set.delete(value as Audience);
      f.audience = (Object.keys(AUDIENCE_LABELS) as Audience[]).filter((a) => set.has(a));
      ctx.changed();
    },
  );
  return h(
    'fieldset',
    { class: 'follow-up', 'data-follow-up': f.followUpNo, id: idOf(path) },
    h('legend', {}, legend()),
    warningsOf(ctx, m, f.followUpNo),
    limitedField(`${path}.text`, 'สิ่งที่ต้องรายงาน', text, MAX_ITEM_LENGTH),
    pathField(`${path}.cadence`, 'รอบการรายงาน', cadence),
    cadenceHint,
    dueField,
    followUpMonthsFields(ctx.draft.fy, path, f, ctx.changed, ctx.live, () =>
      firstMonthAtSave(ctx.draft, m, f, ctx.today),
    ),
    followUpUnitsField(m, f, path, ctx.units, ctx.changed, ctx.live),
    audience,
    h(
      'button',
      {
        type: 'button',
        class: 'quiet danger',
        onclick: () => {
          m.followUps.splice(j, 1);
          ctx.restructured(idOf(`measures.${i}.add-follow-up`), `ลบ${legend()}แล้ว (ยังไม่บันทึก)`);
        },
      },
      `ลบ${legend()}`,
    ),
  );
}

function responsibleFields(ctx: MeasureCardContext, m: DraftMeasure, i: number): HTMLElement {
  const r = m.responsible;
  // active units, and any inactive one the plan still names, marked "(ปิดการใช้งานแล้ว)" as the
  // overview and the people screen say it (countedUnitName, re-check P3)
  const units = ctx.units.filter((u) => u.active || r.unitIds.includes(u.unitId) || r.leadUnitId === u.unitId);
  const lead = h(
    'select',
    {},
    h('option', { value: '' }, 'ไม่ระบุ'),
    units.map((u) => h('option', { value: u.unitId, selected: u.unitId === r.leadUnitId }, countedUnitName(u))),
  );
  lead.onchange = () => {
    if (lead.value) r.leadUnitId = lead.value;
    else delete r.leadUnitId;
    ctx.changed();
  };
  const noUnit = h('p', { class: 'field-error', role: 'status' });
  ctx.live(() => {
    // units deactivated after the plan was saved: the save would refuse it (review 17 s16, S16-7)
    setText(
      noUnit,
      onlyInactiveUnits(r, ctx.units)
        ? 'หน่วยงานที่เลือกปิดการใช้งานแล้วทั้งหมด จึงไม่มีหน่วยงานใดรายงานผลมาตรการนี้: เลือกหน่วยงานที่ใช้งานอยู่อย่างน้อย ๑ หน่วยงานก่อนบันทึก'
        : r.allUnits || r.unitIds.length > 0
          ? ''
          : 'ยังไม่ได้เลือกหน่วยงาน: มาตรการนี้จะไม่มีภาระการรายงานของหน่วยงานใด',
    );
  });
  const everyUnit = {
    value: '_all',
    label: 'ทุกกองงาน (ทุกหน่วยงานในองค์กรรายงาน)',
    checked: r.allUnits,
  };
  return checkboxGroup(
    `measures.${i}.responsible.unitIds`,
    'หน่วยงานผู้รับผิดชอบ',
    [
      everyUnit,
      ...units.map((u) => {
        const from = r.unitFirstMonths?.[u.unitId];
        // added during the year: it reports from that month (S15-1)
        const label = unitChoiceLabel(u, from && `รายงานตั้งแต่เดือน${formatThaiMonth(from)}`);
        return { value: u.unitId, label, checked: r.unitIds.includes(u.unitId) };
      }),
    ],
    (value, checked) => {
      if (value === '_all') r.allUnits = checked;
      else {
        const set = new Set(r.unitIds);
        if (checked) set.add(value);
        else set.delete(value);
        r.unitIds = units.map((u) => u.unitId).filter((u) => set.has(u));
      }
      ctx.changed();
    },
    [
      r.text ? h('p', { class: 'hint' }, 'ในเอกสารเขียนว่า: ', h('q', {}, r.text)) : undefined,
      noUnit,
      pathField(`measures.${i}.responsible.leadUnitId`, 'หน่วยงานหลัก (ไม่บังคับ)', lead),
    ],
  );
}

/** The card of measure `i` of the draft. Opened when it is new or a warning about it stands. */
export function measureCard(ctx: MeasureCardContext, i: number): HTMLElement {
  const m = ctx.draft.measures[i]!;
  const path = `measures.${i}`;
  const indicator = h(
    'select',
    {},
    h('option', { value: '', selected: m.indicator === null }, '— เลือกตัวชี้วัด —'),
    INDICATORS.map((x) =>
      h('option', { value: x.no, selected: x.no === m.indicator }, `ตัวชี้วัดที่ ${toThaiDigits(x.no)} ${x.nameTh}`),
    ),
  );
  const title = h('input', { type: 'text', value: m.title });
  title.oninput = () => ((m.title = title.value), ctx.changed());
  // the title's "ตัวชี้วัดที่ N" is the indicator's heading: it follows the indicator chosen
  indicator.onchange = () => {
    m.indicator = indicator.value ? Number(indicator.value) : null;
    m.title = titleForIndicator(m.title, m.indicator);
    title.value = m.title;
    // through oninput, so the draft and the count under the box follow
    title.dispatchEvent(new Event('input'));
  };
  const timeframe = h('input', { type: 'text', value: m.timeframe });
  timeframe.oninput = () => ((m.timeframe = timeframe.value), ctx.changed());

  // a heading (h2), so that the follow-ups' h3 in the card is not one level below the page's h1 (WCAG 1.3.1)
  const heading = h('h2', { class: 'measure-heading' });
  const badge = h('span', { class: 'badge badge-due' });
  // every follow-up stopped before the year's end: the measure is labelled so (tester s43 F6)
  const stopped = h('span', { class: 'badge', 'data-testid': 'measure-stopped' });
  ctx.live(() => {
    setText(heading, measureHeading(m, i));
    const stoppedAfter = measureStoppedAfter(m.followUps, ctx.draft.fy);
    setText(stopped, stoppedAfter === undefined ? '' : measureStoppedLabel(stoppedAfter));
    stopped.hidden = stoppedAfter === undefined;
    const standing = ctx.draft.warnings.filter(
      (w) => w.measureId === m.measureId && warningStands(w, ctx.draft),
    ).length;
    setText(badge, standing ? `คำเตือน ${toThaiDigits(standing)}` : '');
    badge.hidden = standing === 0;
  });
  if (
    m.measureId === '' ||
    onlyInactiveUnits(m.responsible, ctx.units) ||
    ctx.draft.warnings.some((w) => w.measureId === m.measureId && warningStands(w, ctx.draft))
  )
    ctx.opened.add(m);
  return h(
    'li',
    { class: 'measure-card', 'data-measure': m.measureId || `new-${i + 1}` },
    h(
      'details',
      {
        open: ctx.opened.has(m),
        ontoggle: (e: Event) => {
          if ((e.currentTarget as HTMLDetailsElement).open) ctx.opened.add(m);
          else ctx.opened.delete(m);
        },
      },
      h('summary', {}, heading, ' ', stopped, ' ', badge),
      warningsOf(ctx, m),
      pathField(`${path}.indicator`, 'ตัวชี้วัด ITA', indicator),
      limitedField(`${path}.title`, 'ชื่อมาตรการ', title, MAX_TITLE_LENGTH),
      listField(`${path}.subMeasures`, 'มาตรการย่อย (บรรทัดละหนึ่งข้อ)', m.subMeasures, 3, (items) => {
        m.subMeasures = items;
        ctx.changed();
      }),
      listField(`${path}.methods`, 'วิธีการดำเนินการ (บรรทัดละหนึ่งข้อ)', m.methods, 4, (items) => {
        m.methods = items;
        ctx.changed();
      }),
      limitedField(`${path}.timeframe`, 'ระยะเวลาดำเนินการ', timeframe, MAX_TIMEFRAME_LENGTH),
      responsibleFields(ctx, m, i),
      h(
        'section',
        { class: 'follow-ups', 'aria-label': `การติดตามผลของ${measureHeading(m, i)}` },
        h('h3', {}, 'การติดตามผลการดำเนินการ'),
        h('p', { class: 'field-error', id: `err-${idOf(`${path}.followUps`)}`, 'data-error-for': `${path}.followUps` }),
        m.followUps.map((f, j) => followUpFields(ctx, m, i, f, j)),
        h(
          'button',
          {
            type: 'button',
            id: idOf(`${path}.add-follow-up`),
            onclick: () => {
              // after the saved measure's numbers too: a removed follow-up's reports keep theirs
              const saved = ctx.draft.saved.find((x) => x.measureId === m.measureId && m.measureId !== '');
              const added = newFollowUp(m.followUps, saved?.followUps);
              m.followUps.push(added);
              ctx.restructured(
                idOf(`${path}.followUps.${m.followUps.length - 1}.text`),
                `เพิ่มการติดตามผลข้อ ${toThaiDigits(added.followUpNo)} แล้ว`,
              );
            },
          },
          'เพิ่มการติดตามผล',
        ),
      ),
      listField(`${path}.recommendations`, 'ข้อเสนอแนะ (บรรทัดละหนึ่งข้อ)', m.recommendations, 2, (items) => {
        m.recommendations = items;
        ctx.changed();
      }),
      (m.notes ?? []).length > 0 &&
        h(
          'dl',
          { class: 'facts notes' },
          (m.notes ?? []).flatMap((n) => [h('dt', {}, n.label), h('dd', {}, n.text)]),
        ),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'danger',
            onclick: () => {
              const name = measureHeading(m, i);
              ctx.draft.measures.splice(i, 1);
              ctx.restructured('plan-add-measure', `ลบ${name}ออกจากร่างแล้ว (ยังไม่บันทึก)`);
            },
          },
          'ลบมาตรการนี้',
        ),
      ),
    ),
  );
}
