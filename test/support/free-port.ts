import { type AddressInfo, type Server, createServer } from 'node:net';

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
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
