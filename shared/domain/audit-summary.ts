// What an audit entry says happened, in Thai and English, for the history people read.
import { DOCUMENT_ACTIONS } from './audit-actions.js';
import { DOCUMENT_KINDS, DOCUMENT_NAMES, type DocumentKind } from './document-kinds.js';
import type { Cadence } from './due-rules.js';
import { CADENCE_LABELS } from './plan-labels.js';
import { ROLE_LABELS } from './status-labels.js';
import { toThaiDigits } from './thai-format.js';
import { HALF_YEAR_TH } from './period-labels.js';
import type { Role } from './organisation.js';
import { counted } from './english-count.js';
import { clipText } from './clip-text.js';

/** How much of a review's comment the history quotes (the report's versions keep it whole). */
export const COMMENT_SHOWN = 200;

export interface AuditFactsForSummary {
  action: string;
  details?: Record<string, string | number | boolean>;
}

const DOCUMENT_VERBS: Record<(typeof DOCUMENT_ACTIONS)[number], { th: string; en: string }> = {
  generate: { th: 'จัดทำ', en: 'generated the' },
  publish: { th: 'เผยแพร่', en: 'published the' },
  withdraw: { th: 'ถอนการเผยแพร่', en: 'withdrew the' },
  sign: { th: 'แนบฉบับลงนามของ', en: 'attached the signed copy of the' },
  unsign: { th: 'นำฉบับลงนามออกจาก', en: 'removed the signed copy of the' },
};

/**
 * '<document kind>.<generate|publish|withdraw>' in words, with "ฉบับที่ ๓" when the entry names its
 * generation (written since session 29), or undefined for any other action.
 */
/** The units a person acts as head of, as the entry stored them ("กองช่าง | กองคลัง"), or ''. */
const actingUnits = (value: unknown): string =>
  typeof value === 'string' ? value.split(' | ').filter(Boolean).join(', ') : '';

/** A person or a unit closed or opened again, [Thai, English]: the audit says it alike for both. */
const activeChange = (active: unknown): [string, string] =>
  active ? ['เปิดการใช้งานอีกครั้ง', 'reactivated'] : ['ปิดการใช้งาน', 'deactivated'];

/**
 * What each list of other units says in the history, Thai then English: set (the units), changed
 * (from, to) and ended (the units it had).
 */
const LIST_LINES = {
  actingHeadOf: {
    set: (u: string) => [`รักษาราชการแทนหัวหน้า ${u}`, `made acting head of ${u}`],
    changed: (was: string, now: string) => [
      `เปลี่ยนการรักษาราชการแทนหัวหน้าจาก ${was} เป็น ${now}`,
      `acting head of ${now} (was ${was})`,
    ],
    ended: (u: string) => [`ยกเลิกการรักษาราชการแทนหัวหน้า ${u}`, `no longer acting head of ${u}`],
  },
  alsoStaffOf: {
    set: (u: string) => [`ปฏิบัติงานใน ${u} ด้วย`, `staff of ${u} as well`],
    changed: (was: string, now: string) => [
      `เปลี่ยนหน่วยงานที่ปฏิบัติงานด้วยจาก ${was} เป็น ${now}`,
      `staff as well of ${now} (was ${was})`,
    ],
    ended: (u: string) => [`ยกเลิกการปฏิบัติงานใน ${u}`, `no longer staff of ${u}`],
  },
} satisfies Record<string, Record<string, (...u: string[]) => [string, string]>>;

/** A change of a list of other units in Thai and English, from the entry's units now and before (" | "-joined). */
function listChange(field: keyof typeof LIST_LINES, d: Record<string, unknown>): [string, string] {
  const previous = `previous${field[0]!.toUpperCase()}${field.slice(1)}`;
  const [now, was] = [actingUnits(d[field]), actingUnits(d[previous])];
  const lines = LIST_LINES[field];
  if (!now) return lines.ended(was);
  return was ? lines.changed(was, now) : lines.set(now);
}

