// The invitation a new person gets (and gets again when the coordinator resends it): which
// municipality invited them, where the page is, their user name and temporary password, until when
// (or, on the local system, that they choose their name on the sign-in page: no password).
import { ITA_MEASURES_TH } from '../domain/document-kinds.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { addDays, bangkokDate } from '../domain/plain-date.js';
import { button, emailPage, escapeHtml, FOOTER, type RenderedEmail, subjectOf } from './html.js';

/**
 * How the invited person signs in: a temporary password valid `validDays` days (Cognito, AWS), or
 * none: on `npm start`'s local system they choose their name on the sign-in page.
 */
export type InvitationSignIn =
  { kind: 'password'; temporaryPassword: string; validDays: number } | { kind: 'choose-name' };

export interface InvitationContent {
  /** the org's name as its people know it ("เทศบาลตำบลดอนอะระง") */
  orgName: string;
  /** the invited person's name, as the greeting says it ("เรียน นางสาวสมศรี ใจงาม") */
  name: string;
  /** the page's address (FORM_URL) */
  pageUrl: string;
  email: string;
  signIn: InvitationSignIn;
  /** when it is sent (the password's last day counts from it) */
  sentAt: Date;
}

/**
 * Thai email (HTML and text) greeting the person (as the reminders greet their readers), naming the
 * org and linking the page, under the subject prefix of every email (subjectOf); the password is valid until the
 * end of the Bangkok day `validDays` after sending ("ใช้ได้ถึงวันที่ ๔ พฤษภาคม ๒๕๖๖"; Cognito counts
 * days from the moment it was set, so the last day shown is the one before, to be safe). With no
 * password (the local system) it says to choose one's name on the sign-in page instead.
 */
export function renderInvitation(c: InvitationContent): RenderedEmail {
  const title = `เชิญเข้าใช้งานระบบติดตามมาตรการ ITA ของ${c.orgName}`;
  const greeting = `เรียน ${c.name}`;
  const signIn = c.signIn;
  const lines = [
    `${c.orgName} เพิ่มคุณเป็นผู้ใช้งานระบบติดตาม${ITA_MEASURES_TH} (ITA)`,
    `เข้าสู่ระบบที่: ${c.pageUrl}`,
    `ชื่อผู้ใช้: ${c.email}`,
  ];
  let credentials: string;
  if (signIn.kind === 'password') {
    const lastDay = formatThaiDate(addDays(bangkokDate(c.sentAt), signIn.validDays - 1));
    lines.push(
      `รหัสผ่านชั่วคราว: ${signIn.temporaryPassword}`,
      `รหัสผ่านชั่วคราวใช้ได้ ${toThaiDigits(signIn.validDays)} วัน (ถึงวันที่ ${lastDay}) เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่`,
      `หากรหัสผ่านหมดอายุ กรุณาแจ้ง${ROLE_LABELS.coordinator} ของ${c.orgName} ให้ส่งอีเมลเชิญอีกครั้ง`,
    );
    credentials = `${escapeHtml('รหัสผ่านชั่วคราว')}: <strong style="font-family:monospace">${escapeHtml(signIn.temporaryPassword)}</strong>`;
  } else {
    // npm start: no passwords (identity-provider.ts localIdentityProvider)
    lines.push('ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: ที่หน้าเข้าสู่ระบบ เลือกชื่อของคุณ');
    credentials = escapeHtml(lines[3]!);
  }
  const html = emailPage(
    title,
    [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(lines[0]!)}</p>`,
      `<p>${escapeHtml('ชื่อผู้ใช้')}: <strong>${escapeHtml(c.email)}</strong><br>`,
      `${credentials}</p>`,
      `<p>${button(c.pageUrl, 'เข้าสู่ระบบ')}</p>`,
      `<p>${escapeHtml(lines[1]!)}</p>`,
      ...lines.slice(4).map((l) => `<p>${escapeHtml(l)}</p>`),
    ].join('\n'),
    FOOTER,
    undefined,
    [c.orgName],
  );
  return { subject: subjectOf(title), html, text: `${greeting}\n\n${lines.join('\n')}\n\n${FOOTER}\n` };
}
