// The email a run sends to one audience: a list of obligations in Thai, each with a link to the form.
import { PAGE, pageLink } from '../domain/page-addresses.js';
import { periodLabel } from '../domain/period-labels.js';
import type { Measure } from '../domain/plan.js';
import { daysBetween, type PlainDate } from '../domain/plain-date.js';
import type { Audience, ReminderBatch, ReminderStage } from '../domain/reminder-plan.js';
import { formatThaiDate, formatThaiMonth, toThaiDigits } from '../domain/thai-format.js';
import { button, emailPage, escapeHtml, FOOTER, type RenderedEmail } from './html.js';

export interface ReminderContext {
  orgName: string;
  unitNames: Map<string, string>;
  measures: Map<string, Measure>;
  today: PlainDate;
  /** the web page; an obligation's address is {formUrl}/#/fy/{fy}/o/{id} */
  formUrl: string;
}

const HEADINGS: Record<ReminderStage, { subject: string; intro: string }> = {
  opening: { subject: 'ถึงรอบรายงานผล', intro: 'ถึงรอบการรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้' },
  'due-soon': { subject: 'ใกล้ครบกำหนดส่งรายงาน', intro: 'รายงานต่อไปนี้ใกล้ครบกำหนดส่ง กรุณาส่งภายในกำหนด' },
  due: { subject: 'ถึงกำหนดส่งรายงาน', intro: 'รายงานต่อไปนี้ถึงกำหนดส่งแล้ว กรุณาส่งภายในวันครบกำหนด' },
  overdue: { subject: 'เลยกำหนดส่งรายงาน', intro: 'รายงานต่อไปนี้เลยกำหนดส่งแล้ว กรุณาส่งโดยเร็ว' },
  'escalation-head': {
    subject: 'รายงานค้างส่งเกิน ๗ วัน',
    intro: 'เรียนหัวหน้าส่วนราชการ/ผู้ประสานงาน รายงานต่อไปนี้ค้างส่งเกิน ๗ วัน กรุณาติดตาม',
  },
  'escalation-executive': {
    subject: 'เรียนผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน',
    intro: 'เรียนผู้บริหาร รายงานผลตามมาตรการต่อไปนี้ค้างส่งเกิน ๑๔ วัน',
  },
  returned: { subject: 'รายงานถูกส่งกลับให้แก้ไข', intro: 'ผู้ประสานงานได้ส่งรายงานต่อไปนี้กลับให้แก้ไข ตามความเห็นที่แนบ' },
};

function audienceName(a: Audience, ctx: ReminderContext): string {
  if (a.kind === 'unit' || a.kind === 'unit-head') return ctx.unitNames.get(a.unitId) ?? a.unitId;
  return a.kind === 'coordinators' ? 'ผู้ประสานงาน ITA' : 'ผู้บริหาร';
}

function subjectFor(batch: ReminderBatch, ctx: ReminderContext): string {
  const count = `${toThaiDigits(batch.items.length)} รายการ`;
  const when =
    batch.stage === 'opening' && batch.items.every((t) => t.obligation.cadence === 'monthly')
      ? ` ประจำเดือน${formatThaiMonth(ctx.today.slice(0, 7))}`
      : '';
  return `[ITA] ${audienceName(batch.audience, ctx)}: ${HEADINGS[batch.stage].subject}${when} (${count})`;
}

export function renderReminder(batch: ReminderBatch, ctx: ReminderContext): RenderedEmail {
  const showUnit = batch.audience.kind !== 'unit';
  const entries = batch.items.map((t) => {
    const o = t.obligation;
    const measure = ctx.measures.get(o.measureId);
    const followUp = measure?.followUps.find((f) => f.followUpNo === o.followUpNo)?.text ?? '';
    const late = daysBetween(o.dueDate, ctx.today);
    return {
      title: measure?.title ?? o.measureId,
      followUp,
      period: periodLabel(o.periodId, o.fy),
      due: `กำหนดส่ง ${formatThaiDate(o.dueDate)}${late > 0 ? ` (เลยกำหนด ${toThaiDigits(late)} วัน)` : ''}`,
      unit: showUnit ? (ctx.unitNames.get(o.unitId) ?? o.unitId) : '',
      comment: batch.stage === 'returned' ? (t.report?.reviewComment ?? '') : '',
      link: pageLink(ctx.formUrl, PAGE.obligation(o.fy, o.obligationId)),
    };
  });
  const subject = subjectFor(batch, ctx);
  const intro = HEADINGS[batch.stage].intro;
  const html = emailPage(
    subject.replace(/^\[ITA\] /, ''),
    `<p style="margin:0 0 8px">เรียน ${escapeHtml(audienceName(batch.audience, ctx))} ${escapeHtml(ctx.orgName)}</p>
<p style="margin:0 0 16px">${escapeHtml(intro)}</p>
${entries
  .map(
    (e, i) => `<div style="border:1px solid #e5e7eb;border-radius:6px;padding:12px;margin:0 0 12px">
<div style="font-weight:bold">${toThaiDigits(i + 1)}. ${escapeHtml(e.title)}</div>
${e.unit ? `<div style="color:#374151">หน่วยงาน: ${escapeHtml(e.unit)}</div>` : ''}
<div style="color:#374151">${escapeHtml(e.followUp)}</div>
<div>รอบการรายงาน: ${escapeHtml(e.period)}</div>
<div style="color:#b91c1c">${escapeHtml(e.due)}</div>
${e.comment ? `<div style="background:#fef3c7;padding:8px;border-radius:4px;margin-top:6px">ความเห็นผู้ประสานงาน: ${escapeHtml(e.comment)}</div>` : ''}
<div style="margin-top:8px">${button(e.link, 'เปิดแบบรายงาน')}</div>
</div>`,
  )
  .join('\n')}`,
    FOOTER,
  );
  const text = [
    `เรียน ${audienceName(batch.audience, ctx)} ${ctx.orgName}`,
    '',
    intro,
    '',
    ...entries.flatMap((e, i) => [
      `${toThaiDigits(i + 1)}. ${e.title}`,
      ...(e.unit ? [`   หน่วยงาน: ${e.unit}`] : []),
      `   ${e.followUp}`,
      `   รอบการรายงาน: ${e.period}`,
      `   ${e.due}`,
      ...(e.comment ? [`   ความเห็นผู้ประสานงาน: ${e.comment}`] : []),
      `   แบบรายงาน: ${e.link}`,
      '',
    ]),
    FOOTER,
  ].join('\n');
  return { subject, html, text };
}
