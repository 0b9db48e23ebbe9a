// The SES emulator (aws-ses-v2-local): accepts SES SendEmail/SendRawEmail, lists mails on its web page.
import type { Server } from 'node:http';

export interface RunningSes {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startSesEmulator(options: { port: number; host?: string }): Promise<RunningSes> {
  const module = (await import('aws-ses-v2-local')) as unknown as {
    default: { default: (c: { host: string; port: number }) => Promise<Server> };
  };
  const start =
    module.default.default ?? (module.default as unknown as (c: { host: string; port: number }) => Promise<Server>);
  const host = options.host ?? '127.0.0.1';
  const server = await start({ host, port: options.port });
  return {
    endpoint: `http://${host}:${options.port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
