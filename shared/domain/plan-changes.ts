// What one saved version of the plan changed from the one before, in Thai, for the plan's history
// (tester s43a F5: the history said who saved and when, not what changed: "เพิ่ม i3, หยุด i10 หลัง ก.พ.").
// Without zod: the page loads it.
import { clipText } from './clip-text.js';
import { monthsAsStored } from './follow-up-months.js';
import { CADENCE_LABELS } from './plan-labels.js';
import { formatThaiDate, formatThaiMonth, toThaiDigits } from './thai-format.js';
import type { Cadence } from './due-rules.js';
import type { PlainDate } from './plain-date.js';

/** A follow-up as both versions store it (the fields a change is told of). */
export interface FollowUpToCompare {
  followUpNo: number;
  text: string;
  cadence: Cadence;
  dueDate?: string | undefined;
  firstMonth?: string | undefined;
  lastMonth?: string | undefined;
  unitIds?: readonly string[] | undefined;
}

/** A measure as both versions store it. */
export interface MeasureToCompare {
  measureId: string;
  order: number;
  indicator: number | null;
  title: string;
  subMeasures: readonly string[];
  methods: readonly string[];
  timeframe: string;
  responsible: { allUnits: boolean; unitIds: readonly string[] };
  followUps: readonly FollowUpToCompare[];
}

export interface PlanToCompare {
  title: string;
  measures: readonly MeasureToCompare[];
}

/** How much of a title a line quotes. */
const TITLE_SHOWN = 70;

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** "มาตรการที่ ๓ (ตัวชี้วัดที่ ๔) "title…"" */
function measureName(m: MeasureToCompare): string {
  const indicator = m.indicator === null ? '' : ` (ตัวชี้วัดที่ ${toThaiDigits(m.indicator)})`;
  return `มาตรการที่ ${toThaiDigits(m.order)}${indicator} "${clipText(m.title, TITLE_SHOWN)}"`;
}

/** "ทุกเดือน ตั้งแต่เดือนมีนาคม ๒๕๗๐ ถึงเดือนสิงหาคม ๒๕๗๐" */
function followUpTerms(f: FollowUpToCompare): string {
  const { firstMonth, lastMonth } = monthsAsStored(f);
  return [
    CADENCE_LABELS[f.cadence] ?? f.cadence,
    f.dueDate && `ครบกำหนด ${formatThaiDate(f.dueDate as PlainDate)}`,
    firstMonth && `ตั้งแต่เดือน${formatThaiMonth(firstMonth)}`,
    lastMonth && `ถึงเดือน${formatThaiMonth(lastMonth)}`,
  ]
    .filter(Boolean)
    .join(' ');
}

function unitsOf(ids: readonly string[] | undefined, all: string, unitName: (id: string) => string): string {
  return ids === undefined || ids.length === 0 ? all : ids.map(unitName).join(', ');
}

/** The changes of one follow-up kept in both versions, as phrases. */
function followUpChanges(a: FollowUpToCompare, b: FollowUpToCompare, unitName: (id: string) => string): string[] {
  const out: string[] = [];
  if (a.cadence !== b.cadence)
    out.push(`รอบรายงานจาก "${CADENCE_LABELS[a.cadence]}" เป็น "${CADENCE_LABELS[b.cadence]}"`);
  if (a.dueDate !== b.dueDate && b.dueDate) out.push(`ครบกำหนดเป็น ${formatThaiDate(b.dueDate as PlainDate)}`);
  const [was, now] = [monthsAsStored(a), monthsAsStored(b)];
  if (was.firstMonth !== now.firstMonth)
    out.push(now.firstMonth ? `เริ่มตั้งแต่เดือน${formatThaiMonth(now.firstMonth)}` : 'เริ่มตั้งแต่ต้นปี');
  if (was.lastMonth !== now.lastMonth)
    out.push(now.lastMonth ? `หยุดหลังเดือน${formatThaiMonth(now.lastMonth)}` : 'ติดตามถึงสิ้นปี (ไม่หยุดแล้ว)');
  if (!same(a.unitIds, b.unitIds)) out.push(`หน่วยงานที่รายงานเป็น ${unitsOf(b.unitIds, 'ทุกหน่วยงานที่รับผิดชอบ', unitName)}`);
  if (a.text !== b.text) out.push('แก้ข้อความ');
  return out;
}