/** The lists of other units an entry changed, in the order the history says them. */
const listChanges = (changed: Set<string>, d: Record<string, unknown>) =>
  (['actingHeadOf', 'alsoStaffOf'] as const).filter((f) => changed.has(f)).map((f) => listChange(f, d));

function documentSummary(
  action: string,
  generation: unknown,
  document: unknown,
): { th: string; en: string } | undefined {
  const dot = action.lastIndexOf('.');
  const kind = action.slice(0, dot) as DocumentKind;
  const verb = DOCUMENT_VERBS[action.slice(dot + 1) as keyof typeof DOCUMENT_VERBS] as
    (typeof DOCUMENT_VERBS)[keyof typeof DOCUMENT_VERBS] | undefined;
  if (!DOCUMENT_KINDS.includes(kind) || !verb) return undefined;
  // the results report's year or half-year one, as its entry names it (written since session 46)
  const half = document === 'half-year-report';
  const th = `${verb.th}${DOCUMENT_NAMES[kind].th}${half ? ` ${HALF_YEAR_TH}` : document === 'annual-report' ? ' ประจำปี' : ''}`;
  const en = `${verb.en} ${half ? 'half-year results report' : DOCUMENT_NAMES[kind].en}`;
  return typeof generation === 'number'
    ? { th: `${th} ฉบับที่ ${toThaiDigits(generation)}`, en: `${en}, generation ${generation}` }
    : { th, en };
}

/**
 * The Thai and English sentence for one audit entry. Every AUDIT_ACTIONS member has its own
 * (test/unit/audit-summary.test.ts); an unknown action, e.g. from an older release, reads
 * "บันทึก (<action>)". `unitName(id)`: the unit's Thai name today, or the id when unknown; used
 * for entries that do not keep the name the unit had when they were written.
 */
