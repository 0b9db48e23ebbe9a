// Two columns of a header read as one role (two follow-up columns, two measure columns): their
// cells are joined into one field, which is said, never done silently.
import { toThaiDigits } from '../domain/thai-format.js';
import type { Column, Role } from './column-names.js';
import { addToGroup } from './grouping.js';

/** What a role's column is called in a warning. */
export const ROLE_NAMES: Readonly<Record<Exclude<Role, 'note'>, { th: string; en: string }>> = {
  measure: { th: 'มาตรการ', en: 'measures' },
  indicator: { th: 'ตัวชี้วัด', en: 'indicator' },
  methods: { th: 'วิธีดำเนินการ', en: 'methods' },
  timeframe: { th: 'ระยะเวลา', en: 'timeframe' },
  followUps: { th: 'การติดตามผล', en: 'follow-ups' },
  recommendations: { th: 'ข้อเสนอแนะ', en: 'recommendations' },
  responsible: { th: 'ผู้รับผิดชอบ', en: 'responsible units' },
  number: { th: 'ลำดับ', en: 'row number' },
};

/** "…หลัก", "เจ้าภาพ", "…สนับสนุน", "…ร่วม": lead and supporting units columns (see markedLeadColumn in responsibility.ts). */
const LEAD_UNITS = /หลัก|เจ้าภาพ|สนับสนุน|ร่วม/;

export interface HeaderNotice {
  /** 1-based column the notice is about */
  column: number;
  th: string;
  en: string;
  source: string;
}

/**
 * Columns of one role under different labels (a label repeated over the columns of a merged
 * header cell is one column, not said): one notice per role, at its second column, naming all.
 * `separate`: columns whose cells are kept apart (see followUpRounds), not joined.
 */
export function joinedColumns(
  columns: readonly Column[],
  separate: (c: Column) => boolean = () => false,
): HeaderNotice[] {
  const byRole = new Map<Exclude<Role, 'note'>, number[]>();
  columns.forEach((c, j) => {
    if (c.role === 'note' || c.role === 'number' || separate(c)) return;
    addToGroup(byRole, c.role, j);
  });
  const notices: HeaderNotice[] = [];
  for (const [role, at] of byRole) {
    const labels = [...new Set(at.map((j) => columns[j]!.label))];
    // a lead units column beside the others is read as such (markedLeadColumn): nothing to check
    if (labels.length < 2 || (role === 'responsible' && labels.some((l) => LEAD_UNITS.test(l)))) continue;
    const named = at.map((j) => ({ label: columns[j]!.label, no: j + 1 }));
    const th = named.map((n) => `"${n.label}" (คอลัมน์ ${toThaiDigits(n.no)})`).join(' และ ');
    const en = named.map((n) => `"${n.label}" (column ${n.no})`).join(' and ');
    const name = ROLE_NAMES[role];
    notices.push({
      column: at[1]! + 1,
      th: `หัวตารางมีคอลัมน์ ${th} ซึ่งอ่านเป็นคอลัมน์${name.th}ทั้งหมด จึงรวมข้อความของคอลัมน์เหล่านี้เป็นช่องเดียว กรุณาตรวจว่าข้อความอยู่ในช่องที่ถูกต้อง`,
      en: `the header has the columns ${en}, all read as the ${name.en} column: their cells are joined into one field; check that the text is in the right field`,
      source: named.map((n) => n.label).join(' | '),
    });
  }
  return notices;
}
