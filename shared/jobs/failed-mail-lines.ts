// The coordinators' "อีเมลที่ส่งไม่สำเร็จ" and "อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่" lists: each given-up email with the person (name and unit),
// the day, what it was (the stage and the obligations it listed, with links, or the summary) and the
// real reason in Thai, so a coordinator can act on it (docs/reminders.md, "Retries"). The digest is
// an email to coordinators, who see people's names and addresses on the page anyway: masking is for
// logs and the CLI's sent lines, not for them.
import { PAGE, pageLink } from '../domain/page-addresses.js';
import { bangkokDate } from '../domain/plain-date.js';
import type { Person } from '../domain/organisation.js';
import type { ReminderStage } from '../domain/reminder-plan.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { MAX_SEND_ATTEMPTS } from '../mail/deliver-once.js';
import { obligationLabelTh } from '../mail/obligation-line.js';
import { stageSubjectTh } from '../mail/reminder-email.js';
import type { FailedMailLine } from '../mail/summary-email.js';
import type { OutboxItem } from '../store/outbox-repository.js';
import type { OrgRunContext } from './mail-recipes.js';

/** Given-up reasons after which SES may have taken the email (docs/reminders.md, "Exactly once"). */
const UNSURE_REASONS = new Set(['ambiguous', 'interrupted']);

/** Obligations named per line; the rest are counted ("และอีก ๓ รายการ"). */
const LINKS_PER_LINE = 5;

/**
 * Why an email was given up, in Thai, from the outbox's `reason` (permanent, ambiguous, interrupted, attempts)
 * and the SES error's name (`cause`, e.g. MessageRejected). Items given up before the cause was
 * kept say only that SES refused.
 */
export function givenUpReasonTh(reason: string | undefined, cause = ''): string {
  const code = cause.replace(/(Exception|Fault)$/, '');
  const named = code ? ` (${code})` : '';
  if (reason === 'ambiguous') return `ไม่แน่ใจว่าส่งถึงหรือไม่: ระบบอีเมลขัดข้องขณะส่ง${named} จึงไม่ส่งซ้ำอัตโนมัติ โปรดสอบถามผู้รับ`;
  if (reason === 'interrupted') return 'ไม่แน่ใจว่าส่งถึงหรือไม่: การส่งหยุดลงก่อนบันทึกว่าส่งแล้ว จึงไม่ส่งซ้ำอัตโนมัติ โปรดสอบถามผู้รับ';
  if (reason === 'attempts')
    return `ส่งไม่สำเร็จ ${toThaiDigits(MAX_SEND_ATTEMPTS)} ครั้ง: ระบบอีเมลหรือเครือข่ายขัดข้อง${named} โปรดแจ้งผู้รับเอง`;
  if (code === 'InvalidParameterValue' || code === 'InvalidParameterCombination')
    return `ที่อยู่อีเมลของผู้รับไม่ถูกต้อง${named} โปรดแก้ไขที่อยู่อีเมลของบุคคลนี้ในระบบ`;
  if (code === 'MessageRejected')
    return `ระบบอีเมล (Amazon SES) ไม่รับอีเมลฉบับนี้${named} เช่น ผู้รับยังไม่ได้ยืนยันที่อยู่ (SES sandbox) หรือเนื้อหาถูกปฏิเสธ โปรดแจ้งผู้ดูแลระบบ`;
  return `ระบบอีเมล (Amazon SES) ปฏิเสธการส่ง${named} โปรดแจ้งผู้ดูแลระบบ`;
}

/**
 * "สมชาย ใจดี (กองคลัง)", "นายก (ผู้บริหาร)"; the masked address if the person is gone. `also`: how
 * they get an email of a unit not their own ("สมชาย ใจดี (กองคลัง, ปฏิบัติงานในกองการศึกษาด้วย)").
 */
export function personLabel(
  person: Person | undefined,
  unitNames: Map<string, string>,
  masked: string,
  also?: string,
): string {
  if (!person) return masked;
  const where = person.unitId
    ? (unitNames.get(person.unitId) ?? person.unitId)
    : person.roles.map((r) => ROLE_LABELS[r]).join(', ');
  return `${person.name} (${where}${also ? `, ${also}` : ''})`;
}

