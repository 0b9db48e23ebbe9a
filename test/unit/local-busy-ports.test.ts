import { afterEach, describe, expect, it } from 'vitest';
import { busyPortsMessage } from '../../infra/local/port-check.js';
import { holdPorts, portIsFree } from '../support/free-port.js';

const releases: (() => Promise<void>)[] = [];
/** `count` consecutive busy ports (another running system), the first returned; freed after the test. */
async function busyRun(count: number): Promise<number> {
  const held = await holdPorts(count);
  releases.push(held.release);
  return held.port;
}
/** A port free now (held for a moment, then let go). */
async function freeNow(): Promise<number> {
  const held = await holdPorts(1);
  await held.release();
  return held.port;
}
afterEach(async () => {
  await Promise.all(releases.splice(0).map((release) => release()));
});

/** The ports the message's last line (the command) sets, by variable. */
const suggested = (message: string) =>
  Object.fromEntries(
    [...(message.split('\n').at(-1) ?? '').matchAll(/(ITA_\w+_PORT)=(\d+)/g)].map((m) => [m[1], Number(m[2])]),
  );

describe("npm start's busy-port advice names a port that is free (break-16 B13)", () => {
  it('the port after a busy one is busy too: the advice skips it, Thai first then English', async () => {
    const busy = await busyRun(2);
    const message = (await busyPortsMessage({ api: busy }))!;
    const lines = message.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^พอร์ต ${busy} \\(api\\) ถูกใช้อยู่ .* / Port ${busy} \\(api\\) is in use`));
    const instead = suggested(message).ITA_API_PORT!;
    expect(instead).not.toBe(busy + 1);
    expect(await portIsFree(instead)).toBe(true);
    expect(lines.at(-1)).toBe(`  ITA_API_PORT=${instead} npm start`);
  });

  it('a run of busy ports (another local system): the advice is past them all', async () => {
    const busy = await busyRun(4);
    const instead = suggested((await busyPortsMessage({ api: busy }))!).ITA_API_PORT!;
    expect([busy + 1, busy + 2, busy + 3]).not.toContain(instead);
    expect(await portIsFree(instead)).toBe(true);
  });

  it("never suggests another part's port, even a free one", async () => {
    const busy = await busyRun(1);
    // dynamodb is given the port after the busy one, free until npm start takes it
    const message = (await busyPortsMessage({ api: busy, dynamodb: busy + 1 }))!;
    expect(suggested(message).ITA_API_PORT).not.toBe(busy + 1);
    expect(message).not.toContain('(dynamodb)');
  });

  it('two busy ports: each named, two different free ports, one command with both', async () => {
    const busy = await busyRun(2);
    const message = (await busyPortsMessage({ api: busy, dynamodb: busy + 1 }))!;
    const { ITA_API_PORT: api, ITA_DYNAMODB_PORT: dynamodb } = suggested(message);
    expect(api).toBeDefined();
    expect(dynamodb).toBeDefined();
    expect(api).not.toBe(dynamodb);
    expect(message.split('\n').at(-1)).toBe(`  ITA_API_PORT=${api} ITA_DYNAMODB_PORT=${dynamodb} npm start`);
  });

  it('one port given to two parts: the second is told to take a free one', async () => {
    const port = await freeNow();
    const message = (await busyPortsMessage({ api: port, s3: port }))!;
    expect(message).toContain(`พอร์ต ${port} (s3) ซ้ำกับ api`);
    expect(message).not.toContain('(api)');
    expect(suggested(message).ITA_S3_PORT).not.toBe(port);
  });

  it("the command keeps npm start's own arguments: --fresh and --today", async () => {
    const busy = await busyRun(1);
    const message = (await busyPortsMessage({ api: busy }, { fresh: true, today: '2023-05-08' }))!;
    const instead = suggested(message).ITA_API_PORT!;
    expect(message.split('\n').at(-1)).toBe(`  ITA_API_PORT=${instead} npm start -- --fresh --today 2023-05-08`);
  });

  it('the command keeps --today alone, and --fresh alone', async () => {
    const busy = await busyRun(1);
    const today = (await busyPortsMessage({ api: busy }, { fresh: false, today: '2023-04-20' }))!;
    expect(today.split('\n').at(-1)).toMatch(/^ {2}ITA_API_PORT=\d+ npm start -- --today 2023-04-20$/);
    const fresh = (await busyPortsMessage({ api: busy }, { fresh: true }))!;
    expect(fresh.split('\n').at(-1)).toMatch(/^ {2}ITA_API_PORT=\d+ npm start -- --fresh$/);
    const none = (await busyPortsMessage({ api: busy }, { fresh: false }))!;
    expect(none.split('\n').at(-1)).toMatch(/^ {2}ITA_API_PORT=\d+ npm start$/);
  });

  it('all free: nothing to say', async () => {
    expect(await busyPortsMessage({ api: await freeNow() })).toBeUndefined();
  });
});
