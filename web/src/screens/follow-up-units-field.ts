// A follow-up's own units in the plan editor ("หน่วยงานที่รายงานข้อนี้"): none chosen, every unit
// responsible for the measure reports; with the months, a unit leaves one duty from a month on
// (stop the follow-up after that month, add a new one without the unit). Review 17 s13, S13-3.
import { h, setText } from '../dom.js';
import type { Unit } from '../api-types.js';
import type { DraftFollowUp, DraftMeasure } from '../plan-draft.js';
import { checkboxGroup } from './plan-fields.js';
import { formatThaiMonth } from '../../../shared/domain/thai-format.js';
import { unitChoiceLabel } from '../../../shared/domain/active-units.js';

/**
 * The checkboxes of follow-up `f` at `path` ("measures.0.followUps.1"): the measure's responsible
 * units (every unit when it is "ทุกกองงาน"), shown again as they change (`live`); a unit the
 * coordinator takes off the measure leaves the follow-up's list too. A unit the file names for the
 * follow-up but not for the measure stays chosen and shown, marked, until the coordinator decides
 * (makes it responsible, or unticks it): the save refuses it (shared/domain/plan.ts), and dropping
 * it here would lose it silently and settle its warning (review 17 s26, S26-6).
 */
export function followUpUnitsField(
  m: DraftMeasure,
  f: DraftFollowUp,
  path: string,
  units: readonly Unit[],
  changed: () => void,
  live: (update: () => void) => void,
): HTMLElement {
  const responsible = (unitId: string) => m.responsible.allUnits || m.responsible.unitIds.includes(unitId);
  const shown = units.filter(
    (u) => u.active || f.unitIds?.includes(u.unitId) || m.responsible.unitIds.includes(u.unitId),
  );
  const hint = h('p', { class: 'hint', 'aria-live': 'polite' });
  const outside = h('p', { class: 'field-warning', 'aria-live': 'polite' });
  const nameOf = (unitId: string) => units.find((u) => u.unitId === unitId)?.name ?? unitId;
  let wasResponsible = new Set(units.map((u) => u.unitId).filter(responsible));
  const field = checkboxGroup(
    `${path}.unitIds`,
    'หน่วยงานที่รายงานข้อนี้',
    shown.map((u) => {
      // added to this follow-up during the year: it reports from that month (S16-1)
      const from = f.unitFirstMonths?.[u.unitId];
      // a closed unit the plan still names is marked so (re-check P3)
      const label = unitChoiceLabel(u, from && `รายงานข้อนี้ตั้งแต่เดือน${formatThaiMonth(from)}`);
      return { value: u.unitId, label, checked: f.unitIds?.includes(u.unitId) ?? false };
    }),
    (value, checked) => {
      const set = new Set(f.unitIds ?? []);
      if (checked) set.add(value);
      else set.delete(value);
      const chosen = shown.map((u) => u.unitId).filter((u) => set.has(u));
      if (chosen.length > 0) f.unitIds = chosen;
      else delete f.unitIds;
      changed();
    },
    [hint, outside],
  );
  const update = () => {
    if (f.unitIds) {
      // only a unit taken off the measure now leaves; one never responsible waits for the coordinator
      const kept = f.unitIds.filter((u) => responsible(u) || !wasResponsible.has(u));
      if (kept.length > 0) f.unitIds = kept;
      else delete f.unitIds;
    }
    wasResponsible = new Set(units.map((u) => u.unitId).filter(responsible));
    for (const box of field.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = f.unitIds?.includes(box.value) ?? false;
      (box.parentElement as HTMLElement).hidden = !responsible(box.value) && !box.checked;
    }
    const notResponsible = (f.unitIds ?? []).filter((u) => !responsible(u));
    setText(
      outside,
      notResponsible.length === 0
        ? ''
        : `${notResponsible.map(nameOf).join(', ')} ยังไม่ใช่หน่วยงานผู้รับผิดชอบของมาตรการนี้: เลือกเป็นผู้รับผิดชอบด้านบน หรือเอาเครื่องหมายออกจากข้อนี้ (ก่อนบันทึก)`,
    );
    setText(hint, f.unitIds ? 'เฉพาะหน่วยงานที่เลือกรายงานผลข้อนี้' : 'ไม่ได้เลือก: ทุกหน่วยงานผู้รับผิดชอบของมาตรการรายงานผลข้อนี้');
  };
  update();
  live(update);
  return field;
}
