// The invitation a new person gets (and gets again when the coordinator resends it): which
// municipality invited them, where the page is, their user name and temporary password, until when.
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { addDays, bangkokDate } from '../domain/plain-date.js';
import { button, emailPage, escapeHtml, FOOTER, type RenderedEmail } from './html.js';

export interface InvitationContent {
  /** the org's name as its people know it ("เทศบาลตำบลดอนอะระง") */
  orgName: string;
  /** the page's address (FORM_URL) */
  pageUrl: string;
  email: string;
  temporaryPassword: string;
  /** when it is sent, and for how many days the password lasts (INVITATION_VALID_DAYS) */
  sentAt: Date;
  validDays: number;
}

/**
 * Thai email (HTML and text) naming the org and linking the page; the password is valid until the
 * end of the Bangkok day `validDays` after sending ("ใช้ได้ถึงวันที่ ๔ พฤษภาคม ๒๕๖๖"; Cognito counts
 * days from the moment it was set, so the last day shown is the one before, to be safe).
 */
export function renderInvitation(c: InvitationContent): RenderedEmail {
  const lastDay = formatThaiDate(addDays(bangkokDate(c.sentAt), c.validDays - 1));
  const days = toThaiDigits(c.validDays);
  const subject = `เชิญเข้าใช้งานระบบติดตามมาตรการ ITA ของ${c.orgName}`;
  const lines = [
    `${c.orgName} เพิ่มคุณเป็นผู้ใช้งานระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)`,
    `เข้าสู่ระบบที่: ${c.pageUrl}`,
    `ชื่อผู้ใช้: ${c.email}`,
    `รหัสผ่านชั่วคราว: ${c.temporaryPassword}`,
    `รหัสผ่านชั่วคราวใช้ได้ ${days} วัน (ถึงวันที่ ${lastDay}) เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่`,
    `หากรหัสผ่านหมดอายุ กรุณาแจ้งคณะทำงาน ITA ของ${c.orgName} ให้ส่งอีเมลเชิญอีกครั้ง`,
  ];
  const html = emailPage(
    subject,
    [
      `<p>${escapeHtml(lines[0]!)}</p>`,
      `<p>${escapeHtml('ชื่อผู้ใช้')}: <strong>${escapeHtml(c.email)}</strong><br>`,
      `${escapeHtml('รหัสผ่านชั่วคราว')}: <strong style="font-family:monospace">${escapeHtml(c.temporaryPassword)}</strong></p>`,
      `<p>${button(c.pageUrl, 'เข้าสู่ระบบ')}</p>`,
      `<p>${escapeHtml(lines[1]!)}</p>`,
      `<p>${escapeHtml(lines[4]!)}</p>`,
      `<p>${escapeHtml(lines[5]!)}</p>`,
    ].join('\n'),
    FOOTER,
  );
  return { subject, html, text: `${subject}\n\n${lines.join('\n')}\n\n${FOOTER}\n` };
}