export function auditSummary(
  entry: AuditFactsForSummary,
  unitName: (unitId: string) => string,
): { th: string; en: string } {
  const d = entry.details ?? {};
  const v = Number(d.version ?? 0);
  const changed = new Set(
    String(d.changed ?? '')
      .split(',')
      .filter(Boolean),
  );
  const roles = String(d.roles ?? '')
    .split(',')
    .filter(Boolean) as Role[];
  const rolesTh = roles.map((r) => ROLE_LABELS[r] ?? r).join(', ');
  // a unit as named when the entry was written (`unitName`, `previousUnitName`), else as named
  // today (entries written before session 29); in English too, since an id such as
  // "unit-ee607c69" says nothing (break 18 F5, F11)
  const unitAsThen = (id: string, named: unknown): [string, string] => {
    if (!id) return ['ไม่สังกัดหน่วยงาน', 'no unit'];
    const name = typeof named === 'string' && named ? named : unitName(id);
    return [name, name];
  };
  // a review's comment (kept from session 29 on), its start quoted after the decision
  const comment =
    typeof d.comment === 'string' && d.comment.trim() ? `: "${clipText(d.comment.trim(), COMMENT_SHOWN)}"` : '';
  const unitId = String(d.unitId ?? '');
  const [unitTh, unitEn] = unitAsThen(unitId, d.unitName);
  // what a changed field was (entries written before these were kept say only what it became)
  const had = (key: string) => (typeof d[key] === 'string' ? String(d[key]) : undefined);
  const renamed = (): [string, string] => {
    const was = had('previousName');
    // an erased person's entries hold their pseudonym for both (shared/store/audit-erasure.ts)
    if (was === d.name) return ['เปลี่ยนชื่อ', 'renamed'];
    return was === undefined
      ? [`เปลี่ยนชื่อเป็น ${d.name}`, `renamed to ${d.name}`]
      : [`เปลี่ยนชื่อจาก "${was}" เป็น "${d.name}"`, `renamed from "${was}" to "${d.name}"`];
  };
  const document = documentSummary(entry.action, d.generation, d.document);
  if (document) return document;
  switch (entry.action) {
    case 'report.submit':
      return { th: `ส่งรายงานผล ฉบับที่ ${toThaiDigits(v)}`, en: `submitted the report (version ${v})` };
    case 'report.revise':
      return { th: `แก้ไขรายงานผล เป็นฉบับที่ ${toThaiDigits(v)}`, en: `revised the report (version ${v})` };
    case 'report.accept':
      return {
        th: `ตรวจรับรายงาน ฉบับที่ ${toThaiDigits(v)}${comment}`,
        en: `accepted version ${v} of the report${comment}`,
      };
    case 'report.return':
      return {
        th: `ส่งรายงาน ฉบับที่ ${toThaiDigits(v)} กลับให้แก้ไข${comment}`,
        en: `returned version ${v} for changes${comment}`,
      };
    case 'report.reopen':
      return {
        th: `เปิดรายงาน ฉบับที่ ${toThaiDigits(v)} ที่ตรวจรับแล้วให้แก้ไขอีกครั้ง${comment}`,
        en: `reopened the accepted version ${v} for changes${comment}`,
      };
    case 'plan.itaScores': {
      const n = Number(d.indicators ?? 0);
      return {
        th: `บันทึกคะแนน ITA ปีก่อน (${toThaiDigits(n)} ตัวชี้วัด)`,
        en: `saved last year's ITA scores (${counted(n, 'indicator')})`,
      };
    }
    case 'org.put':
      return { th: 'บันทึกข้อมูลองค์กรปกครองส่วนท้องถิ่น', en: "saved the organisation's record" };
    case 'org.dueRule': {
      const cadence = d.cadence === undefined ? undefined : String(d.cadence);
      const label = cadence ? ` "${CADENCE_LABELS[cadence as Cadence] ?? cadence}"` : '';
      const en = cadence ? ` of ${cadence} follow-ups` : '';
      return d.rule === 'default'
        ? { th: `ใช้กำหนดส่งตามปกติกับการรายงานรอบ${label}`, en: `due dates${en} back to the default` }
        : { th: `ตั้งกำหนดส่งของการรายงานรอบ${label}`, en: `set the due rule${en}` };
    }
    case 'org.closureDays': {
      const n = Number(d.days ?? 0);
      return {
        th: `กำหนดวันปิดทำการขององค์กร ${toThaiDigits(n)} วัน`,
        en: `set the organisation's closure days (${n})`,
      };
    }
    case 'org.chiefExecutive':
      return d.set
        ? { th: 'กำหนดผู้บริหารผู้ลงนามเอกสาร', en: 'set the chief executive who signs the documents' }
        : { th: 'ล้างชื่อผู้บริหารผู้ลงนามเอกสาร', en: 'cleared the chief executive who signs the documents' };
    case 'mail.sent':
      return { th: 'ส่งอีเมลแล้ว', en: 'sent an email' };
    case 'mail.dropped':
      return { th: 'ยกเลิกอีเมลที่ไม่ต้องส่งแล้ว', en: 'dropped an email no longer needed' };
    case 'mail.given-up':
      return { th: 'ส่งอีเมลไม่สำเร็จ เลิกส่งแล้ว', en: 'gave up sending an email' };
    case 'plan.save':
      return {
        th: `บันทึกแผนมาตรการ ฉบับที่ ${toThaiDigits(v)} (${toThaiDigits(Number(d.measures ?? 0))} มาตรการ)`,
        en: `saved the plan (version ${v}, ${counted(Number(d.measures ?? 0), 'measure')})`,
      };
    case 'person.add': {
      const lists = listChanges(new Set(Object.keys(d)), d);
      // added as head: the history shows who was head from when (tester s47 P3)
      const head: [string, string][] = d.headOfUnit === true ? [['หัวหน้าหน่วยงาน', 'head of unit']] : [];
      const more = [...head, ...lists];
      return {
        th: `เพิ่มผู้ใช้งาน ${d.name} บทบาท ${rolesTh} (${unitTh})${more.map((l) => ` ${l[0]}`).join('')}`,
        en: `added ${d.name} as ${roles.join(', ')} (${unitEn})${more.map((l) => `, ${l[1]}`).join('')}`,
      };
    }
    case 'person.update': {
      const parts: [string, string][] = [];
      if (changed.has('name')) parts.push(renamed());
      const rolesWere = had('previousRoles')?.split(',').filter(Boolean) as Role[] | undefined;
      if (changed.has('roles'))
        parts.push(
          rolesWere === undefined
            ? [`เปลี่ยนบทบาทเป็น ${rolesTh}`, `roles now ${roles.join(', ')}`]
            : [
                `เปลี่ยนบทบาทจาก ${rolesWere.map((r) => ROLE_LABELS[r] ?? r).join(', ')} เป็น ${rolesTh}`,
                `roles changed from ${rolesWere.join(', ')} to ${roles.join(', ')}`,
              ],
        );
      const unitWas = had('previousUnitId');
      const [wasTh, wasEn] = unitAsThen(unitWas ?? '', d.previousUnitName);
      if (changed.has('unitId'))
        parts.push(
          unitWas === undefined
            ? [`ย้ายไป ${unitTh}`, `moved to ${unitEn}`]
            : [`ย้ายจาก ${wasTh} ไป ${unitTh}`, `moved from ${wasEn} to ${unitEn}`],
        );
      if (changed.has('headOfUnit'))
        parts.push(
          d.headOfUnit
            ? ['กำหนดเป็นหัวหน้าหน่วยงาน', 'made head of unit']
            : ['ยกเลิกการเป็นหัวหน้าหน่วยงาน', 'no longer head of unit'],
        );
      parts.push(...listChanges(changed, d));
      if (changed.has('active')) parts.push(activeChange(d.active));
      return {
        th: `${d.name}: ${parts.map((p) => p[0]).join(', ')}`,
        en: `${d.name}: ${parts.map((p) => p[1]).join(', ')}`,
      };
    }
    case 'person.invite': {
      // the invitation sent again (person-invitation.ts): a new temporary password, never in the entry;
      // no validDays: the local system, no password
      const days = Number(d.validDays ?? 0);
      if (!days) return { th: `${d.name}: ส่งอีเมลเชิญเข้าใช้งานอีกครั้ง`, en: `${d.name}: sent the invitation again` };
      const valid = [` ใช้ได้ ${toThaiDigits(days)} วัน`, `, valid ${counted(days, 'day')}`];
      return {
        th: `${d.name}: ส่งอีเมลเชิญเข้าใช้งานอีกครั้ง พร้อมรหัสผ่านชั่วคราวใหม่${valid[0]}`,
        en: `${d.name}: sent the invitation again with a new temporary password${valid[1]}`,
      };
    }
    case 'person.put':
      return { th: 'บันทึกข้อมูลผู้ใช้งาน', en: "saved the person's record" };
    case 'person.erase':
      return {
        th: `ลบชื่อและอีเมลตามคำขอ (ประวัติเรียกผู้ใช้งานนี้ว่า ${d.name})`,
        en: `erased the name and email on request (the history calls this person ${d.name})`,
      };
    case 'unit.add':
      return { th: `เพิ่มหน่วยงาน ${d.name}`, en: `added the unit ${d.name}` };
    case 'unit.update': {
      const parts: [string, string][] = [];
      if (changed.has('name')) parts.push(renamed());
      const aliasesWere = had('previousAliases');
      if (changed.has('aliases'))
        parts.push(
          aliasesWere === undefined
            ? [`ชื่ออื่น: ${d.aliases || '-'}`, `aliases: ${d.aliases || '-'}`]
            : [
                `เปลี่ยนชื่ออื่นจาก ${aliasesWere || '-'} เป็น ${d.aliases || '-'}`,
                `aliases changed from ${aliasesWere || '-'} to ${d.aliases || '-'}`,
              ],
        );
      parts.push(...listChanges(changed, d));
      if (changed.has('active')) parts.push(activeChange(d.active));
      return {
        th: `หน่วยงาน ${d.name}: ${parts.map((p) => p[0]).join(', ')}`,
        en: `unit ${d.name}: ${parts.map((p) => p[1]).join(', ')}`,
      };
    }
    case 'unit.put':
      return { th: 'บันทึกข้อมูลหน่วยงาน', en: "saved the unit's record" };
    default:
      return { th: `บันทึก (${entry.action})`, en: entry.action };
  }
}
