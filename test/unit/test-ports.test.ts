// The tests' free ports: none from the range outgoing connections take theirs from (session 38's
// CI: a port chosen with listen(0) was busy by the time npm start listened on it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort, portIsFree } from '../support/free-port.js';

const ephemeralLow = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);

describe("the tests' free ports", () => {
  it('are below the ephemeral range, where no outgoing connection can take them', async () => {
    const ports = await Promise.all(Array.from({ length: 40 }, () => freePort()));
    expect(ports.filter((port) => port >= ephemeralLow)).toEqual([]);
  });

  it('are never handed out twice in one process, even asked for all at once', async () => {
    const ports = await Promise.all(Array.from({ length: 200 }, () => freePort()));
    expect(new Set(ports).size).toBe(200);
  });

  it('are free when handed out', async () => {
    const port = await freePort();
    expect(await portIsFree(port)).toBe(true);
  });
});
