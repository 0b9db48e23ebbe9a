// The SES and S3 emulators keep an idle keep-alive connection open past Node's 5 s default, so a
// client reusing it a little late (a busy event loop) is answered, not cut off: the session 51 CI's
// "fetch failed, other side closed" on the test mailbox's read of the SES emulator.
import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';

/** Sends one keep-alive GET of `path`, waits for its answer, then `idleMs`: whether the server closed the socket meanwhile. */
async function closedWhileIdle(endpoint: string, path: string, idleMs: number): Promise<boolean> {
  const { hostname, port } = new URL(endpoint);
  const socket = connect(Number(port), hostname);
  let closed = false;
  socket.on('close', () => (closed = true));
  socket.on('error', () => (closed = true));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const answered = new Promise<void>((resolve) => socket.once('data', () => resolve()));
  socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: keep-alive\r\n\r\n`);
  await answered;
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  socket.destroy();
  return closed;
}

describe('the local emulators keep an idle connection open longer than their clients do', () => {
  // side by side: each case is 6 s of waiting
  it.concurrent.each([
    ['the SES emulator (the mail viewer’s store)', 'sesEndpoint', '/store?since=0'],
    ['the S3 emulator', 's3Endpoint', '/'],
  ] as const)('%s: still open 6 s after its answer', async (_n, endpoint, path) => {
    expect(await closedWhileIdle(inject(endpoint), path, 6_000)).toBe(false);
  });
});
