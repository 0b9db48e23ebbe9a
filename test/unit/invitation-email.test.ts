import { describe, expect, it } from 'vitest';
import { SUBJECT_PREFIX } from '../../shared/mail/html.js';
import { renderInvitation, type InvitationContent } from '../../shared/mail/invitation-email.js';
import { renderReminder } from '../../shared/mail/reminder-email.js';
import { htmlWords } from '../support/mailbox.js';

const base = {
  orgName: 'เทศบาลตำบลหนองบัว',
  name: 'นางสาวสมศรี ใจงาม',
  pageUrl: 'http://localhost:3000',
  email: 'somsri@nongbua.example.org',
  // 20 April 2566, 10:00 Bangkok
  sentAt: new Date('2023-04-20T03:00:00Z'),
} satisfies Partial<InvitationContent>;

describe('the invitation sent on the local system (no passwords)', () => {
  const mail = renderInvitation({ ...base, signIn: { kind: 'choose-name' } });

  it('says to choose one’s name on the sign-in page, in both parts', () => {
    for (const body of [mail.text, mail.html])
      expect(body).toContain('ระบบในเครื่องนี้ไม่ใช้รหัสผ่าน: ที่หน้าเข้าสู่ระบบ เลือกชื่อของคุณ');
  });

  it('has no password lines: no temporary password, no expiry, no "ask to resend when it expires"', () => {
    for (const body of [mail.text, mail.html]) {
      expect(body).not.toContain('รหัสผ่านชั่วคราว');
      expect(body).not.toContain('หมดอายุ');
      expect(body).not.toContain('undefined');
    }
  });

  it('still names the org, the page and the user name, under the same subject', () => {
    expect(mail.subject).toBe('[ITA] เชิญเข้าใช้งานระบบติดตามมาตรการ ITA ของเทศบาลตำบลหนองบัว');
    for (const body of [mail.text, htmlWords(mail.html)]) {
      expect(body).toContain('เทศบาลตำบลหนองบัว เพิ่มคุณเป็นผู้ใช้งาน');
      expect(body).toContain('http://localhost:3000');
      expect(body).toContain('somsri@nongbua.example.org');
    }
  });
});

describe('the invitation sent through Cognito (AWS): its temporary password, as before', () => {
  const mail = renderInvitation({
    ...base,
    signIn: { kind: 'password', temporaryPassword: 'Ab3#xyzPQRSTuvw9', validDays: 14 },
  });

  it('gives the password and its last day, and no local sign-in line', () => {
    expect(mail.text.split('\n').slice(2, 8)).toEqual([
      'เทศบาลตำบลหนองบัว เพิ่มคุณเป็นผู้ใช้งานระบบติดตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)',
      'เข้าสู่ระบบที่: http://localhost:3000',
      'ชื่อผู้ใช้: somsri@nongbua.example.org',
      'รหัสผ่านชั่วคราว: Ab3#xyzPQRSTuvw9',
      'รหัสผ่านชั่วคราวใช้ได้ ๑๔ วัน (ถึงวันที่ ๓ พฤษภาคม ๒๕๖๖) เมื่อเข้าสู่ระบบครั้งแรก ระบบจะให้ตั้งรหัสผ่านใหม่',
      'หากรหัสผ่านหมดอายุ กรุณาแจ้งคณะทำงาน ITA ของเทศบาลตำบลหนองบัว ให้ส่งอีเมลเชิญอีกครั้ง',
    ]);
    expect(mail.html).toContain('<strong style="font-family:monospace">Ab3#xyzPQRSTuvw9</strong>');
    expect(htmlWords(mail.html)).toContain(
      '<p>หากรหัสผ่านหมดอายุ กรุณาแจ้งคณะทำงาน ITA ของเทศบาลตำบลหนองบัว ให้ส่งอีเมลเชิญอีกครั้ง</p>',
    );
    expect(mail.text).not.toContain('เลือกชื่อของคุณ');
  });
});

// Tester s37 (P3): the invitation's subject had no "[ITA]" and it greeted no one, unlike every other
// email the system sends (shared/mail/html.ts subjectOf; reminder-email.ts greetingOf).
describe('the invitation reads as the other emails: "[ITA]" before its subject, a greeting first', () => {
  const password = { kind: 'password', temporaryPassword: 'Ab3#xyzPQRSTuvw9', validDays: 14 } as const;

  it.each([
    ['on the local system', { kind: 'choose-name' } as const, base.name],
    ['through Cognito', password, base.name],
    ['to a name with an emoji and a Latin part', password, 'Somsri ใจงาม 😀'],
  ])('%s: the subject prefixed as a reminder’s, "เรียน <name>" before anything else', (_n, signIn, name) => {
    const mail = renderInvitation({ ...base, name, signIn });
    const reminder = renderReminder(
      { stage: 'overdue', audience: { kind: 'executives' }, items: [] },
      { orgName: base.orgName, unitNames: new Map(), measures: new Map(), today: '2023-04-20', formUrl: base.pageUrl },
    );
    expect(mail.subject.startsWith(SUBJECT_PREFIX)).toBe(true);
    expect(reminder.subject.startsWith(SUBJECT_PREFIX)).toBe(true);
    expect(SUBJECT_PREFIX).toBe('[ITA] ');
    expect(mail.text.startsWith(`เรียน ${name}\n\nเทศบาลตำบลหนองบัว เพิ่มคุณเป็นผู้ใช้งาน`)).toBe(true);
    expect(htmlWords(mail.html)).toMatch(new RegExp(`</h1>\\n<p>เรียน ${name}</p>\\n<p>เทศบาลตำบลหนองบัว เพิ่มคุณ`));
    // the page's heading is the title, without the prefix (as a reminder's)
    expect(mail.html).toContain('<h1 style="font-size:20px;line-height:1.4;margin:0 0 12px">เชิญเข้าใช้งานระบบ');
  });
});
