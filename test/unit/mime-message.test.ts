// The annual report's email (its PDF attached) as the raw MIME SES sends: it was built by hand, the
// whole Thai subject one encoded-word of ~250 characters on one line, and a Thai attachment name
// put as an encoded-word inside a quoted parameter, which RFC 2047 §5 does not allow (RFC 2231 does).
import { describe, expect, it } from 'vitest';
import { rawMimeMessage } from '../../shared/mail/mime-message.js';
import { formatFrom, type OutgoingMail } from '../../shared/mail/outgoing-mail.js';
import { decodeEncodedWords } from '../support/encoded-words.js';

const mail = (subject: string, filename: string): OutgoingMail => ({
  to: ['mayor@demo.example.org'],
  subject,
  html: '<p>เรียน นายกเทศมนตรี</p>',
  text: 'เรียน นายกเทศมนตรี',
  attachments: [{ filename, contentType: 'application/pdf', content: new TextEncoder().encode('%PDF-1.7\n') }],
});

/** The message's header block, unfolded lines kept as sent. */
const headerLines = (raw: Uint8Array) => Buffer.from(raw).toString('latin1').split('\r\n\r\n')[0]!.split('\r\n');

const SUBJECTS = [
  '[ITA] รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ เทศบาลตำบลดอนอะระง',
  '[ITA] กองยุทธศาสตร์และงบประมาณและการพัฒนาเทคโนโลยีสารสนเทศเพื่อการบริหารจัดการภาครัฐ: ถึงรอบรายงานผล ประจำเดือนกุมภาพันธ์ ๒๕๗๐ (๑๒ รายการ)',
  'รายงานผล ITA ปี ๒๕๖๖ 📄 ญี่ปุ่น น้ำ ฤๅ',
];

describe("the annual report's email as raw MIME", () => {
  it.each(SUBJECTS)('no header line over 78 characters, each encoded-word at most 75 (subject %#)', async (subject) => {
    const lines = headerLines(
      await rawMimeMessage('ita-noreply@demo.example.org', mail(subject, 'annual-report-demo-2566.pdf')),
    );
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(78);
    for (const line of lines)
      for (const [word] of line.matchAll(/=\?[^?]+\?[BQ]\?[^?]*\?=/gi)) expect(word.length).toBeLessThanOrEqual(75);
  });

  it.each(SUBJECTS)('the subject reads back whole, no character split (subject %#)', async (subject) => {
    const raw = Buffer.from(await rawMimeMessage('ita-noreply@demo.example.org', mail(subject, 'a.pdf'))).toString(
      'latin1',
    );
    const folded = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)![1]!;
    expect(decodeEncodedWords(folded.replace(/\r\n[ \t]/g, ' '))).toBe(subject);
  });

  it('a Thai attachment name is an RFC 2231 parameter, not an encoded-word in quotes', async () => {
    const raw = Buffer.from(
      await rawMimeMessage('ita-noreply@demo.example.org', mail('รายงานผล', 'รายงานผล-ดอนอะระง-๒๕๖๖.pdf')),
    ).toString('latin1');
    expect(raw).toMatch(/filename\*0?\*?=utf-8''/i);
    expect(raw).not.toMatch(/filename="=\?UTF-8\?/i);
  });
});

// tester s43b F13: the executives' emails came from "ita-noreply@…", no name a phone could show
describe('From names the org: "ITA <org name>"', () => {
  it.each([
    ['a Thai name', 'ITA เทศบาลตำบลดอนอะระง'],
    ['a long Thai name', 'ITA องค์การบริหารส่วนตำบลหนองบัวทองและการพัฒนาชุมชนเพื่อความยั่งยืน'],
    ['a name with quotes', 'ITA "Don Arang" Office'],
  ])('%s reads back whole, as encoded-words of at most 75 characters', (_kind, name) => {
    const from = formatFrom('ita-noreply@demo.example.org', name);
    expect(from.endsWith(' <ita-noreply@demo.example.org>')).toBe(true);
    const shown = from.slice(0, -' <ita-noreply@demo.example.org>'.length);
    for (const [word] of shown.matchAll(/=\?[^?]+\?[BQ]\?[^?]*\?=/gi)) expect(word.length).toBeLessThanOrEqual(75);
    expect(decodeEncodedWords(shown).replace(/^"|"$/g, '').replace(/\\"/g, '"')).toBe(name);
  });
});
