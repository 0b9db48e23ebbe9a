// The SES emulator (aws-ses-v2-local): accepts SES SendEmail/SendRawEmail, lists mails on its web page.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { SNSEvent } from 'aws-lambda';
import { isLocalHost } from './local-origins.js';
import { watchSend } from './mailbox-simulator.js';

export interface RunningSes {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * `simulator`: where the events of SES's mailbox simulator go (mailbox-simulator.ts): an email
 * accepted for bounce@, complaint@ or suppressionlist@simulator.amazonses.com is followed by the
 * SNS event SES would publish, stamped with `clock`.
 */
export async function startSesEmulator(options: {
  port: number;
  host?: string;
  simulator?: { deliver: (event: SNSEvent) => void; clock: () => Date };
}): Promise<RunningSes> {
  const module = (await import('aws-ses-v2-local')) as unknown as {
    default: { default: (c: { host: string; port: number }) => Promise<Server> };
  };
  const start =
    module.default.default ?? (module.default as unknown as (c: { host: string; port: number }) => Promise<Server>);
  const host = options.host ?? '127.0.0.1';
  const server = await start({ host, port: options.port });
  // express 5 calls its listen callback on an error too: a port taken gives a server that is not listening
  if (!server.listening)
    throw new Error(`The SES emulator could not listen on ${host}:${options.port} (listen EADDRINUSE?)`);
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
    if (options.simulator) watchSend(req, res, options.simulator.deliver, options.simulator.clock);
    for (const handler of handlers) handler.call(server, req, res);
  });
  return {
    endpoint: `http://${host}:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
