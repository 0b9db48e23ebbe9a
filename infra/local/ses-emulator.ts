// The SES emulator (aws-ses-v2-local): accepts SES SendEmail/SendRawEmail, lists mails on its web page.
// It keeps mails in memory only; with `directory` (npm start: the data folder's ses/) they are also
// written to mail.jsonl and read back on the next start, so the mail viewer survives a restart.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { SNSEvent } from 'aws-lambda';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { isLocalHost } from './local-origins.js';
import { outlastClientKeepAlive } from './keep-alive.js';
import { SIMULATED_EVENT_DELAY_MS, watchSend } from './mailbox-simulator.js';

export interface RunningSes {
  endpoint: string;
  stop(): Promise<void>;
}

/** The package's mail store: one per process, read by its viewer and GET /store. */
interface MailStore {
  emails: unknown[];
}

async function mailStore(): Promise<() => MailStore> {
  const module = (await import('aws-ses-v2-local/dist/store.js')) as unknown as {
    getStoreReadonly?: () => MailStore;
    default: { getStoreReadonly: () => MailStore };
  };
  return module.getStoreReadonly ?? module.default.getStoreReadonly;
}

/**
 * Keeps the store's mails in `directory`/mail.jsonl, one JSON line a mail: loads them into the
 * store, then `sync` appends what came since (or rewrites the file after the viewer's "clear").
 * A line that cannot be read (cut short by a stop mid-write) is dropped with a warning, and the
 * file is rewritten without it, so the next mail starts a line of its own and is not lost too.
 */
async function keptMail(directory: string, warn: (text: string) => void): Promise<() => void> {
  const store = await mailStore();
  const file = join(directory, 'mail.jsonl');
  mkdirSync(directory, { recursive: true });
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  let unreadable = 0;
  const kept = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        unreadable++;
        return [];
      }
    });
  const line = (mail: unknown) => `${JSON.stringify(mail)}\n`;
  if (unreadable > 0 || (text !== '' && !text.endsWith('\n'))) {
    writeFileSync(`${file}.tmp`, kept.map(line).join(''));
    renameSync(`${file}.tmp`, file);
  }
  if (unreadable > 0)
    warn(
      `คำเตือน: อีเมลที่เก็บไว้ ${toThaiDigits(unreadable)} ฉบับอ่านไม่ได้ (บันทึกไม่ครบ) จึงไม่อยู่ในหน้าดูอีเมล: ${file}\n` +
        `Warning: ${unreadable} kept email(s) could not be read (cut short) and are not in the mail viewer: ${file}\n`,
    );
  store().emails.push(...kept);
  let written = store().emails.length;
  let last = store().emails.at(-1);
  return () => {
    const { emails } = store();
    if (emails.length === written && emails.at(-1) === last) return;
    if (emails.length > written && (written === 0 || emails[written - 1] === last))
      appendFileSync(file, emails.slice(written).map(line).join(''));
    else {
      writeFileSync(`${file}.tmp`, emails.map(line).join(''));
      renameSync(`${file}.tmp`, file);
    }
    written = emails.length;
    last = emails.at(-1);
  };
}

/**
 * `simulator`: where the events of SES's mailbox simulator go (mailbox-simulator.ts): an email
 * accepted for bounce@, complaint@ or suppressionlist@simulator.amazonses.com is followed,
 * `delayMs` after the answer (default SIMULATED_EVENT_DELAY_MS), by the SNS event SES would
 * publish, stamped with `clock` then. `directory`: keeps the mails across starts (mail.jsonl);
 * without it they live as long as the process. `warn`: where a warning goes (default stderr).
 */
export async function startSesEmulator(options: {
  port: number;
  host?: string;
  simulator?: { deliver: (event: SNSEvent) => void; clock: () => Date; delayMs?: number };
  directory?: string;
  warn?: (text: string) => void;
}): Promise<RunningSes> {
  const module = (await import('aws-ses-v2-local')) as unknown as {
    default: { default: (c: { host: string; port: number }) => Promise<Server> };
  };
  const start =
    module.default.default ?? (module.default as unknown as (c: { host: string; port: number }) => Promise<Server>);
  const host = options.host ?? '127.0.0.1';
  const warn = options.warn ?? ((text: string) => void process.stderr.write(text));
  const sync = options.directory ? await keptMail(options.directory, warn) : undefined;
  // simulated events not yet delivered: a stop drops them, as the process that would record them ends
  const pending = new Set<NodeJS.Timeout>();
  const later = (deliver: () => void) => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      deliver();
    }, options.simulator?.delayMs ?? SIMULATED_EVENT_DELAY_MS);
    pending.add(timer);
  };
  const server = await start({ host, port: options.port });
  // express 5 calls its listen callback on an error too: a port taken gives a server that is not listening
  if (!server.listening)
    throw new Error(`The SES emulator could not listen on ${host}:${options.port} (listen EADDRINUSE?)`);
  outlastClientKeepAlive(server);
  // like the API server: a page on another site reaching the mail viewer by DNS rebinding (a
  // foreign Host header) gets 421, so it cannot read the mails (sign-in links, addresses)
  const handlers = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isLocalHost(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Misdirected Request: use http://localhost');
      return;
    }
    if (options.simulator) watchSend(req, res, options.simulator.deliver, options.simulator.clock, later);
    // a send (or the viewer's clear) has changed the store once its answer is out
    if (sync && req.method !== 'GET') res.on('finish', sync);
    for (const handler of handlers) handler.call(server, req, res);
  });
  return {
    endpoint: `http://${host}:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        pending.clear();
        server.close(() => {
          sync?.();
          resolve();
        });
      }),
  };
}
