// s36 F2: the mail viewer of `npm start` started empty on each start while the data was kept, so
// someone checking reminders across a restart thought they were never sent. With a directory (npm
// start: the data folder's ses/) the SES emulator keeps its mails across starts. A new process
// starts with an empty store: between a stop and the next start the store is cleared as it would be.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, describe, expect, it } from 'vitest';
import { startSesEmulator, type RunningSes } from '../../infra/local/ses-emulator.js';
import { sesMailer } from '../../shared/mail/ses-mailer.js';
import { rawMimeMessage } from '../../shared/mail/mime-message.js';
import type { OutgoingMail } from '../../shared/mail/outgoing-mail.js';
import { freePort } from '../support/free-port.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The emulator of a fresh `npm start` on `directory`: the process's store starts empty. */
async function start(directory: string, warn?: (text: string) => void): Promise<{ ses: RunningSes; endpoint: string }> {
  const store = (await import('aws-ses-v2-local/dist/store.js')) as unknown as {
    default: { clearStore: () => void };
  };
  store.default.clearStore();
  const ses = await startSesEmulator({ port: await freePort(), directory, ...(warn ? { warn } : {}) });
  return { ses, endpoint: ses.endpoint };
}

async function send(endpoint: string, mail: OutgoingMail) {
  const client = new SESClient({
    endpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  try {
    await sesMailer(client, {
      from: 'ita-noreply@demo.example.org',
      maxPerSecond: 1000,
      rawMessage: rawMimeMessage,
    }).send(mail);
  } finally {
    client.destroy();
  }
}

/** What the mail viewer lists (its GET /store). */
async function viewer(endpoint: string) {
  const { emails } = (await (await fetch(`${endpoint}/store`)).json()) as {
    emails: { subject: string; destination: { to: string[] }; attachments: { filename?: string; size: number }[] }[];
  };
  return emails.map((e) => ({ to: e.destination.to, subject: e.subject, files: e.attachments.map((a) => a.filename) }));
}

const reminder = (to: string, month: string): OutgoingMail => ({
  to: [to],
  subject: `[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือน${month} ๒๕๖๖ (๔ รายการ)`,
  html: '<p>เรียน เจ้าหน้าที่กองคลัง</p>',
  text: 'เรียน เจ้าหน้าที่กองคลัง',
});

describe('the SES emulator with a data folder keeps its mails across starts', () => {
  it('a reminder sent before a restart is in the mail viewer after it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-kept-'));
    dirs.push(dir);
    const one = await start(dir);
    await send(one.endpoint, reminder('staff.finance@demo.example.org', 'เมษายน'));
    await one.ses.stop();
    const two = await start(dir);
    expect(await viewer(two.endpoint)).toEqual([
      {
        to: ['staff.finance@demo.example.org'],
        subject: '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนเมษายน ๒๕๖๖ (๔ รายการ)',
        files: [],
      },
    ]);
    await two.ses.stop();
  });

  it('over three starts, every mail is there once, in the order sent, an annual report with its PDF too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-kept-'));
    dirs.push(dir);
    const one = await start(dir);
    await send(one.endpoint, reminder('staff.finance@demo.example.org', 'เมษายน'));
    await send(one.endpoint, reminder('head.finance@demo.example.org', 'เมษายน'));
    await one.ses.stop();
    const two = await start(dir);
    await send(two.endpoint, {
      to: ['mayor@demo.example.org'],
      subject: 'รายงานผลการดำเนินการตามมาตรการ ITA ประจำปีงบประมาณ ๒๕๖๖',
      html: '<p>เรียน นายกเทศมนตรี</p>',
      text: 'เรียน นายกเทศมนตรี',
      attachments: [
        {
          filename: 'annual-report-demo-2566.pdf',
          contentType: 'application/pdf',
          content: new TextEncoder().encode('%PDF-1.7\n'),
        },
      ],
    });
    await two.ses.stop();
    const three = await start(dir);
    expect(await viewer(three.endpoint)).toEqual([
      { to: ['staff.finance@demo.example.org'], subject: expect.stringContaining('เมษายน'), files: [] },
      { to: ['head.finance@demo.example.org'], subject: expect.stringContaining('เมษายน'), files: [] },
      {
        to: ['mayor@demo.example.org'],
        subject: 'รายงานผลการดำเนินการตามมาตรการ ITA ประจำปีงบประมาณ ๒๕๖๖',
        files: ['annual-report-demo-2566.pdf'],
      },
    ]);
    await three.ses.stop();
  });

  // MIME by MailComposer (mime-message.ts): a long Thai subject folded over encoded-words, a Thai file name per RFC 2231
  it('a long Thai subject and a Thai file name read back whole in the mail viewer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-kept-'));
    dirs.push(dir);
    const one = await start(dir);
    const subject =
      '[ITA] รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ เทศบาลตำบลดอนอะระง';
    await send(one.endpoint, {
      to: ['mayor@demo.example.org'],
      subject,
      html: '<p>เรียน นายกเทศมนตรี</p>',
      text: 'เรียน นายกเทศมนตรี',
      attachments: [
        {
          filename: 'รายงานผล-ดอนอะระง-๒๕๖๖.pdf',
          contentType: 'application/pdf',
          content: new TextEncoder().encode('%PDF-1.7\n'),
        },
      ],
    });
    expect(await viewer(one.endpoint)).toEqual([
      { to: ['mayor@demo.example.org'], subject, files: ['รายงานผล-ดอนอะระง-๒๕๖๖.pdf'] },
    ]);
    await one.ses.stop();
  });

  it("the viewer's clear stays cleared after a restart, and a mail sent after the clear is kept", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-kept-'));
    dirs.push(dir);
    const one = await start(dir);
    await send(one.endpoint, reminder('staff.finance@demo.example.org', 'เมษายน'));
    await fetch(`${one.endpoint}/clear-store`, { method: 'POST' });
    await send(one.endpoint, reminder('staff.finance@demo.example.org', 'พฤษภาคม'));
    await one.ses.stop();
    const two = await start(dir);
    expect((await viewer(two.endpoint)).map((m) => m.subject)).toEqual([
      '[ITA] กองคลัง: ถึงรอบรายงานผล ประจำเดือนพฤษภาคม ๒๕๖๖ (๔ รายการ)',
    ]);
    await two.ses.stop();
  });
});

