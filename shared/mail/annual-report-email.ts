// The email to executives and coordinators when the annual report is ready: summary, PDF, link.
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { button, emailPage, escapeHtml, FOOTER, greetingTh, type RenderedEmail, subjectOf } from './html.js';

export function renderAnnualReportEmail(model: AnnualReportModel, generation: number, link: string): RenderedEmail {
  const t = model.statistics.total;
  const subject = subjectOf(`${model.title} (ฉบับที่ ${toThaiDigits(generation)})`);
  const facts = `มาตรการ ${toThaiDigits(model.measures.length)} ข้อ · ภาระการรายงานที่ครบกำหนด ${toThaiDigits(t.due)} รายการ · ส่งตรงเวลา ${toThaiDigits(t.onTime)} · ส่งล่าช้า ${toThaiDigits(t.late)} · ไม่ได้ส่ง ${toThaiDigits(t.missing)}`;
  // a report made before the year ended says so, as its first page does (yearSoFar)
  const made = model.yearSoFar
    ? `ระบบได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสแล้ว ${model.yearSoFar}`
    : 'ระบบได้จัดทำรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสประจำปีเรียบร้อยแล้ว';
  // sent to the executives and the coordinators alike (one rendering): both are greeted
  const greeting = greetingTh(`${ROLE_LABELS.executive}และ${ROLE_LABELS.coordinator}`, model.orgName);
  const intro = `${made} แนบไฟล์ PDF มาพร้อมนี้ และดาวน์โหลดไฟล์ Word/CSV ได้จากระบบ เพื่อตรวจทาน ลงนาม และเผยแพร่ต่อไป`;
  return {
    subject,
    html: emailPage(
      model.title,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p style="font-size:17px">${escapeHtml(facts)}</p><p>${button(link, 'เปิดรายงานในระบบ')}</p>`,
      FOOTER,
    ),
    text: [model.title, '', greeting, '', intro, '', facts, '', link, '', FOOTER].join('\n'),
  };
}