/**
 * A summary's or the annual report's reader, for the operator: "นางวิไล ศรีสุข (ผู้บริหาร)", by the
 * roles they receive it in (executive, coordinator), as the people screen names roles, not by unit
 * (tester s45 #5: a coordinator and an executive of สำนักปลัด both read "(สำนักปลัด)").
 */
export function readerLabel(person: Person | undefined, masked: string): string {
  if (!person) return masked;
  const held = (['executive', 'coordinator'] as const).filter((r) => person.roles.includes(r));
  // an admin reads the summaries only while nobody holds either role (summaryReaders)
  const roles = held.length || !person.roles.includes('admin') ? held : (['admin'] as const);
  return roles.length ? `${person.name} (${roles.map((r) => ROLE_LABELS[r]).join(', ')})` : person.name;
}

/**
 * The person an email of `kind` went to, for the coordinators and the operator: one they get in a
 * role by that role (readerLabel): a summary's or the annual report's reader, and the executives'
 * escalation (`stage` 'escalation-executive'; a reminder of unknown stage, an undeliverable mark, to
 * one who is not staff); anyone else (and one who no longer holds either role) by unit (personLabel).
 * One rule for the preview, the digest's given-up lists and its undeliverable people (s45 re-check:
 * the digest named a summary's reader by unit; s46 re-check: the executives' escalation likewise).
 */
export function recipientLabel(
  kind: unknown,
  person: Person | undefined,
  unitNames: Map<string, string>,
  masked: string,
  stage?: unknown,
  also?: string,
): string {
  const results = kind === 'summary' || kind === 'annual-report';
  // an admin gets those only in the place of executives and coordinators (summaryReaders)
  const reader = person?.roles.some((r) => r === 'executive' || r === 'coordinator' || (results && r === 'admin'));
  const inRole =
    results ||
    (kind === 'reminder' &&
      (stage === undefined ? !person?.roles.includes('staff') : stage === 'escalation-executive'));
  return reader && inRole ? readerLabel(person, masked) : personLabel(person, unitNames, masked, also);
}

/**
 * The digest's lines for the given-up outbox items. `everyone` is every person of the org, active
 * or not (an email given up before a person left still names them).
 */
export async function failedMailLines(
  ctx: Pick<OrgRunContext, 'deps' | 'org' | 'unitNames' | 'year'>,
  items: OutboxItem[],
  everyone: Person[],
): Promise<FailedMailLine[]> {
  const lines: FailedMailLine[] = [];
  for (const item of items) {
    const r = item.recipe;
    const person = everyone.find((p) => p.personId === r.personId);
    const ids = r.type === 'reminder' && Array.isArray(r.ids) ? r.ids : [];
    const links: FailedMailLine['links'] = [];
    for (const key of ids.slice(0, LINKS_PER_LINE)) {
      const [id = '', , fyText] = key.split('|');
      const fy = fyText ? Number(fyText) : Number(r.fy);
      const year = await ctx.year(fy);
      const o = year?.trackedById.get(id)?.obligation;
      const label = o ? `${ctx.unitNames.get(o.unitId) ?? o.unitId}: ${obligationLabelTh(o, year?.measures)}` : id;
      links.push({ label, url: pageLink(ctx.deps.settings.formUrl, ctx.org.orgId, PAGE.obligation(fy, id)) });
    }
    const more = ids.length > LINKS_PER_LINE ? ` แสดง ${toThaiDigits(LINKS_PER_LINE)} รายการแรก` : '';
    const what =
      r.type === 'reminder'
        ? `อีเมล "${stageSubjectTh(String(r.stage) as ReminderStage)}" (${toThaiDigits(ids.length)} รายการ${more})`
        : r.type === 'summary'
          ? `อีเมลสรุปผล "${String(r.title)}"`
          : r.type === 'annual-report'
            ? `อีเมลรายงานผลประจำปีงบประมาณ ${toThaiDigits(Number(r.fy))}`
            : item.what;
    lines.push({
      who: recipientLabel(r.type, person, ctx.unitNames, item.recipient, r.stage),
      day: item.day
        ? formatThaiDate(item.day)
        : item.givenUpAt
          ? formatThaiDate(bangkokDate(new Date(item.givenUpAt)))
          : '',
      what,
      links,
      reasonTh: givenUpReasonTh(item.reason, item.cause),
      unsure: UNSURE_REASONS.has(item.reason ?? ''),
    });
  }
  return lines;
}