/**
 * The changes from `before` to `after` (two saved versions of one year's plan), one Thai line each:
 * the title, measures added or removed (by measureId, under which reports are filed), and for a
 * measure in both its title, details, responsible units and follow-ups (by followUpNo) added,
 * removed or changed (cadence, due date, first and last month, reporting units, text). A reorder
 * alone is one line. `unitName(id)`: a unit's name (its id when unknown). [] when nothing differs.
 */
export function planChangesTh(before: PlanToCompare, after: PlanToCompare, unitName: (id: string) => string): string[] {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(`ชื่อแผนเป็น "${clipText(after.title, TITLE_SHOWN)}"`);
  const was = new Map(before.measures.map((m) => [m.measureId, m]));
  const now = new Set(after.measures.map((m) => m.measureId));
  let reordered = false;
  for (const m of after.measures) {
    const old = was.get(m.measureId);
    if (!old) {
      const units = m.responsible.allUnits ? 'ทุกหน่วยงาน' : unitsOf(m.responsible.unitIds, 'ทุกหน่วยงาน', unitName);
      // a measure added mid-year owes from its follow-ups' first month: said when they share one
      const firsts = new Set(m.followUps.map((f) => monthsAsStored(f).firstMonth));
      const first = firsts.size === 1 ? [...firsts][0] : undefined;
      const from = first ? ` ตั้งแต่เดือน${formatThaiMonth(first)}` : '';
      lines.push(`เพิ่ม${measureName(m)} (${units}; ติดตามผล ${toThaiDigits(m.followUps.length)} ข้อ${from})`);
      continue;
    }
    if (old.order !== m.order) reordered = true;
    const parts: string[] = [];
    if (old.title !== m.title) parts.push(`ชื่อมาตรการจาก "${clipText(old.title, TITLE_SHOWN)}"`);
    if (old.indicator !== m.indicator)
      parts.push(`ตัวชี้วัดเป็น ${m.indicator === null ? 'ไม่ระบุ' : toThaiDigits(m.indicator)}`);
    if (!same(old.subMeasures, m.subMeasures) || !same(old.methods, m.methods) || old.timeframe !== m.timeframe)
      parts.push('แก้มาตรการย่อย วิธีการ หรือระยะเวลา');
    if (old.responsible.allUnits !== m.responsible.allUnits || !same(old.responsible.unitIds, m.responsible.unitIds))
      parts.push(
        `ผู้รับผิดชอบเป็น ${m.responsible.allUnits ? 'ทุกหน่วยงาน' : unitsOf(m.responsible.unitIds, 'ทุกหน่วยงาน', unitName)}`,
      );
    const oldFollowUps = new Map(old.followUps.map((f) => [f.followUpNo, f]));
    const newNos = new Set(m.followUps.map((f) => f.followUpNo));
    for (const f of m.followUps) {
      const o = oldFollowUps.get(f.followUpNo);
      const no = toThaiDigits(f.followUpNo);
      if (!o) parts.push(`เพิ่มการติดตามผลข้อ ${no} (${followUpTerms(f)})`);
      else {
        const changes = followUpChanges(o, f, unitName);
        if (changes.length > 0) parts.push(`การติดตามผลข้อ ${no}: ${changes.join(', ')}`);
      }
    }
    for (const f of old.followUps) {
      if (!newNos.has(f.followUpNo)) parts.push(`ลบการติดตามผลข้อ ${toThaiDigits(f.followUpNo)}`);
    }
    if (parts.length > 0) lines.push(`${measureName(m)}: ${parts.join('; ')}`);
  }
  for (const m of before.measures) {
    if (!now.has(m.measureId)) lines.push(`ลบ${measureName(m)}`);
  }
  if (reordered) lines.push('เรียงลำดับมาตรการใหม่');
  return lines;
}