// t36 P2: a stop mid-write leaves mail.jsonl's last line cut short, with no newline. The next start
// skipped it silently, and the next mail was appended onto it, so that one was lost on the
// following restart too. Now only the damaged mail is lost, and a warning says so.
describe('mail.jsonl with its last line cut short by a stop mid-write', () => {
  const months = ['เมษายน', 'พฤษภาคม', 'มิถุนายน'];
  async function threeKept(dir: string) {
    const one = await start(dir);
    for (const month of months) await send(one.endpoint, reminder('staff.finance@demo.example.org', month));
    await one.ses.stop();
    return join(dir, 'mail.jsonl');
  }
  const subjects = async (endpoint: string) => (await viewer(endpoint)).map((m) => m.subject);

  it.each([
    ['cut in half', (last: string) => last.slice(0, Math.floor(last.length / 2)), 1],
    ['cut after its first bytes', (last: string) => last.slice(0, 2), 1],
    ['whole but without its newline', (last: string) => last, 0],
  ])(
    'last line %s: the mails before it load, a mail sent next is kept across the following restart',
    async (_, cut, lost) => {
      const dir = mkdtempSync(join(tmpdir(), 'ses-kept-'));
      dirs.push(dir);
      const file = await threeKept(dir);
      const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
      writeFileSync(file, [...lines.slice(0, -1), cut(lines.at(-1)!)].join('\n'));

      const warnings: string[] = [];
      const two = await start(dir, (text) => warnings.push(text));
      const kept = months.slice(0, months.length - lost).map((m) => expect.stringContaining(m));
      expect(await subjects(two.endpoint)).toEqual(kept);
      expect(warnings).toEqual(
        lost ? [expect.stringContaining('คำเตือน: อีเมลที่เก็บไว้ ๑ ฉบับอ่านไม่ได้ (บันทึกไม่ครบ) จึงไม่อยู่ในหน้าดูอีเมล')] : [],
      );
      await send(two.endpoint, reminder('head.finance@demo.example.org', 'กรกฎาคม'));
      await two.ses.stop();

      const later: string[] = [];
      const three = await start(dir, (text) => later.push(text));
      expect(await subjects(three.endpoint)).toEqual([...kept, expect.stringContaining('กรกฎาคม')]);
      expect(later).toEqual([]);
      await three.ses.stop();
    },
  );
});
