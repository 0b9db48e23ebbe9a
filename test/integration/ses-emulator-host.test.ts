// The local SES emulator's mail viewer answers only this machine's host names: a page on another
// site reaching it by DNS rebinding (a foreign Host header) cannot read the mails.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSesEmulator, type RunningSes } from '../../infra/local/ses-emulator.js';
import { freePort } from '../support/free-port.js';

let ses: RunningSes;
let port: number;
beforeAll(async () => {
  port = await freePort();
  ses = await startSesEmulator({ port });
});
afterAll(async () => ses?.stop());

/** GET `path` on the emulator with the Host header `host`. */
const get = (path: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

describe('the SES emulator mail viewer', () => {
  it.each(['evil.example', 'evil.example:8005', 'localhost.evil.example'])(
    'refuses a request whose Host is %s with 421',
    async (host) => {
      expect(await get('/store', host)).toBe(421);
      expect(await get('/', host)).toBe(421);
    },
  );

  it('answers this machine by every local name', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) expect(await get('/store', host)).toBe(200);
  });
});
