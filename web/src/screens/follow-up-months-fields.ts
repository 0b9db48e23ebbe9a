// A follow-up's months in the plan editor: "เริ่มตั้งแต่เดือน …" and "หยุดการติดตามผลข้อนี้หลังเดือน …"
// (review 17 s13, S13-3): a cadence changed mid-year stops the old follow-up after a month and
// starts a new one the month after, so the reported periods keep their reports. A quarterly or
// half-yearly one begun inside its period says under the first month that its first round is the
// whole period's (tester s44: "เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส").
import { h, setText } from '../dom.js';
import { fiscalMonths } from '../../../shared/domain/fiscal-calendar.js';
import { firstRoundCoverage } from '../../../shared/domain/follow-up-months.js';
import { formatThaiMonth } from '../../../shared/domain/thai-format.js';
import type { DraftFollowUp } from '../plan-draft.js';
import { pathField } from './plan-fields.js';

/** The year's start, chosen or by default: October, so the follow-up owes the whole year. */
const YEAR_START = 'ต้นปีงบประมาณ (ตุลาคม)';

/**
 * The two month selects of follow-up `f` at `path` ("measures.0.followUps.1"); `live` runs an update
 * whenever a value of the draft changes (its cadence too). `atSave`: the month the save gives `f`
 * if none is chosen (firstMonthAtSave), so the first month's default says what will happen:
 * "ตั้งแต่เดือนที่บันทึก (มกราคม ๒๕๖๖)" for an addition, then October is the choice "ต้นปีงบประมาณ
 * (ตุลาคม)" and sent (tester s52); else the default is the year's start.
 */
export function followUpMonthsFields(
  fy: number,
  path: string,
  f: DraftFollowUp,
  changed: () => void,
  live: (update: () => void) => void,
  atSave: () => string | undefined = () => undefined,
): HTMLElement[] {
  const months = fiscalMonths(fy);
  const select = (key: 'firstMonth' | 'lastMonth', none: string) => {
    const el = h(
      'select',
      {},
      h('option', { value: '' }, none),
      months.map((m) => h('option', { value: m.id, selected: f[key] === m.id }, formatThaiMonth(m.id))),
      // a month outside the year (a draft from elsewhere) is shown, not hidden: the save names it (S15-7)
      f[key] !== undefined && !months.some((m) => m.id === f[key])
        ? h('option', { value: f[key], selected: true }, `${formatThaiMonth(f[key])} (นอกปีงบประมาณนี้)`)
        : undefined,
    );
    el.onchange = () => {
      if (el.value) f[key] = el.value;
      else delete f[key];
      changed();
    };
    return el;
  };
  const firstSelect = select('firstMonth', YEAR_START);
  const [byDefault, october] = [firstSelect.options[0]!, firstSelect.options[1]!];
  const first = pathField(`${path}.firstMonth`, 'เริ่มตั้งแต่เดือน', firstSelect);
  const coverage = h('p', { class: 'hint first-round-hint', 'aria-live': 'polite' });
  first.append(coverage);
  const update = () => {
    const given = atSave();
    setText(byDefault, given ? `ตั้งแต่เดือนที่บันทึก (${formatThaiMonth(given)})` : YEAR_START);
    setText(october, given ? YEAR_START : formatThaiMonth(months[0]!.id));
    setText(coverage, firstRoundCoverage({ ...f, firstMonth: f.firstMonth ?? given }, fy)?.th ?? '');
  };
  update();
  live(update);
  return [
    first,
    pathField(
      `${path}.lastMonth`,
      'หยุดการติดตามผลข้อนี้หลังเดือน',
      select('lastMonth', 'ไม่หยุด (ถึงสิ้นปีงบประมาณ)'),
      'เปลี่ยนรอบการรายงานกลางปี: หยุดข้อเดิมหลังเดือนที่รายงานแล้ว แล้วเพิ่มการติดตามผลข้อใหม่ที่เริ่มเดือนถัดไปด้วยรอบใหม่',
    ),
  ];
}
