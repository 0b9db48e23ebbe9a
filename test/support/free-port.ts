import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type AddressInfo, type Server, createServer } from 'node:net';

/**
 * Linux's ephemeral port range (/proc/sys/net/ipv4/ip_local_port_range): where `listen(0)` and every
 * outgoing connection's local port come from. [32768, 60999] where it cannot be read. Read once.
 */
const EPHEMERAL_RANGE: readonly [number, number] = (() => {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return [low!, high!];
  } catch {
    // not Linux
  }
  return [32768, 60999];
})();

/** The lowest port freePort hands out: above the registered services most machines run. */
const LOWEST = 10_000;
/** Ports this process has handed out: never twice. */
const handedOut = new Set<number>();

/**
 * A TCP port free a moment ago on 127.0.0.1, below the ephemeral range: a port from `listen(0)`
 * could be taken by any outgoing connection (the suite makes thousands) before the program it was
 * chosen for listens on it, and `npm start` then exits on a busy port (session 38's CI, a browser
 * file's start). Random in [LOWEST, ephemeral low - 1], never the same twice in a process, so two
 * workers rarely pick alike; `listen(0)` where that range is too small.
 */
export async function freePort(): Promise<number> {
  const ceiling = EPHEMERAL_RANGE[0] - 1;
  for (let attempt = 0; ceiling - LOWEST >= 1_000 && attempt < 100; attempt++) {
    const port = randomInt(LOWEST, ceiling + 1);
    if (handedOut.has(port)) continue;
    handedOut.add(port); // before the check: a call beside this one must not pick it meanwhile
    if (await portIsFree(port)) return port;
  }
  return anyFreePort();
}

/** A port the system gives (`listen(0)`), free a moment ago on 127.0.0.1. */
function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Listens on `port` at 127.0.0.1 (0: any free port); undefined when it is taken. */
function listenOn(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Closes `servers`. */
const closeAll = (servers: readonly Server[]) =>
  Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));

/**
 * `count` consecutive ports held on 127.0.0.1 from `port` on (as another running program holds
 * them), until `release`.
 */
export async function holdPorts(count: number): Promise<{ port: number; release: () => Promise<void> }> {
  for (;;) {
    const first = await listenOn(0);
    if (!first) continue;
    const port = (first.address() as AddressInfo).port;
    const servers = [first];
    for (let next = port + 1; next < port + count; next++) {
      const server = await listenOn(next);
      if (!server) break;
      servers.push(server);
    }
    if (servers.length === count) return { port, release: () => closeAll(servers).then(() => undefined) };
    await closeAll(servers);
  }
}

/** Whether `port` on 127.0.0.1 can be listened on now. */
export async function portIsFree(port: number): Promise<boolean> {
  const server = await listenOn(port);
  if (server) await closeAll([server]);
  return server !== undefined;
}
